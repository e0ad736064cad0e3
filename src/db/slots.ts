/**
 * Counted slots for work that holds a database connection for long (an export's transaction, a
 * subscription's replay): at most `perKey` at once for one key (an organization, a connection)
 * and at most `total` in all, so no one client can take the pool.
 */
export type Release = () => void;

export class Slots {
  private readonly used = new Map<string, number>();
  private inUse = 0;
  private readonly waiting: { key: string; grant: (release: Release) => void }[] = [];

  constructor(
    private readonly total: number,
    private readonly perKey: number,
  ) {}

  /** Slots taken now, across keys. */
  get taken(): number {
    return this.inUse;
  }

  /** A slot for `key` now, or undefined when `key` or everyone is at the limit. */
  tryTake(key: string): Release | undefined {
    if (this.inUse >= this.total || (this.used.get(key) ?? 0) >= this.perKey) return undefined;
    this.inUse++;
    this.used.set(key, (this.used.get(key) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inUse--;
      const left = this.used.get(key)! - 1;
      if (left === 0) this.used.delete(key);
      else this.used.set(key, left);
      this.grantWaiting();
    };
  }

  /**
   * A slot for `key`, waiting in line for it. `signal` gives up the wait (the caller went away):
   * the promise then rejects with the signal's reason.
   */
  take(key: string, signal?: AbortSignal): Promise<Release> {
    const now = this.waiting.length === 0 ? this.tryTake(key) : undefined;
    if (now) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const entry = { key, grant: resolve };
      this.waiting.push(entry);
      signal?.addEventListener("abort", () => {
        const i = this.waiting.indexOf(entry);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(signal.reason as Error);
      });
    });
  }

  /** Hands freed slots to the first waiters that may take them (others of a full key keep their place). */
  private grantWaiting(): void {
    for (let i = 0; i < this.waiting.length;) {
      const release = this.tryTake(this.waiting[i].key);
      if (release) this.waiting.splice(i, 1)[0].grant(release);
      else if (this.inUse >= this.total) return;
      else i++;
    }
  }
}
