/** The audit log: append-only, written by `inTransaction`, read by the secretariat. */
import { AuditEntry } from "../../entities/audit-entry.entity";
import { requireAccess, type Context } from "../context";
import { notFound } from "../errors";
import { visibleAuditSql } from "../auth/permissions";
import { buildPredicate, SqlParams, type FilterSpec } from "../db/filter-sql";
import { paginate } from "../db/paginate";
import { SortDirection } from "../graphql/filters";
import { sortKeys, type OrderShape } from "../graphql/order";
import type { Page, PageArgs } from "../graphql/connection";
import { registerNodeType } from "./node.service";

export const auditFilterSpec = (a: string): FilterSpec => ({
  actorId: { kind: "id", sql: `${a}.actor_id`, type: "User" },
  allianceId: { kind: "id", sql: `${a}.alliance_id`, type: "Alliance" },
  action: { kind: "string", sql: `${a}.action` },
  entityType: { kind: "string", sql: `${a}.entity_type` },
  entityId: { kind: "node", typeSql: `${a}.entity_type`, keySql: `${a}.entity_id` },
  createdAt: { kind: "datetime", sql: `${a}.created_at` },
});

export type AuditEntryOrderField = "CREATED_AT" | "ACTION" | "ENTITY_TYPE";

const auditOrderColumns = (a: string): Record<AuditEntryOrderField, string> => ({
  CREATED_AT: `${a}.created_at`,
  ACTION: `${a}.action`,
  ENTITY_TYPE: `${a}.entity_type`,
});

export const auditOrder = (a: string, orderBy?: OrderShape<AuditEntryOrderField>[]) =>
  sortKeys(orderBy, auditOrderColumns(a), [{ sql: `${a}.created_at`, direction: SortDirection.DESC }]);

export class AuditService {
  /** One entry, for `node(id)`: the same audience as the list. */
  async get(ctx: Context, id: string): Promise<AuditEntry> {
    const rows = { load: async (key: string) => (await ctx.db.getRepository(AuditEntry).findOneBy({ id: key })) ?? undefined };
    const entry = await requireAccess(ctx).visible("auditEntry", id, rows);
    if (!entry) throw notFound("AuditEntry", "id");
    return entry;
  }

  /** Newest first. */
  async list(ctx: Context, args: PageArgs & { filter?: object; orderBy?: OrderShape<AuditEntryOrderField>[] }): Promise<Page<AuditEntry>> {
    const access = requireAccess(ctx);
    const params = new SqlParams();
    const qb = ctx.db.getRepository(AuditEntry).createQueryBuilder("e");
    qb.where(visibleAuditSql(access, "e", params));
    const predicate = buildPredicate(args.filter as Record<string, unknown>, auditFilterSpec("e"), params);
    if (predicate) qb.andWhere(predicate);
    qb.setParameters(params.values);
    return paginate(qb, args, auditOrder("e", args.orderBy), "e.id");
  }
}

export const auditService = new AuditService();

registerNodeType("AuditEntry", (ctx, key) => auditService.get(ctx, key));
