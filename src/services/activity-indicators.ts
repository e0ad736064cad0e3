/**
 * The indicators of the yearly activity report (活跃度), one entry each, with their default
 * target and weight, and the default weights of the three dimensions. This module is the one
 * place the defaults live; `ACTIVITY_SCORING` overrides them (docs/activity-report.md).
 *
 * Each indicator is one SQL statement answering one row: `value` (a number) and `sources` (how
 * many rows the value was computed from). Its parameters: `:alliance` (the alliance's key),
 * `:from` and `:to` (the first day of the year and of the next one, a half-open range of days;
 * a timestamp is placed in a year by its UTC date) and `:currency` (the revenue currency).
 * Adding an indicator is adding one entry here.
 */

export type ActivityDimensionKey = "ORGANIZATION" | "COLLABORATION" | "IMPACT";

/**
 * How a value becomes a score from 0 to 100:
 * - `TARGET`: the share of the target reached, capped at 100 (a target of 0 scores 100);
 * - `LIMIT`: fewer is better; 0 scores 100, the target (or more) scores 0;
 * - `RATIO`: the value as a share of its source rows (duties met of duties due); no rows scores 100.
 */
export type Normalization = "TARGET" | "LIMIT" | "RATIO";

export interface IndicatorDefinition {
  key: string;
  dimension: ActivityDimensionKey;
  label: string;
  sql: string;
  normalization: Normalization;
  /** Default target (TARGET, LIMIT); null for RATIO. */
  target: string | null;
  /** Default weight within its dimension. */
  weight: string;
}

export interface DimensionDefinition {
  key: ActivityDimensionKey;
  label: string;
  /** Default weight in the total. */
  weight: string;
}

export const ACTIVITY_DIMENSIONS: readonly DimensionDefinition[] = [
  { key: "ORGANIZATION", label: "Organization and operation (组织运行)", weight: "1" },
  { key: "COLLABORATION", label: "Collaborative innovation (协同创新)", weight: "1" },
  { key: "IMPACT", label: "Impact on the industry (产业影响)", weight: "1" },
];

const dayInYear = (column: string) => `${column} >= :from::date AND ${column} < :to::date`;
const momentInYear = (column: string) =>
  `${column} >= (:from::date)::timestamp AT TIME ZONE 'UTC' AND ${column} < (:to::date)::timestamp AT TIME ZONE 'UTC'`;
/** A count that is its own source. */
const counted = (from: string) => `SELECT count(*) AS value, count(*) AS sources FROM ${from}`;

const licenses = (alsoWhere = "") =>
  counted(`ip_license l JOIN ip_asset ia ON ia.id = l.ip_asset_id
            WHERE ia.alliance_id = :alliance AND ${dayInYear("l.start_date")} ${alsoWhere}`);

export const ACTIVITY_INDICATORS: readonly IndicatorDefinition[] = [
  {
    key: "membersAdmitted",
    dimension: "ORGANIZATION",
    label: "Members admitted in the year",
    // Admitted members keep their decision date when later suspended or withdrawn.
    sql: counted(`membership WHERE alliance_id = :alliance AND status IN ('ACTIVE', 'SUSPENDED', 'WITHDRAWN')
                    AND ${momentInYear("decided_at")}`),
    normalization: "TARGET",
    target: "3",
    weight: "1",
  },
  {
    key: "membersWithdrawn",
    dimension: "ORGANIZATION",
    label: "Members withdrawn in the year",
    sql: counted(`membership WHERE alliance_id = :alliance AND status = 'WITHDRAWN' AND ${momentInYear("ended_at")}`),
    normalization: "LIMIT",
    target: "3",
    weight: "0.5",
  },
  {
    key: "allianceAgreementSigned",
    dimension: "ORGANIZATION",
    label: "Alliance agreement in force and signed by every current member (1 = yes)",
    // Art. 8.2; as the data stands now. Sources: the signatures of the version in force.
    sql: `SELECT (av.id IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM membership m WHERE m.alliance_id = :alliance AND m.status = 'ACTIVE'
                       AND NOT EXISTS (SELECT 1 FROM agreement_signature s WHERE s.version_id = av.id AND s.organization_id = m.organization_id)
                 ))::int AS value,
                 (SELECT count(*) FROM agreement_signature s WHERE s.version_id = av.id) AS sources
            FROM (SELECT 1) one
            LEFT JOIN (agreement ag JOIN agreement_version av ON av.agreement_id = ag.id AND av.status = 'EFFECTIVE')
              ON ag.alliance_id = :alliance AND ag.kind = 'ALLIANCE'`,
    normalization: "TARGET",
    target: "1",
    weight: "1",
  },
  {
    key: "deliverablesAcceptedOnTime",
    dimension: "COLLABORATION",
    label: "Deliverables due in the year accepted, their accepted version submitted by the due date",
    // Art. 8.2 (the work plan's task division); the last submission is the one that was accepted.
    sql: `SELECT count(*) FILTER (WHERE d.status = 'ACCEPTED' AND (d.submitted_at AT TIME ZONE 'UTC')::date <= d.due_date) AS value,
                 count(*) AS sources
            FROM deliverable d JOIN project p ON p.id = d.project_id
           WHERE p.alliance_id = :alliance AND ${dayInYear("d.due_date")}`,
    normalization: "RATIO",
    target: null,
    weight: "1",
  },
  {
    key: "motionsDecided",
    dimension: "ORGANIZATION",
    label: "Motions decided by vote in the year (passed or rejected)",
    // Art. 8.3: decision bodies with effective decision mechanisms. Withdrawn motions were not decided.
    sql: counted(`motion mo JOIN governing_body gb ON gb.id = mo.body_id
                   WHERE gb.alliance_id = :alliance AND mo.status IN ('PASSED', 'REJECTED') AND ${momentInYear("mo.decided_at")}`),
    normalization: "TARGET",
    target: "4",
    weight: "1",
  },
  {
    key: "activeJointProjects",
    dimension: "COLLABORATION",
    label: "Joint projects (two or more participants) active at any time in the year",
    sql: counted(`project p WHERE p.alliance_id = :alliance AND p.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')
                    AND daterange(p.start_date, p.end_date, '[]') && daterange(:from::date, :to::date, '[)')
                    AND (SELECT count(*) FROM project_participant pp WHERE pp.project_id = p.id) > 1`),
    normalization: "TARGET",
    target: "5",
    weight: "2",
  },
  {
    key: "coOwnedIpAssets",
    dimension: "COLLABORATION",
    label: "IP assets owned by more than one organization (registered by the end of the year)",
    sql: counted(`ip_asset ia WHERE ia.alliance_id = :alliance AND ia.created_at < (:to::date)::timestamp AT TIME ZONE 'UTC'
                    AND (SELECT count(*) FROM ip_owner o WHERE o.ip_asset_id = ia.id) > 1`),
    normalization: "TARGET",
    target: "3",
    weight: "1",
  },
  {
    key: "talentExchangesStarted",
    dimension: "COLLABORATION",
    label: "Talent exchanges started in the year (ongoing or completed)",
    sql: counted(`talent_exchange WHERE alliance_id = :alliance AND status IN ('ONGOING', 'COMPLETED') AND ${dayInYear("start_date")}`),
    normalization: "TARGET",
    target: "5",
    weight: "1",
  },
  {
    key: "facilityBookings",
    dimension: "COLLABORATION",
    label: "Confirmed bookings of shared facilities starting in the year",
    sql: counted(`booking b JOIN shared_facility f ON f.id = b.facility_id
                   WHERE f.alliance_id = :alliance AND b.status = 'CONFIRMED' AND ${momentInYear("b.starts_at")}`),
    normalization: "TARGET",
    target: "10",
    weight: "1",
  },
  {
    key: "ipGranted",
    dimension: "IMPACT",
    label: "IP rights granted in the year (standards apart)",
    // Still counted when the right has lapsed or expired since.
    sql: counted(`ip_asset WHERE alliance_id = :alliance AND kind <> 'TECHNICAL_STANDARD'
                    AND status IN ('GRANTED', 'LAPSED', 'EXPIRED') AND ${dayInYear("granted_on")}`),
    normalization: "TARGET",
    target: "5",
    weight: "2",
  },
  {
    key: "standardsIssued",
    dimension: "IMPACT",
    label: "Technical standards issued in the year",
    // A standard's issue date is recorded as its grantedOn.
    sql: counted(`ip_asset WHERE alliance_id = :alliance AND kind = 'TECHNICAL_STANDARD'
                    AND status IN ('GRANTED', 'PUBLISHED', 'LAPSED', 'EXPIRED') AND ${dayInYear("granted_on")}`),
    normalization: "TARGET",
    target: "1",
    weight: "1",
  },
  {
    key: "licensesGranted",
    dimension: "IMPACT",
    label: "Licenses starting in the year",
    sql: licenses(),
    normalization: "TARGET",
    target: "5",
    weight: "1",
  },
  {
    key: "licensesToNonMembers",
    dimension: "IMPACT",
    label: "Licenses starting in the year to organizations that are not members",
    // Not a member: no ACTIVE or SUSPENDED membership, as grantLicense decides diffusion.
    sql: licenses(`AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.alliance_id = :alliance
                     AND m.organization_id = l.licensee_id AND m.status IN ('ACTIVE', 'SUSPENDED'))`),
    normalization: "TARGET",
    target: "2",
    weight: "1",
  },
  {
    key: "revenue",
    dimension: "IMPACT",
    label: "Revenue received in the year, in the report's currency",
    sql: `SELECT coalesce(sum(amount), 0) AS value, count(*) AS sources FROM revenue_event
           WHERE alliance_id = :alliance AND currency = :currency AND ${dayInYear("received_on")}`,
    normalization: "TARGET",
    target: "1000000",
    weight: "2",
  },
  {
    key: "diffusionDutiesMet",
    dimension: "IMPACT",
    label: "Diffusion duties due in the year met in time (Art. 8.6)",
    sql: `SELECT count(*) FILTER (WHERE diffusion_status = 'DIFFUSED' AND diffused_on <= diffusion_due_date) AS value,
                 count(*) AS sources
            FROM ip_asset WHERE alliance_id = :alliance AND diffusion_status IN ('PENDING', 'DIFFUSED')
             AND ${dayInYear("diffusion_due_date")}`,
    normalization: "RATIO",
    target: null,
    weight: "1",
  },
];
