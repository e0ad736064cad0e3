/**
 * Analysts' aggregates (DESIGN.md §4): `<collection>Aggregate(filter, groupBy)`. Each one uses
 * the collection's own filter spec and the visibility predicate of its list, so an aggregate
 * counts exactly the rows the same filter lists for the same viewer — a trade secret or another
 * organization's distribution line never shows up in a count or a sum.
 */
import { requireAccess, clockOf, type Context } from "../operation-context";
import type { Access } from "../auth/access";
import {
  visibleDistributionSql,
  visibleIpAssetSql,
  visibleMembershipSql,
  visibleProjectChildSql,
  visibleProjectSql,
  visibleTalentExchangeSql,
} from "../auth/permissions";
import { aggregate, type AggregateGroup, type AggregateSource, type KeyField } from "../db/aggregate";
import { buildPredicate, SqlParams, type FilterSpec } from "../db/filter-sql";
import { toGlobalId } from "../graphql/global-id";
import { todayOf } from "../clock";
import {
  distributionAggregate,
  ipAssetAggregate,
  membershipAggregate,
  projectAggregate,
  talentExchangeAggregate,
  taskAggregate,
} from "./aggregate-sources";
import { taskFilterSpec } from "./task.service";
import { talentExchangeFilterSpec } from "./talent-exchange.service";
import { projectFilterSpec } from "./project-filters";
import { ipAssetFilterSpec } from "./ip-asset.service";
import { distributionFilterSpec } from "./revenue.service";
import { membershipFilterSpec } from "./membership.service";

export interface AggregateArgs {
  filter?: object | null;
  groupBy?: string[] | null;
  date?: string | null;
}

/** One collection as aggregates see it: its source, its filter and its visibility. */
export interface AggregateCollection {
  source: AggregateSource;
  filterSpec: (alias: string, params: SqlParams, ctx: Context) => FilterSpec;
  visibility: (access: Access, alias: string, params: SqlParams) => string;
}

export const aggregateCollections = {
  projects: {
    source: projectAggregate,
    filterSpec: (a) => projectFilterSpec(a),
    visibility: visibleProjectSql,
  },
  ipAssets: {
    source: ipAssetAggregate,
    filterSpec: (a, params, ctx) => ipAssetFilterSpec(a, params, todayOf(clockOf(ctx))),
    visibility: visibleIpAssetSql,
  },
  distributions: {
    source: distributionAggregate,
    filterSpec: (a) => distributionFilterSpec(a),
    visibility: visibleDistributionSql,
  },
  tasks: {
    source: taskAggregate,
    filterSpec: (a) => taskFilterSpec(a),
    // A task is visible exactly as its project (the same predicate as the task list).
    visibility: (access, a, params) => visibleProjectChildSql(access, `${a}.project_id`, params),
  },
  talentExchanges: {
    source: talentExchangeAggregate,
    filterSpec: (a) => talentExchangeFilterSpec(a),
    visibility: visibleTalentExchangeSql,
  },
  memberships: {
    source: membershipAggregate,
    filterSpec: (a) => membershipFilterSpec(a),
    visibility: visibleMembershipSql,
  },
} satisfies Record<string, AggregateCollection>;

/** Key fields holding row keys, and the type their global ids name. */
const ID_TYPES: Partial<Record<KeyField, string>> = {
  allianceId: "Alliance",
  projectId: "Project",
  organizationId: "Organization",
  leadOrganizationId: "Organization",
  fromOrganizationId: "Organization",
  toOrganizationId: "Organization",
};

/** Grouped values arrive as text; give them back their GraphQL types. */
function typedKey(key: AggregateGroup["key"]): AggregateGroup["key"] {
  const typed: AggregateGroup["key"] = { ...key };
  for (const [field, value] of Object.entries(key) as [KeyField, unknown][]) {
    if (value === null || value === undefined) continue;
    const type = ID_TYPES[field];
    if (type) typed[field] = toGlobalId(type, String(value));
    else if (field === "governmentFunded") typed[field] = value === "true";
    else if (field === "currency") typed[field] = String(value).trim();
  }
  return typed;
}

export class AggregateService {
  async run(ctx: Context, collection: AggregateCollection, args: AggregateArgs): Promise<AggregateGroup[]> {
    const access = requireAccess(ctx);
    const params = new SqlParams();
    const alias = collection.source.alias;
    const visibility = collection.visibility(access, alias, params);
    const predicate = buildPredicate(args.filter as Record<string, unknown> | undefined, collection.filterSpec(alias, params, ctx), params);
    const groups = await aggregate(ctx.db, collection.source, {
      where: [visibility, predicate],
      params,
      groupBy: args.groupBy ?? [],
      date: args.date ?? undefined,
    });
    return groups.map((group) => ({ ...group, key: typedKey(group.key) }));
  }
}

export const aggregateService = new AggregateService();
