/**
 * The one rule for text the API takes, applied to every argument of every field before its
 * resolver runs (src/graphql/text-input.ts) and to the CSV export's filter:
 *
 * - no text may hold a NUL character or a lone UTF-16 surrogate (PostgreSQL cannot store the
 *   first, and the second is not Unicode text at all), in arguments and filters alike;
 * - text a mutation stores is trimmed, and text that is blank once trimmed is refused: a required
 *   name cannot be made of spaces, and an optional one is left out (or null) rather than blank.
 *   Passwords are never trimmed (their spaces are theirs) but cannot be all blank either.
 *   Filters are search values, not stored text: they are checked, never trimmed.
 *
 * A refused value is `BAD_USER_INPUT` naming its input path (`name`, `filter.title.eq`,
 * `shares[1].organizationId`), as class-validator's and graphql-js's own errors do.
 */
import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLInputType } from "graphql";
import { badInput } from "../errors";

// Lone surrogates: a high one not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Blank: white space and the invisible characters that render as nothing (zero-width, BOM). */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;
const PASSWORD = /password/i;

/** `store`: the value is a mutation's (trimmed, blank refused); `check`: only refused if not text. */
export type TextMode = "store" | "check";

/** `value` of `type`, with its texts checked (and, to store, trimmed); throws BAD_USER_INPUT at `path`. */
export function cleanInput(value: unknown, type: GraphQLInputType, path: string, mode: TextMode, name = path): unknown {
  if (value === null || value === undefined) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return cleanInput(value, inner.ofType, path, mode, name);
    return value.map((item, i) => cleanInput(item, inner.ofType, `${path}[${i}]`, mode, name));
  }
  if (isInputObjectType(inner)) {
    if (typeof value !== "object") return value;
    // Filters hold values to compare with, not text to store.
    const inside: TextMode = inner.name.endsWith("Filter") ? "check" : mode;
    const record = value as Record<string, unknown>;
    for (const [key, field] of Object.entries(inner.getFields())) {
      if (!(key in record)) continue;
      record[key] = cleanInput(record[key], field.type, path ? `${path}.${key}` : key, inside, key);
    }
    return value;
  }
  if (typeof value !== "string") return value;
  if (value.includes("\u0000")) throw badInput(path, `${path} must not contain NUL characters`);
  if (LONE_SURROGATE.test(value)) throw badInput(path, `${path} must be valid Unicode text (it holds a lone surrogate)`);
  if (mode === "check" || !isScalarType(inner) || inner.name !== "String") return value;
  if (BLANK.test(value)) throw badInput(path, `${path} must not be blank`);
  return PASSWORD.test(name) ? value : value.trim();
}
