import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organization } from "../entities/organization.entity";
import { PersonnelRate } from "../entities/personnel-rate.entity";
import { Project } from "../entities/project.entity";
import { TimeDeclaration } from "../entities/time-declaration.entity";
import { User } from "../entities/user.entity";
import { WorkPackage } from "../entities/work-package.entity";
import type { Context } from "../src/operation-context";
import { withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { DecimalScalar, type Decimal } from "../src/graphql/decimal";
import { effortService } from "../src/services/effort.service";
import { projectService } from "../src/services/project.service";
import { workPlanService } from "../src/services/work-plan.service";
import {
  DeclareTimeInput,
  DecideTimeDeclarationInput,
  SetPersonnelRateInput,
  SetProductiveHoursInput,
  TimeDeclarationFilter,
  TimeDeclarationOrder,
} from "./inputs/work-plan.input";
import { TimeDeclarationConnection } from "./types/work-plan.types";

@Authorized()
@Resolver(() => TimeDeclaration)
export class TimeDeclarationResolver {
  @Query(() => TimeDeclarationConnection, { description: "Time declarations of the projects you may see." })
  async timeDeclarations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => TimeDeclarationFilter, { nullable: true, description: "Conditions on the declarations." })
    filter?: TimeDeclarationFilter,
    @Arg("orderBy", () => [TimeDeclarationOrder], { nullable: true, description: "Sort keys, first one first." })
    orderBy?: InstanceType<typeof TimeDeclarationOrder>[],
  ): Promise<TimeDeclarationConnection> {
    return new TimeDeclarationConnection(await effortService.listDeclarations(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => TimeDeclaration, { description: "Declare your hours on a work package for a month (a user of a participant)." })
  declareTime(@Ctx() ctx: Context, @Arg("input", { description: "The declaration." }) input: DeclareTimeInput): Promise<TimeDeclaration> {
    return effortService.declare(ctx, withKeys(input, { workPackageId: "WorkPackage" }));
  }

  @Mutation(() => TimeDeclaration, {
    description: "Approve or refuse a time declaration (an ORG_ADMIN of the person's organization, never the person).",
  })
  decideTimeDeclaration(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The decision." }) input: DecideTimeDeclarationInput,
  ): Promise<TimeDeclaration> {
    return effortService.decide(ctx, withKeys(input, { timeDeclarationId: "TimeDeclaration" }));
  }

  @FieldResolver(() => User, { nullable: true, description: "The person; null if you may not see them." })
  async user(@Ctx() ctx: Context, @Root() declaration: TimeDeclaration): Promise<User | null> {
    return (await ctx.loaders.user.load(declaration.userId)) ?? null;
  }

  @FieldResolver(() => Organization, { description: "The person's organization." })
  async organization(@Ctx() ctx: Context, @Root() declaration: TimeDeclaration): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(declaration.organizationId);
  }

  @FieldResolver(() => WorkPackage, { description: "The work package worked on." })
  workPackage(@Ctx() ctx: Context, @Root() declaration: TimeDeclaration): Promise<WorkPackage> {
    return workPlanService.getWorkPackage(ctx, declaration.workPackageId);
  }

  @FieldResolver(() => Project, { description: "The project." })
  project(@Ctx() ctx: Context, @Root() declaration: TimeDeclaration): Promise<Project> {
    return projectService.get(ctx, declaration.projectId);
  }

  @FieldResolver(() => DecimalScalar, { description: "Hours over a twelfth of the organization's productive hours per year." })
  personMonths(@Ctx() ctx: Context, @Root() declaration: TimeDeclaration): Promise<Decimal> {
    return effortService.personMonths(ctx, declaration);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who decided it; null if you may not see them." })
  async decidedBy(@Ctx() ctx: Context, @Root() declaration: TimeDeclaration): Promise<User | null> {
    return declaration.decidedById ? ((await ctx.loaders.user.load(declaration.decidedById)) ?? null) : null;
  }
}

@Authorized()
@Resolver(() => PersonnelRate)
export class PersonnelRateResolver {
  @Mutation(() => PersonnelRate, {
    description: "Set a person's monthly personnel cost from a day on (an ORG_ADMIN of their organization).",
  })
  setPersonnelRate(@Ctx() ctx: Context, @Arg("input", { description: "The rate." }) input: SetPersonnelRateInput): Promise<PersonnelRate> {
    return effortService.setRate(ctx, withKeys(input, { userId: "User" }));
  }

  @FieldResolver(() => User, { nullable: true, description: "The person; null if you may not see them." })
  async user(@Ctx() ctx: Context, @Root() rate: PersonnelRate): Promise<User | null> {
    return (await ctx.loaders.user.load(rate.userId)) ?? null;
  }
}

/** Cost figures of people and organizations. */
@Authorized()
@Resolver(() => User)
export class UserCostResolver {
  @FieldResolver(() => [PersonnelRate], {
    description: "The person's dated monthly rates: visible to their organization and the secretariat only (empty for others).",
  })
  personnelRates(@Ctx() ctx: Context, @Root() user: User): Promise<PersonnelRate[]> {
    return effortService.ratesOf(ctx, user);
  }
}

@Authorized()
@Resolver(() => Organization)
export class OrganizationCostResolver {
  @Mutation(() => Organization, { description: "Set the organization's productive hours per year (its ORG_ADMIN)." })
  setProductiveHours(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The hours." }) input: SetProductiveHoursInput,
  ): Promise<Organization> {
    return effortService.setProductiveHours(ctx, withKeys(input, { organizationId: "Organization" }));
  }
}
