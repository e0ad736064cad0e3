import Decimal from "decimal.js";
import { ConfigError, loadConfig } from "../../src/config";
import { ACTIVITY_INDICATORS } from "../../src/services/activity-indicators";
import { activityScoring, indicatorScore, weightedMean } from "../../src/services/activity-scoring";

const d = (value: string | number) => new Decimal(value);
const scoringOf = (json: unknown) => activityScoring(loadConfig({ ACTIVITY_SCORING: JSON.stringify(json) }).activityScoring);

describe("activity report scoring", () => {
  it("scores a TARGET indicator as the share of its target reached, capped at 100", () => {
    expect(indicatorScore("TARGET", d(1), 0, d(3)).toFixed(2)).toBe("33.33");
    expect(indicatorScore("TARGET", d(7), 7, d(5)).toFixed(2)).toBe("100.00");
    expect(indicatorScore("TARGET", d("-10"), 1, d(5)).toFixed(2)).toBe("0.00");
    expect(indicatorScore("TARGET", d(0), 0, d(0)).toFixed(2)).toBe("100.00");
  });

  it("scores a LIMIT indicator down from 100 at zero to 0 at its target", () => {
    expect(indicatorScore("LIMIT", d(0), 0, d(3)).toFixed(2)).toBe("100.00");
    expect(indicatorScore("LIMIT", d(2), 2, d(3)).toFixed(2)).toBe("33.33");
    expect(indicatorScore("LIMIT", d(4), 4, d(3)).toFixed(2)).toBe("0.00");
    expect(indicatorScore("LIMIT", d(1), 1, d(0)).toFixed(2)).toBe("0.00");
  });

  it("scores a RATIO indicator as its share of the source rows, 100 without any", () => {
    expect(indicatorScore("RATIO", d(2), 3, null).toFixed(2)).toBe("66.67");
    expect(indicatorScore("RATIO", d(0), 0, null).toFixed(2)).toBe("100.00");
  });

  it("takes weighted means exactly, and 0 when every weight is 0", () => {
    expect(
      weightedMean([
        { score: d(100), weight: d(2) },
        { score: d(40), weight: d(1) },
      ]).toFixed(2),
    ).toBe("80.00");
    expect(weightedMean([{ score: d(100), weight: d(0) }]).toFixed(2)).toBe("0.00");
  });

  it("applies the overrides of ACTIVITY_SCORING over the defaults", () => {
    const scoring = scoringOf({
      dimensions: { IMPACT: { weight: 3 } },
      indicators: { revenue: { target: "5000.50", weight: 0 } },
      currency: "USD",
    });
    expect(scoring.currency).toBe("USD");
    expect(scoring.dimensions.find((x) => x.key === "IMPACT")!.weightValue.toFixed(2)).toBe("3.00");
    const revenue = scoring.indicators.find((x) => x.key === "revenue")!;
    expect([revenue.targetValue!.toFixed(2), revenue.weightValue.toFixed(2)]).toEqual(["5000.50", "0.00"]);
    expect(scoring.indicators.map((x) => x.key)).toEqual(ACTIVITY_INDICATORS.map((x) => x.key));
    expect(scoringOf({}).currency).toBe("CNY");
  });

  it.each([
    ["not JSON", "{", /^ACTIVITY_SCORING is not valid JSON/],
    ["an unknown section", JSON.stringify({ weights: {} }), /not "weights"/],
    [
      "a negative weight",
      JSON.stringify({ indicators: { revenue: { weight: -1 } } }),
      /indicators\.revenue\.weight must be a non-negative/,
    ],
    ["an unknown setting", JSON.stringify({ indicators: { revenue: { goal: 1 } } }), /takes weight and target, not "goal"/],
    ["a bad currency", JSON.stringify({ currency: "yuan" }), /currency must be an ISO 4217 code/],
  ])("refuses %s at start-up", (_what, value, message) => {
    expect(() => loadConfig({ ACTIVITY_SCORING: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ACTIVITY_SCORING: value })).toThrow(message);
  });

  it("refuses an unknown indicator or dimension, and a target on a ratio", () => {
    expect(() => scoringOf({ indicators: { motions: { weight: 1 } } })).toThrow('ACTIVITY_SCORING names an unknown indicator "motions"');
    expect(() => scoringOf({ dimensions: { FUNDS: { weight: 1 } } })).toThrow('ACTIVITY_SCORING names an unknown dimension "FUNDS"');
    expect(() => scoringOf({ indicators: { diffusionDutiesMet: { target: 1 } } })).toThrow(/is a ratio and takes no target/);
  });
});
