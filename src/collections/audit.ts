/** The audit log: what was done to which entity, by whom; read by the secretariat. */
import { AuditEntry } from "../../entities/audit-entry.entity";
import { visibleAuditSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const auditEntries = defineCollection({
  name: "AuditEntry",
  entity: AuditEntry,
  alias: "e",
  visibility: visibleAuditSql,
  fields: {
    id: field.id("AuditEntry", { filter: false }),
    actorId: field.id("User"),
    allianceId: field.id("Alliance"),
    action: field.string({ order: "ACTION" }),
    entityType: field.string({ order: "ENTITY_TYPE", description: "The entity's type name, e.g. Membership." }),
    entityId: field.node("entityType", { description: "The entity acted on, by its global id (of any type)." }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  // Newest first.
  defaultOrder: [["createdAt", SortDirection.DESC]],
  export: {
    path: "auditEntries",
    columns: [
      "id",
      "createdAt",
      "actorId",
      "action",
      "entityType",
      "entityId",
      "allianceId",
      { header: "changes", sql: (a) => `${a}.changes`, type: "json" },
    ],
  },
});
