import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { Organization } from "../entities/organization.entity";
import { Project } from "../entities/project.entity";
import type { Context } from "../src/operation-context";
import { fromGlobalId } from "../src/graphql/global-id";
import { aggregateService } from "../src/services/aggregate.service";
import { ipAssets } from "../src/collections/ip-asset";
import { memberships } from "../src/collections/membership";
import { projects } from "../src/collections/project";
import { distributions } from "../src/collections/revenue";
import { talentExchanges } from "../src/collections/talent-exchange";
import { tasks } from "../src/collections/task";
import { allianceService } from "../src/services/alliance.service";
import { projectService } from "../src/services/project.service";
import { AggregateKey, aggregateTypes, type AggregateGroupShape } from "./types/aggregate.types";
import { ProjectFilter } from "./inputs/project.input";
import { IpAssetFilter } from "./inputs/ip-asset.input";
import { DistributionFilter } from "./inputs/benefit.input";
import { MembershipFilter } from "./inputs/membership.input";
import { TaskFilter } from "./inputs/task.input";
import { TalentExchangeFilter } from "./inputs/talent-exchange.input";

const ProjectAggregate = aggregateTypes(projects);
const TaskAggregate = aggregateTypes(tasks);
const TalentExchangeAggregate = aggregateTypes(talentExchanges);
const IpAssetAggregate = aggregateTypes(ipAssets);
const DistributionAggregate = aggregateTypes(distributions);
const MembershipAggregate = aggregateTypes(memberships);

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
}
