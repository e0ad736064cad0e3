/**
 * The cost budget each organization (or viewer, or address: see `budgetKey` in
 * ./operation-plugin.ts) spends its operations' cost from; the operation guard (./limits.ts)
 * charges it on both transports.
 */
import { AppError, ErrorCode } from "../errors";

/**
 * Per-organization cost budget over a sliding one-minute window (two fixed windows, the previous
 * one weighted by how much of it still overlaps). Kept per process: behind a load balancer with N
 * processes a client can spend up to N budgets.
 */
export class CostBudget {
  private readonly windows = new Map<string, { start: number; current: number; previous: number }>();
  private static readonly WINDOW_MS = 60_000;
  /** The current window's end as ISO text, made once per window rather than once per operation. */
  private resetAt = { windowStart: NaN, text: "" };

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Charges `cost` to `key`; throws RATE_LIMITED (HTTP 429) when the budget would be exceeded. */
  charge(key: string, cost: number): { remaining: number; resetAt: string } {
    const now = this.now();
    const windowStart = now - (now % CostBudget.WINDOW_MS);
    let window = this.windows.get(key);
    if (!window || window.start < windowStart - CostBudget.WINDOW_MS) {
      window = { start: windowStart, current: 0, previous: 0 };
    } else if (window.start < windowStart) {
      window = { start: windowStart, current: 0, previous: window.current };
    }
    this.windows.set(key, window);
    const overlap = 1 - (now - windowStart) / CostBudget.WINDOW_MS;
    const used = window.previous * overlap + window.current;
    if (this.resetAt.windowStart !== windowStart) {
      this.resetAt = { windowStart, text: new Date(windowStart + CostBudget.WINDOW_MS).toISOString() };
    }
    const resetAt = this.resetAt.text;
    if (used + cost > this.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + CostBudget.WINDOW_MS - now) / 1000));
      throw new AppError(ErrorCode.RATE_LIMITED, `Cost budget of ${this.perMinute} points per minute exhausted`, {
        resetAt,
        http: { status: 429, headers: new Map([["retry-after", String(retryAfter)]]) },
      });
    }
    window.current += cost;
    if (this.windows.size > 100_000) this.prune(windowStart);
    return { remaining: Math.max(0, Math.floor(this.perMinute - used - cost)), resetAt };
  }

  private prune(windowStart: number): void {
    for (const [key, window] of this.windows) {
      if (window.start < windowStart - CostBudget.WINDOW_MS) this.windows.delete(key);
    }
  }
}
