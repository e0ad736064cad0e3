/**
 * A period report's SHA-256 recomputed the way docs/period-reports.md tells anyone to: over the
 * canonical JSON of its snapshot (keys sorted by UTF-16 code units, no whitespace), written here
 * apart from the product's own writer so the tests check the documented form, not the code.
 */
import { createHash } from "node:crypto";

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export const sha256 = (snapshot: unknown) => createHash("sha256").update(canonical(snapshot), "utf8").digest("hex");
