/** The audit log: append-only, written by `inTransaction`, read by the secretariat. */
import { AuditEntry } from "../../entities/audit-entry.entity";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { auditEntries } from "../collections/audit";
import { requireAccess, type Context } from "../operation-context";
import { notFound } from "../errors";

class AuditService {
  /** One entry, for `node(id)`: the same audience as the list. */
  async get(ctx: Context, id: string): Promise<AuditEntry> {
    const rows = { load: async (key: string) => (await ctx.db.getRepository(AuditEntry).findOneBy({ id: key })) ?? undefined };
    const entry = await requireAccess(ctx).visible("auditEntry", id, rows);
    if (!entry) throw notFound("AuditEntry", "id");
    return entry;
  }

  /** Newest first. */
  list(ctx: Context, args: ListArgs): Promise<Page<AuditEntry>> {
    return listPage(ctx, requireAccess(ctx), auditEntries, args);
  }
}

export const auditService = new AuditService();
