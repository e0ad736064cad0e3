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

export const membershipAggregate: AggregateSource = {
  table: "membership",
  alias: "m",
  joins: { org: orgJoin("org", "m.organization_id") },
  dimensions: {
    STATUS: { key: "status", sql: "m.status", description: "The membership's status." },
    ROLE: { key: "role", sql: "m.role", description: "LEAD, COUNCIL or MEMBER." },
    ALLIANCE: { key: "allianceId", sql: "m.alliance_id", description: "The alliance." },
    ...organizationDims("m.organization_id", "org", "member organization"),
  },
  dates: {
    APPLIED_AT: { sql: "m.applied_at", type: "timestamptz", description: "When the organization applied (UTC)." },
    DECIDED_AT: { sql: "m.decided_at", type: "timestamptz", description: "When the application was decided (UTC)." },
  },
  defaultDate: "APPLIED_AT",
  measures: {},
};

export const talentExchangeAggregate: AggregateSource = {
  table: "talent_exchange",
  alias: "te",
  joins: { fromorg: orgJoin("fromorg", "te.from_organization_id"), toorg: orgJoin("toorg", "te.to_organization_id") },
  dimensions: {
    STATUS: { key: "status", sql: "te.status", description: "The exchange's status." },
    KIND: { key: "kind", sql: "te.kind", description: "Secondment, visiting researcher, joint training, …" },
    ALLIANCE: { key: "allianceId", sql: "te.alliance_id", description: "The alliance." },
    PROJECT: { key: "projectId", sql: "te.project_id", description: "The project it serves, if any." },
    FROM_ORGANIZATION: { key: "fromOrganizationId", sql: "te.from_organization_id", description: "The sending organization." },
    FROM_ORGANIZATION_TYPE: { key: "fromOrganizationType", sql: "fromorg.type", joins: ["fromorg"], description: "The sending organization's type." },
    TO_ORGANIZATION: { key: "toOrganizationId", sql: "te.to_organization_id", description: "The receiving organization." },
    TO_ORGANIZATION_TYPE: { key: "toOrganizationType", sql: "toorg.type", joins: ["toorg"], description: "The receiving organization's type." },
  },
  dates: {
    START_DATE: { sql: "te.start_date", type: "date", description: "When the exchange starts." },
    END_DATE: { sql: "te.end_date", type: "date", description: "When it ends." },
    PROPOSED_AT: { sql: "te.proposed_at", type: "timestamptz", description: "When it was proposed (UTC)." },
  },
  defaultDate: "START_DATE",
  /** Calendar days from start to end, both included (null while either date is open). */
  measures: { durationDays: "(te.end_date - te.start_date + 1)" },
};
