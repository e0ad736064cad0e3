import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import { WorkPackage } from "../entities/work-package.entity";
import type { Context } from "../src/operation-context";
import { workPlanService } from "../src/services/work-plan.service";
import { fromGlobalId } from "../src/graphql/global-id";
import { aggregateService } from "../src/services/aggregate.service";
import { accessRequests } from "../src/collections/access-rights";
import { ipAssets } from "../src/collections/ip-asset";
import { memberships } from "../src/collections/membership";
import { motions } from "../src/collections/motion";
import { projects } from "../src/collections/project";
import { distributions } from "../src/collections/revenue";
import { talentExchanges } from "../src/collections/talent-exchange";
import { tasks } from "../src/collections/task";
import { expenses } from "../src/collections/expense";
import { timeDeclarations } from "../src/collections/time-declaration";
import { deliverables } from "../src/collections/work-plan";
import { reportingPeriods } from "../src/collections/reporting-period";
import { allianceService } from "../src/services/alliance.service";
import { motionService } from "../src/services/motion.service";
import { projectService } from "../src/services/project.service";
import { AggregateKey, aggregateTypes, type AggregateGroupShape } from "./types/aggregate.types";
import { ProjectFilter } from "./inputs/project.input";
import { IpAssetFilter } from "./inputs/ip-asset.input";
import { AccessRequestFilter } from "./inputs/access-rights.input";
import { DistributionFilter } from "./inputs/benefit.input";
import { MembershipFilter } from "./inputs/membership.input";
import { MotionFilter } from "./inputs/motion.input";
import { TaskFilter } from "./inputs/task.input";
import { TalentExchangeFilter } from "./inputs/talent-exchange.input";
import { ExpenseFilter } from "./inputs/funding.input";
import { DeliverableFilter, ReportingPeriodFilter, TimeDeclarationFilter } from "./inputs/work-plan.input";

const ProjectAggregate = aggregateTypes(projects);
const TaskAggregate = aggregateTypes(tasks);
const TalentExchangeAggregate = aggregateTypes(talentExchanges);
const IpAssetAggregate = aggregateTypes(ipAssets);
const DistributionAggregate = aggregateTypes(distributions);
const MembershipAggregate = aggregateTypes(memberships);
const AccessRequestAggregate = aggregateTypes(accessRequests);
const MotionAggregate = aggregateTypes(motions);
const DeliverableAggregate = aggregateTypes(deliverables);
const ExpenseAggregate = aggregateTypes(expenses);
const TimeDeclarationAggregate = aggregateTypes(timeDeclarations);
const ReportingPeriodAggregate = aggregateTypes(reportingPeriods);

const GROUP_BY = "Dimensions to group by; none gives one group with the totals.";
const DATE = "The date YEAR, QUARTER and MONTH bucket (default: the collection's main date).";

/** Analysts' grouped counts and sums over the rows the caller may see (DESIGN.md §4). */
@Authorized()
@Resolver()
export class AggregateResolver {
  @Query(() => [ProjectAggregate.group], { description: "Projects you may see, grouped; budgets per currency." })
  projectsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => ProjectFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: ProjectFilter,
    @Arg("groupBy", () => [ProjectAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => ProjectAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, projects, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [TaskAggregate.group], {
    description: "Tasks of the projects you may see, grouped (e.g. overdue tasks by lead organization).",
  })
  tasksAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: TaskFilter,
    @Arg("groupBy", () => [TaskAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => TaskAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, tasks, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [TalentExchangeAggregate.group], { description: "Talent exchanges you may see, grouped; durations in days." })
  talentExchangesAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => TalentExchangeFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: TalentExchangeFilter,
    @Arg("groupBy", () => [TalentExchangeAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => TalentExchangeAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, talentExchanges, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [IpAssetAggregate.group], { description: "IP assets you may see (never others' trade secrets), grouped." })
  ipAssetsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => IpAssetFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: IpAssetFilter,
    @Arg("groupBy", () => [IpAssetAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => IpAssetAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, ipAssets, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [AccessRequestAggregate.group], { description: "Access requests you may see, grouped (e.g. by status and purpose)." })
  accessRequestsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => AccessRequestFilter, { nullable: true, description: "Only the requests matching this." })
    filter?: AccessRequestFilter,
    @Arg("groupBy", () => [AccessRequestAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => AccessRequestAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, accessRequests, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [DistributionAggregate.group], { description: "Distribution lines you may see, grouped; amounts per currency." })
  distributionsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => DistributionFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: DistributionFilter,
    @Arg("groupBy", () => [DistributionAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => DistributionAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, distributions, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [MembershipAggregate.group], { description: "Memberships you may see, grouped." })
  membershipsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => MembershipFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: MembershipFilter,
    @Arg("groupBy", () => [MembershipAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => MembershipAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, memberships, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [MotionAggregate.group], { description: "Motions you may see, grouped (e.g. by kind and status)." })
  async motionsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => MotionFilter, { nullable: true, description: "Conditions on the motions." }) filter?: MotionFilter,
    @Arg("groupBy", () => [MotionAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => MotionAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    await motionService.decideDue(ctx);
    return aggregateService.run(ctx, motions, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [DeliverableAggregate.group], {
    description: "Deliverables you may see, grouped (e.g. by status and due quarter: groupBy [STATUS, QUARTER]).",
  })
  deliverablesAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => DeliverableFilter, { nullable: true, description: "Conditions on the deliverables." }) filter?: DeliverableFilter,
    @Arg("groupBy", () => [DeliverableAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => DeliverableAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, deliverables, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [ExpenseAggregate.group], {
    description: "Expenses you may see, grouped (e.g. by category and participant); amounts per currency.",
  })
  expensesAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => ExpenseFilter, { nullable: true, description: "Conditions on the expenses." }) filter?: ExpenseFilter,
    @Arg("groupBy", () => [ExpenseAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => ExpenseAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, expenses, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [TimeDeclarationAggregate.group], { description: "Time declarations you may see, grouped; hours summed." })
  timeDeclarationsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => TimeDeclarationFilter, { nullable: true, description: "Conditions on the declarations." })
    filter?: TimeDeclarationFilter,
    @Arg("groupBy", () => [TimeDeclarationAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => TimeDeclarationAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, timeDeclarations, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [ReportingPeriodAggregate.group], {
    description: "Reporting periods you may see, grouped (e.g. by status: groupBy [STATUS]).",
  })
  reportingPeriodsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => ReportingPeriodFilter, { nullable: true, description: "Conditions on the periods." })
    filter?: ReportingPeriodFilter,
    @Arg("groupBy", () => [ReportingPeriodAggregate.groupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => ReportingPeriodAggregate.date, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, reportingPeriods, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }
}

const keyOfId = (globalId: string | null | undefined): string | undefined => (globalId ? fromGlobalId(globalId)?.key : undefined);

const organizationOf = async (ctx: Context, globalId: string | null | undefined): Promise<Organization | null> => {
  const key = keyOfId(globalId);
  return key ? ((await ctx.loaders.organization.load(key)) ?? null) : null;
};

/**
 * A key's references resolve to their records: organizations (a public registry) always, the
 * alliance and the project when the viewer may see them (null otherwise).
 */
@Authorized()
@Resolver(() => AggregateKey)
export class AggregateKeyResolver {
  @FieldResolver(() => Alliance, { nullable: true, description: "The alliance grouped by (null if you may not see it)." })
  async alliance(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Alliance | null> {
    const id = keyOfId(key.allianceId);
    return id ? allianceService.find(ctx, id) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: "The project grouped by (null if you may not see it)." })
  project(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Project | null> | null {
    const id = keyOfId(key.projectId);
    return id ? projectService.find(ctx, id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organization grouped by." })
  organization(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Organization | null> {
    return organizationOf(ctx, key.organizationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The project's lead organization grouped by." })
  leadOrganization(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Organization | null> {
    return organizationOf(ctx, key.leadOrganizationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The sending organization grouped by." })
  fromOrganization(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Organization | null> {
    return organizationOf(ctx, key.fromOrganizationId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The host organization grouped by." })
  toOrganization(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Organization | null> {
    return organizationOf(ctx, key.toOrganizationId);
  }

  @FieldResolver(() => WorkPackage, { nullable: true, description: "The work package, when you may see it." })
  workPackage(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<WorkPackage | null> | null {
    const id = keyOfId(key.workPackageId);
    return id ? workPlanService.findWorkPackage(ctx, id) : null;
  }
}
