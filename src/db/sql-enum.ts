/**
 * Enum values written into SQL text come from the TypeScript enums, never typed by hand: a value
 * renamed in its enum cannot survive as a stale string literal that silently matches nothing.
 */

/** One enum value, or a list of them, as SQL string literals: `'ACTIVE'`, `'APPLIED', 'ACTIVE'`. */
export function sqlEnum(values: string | readonly string[]): string {
  const list = typeof values === "string" ? [values] : values;
  // `IN ()` is a syntax error; an empty list is a mistake in the caller, not an empty set.
  if (list.length === 0) throw new Error("sqlEnum needs at least one value");
  return list.map((value) => `'${value.replace(/'/g, "''")}'`).join(", ");
}
