import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { GraphQLDate } from "../src/graphql/scalars";
import { Alliance } from "../entities/alliance.entity";
import { BenefitPlan } from "../entities/benefit-plan.entity";
import { BenefitShare } from "../entities/benefit-share.entity";
import { Distribution } from "../entities/distribution.entity";
import { IpAsset } from "../entities/ip-asset.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import { RevenueEvent } from "../entities/revenue-event.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { AppError, ErrorCode } from "../src/errors";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { allianceService } from "../src/services/alliance.service";
import { benefitPlanService } from "../src/services/benefit-plan.service";
import { resolveSubject } from "../src/services/benefit-subject";
import { day, revenueService } from "../src/services/revenue.service";
import {
  ApproveBenefitPlanInput,
  BenefitPlanFilter,
  BenefitPlanOrder,
  CreateBenefitPlanInput,
  DistributionFilter,
  DistributionOrder,
  RecordRevenueInput,
  RevenueEventFilter,
  RevenueEventOrder,
} from "./inputs/benefit.input";
import { BenefitPlanConnection, BenefitStatement, DistributionConnection, RevenueEventConnection } from "./types/funds.types";

/** A related object the viewer may not see reads as null rather than failing the whole row. */
async function orNull<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}

/** The subject of a plan or an event, as the viewer may see it. */
const subjectProject = (ctx: Context, row: { projectId: string | null }) =>
  row.projectId ? orNull(resolveSubject(ctx, { projectId: row.projectId }).then((s) => s.project!)) : null;
const subjectIpAsset = (ctx: Context, row: { ipAssetId: string | null }) =>
  row.ipAssetId ? orNull(resolveSubject(ctx, { ipAssetId: row.ipAssetId }).then((s) => s.ipAsset!)) : null;

@Authorized()
@Resolver(() => BenefitPlan)
export class BenefitPlanResolver {
  @Query(() => BenefitPlanConnection, {
    description: "Plans you may see: those your organization holds shares in (secretariat and analysts: all).",
  })
  async benefitPlans(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => BenefitPlanFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: BenefitPlanFilter,
    @Arg("orderBy", () => [BenefitPlanOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof BenefitPlanOrder>[],
  ): Promise<BenefitPlanConnection> {
    return new BenefitPlanConnection(await benefitPlanService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => BenefitPlan, { description: "Propose how a project's or IP asset's income is shared (Art. 8.5)." })
  createBenefitPlan(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateBenefitPlanInput`." }) input: CreateBenefitPlanInput,
  ): Promise<BenefitPlan> {
    const keyed = withKeys(input, { projectId: "Project", ipAssetId: "IpAsset" });
    const shares = input.shares.map((share, i) => ({
      organizationId: keyOf(share.organizationId, "Organization", `shares[${i}].organizationId`),
      basisPoints: share.basisPoints,
    }));
    return benefitPlanService.create(ctx, { ...keyed, shares });
  }

  @Mutation(() => BenefitPlan, { description: "Approve a plan for your organization (its ORG_ADMIN); the last approval agrees it." })
  approveBenefitPlan(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `ApproveBenefitPlanInput`." }) input: ApproveBenefitPlanInput,
  ): Promise<BenefitPlan> {
    return benefitPlanService.approve(ctx, withKeys(input, { benefitPlanId: "BenefitPlan" }));
  }

  @FieldResolver(() => Alliance, { nullable: true, description: "Null once your organization no longer sees the alliance." })
  alliance(@Ctx() ctx: Context, @Root() plan: BenefitPlan): Promise<Alliance | null> {
    return allianceService.find(ctx, plan.allianceId);
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project whose results it covers, if it is about a project." })
  project(@Ctx() ctx: Context, @Root() plan: BenefitPlan): Promise<Project | null> | null {
    return subjectProject(ctx, plan);
  }

  @FieldResolver(() => IpAsset, { nullable: true, description: "The IP asset whose income it shares, if it is about one asset." })
  ipAsset(@Ctx() ctx: Context, @Root() plan: BenefitPlan): Promise<IpAsset | null> | null {
    return subjectIpAsset(ctx, plan);
  }

  @FieldResolver(() => [BenefitShare], { description: "In organization order." })
  shares(@Ctx() ctx: Context, @Root() plan: BenefitPlan): Promise<BenefitShare[]> {
    return benefitPlanService.shares(ctx, plan);
  }
}

@Authorized()
@Resolver(() => BenefitShare)
export class BenefitShareResolver {
  @FieldResolver(() => Organization, { description: "The organization receiving the share." })
  async organization(@Ctx() ctx: Context, @Root() share: BenefitShare): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(share.organizationId);
  }

  @FieldResolver(() => Boolean, { description: "Whether the organization has approved the plan." })
  approved(@Root() share: BenefitShare): boolean {
    return share.approvedAt !== null;
  }

  @FieldResolver(() => User, { nullable: true, description: "The user who approved for it." })
  async approvedBy(@Ctx() ctx: Context, @Root() share: BenefitShare): Promise<User | null> {
    return share.approvedById ? ((await ctx.loaders.user.load(share.approvedById)) ?? null) : null;
  }
}

@Authorized()
@Resolver(() => RevenueEvent)
export class RevenueEventResolver {
  @Query(() => RevenueEventConnection, { description: "Events your organization received lines of (secretariat and analysts: all)." })
  async revenueEvents(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => RevenueEventFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: RevenueEventFilter,
    @Arg("orderBy", () => [RevenueEventOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof RevenueEventOrder>[],
  ): Promise<RevenueEventConnection> {
    return new RevenueEventConnection(await revenueService.listEvents(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => RevenueEvent, { description: "Record income and distribute it under the plan in force; once per idempotencyKey." })
  recordRevenue(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `RecordRevenueInput`." }) input: RecordRevenueInput,
  ): Promise<RevenueEvent> {
    return revenueService.record(ctx, withKeys(input, { projectId: "Project", ipAssetId: "IpAsset" }));
  }

  @FieldResolver(() => [Distribution], {
    description: "The lines you may see: your organization's own; the secretariat and analysts: all.",
  })
  distributions(@Ctx() ctx: Context, @Root() event: RevenueEvent): Promise<Distribution[]> {
    return revenueService.linesOf(ctx, event);
  }

  @FieldResolver(() => BenefitPlan, { nullable: true, description: "The plan the event was distributed under." })
  benefitPlan(@Ctx() ctx: Context, @Root() event: RevenueEvent): Promise<BenefitPlan | null> {
    return orNull(benefitPlanService.get(ctx, event.planId));
  }

  @FieldResolver(() => Alliance, { nullable: true, description: "Null once your organization no longer sees the alliance." })
  alliance(@Ctx() ctx: Context, @Root() event: RevenueEvent): Promise<Alliance | null> {
    return allianceService.find(ctx, event.allianceId);
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project it came from, if any." })
  project(@Ctx() ctx: Context, @Root() event: RevenueEvent): Promise<Project | null> | null {
    return subjectProject(ctx, event);
  }

  @FieldResolver(() => IpAsset, { nullable: true, description: "The IP asset it came from, if any." })
  ipAsset(@Ctx() ctx: Context, @Root() event: RevenueEvent): Promise<IpAsset | null> | null {
    return subjectIpAsset(ctx, event);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who recorded it." })
  async recordedBy(@Ctx() ctx: Context, @Root() event: RevenueEvent): Promise<User | null> {
    return event.recordedById ? ((await ctx.loaders.user.load(event.recordedById)) ?? null) : null;
  }
}

@Authorized()
@Resolver(() => Distribution)
export class DistributionResolver {
  @Query(() => DistributionConnection, {
    description: "Distribution lines you may see: your organization's (secretariat and analysts: all).",
  })
  async distributions(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => DistributionFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: DistributionFilter,
    @Arg("orderBy", () => [DistributionOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof DistributionOrder>[],
  ): Promise<DistributionConnection> {
    return new DistributionConnection(await revenueService.listLines(ctx, { ...page, filter, orderBy }));
  }

  @FieldResolver(() => Organization, { description: "Who receives it." })
  async organization(@Ctx() ctx: Context, @Root() line: Distribution): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(line.organizationId);
  }

  @FieldResolver(() => RevenueEvent, { description: "The income it divides." })
  revenueEvent(@Ctx() ctx: Context, @Root() line: Distribution): Promise<RevenueEvent> {
    return revenueService.get(ctx, line.revenueEventId);
  }

  @FieldResolver(() => BenefitPlan, { nullable: true, description: "The agreed plan it follows." })
  benefitPlan(@Ctx() ctx: Context, @Root() line: Distribution): Promise<BenefitPlan | null> {
    return orNull(benefitPlanService.get(ctx, line.planId));
  }
}

@Authorized()
@Resolver(() => Organization)
export class OrganizationBenefitResolver {
  @FieldResolver(() => BenefitStatement, {
    description: "Its distribution lines received in [from, to] that you may see, totalled per currency.",
  })
  async benefitStatement(
    @Ctx() ctx: Context,
    @Root() organization: Organization,
    @Arg("from", () => GraphQLDate, { nullable: true, description: "First day counted (default: no lower bound)." }) from?: Date,
    @Arg("to", () => GraphQLDate, { nullable: true, description: "Last day counted (default: no upper bound)." }) to?: Date,
  ): Promise<BenefitStatement> {
    const totals = await revenueService.statement(ctx, organization.id, from, to);
    return { organizationId: organization.globalId, from: from ? day(from) : null, to: to ? day(to) : null, totals };
  }

  @FieldResolver(() => DistributionConnection, { description: "Its distribution lines that you may see." })
  async distributions(
    @Ctx() ctx: Context,
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg("filter", () => DistributionFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: DistributionFilter,
    @Arg("orderBy", () => [DistributionOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof DistributionOrder>[],
  ): Promise<DistributionConnection> {
    return new DistributionConnection(await revenueService.listLines(ctx, { ...page, filter, orderBy, organizationId: organization.id }));
  }
}
