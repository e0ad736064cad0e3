import { auditEntries } from "../../src/collections/audit";

/** Filter and order of the audit log: see src/collections/audit.ts. */
export const AuditEntryFilter = auditEntries.filterInput;
export type AuditEntryFilter = Record<string, unknown>;
export const AuditEntryOrder = auditEntries.orderInput!;
