/**
 * Analysts' aggregates: `<collection>Aggregate(filter, groupBy)`. Each one uses the collection's
 * own filter and the visibility predicate of its list (its descriptor, src/collections), so an aggregate
 * counts exactly the rows the same filter lists for the same viewer — a trade secret or another
 * organization's distribution line never shows up in a count or a sum.
 */
import type { AnyCollection } from "../collections/collection";
import { aggregate, type AggregateGroup, type KeyField } from "../db/aggregate";
import { SqlParams } from "../db/sql";
import { buildPredicate } from "../collections/filter";
import { requireAccess, type Context } from "../operation-context";
import { toGlobalId } from "../graphql/global-id";
import { todayOf, systemClock } from "../clock";

export interface AggregateArgs {
  filter?: object | null;
  groupBy?: string[] | null;
  date?: string | null;
}

/** Key fields holding row keys, and the type their global ids name. */
const ID_TYPES: Partial<Record<KeyField, string>> = {
  allianceId: "Alliance",
  projectId: "Project",
  organizationId: "Organization",
  leadOrganizationId: "Organization",
  fromOrganizationId: "Organization",
  toOrganizationId: "Organization",
  workPackageId: "WorkPackage",
};

/** Grouped values arrive as text; give them back their GraphQL types. */
function typedKey(key: AggregateGroup["key"]): AggregateGroup["key"] {
  const typed: AggregateGroup["key"] = { ...key };
  for (const [field, value] of Object.entries(key) as [KeyField, string | number | boolean | null | undefined][]) {
    if (value === null || value === undefined) continue;
    const type = ID_TYPES[field];
    if (type) typed[field] = toGlobalId(type, String(value));
    else if (field === "governmentFunded") typed[field] = value === "true";
    else if (field === "currency") typed[field] = String(value).trim();
  }
  return typed;
}

class AggregateService {
  async run(ctx: Context, collection: AnyCollection, args: AggregateArgs): Promise<AggregateGroup[]> {
    const access = requireAccess(ctx);
    const params = new SqlParams();
    const alias = collection.alias;
    const env = { params, today: todayOf(ctx.clock ?? systemClock) };
    const visibility = collection.visibility(access, alias, params);
    const predicate = buildPredicate(args.filter as Record<string, unknown> | undefined, collection.filterSpec(alias, env), params);
    const groups = await aggregate(ctx.db, collection.aggregate(), {
      where: [visibility, predicate],
      params,
      groupBy: args.groupBy ?? [],
      date: args.date ?? undefined,
    });
    return groups.map((group) => ({ ...group, key: typedKey(group.key) }));
  }
}

export const aggregateService = new AggregateService();
