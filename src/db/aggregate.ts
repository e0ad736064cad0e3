/**
 * Grouped aggregates for analysts: one builder for every collection. A collection describes its
 * table, the dimensions it can be grouped by (SQL expressions, with the joins they need), the
 * dates that time buckets can use, and its numeric measures. The caller supplies the WHERE
 * clauses — the collection's visibility predicate (the very one its list uses) and the filter's
 * predicate — so an aggregate counts exactly the rows the same filter would list.
 *
 * Everything is computed in SQL on `numeric`; sums, minimums and maximums are exact, averages are
 * rounded to two decimals. Results come back as strings and are never turned into floats.
 */
import type { DataSource } from "typeorm";
import Decimal from "decimal.js";
import { badInput } from "../errors";
import { querySql, type SqlParams } from "./sql";

export type TimeBucket = "YEAR" | "QUARTER" | "MONTH";
export const TIME_BUCKETS: readonly TimeBucket[] = ["YEAR", "QUARTER", "MONTH"];

/** Where a grouped value lands in the typed group key. */
export type KeyField =
  | "status"
  | "kind"
  | "role"
  | "priority"
  | "currency"
  | "governmentFunded"
  | "allianceId"
  | "projectId"
  | "organizationId"
  | "organizationType"
  | "leadOrganizationId"
  | "leadOrganizationType"
  | "fromOrganizationId"
  | "fromOrganizationType"
  | "toOrganizationId"
  | "toOrganizationType"
  | "category"
  | "workPackageId";

/** Key fields holding row keys, and the type of the row (whose global id the API shows). */
export const ID_KEY_TYPES: Partial<Record<KeyField, string>> = {
  allianceId: "Alliance",
  projectId: "Project",
  organizationId: "Organization",
  leadOrganizationId: "Organization",
  fromOrganizationId: "Organization",
  toOrganizationId: "Organization",
  workPackageId: "WorkPackage",
};

export interface DimensionSpec {
  key: KeyField;
  /** A scalar SQL expression over the source's alias and the joins named below. */
  sql: string;
  /** Names of joins (in `AggregateSource.joins`) this dimension reads from. */
  joins?: string[];
  description: string;
}

export interface DateSpec {
  sql: string;
  /** `timestamptz` values are bucketed in UTC. */
  type: "date" | "timestamptz";
  description: string;
}

export interface AggregateSource {
  table: string;
  alias: string;
  /** Many-to-one joins only, so that no row is counted twice. */
  joins?: Record<string, string>;
  dimensions: Record<string, DimensionSpec>;
  dates: Record<string, DateSpec>;
  /** The date used by YEAR / QUARTER / MONTH when the caller does not choose one. */
  defaultDate: string;
  /** Numeric measures: name → SQL (money columns and other numbers). */
  measures: Record<string, string>;
  /** Dimensions always grouped by: money is never added across currencies. */
  implicitGroupBy?: string[];
}

export interface AggregateRequest {
  /** SQL predicates (visibility first), all of them built with `params`. */
  where: string[];
  params: SqlParams;
  groupBy: readonly string[];
  date?: string;
}

export type Measures = Record<string, Decimal | null>;

export interface AggregateGroup {
  key: Partial<Record<KeyField, string | number | boolean | null>> & { period?: string | null; periodStart?: string | null };
  count: number;
  sum: Measures;
  avg: Measures;
  min: Measures;
  max: Measures;
}

/** More groups than this is not an analysis but an export: narrow the filter or use CSV. */
const MAX_GROUPS = 5000;

const TRUNC: Record<TimeBucket, string> = { YEAR: "year", QUARTER: "quarter", MONTH: "month" };

function periodLabel(bucket: TimeBucket, start: string): string {
  const [year, month] = start.split("-");
  if (bucket === "YEAR") return year;
  if (bucket === "MONTH") return `${year}-${month}`;
  return `${year}-Q${Math.floor((Number(month) - 1) / 3) + 1}`;
}

function bucketSql(bucket: TimeBucket, date: DateSpec): string {
  const timestamp = date.type === "date" ? `(${date.sql})::timestamp` : `((${date.sql}) AT TIME ZONE 'UTC')`;
  return `to_char(date_trunc('${TRUNC[bucket]}', ${timestamp}), 'YYYY-MM-DD')`;
}

function decimalOrNull(value: string | null): Decimal | null {
  return value === null ? null : new Decimal(value);
}

/** The SQL of one aggregate, before parameter binding (exposed for tests and EXPLAIN). */
export function aggregateSql(source: AggregateSource, request: AggregateRequest): { sql: string; dims: string[]; bucket?: TimeBucket } {
  const requested = [...new Set(request.groupBy)];
  const buckets = requested.filter((d): d is TimeBucket => (TIME_BUCKETS as readonly string[]).includes(d));
  if (buckets.length > 1) throw badInput("groupBy", "group by at most one of YEAR, QUARTER and MONTH");
  const bucket = buckets[0];
  const dims = [...requested.filter((d) => !buckets.includes(d as TimeBucket)), ...(source.implicitGroupBy ?? [])];
  const uniqueDims = [...new Set(dims)];
  uniqueDims.forEach((d, i) => {
    if (!source.dimensions[d]) throw badInput(`groupBy[${i}]`, `cannot group by ${d}`);
  });
  const dateName = request.date ?? source.defaultDate;
  const date = source.dates[dateName];
  if (!date) throw badInput("date", `no date ${dateName}`);

  const a = source.alias;
  const joinNames = new Set(uniqueDims.flatMap((d) => source.dimensions[d].joins ?? []));
  const joins = [...joinNames].map((name) => source.joins?.[name] ?? "").join("\n");
  const selects = uniqueDims.map((d, i) => `(${source.dimensions[d].sql})::text AS "k${i}"`);
  if (bucket) selects.push(`${bucketSql(bucket, date)} AS "period"`);
  selects.push(`count(*)::int AS "count"`);
  for (const [name, sql] of Object.entries(source.measures)) {
    selects.push(
      `sum(${sql})::text AS "sum_${name}"`,
      `round(avg(${sql}), 2)::text AS "avg_${name}"`,
      `min(${sql})::text AS "min_${name}"`,
      `max(${sql})::text AS "max_${name}"`,
    );
  }
  const groupCount = uniqueDims.length + (bucket ? 1 : 0);
  const positions = Array.from({ length: groupCount }, (_, i) => String(i + 1));
  const where = request.where.filter(Boolean);
  const sql = [
    `SELECT ${selects.join(", ")}`,
    `FROM ${source.table} ${a}`,
    joins,
    where.length ? `WHERE ${where.join(" AND ")}` : "",
    positions.length ? `GROUP BY ${positions.join(", ")}` : "",
    positions.length ? `ORDER BY ${positions.map((p) => `${p} NULLS LAST`).join(", ")}` : "",
    `LIMIT ${MAX_GROUPS + 1}`,
  ]
    .filter(Boolean)
    .join("\n");
  return { sql, dims: uniqueDims, bucket };
}

/** Runs the aggregate; without `groupBy` the answer is one group (the totals) with an empty key. */
export async function aggregate(db: DataSource, source: AggregateSource, request: AggregateRequest): Promise<AggregateGroup[]> {
  const { sql, dims, bucket } = aggregateSql(source, request);
  const rows = await querySql<Record<string, string | number | null>>(db, sql, request.params);
  if (rows.length > MAX_GROUPS) throw badInput("groupBy", `more than ${MAX_GROUPS} groups: narrow the filter or group by less`);
  const measureNames = Object.keys(source.measures);
  const pick = (row: Record<string, string | number | null>, prefix: string): Measures =>
    Object.fromEntries(measureNames.map((m) => [m, decimalOrNull(row[`${prefix}_${m}`] as string | null)]));
  return rows.map((row) => {
    const key: AggregateGroup["key"] = {};
    dims.forEach((d, i) => {
      key[source.dimensions[d].key] = row[`k${i}`];
    });
    if (bucket) {
      const start = row.period as string | null;
      key.periodStart = start;
      key.period = start === null ? null : periodLabel(bucket, start);
    }
    return { key, count: row.count as number, sum: pick(row, "sum"), avg: pick(row, "avg"), min: pick(row, "min"), max: pick(row, "max") };
  });
}
