/**
 * Splitting an amount among share-holders (Art. 8.5), exactly, to the cent.
 *
 * Pure arithmetic, no I/O: the amount becomes an integer number of cents (a bigint, since
 * 10^15 yuan is 10^17 cents, beyond a float's exact range), each holder's exact share is
 * `cents × bp / 10000`, everyone first gets the floor of it, and the cents left over go one
 * each to the holders with the largest remainders (the largest-remainder, or Hamilton, method).
 * Ties go to the smaller organization id, so the same plan and amount always give the same
 * lines. A negative amount (a correction) is split as its absolute value and negated, so a
 * correction exactly undoes the lines of the event it corrects.
 *
 * Every holder gets a line, even a line of 0.00 when the amount is too small to reach it: the
 * lines of an event always list the whole plan, which keeps statements and audits complete.
 */
import Decimal from "decimal.js";

const TOTAL_BASIS_POINTS = 10000;
const BP = BigInt(TOTAL_BASIS_POINTS);

export interface Share {
  organizationId: string;
  /** Integer basis points, 1..10000. */
  basisPoints: number;
}

export interface Line extends Share {
  amount: Decimal;
}

/** A problem with a list of shares, naming the offending input field. */
export interface ShareProblem {
  field: string;
  message: string;
}

/**
 * The first problem with `shares` (as `shares[i].<field>` paths), or undefined when they are a
 * valid plan: at least one share, distinct organizations, integer basis points in 1..10000,
 * summing to exactly 10000.
 */
export function validateShares(shares: readonly Share[], path = "shares"): ShareProblem | undefined {
  if (shares.length === 0) return { field: path, message: "a plan needs at least one share" };
  const seen = new Set<string>();
  let total = 0;
  for (const [i, share] of shares.entries()) {
    if (seen.has(share.organizationId)) {
      return { field: `${path}[${i}].organizationId`, message: "each organization may hold only one share" };
    }
    seen.add(share.organizationId);
    if (!Number.isInteger(share.basisPoints) || share.basisPoints < 1 || share.basisPoints > TOTAL_BASIS_POINTS) {
      return { field: `${path}[${i}].basisPoints`, message: `basisPoints must be an integer from 1 to ${TOTAL_BASIS_POINTS}` };
    }
    total += share.basisPoints;
  }
  if (total !== TOTAL_BASIS_POINTS) {
    return { field: `${path}`, message: `shares must total exactly ${TOTAL_BASIS_POINTS} basis points, not ${total}` };
  }
  return undefined;
}

/** The amount in whole cents; throws when it has more than two decimals. */
export function toCents(amount: Decimal | string): bigint {
  const value = new Decimal(amount);
  const cents = value.times(100);
  if (!cents.isInteger()) throw new RangeError(`${value.toString()} has more than two decimals`);
  return BigInt(cents.toFixed(0));
}

export function fromCents(cents: bigint): Decimal {
  return new Decimal(cents.toString()).dividedBy(100);
}

const byOrganizationId = (a: Share, b: Share): number =>
  a.organizationId < b.organizationId ? -1 : a.organizationId > b.organizationId ? 1 : 0;

/**
 * One line per share, in organization-id order, whose amounts add up to `amount` exactly and
 * each lie within one cent of the exact share. `shares` must be valid (see `validateShares`).
 */
export function distribute(amount: Decimal | string, shares: readonly Share[]): Line[] {
  const problem = validateShares(shares);
  if (problem) throw new RangeError(`${problem.field}: ${problem.message}`);
  const cents = toCents(amount);
  const negative = cents < 0n;
  const total = negative ? -cents : cents;

  const ordered = [...shares].sort(byOrganizationId);
  const parts = ordered.map((share, index) => {
    const exact = total * BigInt(share.basisPoints);
    return { index, floor: exact / BP, remainder: exact % BP };
  });
  let leftover = total - parts.reduce((sum, p) => sum + p.floor, 0n);
  // Largest remainder first; equal remainders keep organization-id order (index), so it is deterministic.
  const byRemainder = [...parts].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const extra = new Set<number>();
  for (const part of byRemainder) {
    if (leftover === 0n) break;
    extra.add(part.index);
    leftover -= 1n;
  }
  return parts.map((part) => {
    const lineCents = part.floor + (extra.has(part.index) ? 1n : 0n);
    const share = ordered[part.index];
    return {
      organizationId: share.organizationId,
      basisPoints: share.basisPoints,
      amount: fromCents(negative ? -lineCents : lineCents),
    };
  });
}
