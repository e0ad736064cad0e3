/** Revenue events and their distribution lines (Art. 8.5); recipients as a filter across events. */
import { RevenueEvent, RevenueKind } from "../../entities/revenue-event.entity";
import { Distribution } from "../../entities/distribution.entity";
import { visibleDistributionSql, visibleRevenueEventSql } from "../auth/permissions";
import { defineCollection, SortDirection, type ExportColumn } from "./collection";
import { field } from "./fields";
import { organizations } from "./organization";
import { orgJoin, organizationDimensions, organizationNameColumn, organizationTypeColumn } from "./shared-sql";

/** The currency code without the padding of its fixed-width column. */
const currencyColumn: ExportColumn = { header: "currency", sql: (a) => `trim(${a}.currency)`, type: "text" };

/** An event's distribution lines; `distributions: {…}` on events means "some line matches". */
export const revenueRecipients = defineCollection({
  name: "RevenueRecipient",
  entity: Distribution,
  alias: "rr",
  combinators: false,
  // Another holder's line is not the viewer's to see, not even as "some line matches".
  visibility: visibleDistributionSql,
  fields: { organizationId: field.id("Organization") },
});

export const revenueEvents = defineCollection({
  name: "RevenueEvent",
  entity: RevenueEvent,
  alias: "re",
  visibility: visibleRevenueEventSql,
  fields: {
    id: field.id("RevenueEvent"),
    allianceId: field.id("Alliance"),
    projectId: field.id("Project"),
    ipAssetId: field.id("IpAsset"),
    benefitPlanId: field.id("BenefitPlan", { sql: (a) => `${a}.plan_id` }),
    kind: field.enum(RevenueKind, "RevenueKind", { order: "KIND" }),
    amount: field.decimal({ order: "AMOUNT" }),
    currency: field.string(),
    receivedOn: field.date({ order: "RECEIVED_ON" }),
    idempotencyKey: field.string(),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  relations: {
    distributions: {
      to: () => revenueRecipients,
      by: "revenueEventId",
      description: "Events with a distribution line matching this.",
    },
  },
  defaultOrder: [
    ["receivedOn", SortDirection.ASC],
    ["createdAt", SortDirection.ASC],
  ],
  export: {
    path: "revenueEvents",
    columns: ["id", "allianceId", "projectId", "ipAssetId", "kind", "amount", currencyColumn, "receivedOn", "idempotencyKey", "createdAt"],
  },
});

export const distributions = defineCollection({
  name: "Distribution",
  entity: Distribution,
  alias: "d",
  visibility: visibleDistributionSql,
  fields: {
    id: field.id("Distribution"),
    allianceId: field.id("Alliance"),
    organizationId: field.id("Organization"),
    revenueEventId: field.id("RevenueEvent"),
    benefitPlanId: field.id("BenefitPlan", { sql: (a) => `${a}.plan_id` }),
    projectId: field.id("Project"),
    ipAssetId: field.id("IpAsset"),
    basisPoints: field.int({ filter: false }),
    amount: field.decimal({ order: "AMOUNT" }),
    currency: field.string({ order: "CURRENCY" }),
    receivedOn: field.date({ order: "RECEIVED_ON" }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
    kind: field.enum(RevenueKind, "RevenueKind", {
      description: "The kind of the revenue event the line comes from.",
      sql: (a) => `(SELECT dke.kind FROM revenue_event dke WHERE dke.id = ${a}.revenue_event_id)`,
    }),
  },
  relations: {
    organization: {
      to: () => organizations,
      on: "organizationId",
      description: "Conditions on the receiving organization, e.g. its type.",
    },
  },
  defaultOrder: [
    ["receivedOn", SortDirection.ASC],
    ["createdAt", SortDirection.ASC],
  ],
  export: {
    path: "distributions",
    columns: [
      "id",
      "allianceId",
      "revenueEventId",
      { header: "kind", sql: (a) => `(SELECT kind::text FROM revenue_event WHERE id = ${a}.revenue_event_id)`, type: "text" },
      "organizationId",
      organizationNameColumn("organizationName", (a) => `${a}.organization_id`),
      organizationTypeColumn("organizationType", (a) => `${a}.organization_id`),
      "projectId",
      "ipAssetId",
      "basisPoints",
      "amount",
      currencyColumn,
      "receivedOn",
      "createdAt",
    ],
  },
  aggregate: {
    joins: {
      org: (a) => orgJoin("org", `${a}.organization_id`),
      event: (a) => `LEFT JOIN revenue_event ev ON ev.id = ${a}.revenue_event_id`,
    },
    dimensions: {
      ...organizationDimensions("organizationId", "org", "receiving organization"),
      ALLIANCE: { field: "allianceId", description: "The alliance." },
      PROJECT: { field: "projectId", description: "The project the income came from (null for IP assets)." },
      KIND: { key: "kind", sql: () => "ev.kind", joins: ["event"], description: "The kind of income: royalty, transfer fee, sales, …" },
      CURRENCY: { field: "currency", description: "The currency (always grouped by)." },
    },
    dates: { RECEIVED_ON: { field: "receivedOn", description: "When the income was received." } },
    defaultDate: "RECEIVED_ON",
    measures: { amount: "amount", basisPoints: "basisPoints" },
    implicitGroupBy: ["CURRENCY"],
  },
});
