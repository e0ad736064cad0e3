import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import type { Context } from "../src/context";
import { fromGlobalId } from "../src/graphql/global-id";
import { aggregateCollections, aggregateService } from "../src/services/aggregate.service";
import { allianceService } from "../src/services/alliance.service";
import { projectService } from "../src/services/project.service";
import { AggregateGroupType, AggregateKey, dateEnum, groupByEnum, type AggregateGroupShape } from "./types/aggregate.types";
import { ProjectFilter } from "./inputs/project.input";
import { IpAssetFilter } from "./inputs/ip-asset.input";
import { DistributionFilter } from "./inputs/benefit.input";
import { MembershipFilter } from "./inputs/membership.input";
import { TaskFilter } from "./inputs/task.input";
import { TalentExchangeFilter } from "./inputs/talent-exchange.input";

const { projects, tasks, talentExchanges, ipAssets, distributions, memberships } = aggregateCollections;

const ProjectGroupBy = groupByEnum(projects.source, "Project");
const ProjectAggregateDate = dateEnum(projects.source, "Project");
const ProjectAggregateGroup = AggregateGroupType(projects.source, "Project");

const TaskGroupBy = groupByEnum(tasks.source, "Task");
const TaskAggregateDate = dateEnum(tasks.source, "Task");
const TaskAggregateGroup = AggregateGroupType(tasks.source, "Task");

const TalentExchangeGroupBy = groupByEnum(talentExchanges.source, "TalentExchange");
const TalentExchangeAggregateDate = dateEnum(talentExchanges.source, "TalentExchange");
const TalentExchangeAggregateGroup = AggregateGroupType(talentExchanges.source, "TalentExchange");

const IpAssetGroupBy = groupByEnum(ipAssets.source, "IpAsset");
const IpAssetAggregateDate = dateEnum(ipAssets.source, "IpAsset");
const IpAssetAggregateGroup = AggregateGroupType(ipAssets.source, "IpAsset");

const DistributionGroupBy = groupByEnum(distributions.source, "Distribution");
const DistributionAggregateDate = dateEnum(distributions.source, "Distribution");
const DistributionAggregateGroup = AggregateGroupType(distributions.source, "Distribution");

const MembershipGroupBy = groupByEnum(memberships.source, "Membership");
const MembershipAggregateDate = dateEnum(memberships.source, "Membership");
const MembershipAggregateGroup = AggregateGroupType(memberships.source, "Membership");

const GROUP_BY = "Dimensions to group by; none gives one group with the totals.";
const DATE = "The date YEAR, QUARTER and MONTH bucket (default: the collection's main date).";

/** Analysts' grouped counts and sums over the rows the caller may see (DESIGN.md §4). */
@Authorized()
@Resolver()
export class AggregateResolver {
  @Query(() => [ProjectAggregateGroup], { description: "Projects you may see, grouped; budgets per currency." })
  projectsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
    @Arg("groupBy", () => [ProjectGroupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => ProjectAggregateDate, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, projects, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [TaskAggregateGroup], { description: "Tasks of the projects you may see, grouped (e.g. overdue tasks by lead organization)." })
  tasksAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => TaskFilter, { nullable: true }) filter?: TaskFilter,
    @Arg("groupBy", () => [TaskGroupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => TaskAggregateDate, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, tasks, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [TalentExchangeAggregateGroup], { description: "Talent exchanges you may see, grouped; durations in days." })
  talentExchangesAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => TalentExchangeFilter, { nullable: true }) filter?: TalentExchangeFilter,
    @Arg("groupBy", () => [TalentExchangeGroupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => TalentExchangeAggregateDate, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, talentExchanges, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [IpAssetAggregateGroup], { description: "IP assets you may see (never others' trade secrets), grouped." })
  ipAssetsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => IpAssetFilter, { nullable: true }) filter?: IpAssetFilter,
    @Arg("groupBy", () => [IpAssetGroupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => IpAssetAggregateDate, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, ipAssets, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [DistributionAggregateGroup], { description: "Distribution lines you may see, grouped; amounts per currency." })
  distributionsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => DistributionFilter, { nullable: true }) filter?: DistributionFilter,
    @Arg("groupBy", () => [DistributionGroupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => DistributionAggregateDate, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, distributions, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
  }

  @Query(() => [MembershipAggregateGroup], { description: "Memberships you may see, grouped." })
  membershipsAggregate(
    @Ctx() ctx: Context,
    @Arg("filter", () => MembershipFilter, { nullable: true }) filter?: MembershipFilter,
    @Arg("groupBy", () => [MembershipGroupBy], { nullable: true, description: GROUP_BY }) groupBy?: string[],
    @Arg("date", () => MembershipAggregateDate, { nullable: true, description: DATE }) date?: string,
  ): Promise<AggregateGroupShape[]> {
    return aggregateService.run(ctx, memberships, { filter, groupBy, date }) as Promise<AggregateGroupShape[]>;
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
  @FieldResolver(() => Alliance, { nullable: true })
  async alliance(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Alliance | null> {
    const id = keyOfId(key.allianceId);
    return id ? allianceService.find(ctx, id) : null;
  }

  @FieldResolver(() => Project, { nullable: true })
  project(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Project | null> | null {
    const id = keyOfId(key.projectId);
    return id ? projectService.find(ctx, id) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Organization | null> {
    return organizationOf(ctx, key.organizationId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  leadOrganization(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Organization | null> {
    return organizationOf(ctx, key.leadOrganizationId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  fromOrganization(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Organization | null> {
    return organizationOf(ctx, key.fromOrganizationId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  toOrganization(@Ctx() ctx: Context, @Root() key: AggregateKey): Promise<Organization | null> {
    return organizationOf(ctx, key.toOrganizationId);
  }
}
