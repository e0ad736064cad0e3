/**
 * Days (`Date` in GraphQL, `date` in SQL) travel as "YYYY-MM-DD" strings. The GraphQL scalar
 * parses input into a JS Date at UTC midnight; this turns it back into the day, so services
 * compare and store days, never instants.
 */
export function dateOnly<T extends null | undefined>(value: Date | string | T): string | T {
  if (value === null || value === undefined) return value;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
