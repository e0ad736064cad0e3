/**
 * What each collection can be aggregated by (src/db/aggregate.ts): its groupBy dimensions, the
 * dates its time buckets can use and its numeric measures. Organizations are joined many-to-one,
 * so a row is counted once in exactly one group.
 */
import type { AggregateSource, DimensionSpec } from "../db/aggregate";

const orgJoin = (name: string, column: string) => `LEFT JOIN organization ${name} ON ${name}.id = ${column}`;

/** The lead organization of the project whose id is `projectIdSql` (exactly one per project). */
const leadJoin = (name: string, projectIdSql: string) =>
  `LEFT JOIN project_participant ${name}_pp ON ${name}_pp.project_id = ${projectIdSql} AND ${name}_pp.role = 'LEAD' AND ${name}_pp.removed_at IS NULL
   LEFT JOIN organization ${name} ON ${name}.id = ${name}_pp.organization_id`;

const organizationDims = (column: string, join: string, what: string): Record<string, DimensionSpec> => ({
  ORGANIZATION: { key: "organizationId", sql: column, description: `The ${what}.` },
  ORGANIZATION_TYPE: { key: "organizationType", sql: `${join}.type`, joins: [join], description: `The ${what}'s type.` },
});

const leadDims = (join: string): Record<string, DimensionSpec> => ({
  LEAD_ORGANIZATION: { key: "leadOrganizationId", sql: `${join}.id`, joins: [join], description: "The project's lead organization." },
  LEAD_ORGANIZATION_TYPE: { key: "leadOrganizationType", sql: `${join}.type`, joins: [join], description: "The type of the project's lead organization." },
});

export const ipAssetAggregate: AggregateSource = {
  table: "ip_asset",
  alias: "ia",
  dimensions: {
    STATUS: { key: "status", sql: "ia.status", description: "The asset's legal status." },
    KIND: { key: "kind", sql: "ia.kind", description: "Patent, copyright, standard, …" },
    ALLIANCE: { key: "allianceId", sql: "ia.alliance_id", description: "The alliance." },
    PROJECT: { key: "projectId", sql: "ia.origin_project_id", description: "The project it came from." },
    GOVERNMENT_FUNDED: { key: "governmentFunded", sql: "ia.government_funded", description: "Whether it came from government-funded work." },
  },
  dates: {
    GRANTED_ON: { sql: "ia.granted_on", type: "date", description: "When the right was granted." },
    FILED_ON: { sql: "ia.filed_on", type: "date", description: "When it was filed." },
    CREATED_AT: { sql: "ia.created_at", type: "timestamptz", description: "When it was registered here (UTC)." },
  },
  defaultDate: "GRANTED_ON",
  measures: {},
};

export const distributionAggregate: AggregateSource = {
  table: "distribution",
  alias: "d",
  joins: { org: orgJoin("org", "d.organization_id"), event: "LEFT JOIN revenue_event ev ON ev.id = d.revenue_event_id" },
  dimensions: {
    ...organizationDims("d.organization_id", "org", "receiving organization"),
    ALLIANCE: { key: "allianceId", sql: "d.alliance_id", description: "The alliance." },
    PROJECT: { key: "projectId", sql: "d.project_id", description: "The project the income came from (null for IP assets)." },
    KIND: { key: "kind", sql: "ev.kind", joins: ["event"], description: "The kind of income: royalty, transfer fee, sales, …" },
    CURRENCY: { key: "currency", sql: "d.currency", description: "The currency (always grouped by)." },
  },
  dates: { RECEIVED_ON: { sql: "d.received_on", type: "date", description: "When the income was received." } },
  defaultDate: "RECEIVED_ON",
  measures: { amount: "d.amount", basisPoints: "d.basis_points" },
  implicitGroupBy: ["CURRENCY"],
};

