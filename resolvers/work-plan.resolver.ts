import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Deliverable } from "../entities/deliverable.entity";
import { Organization } from "../entities/organization.entity";
import { PlannedBudget } from "../entities/planned-budget.entity";
import { PlannedEffort } from "../entities/planned-effort.entity";
import { Project } from "../entities/project.entity";
import { Task } from "../entities/task.entity";
import { User } from "../entities/user.entity";
import { WorkPackage } from "../entities/work-package.entity";
import type { Context } from "../src/operation-context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { projectService } from "../src/services/project.service";
import { workPlanService, type WorkPackageData } from "../src/services/work-plan.service";
import { budgetService, type BudgetStatusData } from "../src/services/budget.service";
import {
  CreateDeliverableInput,
  CreateWorkPackageInput,
  DeliverableFilter,
  DeliverableOrder,
  ReviewDeliverableInput,
  SubmitDeliverableInput,
  UpdateWorkPackageInput,
  WorkPackageFilter,
  WorkPackageOrder,
  type PlannedBudgetInput,
  type PlannedEffortInput,
} from "./inputs/work-plan.input";
import { BudgetStatus, DeliverableConnection, WorkPackageConnection } from "./types/work-plan.types";

/** The plan's lists with their organizations' global ids turned into keys. */
function planKeys(input: { plannedEffort?: PlannedEffortInput[]; plannedBudget?: PlannedBudgetInput[] }): WorkPackageData {
  return {
    plannedEffort: input.plannedEffort?.map((l) => withKeys(l, { organizationId: "Organization" })),
    plannedBudget: input.plannedBudget?.map((l) => withKeys(l, { organizationId: "Organization" })),
  };
}

@Authorized()
@Resolver(() => WorkPackage)
export class WorkPackageResolver {
  @Query(() => WorkPackage, { nullable: true, description: "NOT_FOUND (and null) if it does not exist or you may not see it." })
  workPackage(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The work package's global id." }) id: string,
  ): Promise<WorkPackage> {
    return workPlanService.getWorkPackage(ctx, keyOf(id, "WorkPackage", "id"));
  }

  @Query(() => WorkPackageConnection, { description: "Work packages of the projects you may see." })
  async workPackages(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => WorkPackageFilter, { nullable: true, description: "Conditions on the work packages." }) filter?: WorkPackageFilter,
    @Arg("orderBy", () => [WorkPackageOrder], { nullable: true, description: "Sort keys, first one first." })
    orderBy?: InstanceType<typeof WorkPackageOrder>[],
  ): Promise<WorkPackageConnection> {
    return new WorkPackageConnection(await workPlanService.listWorkPackages(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => WorkPackage, { description: "Add a work package to a project's work plan (its lead ORG_ADMIN or the secretariat)." })
  createWorkPackage(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The work package." }) input: CreateWorkPackageInput,
  ): Promise<WorkPackage> {
    return workPlanService.createWorkPackage(ctx, {
      ...withKeys(input, { projectId: "Project", leadOrganizationId: "Organization" }),
      ...planKeys(input),
    });
  }

  @Mutation(() => WorkPackage, { description: "Change a work package (the project's lead ORG_ADMIN or the secretariat)." })
  updateWorkPackage(
    @Ctx() ctx: Context,
    @Arg("input", { description: "What changes." }) input: UpdateWorkPackageInput,
  ): Promise<WorkPackage> {
    return workPlanService.updateWorkPackage(ctx, {
      ...withKeys(input, { workPackageId: "WorkPackage", leadOrganizationId: "Organization" }),
      ...planKeys(input),
    });
  }

  @FieldResolver(() => Project, { description: "The project." })
  project(@Ctx() ctx: Context, @Root() wp: WorkPackage): Promise<Project> {
    return projectService.get(ctx, wp.projectId);
  }

  @FieldResolver(() => Organization, { description: "The leading participant." })
  async leadOrganization(@Ctx() ctx: Context, @Root() wp: WorkPackage): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(wp.leadOrganizationId);
  }

  @FieldResolver(() => [PlannedEffort], { description: "Planned effort per participant, in person-months." })
  plannedEffort(@Ctx() ctx: Context, @Root() wp: WorkPackage): Promise<PlannedEffort[]> {
    return workPlanService.plannedEffort(ctx, wp);
  }

  @FieldResolver(() => [PlannedBudget], { description: "Planned direct costs per participant and category." })
  plannedBudget(@Ctx() ctx: Context, @Root() wp: WorkPackage): Promise<PlannedBudget[]> {
    return workPlanService.plannedBudget(ctx, wp);
  }

  @FieldResolver(() => [Deliverable], { description: "Its deliverables that you may see, by number." })
  deliverables(@Ctx() ctx: Context, @Root() wp: WorkPackage): Promise<Deliverable[]> {
    return workPlanService.deliverablesOf(ctx, wp);
  }
}

/** The organization a planned line is for, shared by effort and budget lines. */
@Authorized()
@Resolver(() => PlannedEffort)
export class PlannedEffortResolver {
  @FieldResolver(() => Organization, { description: "The participant." })
  async organization(@Ctx() ctx: Context, @Root() line: PlannedEffort): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(line.organizationId);
  }
}

@Authorized()
@Resolver(() => PlannedBudget)
export class PlannedBudgetResolver {
  @FieldResolver(() => Organization, { description: "The participant." })
  async organization(@Ctx() ctx: Context, @Root() line: PlannedBudget): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(line.organizationId);
  }
}

@Authorized()
@Resolver(() => Deliverable)
export class DeliverableResolver {
  @Query(() => Deliverable, { nullable: true, description: "NOT_FOUND (and null) if it does not exist or you may not see it." })
  deliverable(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The deliverable's global id." }) id: string): Promise<Deliverable> {
    return workPlanService.getDeliverable(ctx, keyOf(id, "Deliverable", "id"));
  }

  @Query(() => DeliverableConnection, { description: "Deliverables you may see (CONFIDENTIAL ones: participants and the secretariat)." })
  async deliverables(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => DeliverableFilter, { nullable: true, description: "Conditions on the deliverables." }) filter?: DeliverableFilter,
    @Arg("orderBy", () => [DeliverableOrder], { nullable: true, description: "Sort keys, first one first." })
    orderBy?: InstanceType<typeof DeliverableOrder>[],
  ): Promise<DeliverableConnection> {
    return new DeliverableConnection(await workPlanService.listDeliverables(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => Deliverable, { description: "Add a deliverable to a work package (the project's lead ORG_ADMIN or the secretariat)." })
  createDeliverable(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The deliverable." }) input: CreateDeliverableInput,
  ): Promise<Deliverable> {
    return workPlanService.createDeliverable(
      ctx,
      withKeys(input, { workPackageId: "WorkPackage", responsibleOrganizationId: "Organization" }),
    );
  }

  @Mutation(() => Deliverable, { description: "Submit a deliverable (a user of its responsible organization)." })
  submitDeliverable(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The submission." }) input: SubmitDeliverableInput,
  ): Promise<Deliverable> {
    return workPlanService.submitDeliverable(ctx, withKeys(input, { deliverableId: "Deliverable" }));
  }

  @Mutation(() => Deliverable, {
    description: "Accept a submitted deliverable or request a revision (an ORG_ADMIN of the lead organization, or the secretariat).",
  })
  reviewDeliverable(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The review." }) input: ReviewDeliverableInput,
  ): Promise<Deliverable> {
    return workPlanService.reviewDeliverable(ctx, withKeys(input, { deliverableId: "Deliverable" }));
  }

  @FieldResolver(() => WorkPackage, { description: "The work package that owes it." })
  workPackage(@Ctx() ctx: Context, @Root() deliverable: Deliverable): Promise<WorkPackage> {
    return workPlanService.getWorkPackage(ctx, deliverable.workPackageId);
  }

  @FieldResolver(() => Project, { description: "The project." })
  project(@Ctx() ctx: Context, @Root() deliverable: Deliverable): Promise<Project> {
    return projectService.get(ctx, deliverable.projectId);
  }

  @FieldResolver(() => Organization, { description: "The participant that delivers it." })
  async responsibleOrganization(@Ctx() ctx: Context, @Root() deliverable: Deliverable): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(deliverable.responsibleOrganizationId);
  }

  @FieldResolver(() => Boolean, { description: "Not submitted (or sent back for revision) and past its due date." })
  overdue(@Ctx() ctx: Context, @Root() deliverable: Deliverable): boolean {
    return workPlanService.overdue(ctx, deliverable);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who submitted it last; null if you may not see them." })
  async submittedBy(@Ctx() ctx: Context, @Root() deliverable: Deliverable): Promise<User | null> {
    return deliverable.submittedById ? ((await ctx.loaders.user.load(deliverable.submittedById)) ?? null) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who reviewed it last; null if you may not see them." })
  async reviewedBy(@Ctx() ctx: Context, @Root() deliverable: Deliverable): Promise<User | null> {
    return deliverable.reviewedById ? ((await ctx.loaders.user.load(deliverable.reviewedById)) ?? null) : null;
  }
}

/** The work plan and the budget status of a project (visible with the project). */
@Authorized()
@Resolver(() => Project)
export class ProjectWorkPlanResolver {
  @FieldResolver(() => [WorkPackage], { description: "The project's work packages, by number." })
  workPackages(@Ctx() ctx: Context, @Root() project: Project): Promise<WorkPackage[]> {
    return workPlanService.workPackagesOf(ctx, project);
  }

  @FieldResolver(() => BudgetStatus, {
    nullable: true,
    description:
      "Planned against actual costs and effort per participant, work package and category: for its participants, the secretariat, analysts and the government supervisor (null for others).",
  })
  budgetStatus(@Ctx() ctx: Context, @Root() project: Project): Promise<BudgetStatusData | null> {
    return budgetService.statusIfSeen(ctx, project);
  }
}

@Authorized()
@Resolver(() => Task)
export class TaskWorkPackageResolver {
  @FieldResolver(() => WorkPackage, { nullable: true, description: "The work package it belongs to, if any." })
  async workPackage(@Ctx() ctx: Context, @Root() task: Task): Promise<WorkPackage | null> {
    return task.workPackageId ? ((await ctx.loaders.workPackage.load(task.workPackageId)) ?? null) : null;
  }
}
