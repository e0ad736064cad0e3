/**
 * The terms owners grant access rights on (docs/access-rights.md): EXECUTION of the project is
 * royalty-free; EXPLOITATION of results is granted on terms the owners state; every granting
 * owner of a request states the same terms.
 */
import { AccessPurpose } from "../../entities/access-request.entity";
import { AccessTerms } from "../../entities/access-terms";
import { asDay } from "../clock";
import { badInput } from "../errors";
import type { Decimal } from "../graphql/decimal";

export interface AccessTermsData {
  royaltyRate?: Decimal | null;
  royaltyBasis?: string | null;
  fieldOfUse?: string | null;
  validUntil?: string | Date | null;
  text?: string | null;
}

const TEXT_FIELDS = ["royaltyBasis", "fieldOfUse", "text"] as const;

/** Terms with every value given, trimmed; null when nothing is (no terms at all). */
export function termsOf(raw: AccessTermsData | null | undefined): AccessTerms | null {
  if (!raw) return null;
  const terms = Object.assign(new AccessTerms(), {
    royaltyRate: raw.royaltyRate ?? null,
    validUntil: asDay(raw.validUntil) ?? null,
  });
  for (const key of TEXT_FIELDS) terms[key] = raw[key]?.trim() || null;
  return Object.values(terms).every((value) => value === null) ? null : terms;
}

/** No terms, as stored (every column NULL). */
export function noTerms(): AccessTerms {
  return Object.assign(new AccessTerms(), { royaltyRate: null, royaltyBasis: null, fieldOfUse: null, validUntil: null, text: null });
}

/** What a grant's terms must satisfy for the request's purpose; every problem names its input field. */
export function checkGrantTerms(purpose: AccessPurpose, terms: AccessTerms | null, today: string): void {
  if (purpose === AccessPurpose.EXPLOITATION && !terms) {
    throw badInput("terms", "access for EXPLOITATION is granted on terms: state them (royalty, field of use, duration or text)");
  }
  if (!terms) return;
  const rate = terms.royaltyRate;
  if (rate && (rate.isNegative() || rate.gt(100))) throw badInput("terms.royaltyRate", "a royalty rate is a percentage from 0 to 100");
  if (rate && !rate.isZero()) {
    if (purpose === AccessPurpose.EXECUTION) {
      throw badInput("terms.royaltyRate", "access for EXECUTION of the project is royalty-free: give no royalty");
    }
    if (!terms.royaltyBasis) throw badInput("terms.royaltyBasis", "say what the royalty is a percentage of (e.g. net sales)");
  }
  if (terms.validUntil && terms.validUntil < today) throw badInput("terms.validUntil", "validUntil is in the past");
}

/** Whether two sets of terms say the same thing (rates compared as numbers). */
export function sameTerms(a: AccessTerms | null, b: AccessTerms | null): boolean {
  if (!a || !b) return a === b;
  const rates = a.royaltyRate && b.royaltyRate ? a.royaltyRate.eq(b.royaltyRate) : a.royaltyRate === b.royaltyRate;
  return rates && a.validUntil === b.validUntil && TEXT_FIELDS.every((key) => a[key] === b[key]);
}

/** Stored terms (every column NULL when there are none) as the API shows them: null for none. */
export function shownTerms(stored: AccessTerms | null | undefined): AccessTerms | null {
  return stored ? termsOf(stored) : null;
}
