/**
 * The activity report's scoring: the defaults of src/services/activity-indicators.ts with the
 * overrides of `ACTIVITY_SCORING` (read by src/config.ts), and the arithmetic, in exact decimals.
 * An indicator scores 0-100 by its normalization; a dimension scores the weighted mean of its
 * indicators' scores, the total the weighted mean of the dimensions' scores. Each score is
 * rounded to two decimals, and a mean is taken of the rounded scores, so that a reader can
 * recompute every score from the report itself.
 */
import Decimal from "decimal.js";
import { ConfigError, type ActivityScoringOverrides } from "../config";
import {
  ACTIVITY_DIMENSIONS,
  ACTIVITY_INDICATORS,
  type DimensionDefinition,
  type IndicatorDefinition,
  type Normalization,
} from "./activity-indicators";

export interface ActivityScoring {
  dimensions: (DimensionDefinition & { weightValue: Decimal })[];
  indicators: (IndicatorDefinition & { weightValue: Decimal; targetValue: Decimal | null })[];
  currency: string;
}

const HUNDRED = new Decimal(100);

/** The defaults with `overrides` applied; an unknown key or a target on a RATIO indicator is a ConfigError. */
export function activityScoring(overrides: ActivityScoringOverrides): ActivityScoring {
  const unknown = (kind: string, keys: string[], known: readonly { key: string }[]) => {
    const bad = keys.find((key) => !known.some((d) => d.key === key));
    if (bad) throw new ConfigError(`ACTIVITY_SCORING names an unknown ${kind} "${bad}"`);
  };
  unknown("dimension", Object.keys(overrides.dimensions), ACTIVITY_DIMENSIONS);
  unknown("indicator", Object.keys(overrides.indicators), ACTIVITY_INDICATORS);
  const indicators = ACTIVITY_INDICATORS.map((def) => {
    const override = overrides.indicators[def.key] ?? {};
    if (override.target !== undefined && def.normalization === "RATIO") {
      throw new ConfigError(`ACTIVITY_SCORING: indicator "${def.key}" is a ratio and takes no target`);
    }
    const target = override.target ?? def.target;
    return {
      ...def,
      weightValue: new Decimal(override.weight ?? def.weight),
      targetValue: target === null ? null : new Decimal(target),
    };
  });
  const dimensions = ACTIVITY_DIMENSIONS.map((def) => ({
    ...def,
    weightValue: new Decimal(overrides.dimensions[def.key]?.weight ?? def.weight),
  }));
  return { dimensions, indicators, currency: overrides.currency };
}

/** An indicator's score, 0-100, two decimals. */
export function indicatorScore(normalization: Normalization, value: Decimal, sources: number, target: Decimal | null): Decimal {
  let score: Decimal;
  if (normalization === "RATIO") score = sources === 0 ? HUNDRED : value.div(sources).times(100);
  else if (target === null || target.isZero()) score = normalization === "LIMIT" && value.gt(0) ? new Decimal(0) : HUNDRED;
  else if (normalization === "LIMIT") score = HUNDRED.minus(value.div(target).times(100));
  else score = value.div(target).times(100);
  return Decimal.max(0, Decimal.min(HUNDRED, score)).toDecimalPlaces(2);
}

/** The weighted mean of scores, two decimals; 0 when every weight is 0. */
export function weightedMean(items: { score: Decimal; weight: Decimal }[]): Decimal {
  const weights = items.reduce((sum, i) => sum.plus(i.weight), new Decimal(0));
  if (weights.isZero()) return new Decimal(0);
  return items
    .reduce((sum, i) => sum.plus(i.score.times(i.weight)), new Decimal(0))
    .div(weights)
    .toDecimalPlaces(2);
}
