import "reflect-metadata";
import { Decimal } from "../../src/graphql/decimal";
import { AccessPurpose } from "../../entities/access-request.entity";
import { checkGrantTerms, noTerms, sameTerms, shownTerms, termsOf } from "../../src/services/access-terms";

const TODAY = "2026-12-07";
const fieldOf = (run: () => void): unknown => {
  try {
    run();
  } catch (error) {
    return (error as { extensions: { field: string } }).extensions.field;
  }
  return undefined;
};

describe("termsOf", () => {
  it("trims text, turns blanks into nothing, and answers null when nothing is left", () => {
    expect(termsOf({ text: "  five years ", fieldOfUse: " " })).toMatchObject({ text: "five years", fieldOfUse: null, royaltyRate: null });
    expect(termsOf({ text: "  ", royaltyBasis: "" })).toBeNull();
    expect(termsOf(null)).toBeNull();
  });

  it("reads a Date as its UTC day", () => {
    expect(termsOf({ validUntil: new Date("2030-01-31T00:00:00.000Z") })?.validUntil).toBe("2030-01-31");
  });
});

describe("checkGrantTerms", () => {
  it("keeps EXECUTION royalty-free, and lets a zero rate or no terms pass", () => {
    expect(
      fieldOf(() => checkGrantTerms(AccessPurpose.EXECUTION, termsOf({ royaltyRate: new Decimal("0.01"), royaltyBasis: "sales" }), TODAY)),
    ).toBe("terms.royaltyRate");
    expect(fieldOf(() => checkGrantTerms(AccessPurpose.EXECUTION, termsOf({ royaltyRate: new Decimal("0.00") }), TODAY))).toBeUndefined();
    expect(fieldOf(() => checkGrantTerms(AccessPurpose.EXECUTION, null, TODAY))).toBeUndefined();
  });

  it("needs terms for EXPLOITATION, a basis for a royalty, a rate within 0-100 and an end not in the past", () => {
    expect(fieldOf(() => checkGrantTerms(AccessPurpose.EXPLOITATION, null, TODAY))).toBe("terms");
    expect(fieldOf(() => checkGrantTerms(AccessPurpose.EXPLOITATION, termsOf({ royaltyRate: new Decimal("3.00") }), TODAY))).toBe(
      "terms.royaltyBasis",
    );
    expect(
      fieldOf(() =>
        checkGrantTerms(AccessPurpose.EXPLOITATION, termsOf({ royaltyRate: new Decimal("100.01"), royaltyBasis: "sales" }), TODAY),
      ),
    ).toBe("terms.royaltyRate");
    expect(fieldOf(() => checkGrantTerms(AccessPurpose.EXPLOITATION, termsOf({ text: "t", validUntil: "2026-12-06" }), TODAY))).toBe(
      "terms.validUntil",
    );
    expect(fieldOf(() => checkGrantTerms(AccessPurpose.EXPLOITATION, termsOf({ text: "t", validUntil: TODAY }), TODAY))).toBeUndefined();
  });
});

describe("sameTerms", () => {
  it("compares rates as numbers and everything else exactly", () => {
    const base = { royaltyRate: new Decimal("3.5"), royaltyBasis: "net sales", text: "x" };
    expect(sameTerms(termsOf(base), termsOf({ ...base, royaltyRate: new Decimal("3.50") }))).toBe(true);
    expect(sameTerms(termsOf(base), termsOf({ ...base, royaltyBasis: "gross sales" }))).toBe(false);
    expect(sameTerms(termsOf(base), termsOf({ ...base, royaltyRate: null }))).toBe(false);
    expect(sameTerms(null, null)).toBe(true);
    expect(sameTerms(null, termsOf({ text: "x" }))).toBe(false);
  });

  it("treats stored empty terms as none", () => {
    expect(shownTerms(noTerms())).toBeNull();
    expect(sameTerms(shownTerms(noTerms()), null)).toBe(true);
  });
});
