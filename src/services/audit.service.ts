/** The audit log: append-only, written by `inTransaction`, read by the secretariat. */
import { AuditEntry } from "../../entities/audit-entry.entity";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { auditEntries } from "../collections/audit";
import { requireAccess, type Context } from "../operation-context";

export class AuditService {
  /** Newest first. */
  list(ctx: Context, args: ListArgs): Promise<Page<AuditEntry>> {
    return listPage(ctx, requireAccess(ctx), auditEntries, args);
  }
}

export const auditService = new AuditService();
