/**
 * Relay global object ids: the GraphQL type name and the row key, encoded as base64url.
 * Clients treat them as opaque; a wrong type where an argument expects another is bad input.
 */
import { badInput } from "../errors";
import { isUuid } from "../validation/uuid";

export function toGlobalId(type: string, key: string): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string): { type: string; key: string } | undefined {
  if (typeof globalId !== "string" || globalId.length > 200) return undefined;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) return undefined;
  const key = decoded.slice(colon + 1);
  if (!isUuid(key)) return undefined;
  return { type: decoded.slice(0, colon), key: key.toLowerCase() };
}

/** The row key behind `globalId`, which must name a `type`; otherwise `BAD_USER_INPUT` on `field`. */
export function keyOf(globalId: string, type: string, field: string): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput(field, `${field} must be the id of a ${type}`);
  return parsed.key;
}

/**
 * A copy of `input` with the named global-id fields replaced by row keys, each checked against
 * the type it must name. Absent optional fields stay absent.
 */
export function withKeys<T extends object>(input: T, types: Partial<Record<keyof T & string, string>>): T {
  const copy = { ...input } as Record<string, unknown>;
  for (const [field, type] of Object.entries(types) as [string, string][]) {
    const value = copy[field];
    if (value !== undefined && value !== null) copy[field] = keyOf(value as string, type, field);
  }
  return copy as T;
}
