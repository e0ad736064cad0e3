/**
 * What each collection exports as CSV: the GraphQL filter input it takes (the same one as its
 * connection), its visibility predicate and filter spec (the same ones as its list), its default
 * order (the connection's), and its columns. Columns carry only what every viewer of the row may
 * read: no owners' shares, licenses or royalty terms, no personal data beyond ids.
 */
import type { Access } from "../auth/access";
import {
  visibleBenefitPlanSql,
  visibleDistributionSql,
  visibleIpAssetSql,
  visibleProjectChildSql,
  visibleProjectSql,
  visibleRevenueEventSql,
} from "../auth/permissions";
import type { ObjectLiteral } from "typeorm";
import { buildPredicate, type FilterSpec, type SqlParams } from "../db/filter-sql";
import { Keyset } from "../db/keyset";
import type { Collection } from "../collections/collection";
import type { SqlEnv } from "../collections/fields";
import { exportable } from "../collections";
import { benefitPlanFilterSpec } from "../services/benefit-plan.service";
import { diffusionStatusSql } from "../services/diffusion";
import { ipAssetFilterSpec } from "../services/ip-asset.service";
import { distributionFilterSpec, revenueEventFilterSpec } from "../services/revenue.service";

export type ColumnType = "text" | "id" | "datetime" | "decimal" | "boolean" | "int" | "json";

export interface Column {
  header: string;
  /** SQL over the collection's alias; dates and decimals are selected as text. */
  sql: string;
  type: ColumnType;
  /** For `id` columns: the type the global id names. */
  idType?: string;
}

export interface ExportCollection {
  /** The GraphQL input type of the `filter` query parameter. */
  filterType: string;
  table: string;
  alias: string;
  visibility: (access: Access, alias: string, params: SqlParams) => string;
  filterSpec: (alias: string, params: SqlParams, today: string) => FilterSpec;
  /** The connection's default order, primary key last, so the CSV lists rows as the connection does. */
  orderBy: string;
  columns: Column[];
}

const id = (header: string, sql: string, idType: string): Column => ({ header, sql, type: "id", idType });
const text = (header: string, sql: string): Column => ({ header, sql, type: "text" });
const day = (header: string, sql: string): Column => ({ header, sql: `(${sql})::text`, type: "text" });
const money = (header: string, sql: string): Column => ({ header, sql: `(${sql})::text`, type: "decimal" });
const time = (header: string, sql: string): Column => ({ header, sql, type: "datetime" });

const orgName = (column: string) => `(SELECT name FROM organization WHERE id = ${column})`;
const orgType = (column: string) => `(SELECT type::text FROM organization WHERE id = ${column})`;
const leadOf = (projectId: string) =>
  `(SELECT organization_id FROM project_participant WHERE project_id = ${projectId} AND role = 'LEAD' AND removed_at IS NULL)`;

const exportCollections: Record<string, ExportCollection> = {
  ipAssets: {
    filterType: "IpAssetFilter",
    table: "ip_asset",
    alias: "ia",
    visibility: visibleIpAssetSql,
    filterSpec: (a, params, today) => ipAssetFilterSpec(a, params, today),
    orderBy: "ia.created_at DESC, ia.id DESC",
    columns: [
      id("id", "ia.id", "IpAsset"),
      id("allianceId", "ia.alliance_id", "Alliance"),
      text("kind", "ia.kind::text"),
      text("title", "ia.title"),
      text("registrationNumber", "ia.registration_number"),
      text("jurisdiction", "ia.jurisdiction"),
      text("status", "ia.status::text"),
      day("filedOn", "ia.filed_on"),
      day("grantedOn", "ia.granted_on"),
      { header: "governmentFunded", sql: "ia.government_funded", type: "boolean" },
      // Filled in per request: the diffusion status as of today (see `columnsFor`).
      text("diffusionStatus", "ia.diffusion_status::text"),
      day("diffusionDueDate", "ia.diffusion_due_date"),
      id("originProjectId", "ia.origin_project_id", "Project"),
      time("createdAt", "ia.created_at"),
    ],
  },
  benefitPlans: {
    filterType: "BenefitPlanFilter",
    table: "benefit_plan",
    alias: "bp",
    visibility: visibleBenefitPlanSql,
    filterSpec: (a) => benefitPlanFilterSpec(a),
    orderBy: "bp.created_at ASC, bp.id ASC",
    columns: [
      id("id", "bp.id", "BenefitPlan"),
      id("allianceId", "bp.alliance_id", "Alliance"),
      id("projectId", "bp.project_id", "Project"),
      id("ipAssetId", "bp.ip_asset_id", "IpAsset"),
      text("status", "bp.status::text"),
      time("createdAt", "bp.created_at"),
      time("agreedAt", "bp.agreed_at"),
    ],
  },
  revenueEvents: {
    filterType: "RevenueEventFilter",
    table: "revenue_event",
    alias: "re",
    visibility: visibleRevenueEventSql,
    filterSpec: (a) => revenueEventFilterSpec(a),
    orderBy: "re.received_on ASC, re.created_at ASC, re.id ASC",
    columns: [
      id("id", "re.id", "RevenueEvent"),
      id("allianceId", "re.alliance_id", "Alliance"),
      id("projectId", "re.project_id", "Project"),
      id("ipAssetId", "re.ip_asset_id", "IpAsset"),
      text("kind", "re.kind::text"),
      money("amount", "re.amount"),
      text("currency", "trim(re.currency)"),
      day("receivedOn", "re.received_on"),
      text("idempotencyKey", "re.idempotency_key"),
      time("createdAt", "re.created_at"),
    ],
  },
  distributions: {
    filterType: "DistributionFilter",
    table: "distribution",
    alias: "d",
    visibility: visibleDistributionSql,
    filterSpec: (a) => distributionFilterSpec(a),
    orderBy: "d.received_on ASC, d.created_at ASC, d.id ASC",
    columns: [
      id("id", "d.id", "Distribution"),
      id("allianceId", "d.alliance_id", "Alliance"),
      id("revenueEventId", "d.revenue_event_id", "RevenueEvent"),
      text("kind", "(SELECT kind::text FROM revenue_event WHERE id = d.revenue_event_id)"),
      id("organizationId", "d.organization_id", "Organization"),
      text("organizationName", orgName("d.organization_id")),
      text("organizationType", orgType("d.organization_id")),
      id("projectId", "d.project_id", "Project"),
      id("ipAssetId", "d.ip_asset_id", "IpAsset"),
      { header: "basisPoints", sql: "d.basis_points", type: "int" },
      money("amount", "d.amount"),
      text("currency", "trim(d.currency)"),
      day("receivedOn", "d.received_on"),
      time("createdAt", "d.created_at"),
    ],
  },
};

/** The columns of a collection for one request (the IP diffusion status depends on today). */
function columnsFor(collection: ExportCollection, params: SqlParams, today: string): Column[] {
  if (collection.table !== "ip_asset") return collection.columns;
  return collection.columns.map((c) =>
    c.header === "diffusionStatus" ? { ...c, sql: `${diffusionStatusSql(collection.alias, params, today)}::text` } : c,
  );
}

/** One export as the handler runs it: its filter type, and its statement's parts for one request. */
export interface ExportSource {
  filterType: string;
  from: string;
  where: (access: Access, filter: Record<string, unknown> | undefined, env: SqlEnv) => string[];
  columns: (env: SqlEnv) => Column[];
  orderBy: (env: SqlEnv) => string;
}

function described<E extends ObjectLiteral>(collection: Collection<E>): ExportSource {
  const a = collection.alias;
  return {
    filterType: `${collection.name}Filter`,
    from: `${collection.table} ${a}`,
    where: (access, filter, env) =>
      [collection.visibility(access, a, env.params), buildPredicate(filter, collection.filterSpec(a, env), env.params)].filter(Boolean),
    columns: (env) => collection.exportColumns().map((c) => ({ header: c.header, sql: c.sql(a, env), type: c.type, idType: c.idType })),
    // The connection's default order, so the CSV lists rows as the connection does.
    orderBy: (env) => new Keyset(collection.sortKeys(a, null, env), `${a}.id`).orderSql(),
  };
}

function legacy(collection: ExportCollection): ExportSource {
  const a = collection.alias;
  return {
    filterType: collection.filterType,
    from: `${collection.table} ${a}`,
    where: (access, filter, env) =>
      [collection.visibility(access, a, env.params), buildPredicate(filter, collection.filterSpec(a, env.params, env.today), env.params)].filter(
        Boolean,
      ),
    columns: (env) => columnsFor(collection, env.params, env.today),
    orderBy: () => collection.orderBy,
  };
}

const described_ = new Map<string, ExportSource>(
  exportable.map((c) => [c.def.export!.path, described(c)]),
);

/** The export at `/export/<name>.csv`, if there is one. */
export function exportSource(name: string): ExportSource | undefined {
  if (described_.has(name)) return described_.get(name);
  return Object.hasOwn(exportCollections, name) ? legacy(exportCollections[name]) : undefined;
}
