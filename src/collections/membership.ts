/** Organizations' memberships of alliances: applications, members, leavers. */
import { Membership, MembershipRole, MembershipStatus } from "../../entities/membership.entity";
import { visibleMembershipSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { organizations } from "./organization";
import { orgJoin, organizationDimensions, organizationNameColumn, organizationTypeColumn } from "./shared-sql";

export const memberships = defineCollection({
  name: "Membership",
  entity: Membership,
  alias: "m",
  visibility: visibleMembershipSql,
  fields: {
    id: field.id("Membership"),
    allianceId: field.id("Alliance"),
    organizationId: field.id("Organization"),
    // Sorts only: the organization's own filter is under `organization`.
    organizationName: field.string({
      order: "ORGANIZATION_NAME",
      filter: false,
      sql: (a) => `(SELECT name FROM organization WHERE id = ${a}.organization_id)`,
    }),
    role: field.enum(MembershipRole, "MembershipRole", { order: "ROLE" }),
    status: field.enum(MembershipStatus, "MembershipStatus", { order: "STATUS" }),
    appliedAt: field.datetime({ order: "APPLIED_AT" }),
    decidedAt: field.datetime(),
  },
  relations: {
    organization: { to: () => organizations, on: "organizationId", description: "Conditions on the member organization." },
  },
  defaultOrder: [["appliedAt", SortDirection.ASC]],
  export: {
    path: "memberships",
    columns: [
      "id",
      "allianceId",
      "organizationId",
      organizationNameColumn("organizationName", (a) => `${a}.organization_id`),
      organizationTypeColumn("organizationType", (a) => `${a}.organization_id`),
      "role",
      "status",
      "appliedAt",
      "decidedAt",
    ],
  },
  aggregate: {
    joins: { org: (a) => orgJoin("org", `${a}.organization_id`) },
    dimensions: {
      STATUS: { field: "status", description: "The membership's status." },
      ROLE: { field: "role", description: "LEAD, COUNCIL or MEMBER." },
      ALLIANCE: { field: "allianceId", description: "The alliance." },
      ...organizationDimensions("organizationId", "org", "member organization"),
    },
    dates: {
      APPLIED_AT: { field: "appliedAt", description: "When the organization applied (UTC)." },
      DECIDED_AT: { field: "decidedAt", description: "When the application was decided (UTC)." },
    },
    defaultDate: "APPLIED_AT",
  },
});
