/** Talent exchanges between members (Art. 5): seen by both sides, the secretariat and analysts. */
import { TalentExchange, TalentExchangeKind, TalentExchangeStatus } from "../../entities/talent-exchange.entity";
import { visibleTalentExchangeSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { organizations } from "./organization";
import { organizationNameColumn, orgJoin } from "./shared-sql";

export const talentExchanges = defineCollection({
  name: "TalentExchange",
  entity: TalentExchange,
  alias: "x",
  visibility: visibleTalentExchangeSql,
  fields: {
    id: field.id("TalentExchange"),
    allianceId: field.id("Alliance"),
    personId: field.id("User"),
    fromOrganizationId: field.id("Organization"),
    toOrganizationId: field.id("Organization"),
    projectId: field.id("Project"),
    kind: field.enum(TalentExchangeKind, "TalentExchangeKind", { order: "KIND" }),
    status: field.enum(TalentExchangeStatus, "TalentExchangeStatus", { order: "STATUS" }),
    // Exchanges without a start date sort last.
    startDate: field.date({ order: "START_DATE", nullsAs: "'infinity'::date" }),
    endDate: field.date(),
    proposedAt: field.datetime({ order: "PROPOSED_AT" }),
    decidedAt: field.datetime({ filter: false }),
    updatedAt: field.datetime({ order: "UPDATED_AT", filter: false }),
  },
  relations: {
    fromOrganization: { to: () => organizations, on: "fromOrganizationId" },
    toOrganization: { to: () => organizations, on: "toOrganizationId" },
  },
  defaultOrder: [["proposedAt", SortDirection.ASC]],
  export: {
    path: "talentExchanges",
    columns: [
      "id",
      "allianceId",
      "personId",
      "fromOrganizationId",
      organizationNameColumn("fromOrganizationName", (a) => `${a}.from_organization_id`),
      "toOrganizationId",
      organizationNameColumn("toOrganizationName", (a) => `${a}.to_organization_id`),
      "kind",
      "projectId",
      "startDate",
      "endDate",
      "status",
      "proposedAt",
      "decidedAt",
    ],
  },
  aggregate: {
    joins: {
      fromorg: (a) => orgJoin("fromorg", `${a}.from_organization_id`),
      toorg: (a) => orgJoin("toorg", `${a}.to_organization_id`),
    },
    dimensions: {
      STATUS: { field: "status", description: "The exchange's status." },
      KIND: { field: "kind", description: "Secondment, visiting researcher, joint training, …" },
      ALLIANCE: { field: "allianceId", description: "The alliance." },
      PROJECT: { field: "projectId", description: "The project it serves, if any." },
      FROM_ORGANIZATION: { field: "fromOrganizationId", description: "The sending organization." },
      FROM_ORGANIZATION_TYPE: {
        key: "fromOrganizationType",
        sql: () => "fromorg.type",
        joins: ["fromorg"],
        description: "The sending organization's type.",
      },
      TO_ORGANIZATION: { field: "toOrganizationId", description: "The receiving organization." },
      TO_ORGANIZATION_TYPE: {
        key: "toOrganizationType",
        sql: () => "toorg.type",
        joins: ["toorg"],
        description: "The receiving organization's type.",
      },
    },
    dates: {
      START_DATE: { field: "startDate", description: "When the exchange starts." },
      END_DATE: { field: "endDate", description: "When it ends." },
      PROPOSED_AT: { field: "proposedAt", description: "When it was proposed (UTC)." },
    },
    defaultDate: "START_DATE",
    // Calendar days from start to end, both included (null while either date is open).
    measures: { durationDays: (a) => `(${a}.end_date - ${a}.start_date + 1)` },
  },
});
