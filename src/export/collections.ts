/**
 * What each collection exports as CSV: the GraphQL filter input it takes (the same one as its
 * connection), its visibility predicate and filter spec (the same ones as its list), its default
 * order (the connection's), and its columns. Columns carry only what every viewer of the row may
 * read: no owners' shares, licenses or royalty terms, no personal data beyond ids.
 */
import type { Access } from "../auth/access";
import {
  visibleAuditSql,
  visibleMembershipSql,
  visibleProjectChildSql,
  visibleProjectSql,
  visibleTalentExchangeSql,
} from "../auth/permissions";
import type { ObjectLiteral } from "typeorm";
import { buildPredicate, type FilterSpec, type SqlParams } from "../db/filter-sql";
import { Keyset } from "../db/keyset";
import type { Collection } from "../collections/collection";
import type { SqlEnv } from "../collections/fields";
import { exportable } from "../collections";
import { auditFilterSpec } from "../services/audit.service";
import { membershipFilterSpec } from "../services/membership.service";
import { talentExchangeFilterSpec } from "../services/talent-exchange.service";

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
  memberships: {
    filterType: "MembershipFilter",
    table: "membership",
    alias: "m",
    visibility: visibleMembershipSql,
    filterSpec: (a) => membershipFilterSpec(a),
    orderBy: "m.applied_at ASC, m.id ASC",
    columns: [
      id("id", "m.id", "Membership"),
      id("allianceId", "m.alliance_id", "Alliance"),
      id("organizationId", "m.organization_id", "Organization"),
      text("organizationName", orgName("m.organization_id")),
      text("organizationType", orgType("m.organization_id")),
      text("role", "m.role::text"),
      text("status", "m.status::text"),
      time("appliedAt", "m.applied_at"),
      time("decidedAt", "m.decided_at"),
    ],
  },
  talentExchanges: {
    filterType: "TalentExchangeFilter",
    table: "talent_exchange",
    alias: "x",
    visibility: visibleTalentExchangeSql,
    filterSpec: (a) => talentExchangeFilterSpec(a),
    orderBy: "x.proposed_at ASC, x.id ASC",
    columns: [
      id("id", "x.id", "TalentExchange"),
      id("allianceId", "x.alliance_id", "Alliance"),
      id("personId", "x.person_id", "User"),
      id("fromOrganizationId", "x.from_organization_id", "Organization"),
      text("fromOrganizationName", orgName("x.from_organization_id")),
      id("toOrganizationId", "x.to_organization_id", "Organization"),
      text("toOrganizationName", orgName("x.to_organization_id")),
      text("kind", "x.kind::text"),
      id("projectId", "x.project_id", "Project"),
      day("startDate", "x.start_date"),
      day("endDate", "x.end_date"),
      text("status", "x.status::text"),
      time("proposedAt", "x.proposed_at"),
      time("decidedAt", "x.decided_at"),
    ],
  },
  auditEntries: {
    filterType: "AuditEntryFilter",
    table: "audit_entry",
    alias: "e",
    visibility: visibleAuditSql,
    filterSpec: (a) => auditFilterSpec(a),
    orderBy: "e.created_at DESC, e.id DESC",
    columns: [
      id("id", "e.id", "AuditEntry"),
      time("createdAt", "e.created_at"),
      id("actorId", "e.actor_id", "User"),
      text("action", "e.action"),
      text("entityType", "e.entity_type"),
      // The entity's global id: its type is the row's entity type (see `cell`).
      { header: "entityId", sql: "e.entity_type || ':' || e.entity_id", type: "id" },
      id("allianceId", "e.alliance_id", "Alliance"),
      { header: "changes", sql: "e.changes", type: "json" },
    ],
  },
};

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
    columns: () => collection.columns,
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
