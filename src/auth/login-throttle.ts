/**
 * Failed sign-ins, counted per account (email) and per client address over a fixed window: once
 * either has failed `max…` times, sign-in answers RATE_LIMITED (HTTP 429, Retry-After) until the
 * window ends, without checking the password. A success clears the account's count.
 *
 * Kept in the process's memory: behind a load balancer with N processes an attacker gets up to
 * N times the attempts (SECURITY.md). A locked account can still be unlocked by waiting out the
 * window; the per-account bound is what stops a guesser spread over many addresses.
 */
import { AppError, ErrorCode } from "../errors";

export interface LoginThrottleLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  windowSeconds: number;
}

/** Beyond this many tracked keys, expired ones are dropped. */
const PRUNE_ABOVE = 10_000;

export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; until: number }>();

  constructor(
    private readonly limits: LoginThrottleLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws RATE_LIMITED when the account or the address has failed too often in the window. */
  check(email: string, address: string | undefined): void {
    this.refuseIfOver(`account:${email}`, this.limits.maxFailuresPerAccount);
    if (address) this.refuseIfOver(`address:${address}`, this.limits.maxFailuresPerAddress);
  }

  failed(email: string, address: string | undefined): void {
    this.count(`account:${email}`);
    if (address) this.count(`address:${address}`);
  }

  succeeded(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private refuseIfOver(key: string, max: number): void {
    const entry = this.failures.get(key);
    const now = this.now();
    if (!entry || entry.until <= now || entry.count < max) return;
    const retryAfter = Math.max(1, Math.ceil((entry.until - now) / 1000));
    throw new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins; retry in ${retryAfter} s`, {
      retryAfterSeconds: retryAfter,
      http: { status: 429, headers: new Map([["retry-after", String(retryAfter)]]) },
    });
  }

  private count(key: string): void {
    const now = this.now();
    const entry = this.failures.get(key);
    if (entry && entry.until > now) entry.count++;
    else this.failures.set(key, { count: 1, until: now + this.limits.windowSeconds * 1000 });
    if (this.failures.size > PRUNE_ABOVE) {
      for (const [k, e] of this.failures) if (e.until <= now) this.failures.delete(k);
    }
  }
}
