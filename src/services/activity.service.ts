/**
 * The alliance's yearly activity report (活跃度): every indicator of
 * src/services/activity-indicators.ts evaluated on live data for one year, scored with the
 * configured weights and targets (src/services/activity-scoring.ts). Read by the secretariat and
 * analysts (as the pilot readiness), through the analytics database (the read replica when there
 * is one). Counts are of the alliance's rows, whoever may read each one: trade secrets count,
 * and are never named.
 */
import Decimal from "decimal.js";
import type { Config } from "../config";
import { badInput } from "../errors";
import { clockOf, requireAccess, type Context } from "../operation-context";
import type { ActivityDimensionKey, Normalization } from "./activity-indicators";
import { activityScoring, indicatorScore, weightedMean, type ActivityScoring } from "./activity-scoring";
import { allianceForReport } from "./alliance-reader";

export interface ActivityIndicatorData {
  key: string;
  dimension: ActivityDimensionKey;
  label: string;
  normalization: Normalization;
  value: Decimal;
  sourceRows: number;
  target: Decimal | null;
  weight: Decimal;
  score: Decimal;
}

export interface ActivityDimensionData {
  dimension: ActivityDimensionKey;
  label: string;
  weight: Decimal;
  score: Decimal;
  indicators: ActivityIndicatorData[];
}

export interface AllianceActivityData {
  allianceId: string;
  year: number;
  currency: string;
  score: Decimal;
  evaluatedAt: string;
  dimensions: ActivityDimensionData[];
}

/** Years the report accepts. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

const scorings = new WeakMap<Config, ActivityScoring>();

/** The scoring of this configuration (the app checks it at start-up, so it never throws here). */
export function scoringOf(config: Config): ActivityScoring {
  let scoring = scorings.get(config);
  if (!scoring) {
    scoring = activityScoring(config.activityScoring);
    scorings.set(config, scoring);
  }
  return scoring;
}

class ActivityService {
  async report(ctx: Context, allianceId: string, year: number): Promise<AllianceActivityData> {
    const access = requireAccess(ctx);
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw badInput("year", `year must be between ${FIRST_YEAR} and ${LAST_YEAR}`);
    }
    const readers = access.sees("wholeAlliance", allianceId);
    const alliance = await allianceForReport(ctx, allianceId, readers, "Only the secretariat and analysts read the activity report");
    const scoring = scoringOf(ctx.config);
    const evaluatedAt = clockOf(ctx).now().toISOString();

    // One statement, so every indicator reads the same snapshot.
    const sql = scoring.indicators
      .map((d, i) => `SELECT ${i} AS i, value::numeric::text AS value, sources::int AS sources FROM (${d.sql}) q${i}`)
      .join("\nUNION ALL\n");
    const parameters = { alliance: alliance.id, from: `${year}-01-01`, to: `${year + 1}-01-01`, currency: scoring.currency };
    const [text, values] = ctx.analyticsDb.driver.escapeQueryWithParameters(sql, parameters);
    const rows: { i: number; value: string; sources: number }[] = await ctx.analyticsDb.query(text, values);
    const measured = new Map(rows.map((r) => [r.i, r]));

    const indicators = scoring.indicators.map((d, i): ActivityIndicatorData => {
      const row = measured.get(i)!;
      const value = new Decimal(row.value);
      return {
        key: d.key,
        dimension: d.dimension,
        label: d.label,
        normalization: d.normalization,
        value,
        sourceRows: row.sources,
        target: d.targetValue,
        weight: d.weightValue,
        score: indicatorScore(d.normalization, value, row.sources, d.targetValue),
      };
    });
    const dimensions = scoring.dimensions.map((d): ActivityDimensionData => {
      const own = indicators.filter((i) => i.dimension === d.key);
      return { dimension: d.key, label: d.label, weight: d.weightValue, score: weightedMean(own), indicators: own };
    });
    return { allianceId: alliance.id, year, currency: scoring.currency, score: weightedMean(dimensions), evaluatedAt, dimensions };
  }
}

export const activityService = new ActivityService();
