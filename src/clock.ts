/**
 * The time source for rules that depend on today's date (diffusion deadlines, Art. 8.6, due and
 * overdue work) and for the moments a decision records (submitted, reviewed, decided, agreed at),
 * so that what is late and when it happened are read off one clock. The application uses the
 * system clock; tests inject their own through `AppDeps.clock` to move time. Row bookkeeping
 * (`createdAt`, `updatedAt`) stays the database's and the process's own time.
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

/**
 * The last day (`YYYY-MM-DD`) of month `month` of a project that starts on `startDate`, months
 * counted from 1 (the start month itself): what "due in month 6" means as a date.
 */
export function projectMonthEnd(startDate: string, month: number): string {
  const [year, startMonth] = startDate.split("-").map(Number);
  // Day 0 of the month after is the last day of the month.
  return new Date(Date.UTC(year, startMonth - 1 + month, 0)).toISOString().slice(0, 10);
}

/** The first day (`YYYY-MM-DD`) of month `month` of a project that starts on `startDate` (month 1 = its start month). */
export function projectMonthStart(startDate: string, month: number): string {
  const [year, startMonth] = startDate.split("-").map(Number);
  return new Date(Date.UTC(year, startMonth - 2 + month, 1)).toISOString().slice(0, 10);
}

/** How many months a project from `startDate` to `endDate` runs, counting both ends' months. */
export function projectMonths(startDate: string, endDate: string): number {
  const [y1, m1] = startDate.split("-").map(Number);
  const [y2, m2] = endDate.split("-").map(Number);
  return (y2 - y1) * 12 + (m2 - m1) + 1;
}
