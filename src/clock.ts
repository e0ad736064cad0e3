/**
 * The time source for rules that depend on today's date (diffusion deadlines, Art. 8.6). The
 * application uses the system clock; tests inject their own through `AppDeps.clock` to move time.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The clock's current day in UTC, `YYYY-MM-DD`. */
export function todayOf(clock: Clock): string {
  return clock.now().toISOString().slice(0, 10);
}

/** `date` (`YYYY-MM-DD`) plus `days` calendar days, in UTC. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` (`YYYY-MM-DD`) plus `years` calendar years, in UTC (29 February becomes 1 March). */
export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * A day as `YYYY-MM-DD`. The GraphQL `Date` scalar hands resolvers a `Date` at UTC midnight;
 * services compare and store days as strings, so inputs pass through here first.
 */
export function asDay(value: string | Date): string;
export function asDay(value: string | Date | null | undefined): string | null | undefined;
export function asDay(value: string | Date | null | undefined): string | null | undefined {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
