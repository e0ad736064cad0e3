/**
 * Catches what pg deprecates and pg 9 refuses: a query sent on a client that already has one
 * waiting (several statements at once on one transaction's connection). pg prints its warning once
 * per process, so a test cannot rely on it; this records every occurrence with its stack.
 */
import { Client } from "pg";

type Queued = { _queryQueue: unknown[]; pipeline?: boolean };

export function watchQueuedQueries(): { stacks: string[]; restore: () => void } {
  const stacks: string[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- restored as it was, and only ever called with its client
  const original = Client.prototype.query;
  Client.prototype.query = function (this: Client & Queued, ...args: unknown[]) {
    if (this._queryQueue.length > 0 && !this.pipeline) stacks.push(new Error("query sent while another waits").stack ?? "");
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return { stacks, restore: () => (Client.prototype.query = original) };
}
