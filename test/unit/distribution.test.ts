import fc from "fast-check";
import type Decimal from "decimal.js";
import { distribute, fromCents, toCents, validateShares, type Share } from "../../src/money/distribution";

const ORG_A = "00000000-0000-4000-8000-00000000000a";
const ORG_B = "00000000-0000-4000-8000-00000000000b";
const ORG_C = "00000000-0000-4000-8000-00000000000c";

const amounts = (lines: { amount: Decimal }[]) => lines.map((l) => l.amount.toFixed(2));

describe("distribute (largest remainder to the cent)", () => {
  it("splits 100.00 over 3333/3333/3334 as 33.33/33.33/33.34", () => {
    const lines = distribute("100.00", [
      { organizationId: ORG_A, basisPoints: 3333 },
      { organizationId: ORG_B, basisPoints: 3333 },
      { organizationId: ORG_C, basisPoints: 3334 },
    ]);
    expect(lines.map((l) => [l.organizationId, l.amount.toFixed(2)])).toEqual([
      [ORG_A, "33.33"],
      [ORG_B, "33.33"],
      [ORG_C, "33.34"],
    ]);
  });

  it("gives 0.01 over three equal-ish holders to one of them and keeps zero lines for the others", () => {
    const lines = distribute("0.01", [
      { organizationId: ORG_C, basisPoints: 3334 },
      { organizationId: ORG_B, basisPoints: 3333 },
      { organizationId: ORG_A, basisPoints: 3333 },
    ]);
    // Exact shares: 0.003334, 0.003333, 0.003333 → the largest remainder (C) gets the cent.
    expect(lines.map((l) => [l.organizationId, l.amount.toFixed(2)])).toEqual([
      [ORG_A, "0.00"],
      [ORG_B, "0.00"],
      [ORG_C, "0.01"],
    ]);
  });

  it("breaks equal remainders by organization id", () => {
    const shares = [
      { organizationId: ORG_B, basisPoints: 5000 },
      { organizationId: ORG_A, basisPoints: 5000 },
    ];
    expect(amounts(distribute("0.01", shares))).toEqual(["0.01", "0.00"]);
    expect(distribute("0.01", shares)[0].organizationId).toBe(ORG_A);
    expect(amounts(distribute("0.03", shares))).toEqual(["0.02", "0.01"]);
  });

  it("distributes a negative correction as the exact negation of the positive event", () => {
    const shares = [
      { organizationId: ORG_A, basisPoints: 5000 },
      { organizationId: ORG_B, basisPoints: 3000 },
      { organizationId: ORG_C, basisPoints: 2000 },
    ];
    expect(amounts(distribute("1000000.01", shares))).toEqual(["500000.01", "300000.00", "200000.00"]);
    expect(amounts(distribute("-1000000.01", shares))).toEqual(["-500000.01", "-300000.00", "-200000.00"]);
  });

  it("handles the largest amount exactly, beyond a float's precision", () => {
    const lines = distribute("999999999999999.99", [
      { organizationId: ORG_A, basisPoints: 1 },
      { organizationId: ORG_B, basisPoints: 9999 },
    ]);
    expect(amounts(lines)).toEqual(["100000000000.00", "999899999999999.99"]);
  });

  it("refuses invalid plans and amounts with more than two decimals", () => {
    expect(() => distribute("1.00", [{ organizationId: ORG_A, basisPoints: 9999 }])).toThrow(RangeError);
    expect(() => distribute("1.001", [{ organizationId: ORG_A, basisPoints: 10000 }])).toThrow(RangeError);
  });
});

describe("validateShares", () => {
  it("names the offending share", () => {
    expect(validateShares([])).toEqual({ field: "shares", message: expect.any(String) });
    expect(
      validateShares([
        { organizationId: ORG_A, basisPoints: 5000 },
        { organizationId: ORG_A, basisPoints: 5000 },
      ]),
    ).toMatchObject({ field: "shares[1].organizationId" });
    expect(
      validateShares([
        { organizationId: ORG_A, basisPoints: 10001 },
        { organizationId: ORG_B, basisPoints: -1 },
      ]),
    ).toMatchObject({ field: "shares[0].basisPoints" });
    expect(validateShares([{ organizationId: ORG_A, basisPoints: 0.5 }])).toMatchObject({ field: "shares[0].basisPoints" });
    expect(
      validateShares([
        { organizationId: ORG_A, basisPoints: 5000 },
        { organizationId: ORG_B, basisPoints: 4999 },
      ]),
    ).toMatchObject({ field: "shares", message: expect.stringContaining("9999") });
    expect(validateShares([{ organizationId: ORG_A, basisPoints: 10000 }])).toBeUndefined();
  });
});

describe("cents", () => {
  it("converts exactly both ways", () => {
    expect(toCents("999999999999999.99")).toBe(99999999999999999n);
    expect(toCents("-0.10")).toBe(-10n);
    expect(fromCents(-10n).toFixed(2)).toBe("-0.10");
  });
});

/** A random valid plan: n distinct organizations with positive basis points summing to 10000. */
const planArbitrary = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.tuple(
      fc.uniqueArray(fc.uuid(), { minLength: n, maxLength: n }),
      fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: n - 1, maxLength: n - 1 }),
    ),
  )
  .map(([ids, cuts]): Share[] => {
    const points = [0, ...[...cuts].sort((a, b) => a - b), 10000];
    return ids.map((organizationId, i) => ({ organizationId, basisPoints: points[i + 1] - points[i] }));
  });

/** Any amount in cents strictly between -10^17 and 10^17 (i.e. |amount| < 10^15), biased to small ones too. */
const centsArbitrary = fc.oneof(fc.bigInt({ min: -(10n ** 17n) + 1n, max: 10n ** 17n - 1n }), fc.bigInt({ min: -1000n, max: 1000n }));

describe("distribute, property-based", () => {
  it("sums exactly, stays within a cent of each exact share, and is deterministic (10,000 plans)", () => {
    fc.assert(
      fc.property(planArbitrary, centsArbitrary, fc.boolean(), (shares, cents, shuffle) => {
        const amount = fromCents(cents);
        const input = shuffle ? [...shares].reverse() : shares;
        const lines = distribute(amount, input);

        expect(lines).toHaveLength(shares.length);
        expect(new Set(lines.map((l) => l.organizationId)).size).toBe(shares.length);
        const sum = lines.reduce((s, l) => s + toCents(l.amount), 0n);
        expect(sum).toBe(cents);
        for (const line of lines) {
          // |line × 10000 − amount × bp| < 10000 (in cent units): within one cent of the exact share.
          const diff = toCents(line.amount) * 10000n - cents * BigInt(line.basisPoints);
          expect(diff < 10000n && diff > -10000n).toBe(true);
          // Never crosses zero: a positive amount gives no negative line and vice versa.
          if (cents >= 0n) expect(line.amount.isNegative()).toBe(false);
          else expect(line.amount.isPositive() && !line.amount.isZero()).toBe(false);
        }
        // Same plan in any order, same amount → the same lines.
        expect(distribute(amount, shares).map((l) => [l.organizationId, l.amount.toFixed(2)])).toEqual(
          lines.map((l) => [l.organizationId, l.amount.toFixed(2)]),
        );
        // A correction is the exact negation.
        expect(distribute(amount.negated(), shares).map((l) => l.amount.negated().toFixed(2))).toEqual(
          lines.map((l) => l.amount.toFixed(2)),
        );
      }),
      { numRuns: 10_000 },
    );
  });
});
