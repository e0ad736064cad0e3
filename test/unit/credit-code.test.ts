import { creditCodeCheckCharacter, parseCreditCode } from "../../src/validation/credit-code";

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts the standard's worked example and normalizes case", () => {
    expect(parseCreditCode("91350100M000100Y43")).toEqual({ code: "91350100M000100Y43" });
    expect(parseCreditCode(" 91350100m000100y43 ")).toEqual({ code: "91350100M000100Y43" });
  });

  it("computes the check character as 31 - (weighted sum mod 31)", () => {
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3");
    // A sum that is a multiple of 31 gives check value 0, not 31.
    expect(creditCodeCheckCharacter("00000000000000000")).toBe("0");
  });

  it("rejects a wrong check character, a wrong length, letters outside the alphabet and a bad region", () => {
    expect(parseCreditCode("91350100M000100Y44")).toEqual({ error: "has a wrong check character" });
    expect(parseCreditCode("91350100M000100Y4")).toEqual({ error: "must be exactly 18 characters" });
    for (const letter of ["I", "O", "Z", "S", "V"]) {
      expect("error" in parseCreditCode(`91350100M000100${letter}43`)).toBe(true);
    }
    const stem = "91AB0100M000100Y4";
    expect(parseCreditCode(stem + creditCodeCheckCharacter(stem))).toEqual({
      error: "characters 3-8 must be the administrative region code",
    });
  });
});
