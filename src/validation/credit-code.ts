/**
 * The unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a
 * 31-character alphabet (no I, O, Z, S, V). Characters 3-8 are the administrative region code;
 * the last is a check character computed from the first 17 with weights 3^i mod 31.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character for the first 17 characters, or undefined if one is not in the alphabet. */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i]);
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Upper-cases and checks a credit code; returns the normalized code, or a reason it is invalid. */
export function parseCreditCode(input: string): { code: string } | { error: string } {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { error: "must be exactly 18 characters" };
  if (![...code].every((c) => ALPHABET.includes(c))) {
    return { error: "may contain only digits and the letters A-Y except I, O, S, V, Z" };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) return { error: "characters 3-8 must be the administrative region code" };
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return { error: "has a wrong check character" };
  return { code };
}
