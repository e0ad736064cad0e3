/** The audit log: append-only, written by `inTransaction`, read by the secretariat. */
import { AuditEntry } from "../../entities/audit-entry.entity";
import { requireAccess, type Context } from "../context";
import { visibleAuditSql } from "../auth/permissions";
import { buildPredicate, SqlParams, type FilterSpec } from "../db/filter-sql";
import { paginate } from "../db/paginate";
import { SortDirection } from "../graphql/filters";
import type { Page, PageArgs } from "../graphql/connection";

export const auditFilterSpec = (a: string): FilterSpec => ({
  actorId: { kind: "id", sql: `${a}.actor_id`, type: "User" },
  allianceId: { kind: "id", sql: `${a}.alliance_id`, type: "Alliance" },
  action: { kind: "string", sql: `${a}.action` },
  entityType: { kind: "string", sql: `${a}.entity_type` },
  createdAt: { kind: "datetime", sql: `${a}.created_at` },
});

export class AuditService {
  /** Newest first. */
  async list(ctx: Context, args: PageArgs & { filter?: object }): Promise<Page<AuditEntry>> {
    const access = requireAccess(ctx);
    const params = new SqlParams();
    const qb = ctx.db.getRepository(AuditEntry).createQueryBuilder("e");
    qb.where(visibleAuditSql(access, "e", params));
    const predicate = buildPredicate(args.filter as Record<string, unknown>, auditFilterSpec("e"), params);
    if (predicate) qb.andWhere(predicate);
    qb.setParameters(params.values);
    return paginate(qb, args, [{ sql: "e.created_at", direction: SortDirection.DESC }], "e.id");
  }
}

export const auditService = new AuditService();
