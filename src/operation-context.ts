/**
 * What every operation runs with — an HTTP request, a subscription and each of its events, a
 * demo or CLI run — as services, event streams and resolvers see it, and the one way a service
 * writes. Building a context (authenticating, choosing its reads) is src/context.ts's job, at
 * the top of the layers; this module sits below the services so that they may depend on it.
 */
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { systemClock, type Clock } from "./clock";
import type { Access } from "./auth/access";
import type { Viewer } from "./auth/viewer";
import { unauthenticated, type AppError } from "./errors";
import { inTransaction, type Tx } from "./db/transaction";
import type { Loaders, SharedReads } from "./loaders";
import type { EventDispatcher } from "./events/dispatcher";
import type { StandingCache } from "./auth/standing-cache";

export interface AppDeps {
  db: DataSource;
  /**
   * Where analyst aggregates and CSV exports read: a streaming replica when `DATABASE_READ_URL` is
   * set (it may lag the primary by a moment), else `db`. Nothing that writes, and nothing inside a
   * transaction of `write`, reads here.
   */
  analyticsDb: DataSource;
  config: Config;
  /** The time source for date-dependent rules; the system clock unless a test injects one. */
  clock?: Clock;
  /** This process's outbox reader; subscriptions need it (absent in one-off CLI runs). */
  events?: EventDispatcher;
  /** Viewers' user rows and standings kept across operations, invalidated by `events` (absent without them). */
  standing?: StandingCache;
}

export interface Context extends AppDeps {
  readonly viewer: Viewer | null;
  /** The viewer's rights, as read since the operation began or since its last write. */
  readonly access: Access | null;
  /** Why there is no viewer although credentials were sent (bad or expired token). */
  readonly authError?: AppError;
  /** Made on first read; what they cached is dropped by a write (see `write`). */
  readonly loaders: Loaders;
  /** The client's address (HTTP), for budgets of anonymous callers. */
  readonly remoteAddress?: string;
  /** The WebSocket connection a subscription came over, for limits per connection. */
  readonly connectionId?: string;
  /** The HTTP request's id (its x-request-id), for the lines logged about the operation. */
  readonly requestId?: string;
  /**
   * A context of the same viewer over other reads: those of a live event, shared by its
   * audiences, or (without `reads`) new ones of its own. Each event of a subscription is
   * resolved and executed under one.
   */
  withReads(reads?: SharedReads): Context;
  /**
   * Starts this context's reads over (new rights, new loaders). `write` and `writeWhenDue` call it
   * after a write, so nothing read before it is answered again (the rule is there); a subscription's
   * stream calls it once open, so what the subscription read to open is not kept as long as it
   * lives (its events are read under contexts of their own: src/events/stream.ts).
   */
  startReadsOver(): void;
}

/** Authenticated context's access; `UNAUTHENTICATED` otherwise. */
export function requireAccess(ctx: Context): Access {
  if (!ctx.access) throw ctx.authError ?? unauthenticated();
  return ctx.access;
}

/** The operation's time source. */
export function clockOf(ctx: Context): Clock {
  return ctx.clock ?? systemClock;
}

/**
 * Every write of a service goes through here: `work` runs in one transaction (see
 * `inTransaction`) as the viewer, and once it has committed the context's reads start over.
 *
 * The rule: whatever the operation read before a write — the viewer's rights facts and every
 * loader's cache, its own or shared — is stale once the write commits, so none of it is read
 * again. The result's nested fields, and the next mutation of the same document, read the state
 * as the write left it through new rights and new loaders (made, like all loaders, on first
 * read). A write that fails changed nothing and keeps them. No service clears or primes single
 * loaders after a write. (`writeWhenDue` is the same for work no viewer asked for.)
 */
export async function write<T>(ctx: Context, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await inTransaction(ctx.db, requireAccess(ctx).viewer.userId, work);
  ctx.startReadsOver();
  return result;
}

/**
 * A write the clock makes due rather than the viewer (a motion whose voting has closed): one
 * transaction, like `write`, whose audit entries have no actor. Run from a context (a read that
 * found the work due) it starts that context's reads over, exactly as `write` does; run from the
 * process (a periodic sweep) there are none.
 */
export async function writeWhenDue<T>(deps: AppDeps | Context, work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await inTransaction(deps.db, null, work);
  if ("startReadsOver" in deps) deps.startReadsOver();
  return result;
}
