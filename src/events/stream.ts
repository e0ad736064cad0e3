/**
 * One subscription's stream of events: live events from the process's dispatcher, preceded
 * (with `afterEventId`) by the retained events the client missed, each delivered at most once
 * and in id order. Every event is resolved with a fresh context — a new Access and new
 * loaders — so rights are checked against the database as it is at delivery: a subscriber
 * whose organization was suspended, withdrew or left the project stops receiving with the very
 * next event, and receives again if its rights come back.
 *
 * A live event is resolved once per audience, not once per subscriber: streams that resolve the
 * same thing (`share`) for the same viewer share one fresh context and one resolution of that
 * event, so a thousand open tabs of one user cost one set of queries; and the audiences of one
 * event read their rights facts (one batched statement) and its rows (project, task) together.
 * The shared delivery is also the root value the subscription executes on, which lets the
 * execution be shared too (see src/graphql/shared-subscribe.ts). Replayed events are read per
 * stream and resolved per stream.
 *
 * A stream attached to a sink (a graphql-ws subscription) sends what it delivers instead of
 * yielding it, and once it has caught up (no replay, nothing queued) joins its audience's fan-out
 * (src/events/audience.ts), which from then on takes its live events.
 *
 * Replays are bounded (ReplayLimits in src/config.ts): a stream replays at most `maxEvents` (an
 * older `afterEventId` is refused when the subscription opens), reads them a page at a time, and
 * holds a replay slot of its connection and of its organization while it does; streams without
 * a free slot wait their turn, taking live events into their queue meanwhile.
 */
import { AppError, ErrorCode, mapKnownError, badInput } from "../errors";
import type { Context } from "../operation-context";
import { sharedReads, type SharedReads } from "../loaders";
import type { Viewer } from "../auth/viewer";
import type { Release } from "../db/slots";
import { EVENT_COLUMNS, eventFromRow, type EventRowShape, type EventSink, type OutboxEvent } from "./dispatcher";
import { Audience, MAX_QUEUED, tooFarBehind, type AudienceMember, type PayloadSink } from "./audience";
import { parseEventId, scopeMatches, scopeSql, type EventScope } from "./scope";

/** Names streams without a connection (not opened over graphql-ws) for the per-connection slots. */
let streamCount = 0;

const REPLAY_PAGE = 200;
/** Tries to resolve one event for one subscriber before the stream fails (transient errors only). */
const DELIVERY_ATTEMPTS = 5;

export interface StreamOptions<P> {
  /**
   * The subscription operation's context. Each event is resolved under a new context of the same
   * viewer (`ctx.withReads`), and executed under it too (see `deliveryContext`).
   */
  ctx: Context;
  scope: EventScope;
  afterEventId?: string | null;
  /**
   * What the subscriber receives for one event, loaded under the fresh context. `undefined`, or
   * a NOT_FOUND / FORBIDDEN error, means the subscriber may not see it: the event is skipped.
   */
  resolve: (ctx: Context, event: OutboxEvent) => Promise<P | undefined>;
  /**
   * What `resolve` computes, with its arguments (`"taskUpdated:<projectId>"`): streams with the
   * same `share` and the same viewer resolve each live event once between them. Omit it when
   * `resolve` depends on anything else.
   */
  share?: string;
}

/** One audience's resolution of one event: the fresh context it ran under, and its outcome. */
interface SharedDelivery {
  fresh: Context;
  outcome: Promise<unknown>;
}

/**
 * Resolutions in progress or done, per event object (the dispatcher hands the same object to
 * every stream), so they are dropped with the event once every stream has taken it.
 */
const sharedDeliveries = new WeakMap<OutboxEvent, Map<string, SharedDelivery>>();

/**
 * What every audience of one event reads together: each audience's rights facts in one batched
 * statement, and the rows (the project, the task) once. Read at delivery, so never stale.
 */
const eventReads = new WeakMap<OutboxEvent, SharedReads>();

/** The context each delivered payload was resolved under, for as long as the payload lives. */
const deliveryContexts = new WeakMap<object, Context>();

/**
 * The context to execute a subscription's selection on `payload` with: the one it was resolved
 * under (fresh rights and loaders, shared by its audience), not the subscription's own, which is
 * never changed. Undefined for anything a stream did not deliver.
 */
export function deliveryContext(payload: unknown): Context | undefined {
  return typeof payload === "object" && payload !== null ? deliveryContexts.get(payload) : undefined;
}

/** Everything a resolution may depend on about the viewer: same key, same rights. */
function audienceKey(viewer: Viewer | null): string {
  if (!viewer) return "anonymous";
  return [viewer.userId, viewer.organizationId, viewer.orgRole, viewer.platformRole, viewer.isLegalRepresentative].join("\0");
}

class EventStream<P> implements AsyncIterableIterator<P>, EventSink, AudienceMember {
  private readonly queue: OutboxEvent[] = [];
  private replayBuffer: OutboxEvent[] = [];
  private replaying: boolean;
  /** The id of the last event taken for delivery: nothing at or below it is taken again. */
  private cursor: bigint;
  private waiter: (() => void) | null = null;
  /** `share` and the viewer: the streams that resolve each event together (the viewer never changes). */
  private audience?: string;
  private closed = false;
  private failure: Error | null = null;
  private readonly unsubscribe: () => void;
  /** Gives back the replay slots while the replay reads; ends a wait for them when the stream closes. */
  private releaseReplay: Release | undefined;
  /** Made when the replay waits for slots (few streams do): ends that wait when the stream closes. */
  private closing?: AbortController;
  /** Where payloads go when attached; the audience it joined once caught up. */
  sink?: PayloadSink;
  private audienceJoined?: Audience;

  constructor(private readonly options: StreamOptions<P>) {
    this.cursor = options.afterEventId != null ? parseEventId(options.afterEventId) : 0n;
    this.replaying = options.afterEventId != null;
    const events = options.ctx.events;
    if (!events) throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "Live updates are not running");
    // Registered before the replay reads: an event committed meanwhile is in one or both, never neither.
    this.unsubscribe = events.subscribe(this);
  }

  accept(event: OutboxEvent): void {
    if (this.closed || !scopeMatches(this.options.scope, event)) return;
    if (this.queue.length >= MAX_QUEUED) {
      this.fail(tooFarBehind());
      return;
    }
    this.queue.push(event);
    this.wake();
  }

  close(): void {
    this.finish();
  }

  /**
   * Sends every payload to `sink` from now on: the stream then yields nothing, and its `next`
   * settles only when it ends (done) or fails (rejected). Call it before the first `next`.
   */
  attach(sink: PayloadSink): AsyncIterableIterator<never> {
    this.sink = sink;
    return this as AsyncIterableIterator<unknown> as AsyncIterableIterator<never>;
  }

  async next(): Promise<IteratorResult<P>> {
    try {
      for (;;) {
        const event = await this.take();
        if (!event) return { value: undefined, done: true };
        this.cursor = BigInt(event.id);
        const payload = await this.deliver(event, () => !this.closed);
        if (this.closed) return { value: undefined, done: true };
        if (payload === undefined) continue;
        if (!this.sink) return { value: payload, done: false };
        if (!this.sink.send(await this.sink.render(payload as object))) throw tooFarBehind();
      }
    } catch (error) {
      this.finish(); // nobody ends a stream whose `next` rejected
      throw error;
    }
  }

  async return(): Promise<IteratorResult<P>> {
    this.finish();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<P>> {
    this.finish();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<P> {
    return this;
  }

  private async take(): Promise<OutboxEvent | undefined> {
    for (;;) {
      if (this.failure) {
        const failure = this.failure;
        this.finish();
        throw failure;
      }
      if (this.closed) return undefined;
      const buffered = this.replayBuffer.shift();
      if (buffered) return buffered;
      if (this.replaying) {
        if (!this.releaseReplay) {
          const release = await this.takeReplaySlots().catch((error: unknown) => {
            if (this.closed) return undefined; // closed while waiting for a slot
            throw error;
          });
          if (!release || this.closed) {
            release?.();
            continue;
          }
          this.releaseReplay = release;
        }
        await this.readReplayPage();
        if (!this.replaying) this.endReplay();
        continue;
      }
      const event = this.queue.shift();
      if (event) {
        if (BigInt(event.id) > this.cursor) return event;
        continue; // already delivered by the replay
      }
      if (this.sink && this.options.share !== undefined && !this.audienceJoined) {
        this.joinAudience();
        continue; // joining may have closed it (a stopped dispatcher)
      }
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  /**
   * Buffers the next page of missed events; the last (short) page ends the replay. It reads only
   * up to the id the dispatcher has delivered: the dispatcher reads up to the outbox horizon (see
   * OUTBOX_LOCK in src/db/outbox.ts), so every event at or below that id has committed (and is visible
   * here) or never will, while an event above it may still be committing behind a higher one.
   * Those reach this stream through its queue: it registered with the dispatcher before this read.
   */
  /** Refuses (BAD_USER_INPUT) a replay of more than `maxEvents` events, counting at most one more. */
  async checkReplayWindow(): Promise<void> {
    if (!this.replaying) return;
    const { maxEvents } = this.options.ctx.config.replays;
    const params: unknown[] = [this.cursor.toString(), this.options.ctx.events!.lastDeliveredId];
    const where = scopeSql(this.options.scope, params);
    const [{ missed }] = await this.options.ctx.db.query<{ missed: number }[]>(
      `SELECT count(*)::int AS missed FROM (SELECT 1 FROM event WHERE event.id > $1 AND event.id <= $2 AND ${where} LIMIT ${maxEvents + 1}) AS m`,
      params,
    );
    if (missed > maxEvents) {
      throw badInput(
        "afterEventId",
        `More than ${maxEvents} events happened after afterEventId; reload the data and subscribe again without afterEventId`,
      );
    }
  }

  /** The replay slots of this stream's connection and organization, once both are free. */
  private async takeReplaySlots(): Promise<Release> {
    const { ctx } = this.options;
    const slots = ctx.events!.replaySlots;
    const viewer = ctx.viewer;
    const signal = (this.closing ??= new AbortController()).signal;
    const connection = await slots.connection.take(ctx.connectionId ?? `stream:${++streamCount}`, signal);
    try {
      const organization = await slots.organization.take(
        viewer?.organizationId ? `org:${viewer.organizationId}` : `user:${viewer?.userId ?? "anonymous"}`,
        signal,
      );
      return () => {
        organization();
        connection();
      };
    } catch (error) {
      connection();
      throw error;
    }
  }

  private endReplay(): void {
    this.releaseReplay?.();
    this.releaseReplay = undefined;
  }

  private async readReplayPage(): Promise<void> {
    const params: unknown[] = [this.cursor.toString(), this.options.ctx.events!.lastDeliveredId];
    const where = scopeSql(this.options.scope, params);
    const rows: EventRowShape[] = await this.options.ctx.db.query(
      `SELECT ${EVENT_COLUMNS} FROM event WHERE event.id > $1 AND event.id <= $2 AND ${where} ORDER BY event.id LIMIT ${REPLAY_PAGE}`,
      params,
    );
    if (rows.length < REPLAY_PAGE) this.replaying = false;
    this.replayBuffer = rows.map(eventFromRow);
  }

  /**
   * Caught up: from now on the audience takes this stream's live events. Nothing is queued, and
   * every event dispatched since the stream registered was taken, so the cursor moves to the last
   * dispatched id: the audience delivers exactly the events after it.
   */
  private joinAudience(): void {
    const { ctx, share, scope } = this.options;
    const events = ctx.events!;
    this.unsubscribe();
    const dispatched = BigInt(events.lastDeliveredId);
    if (dispatched > this.cursor) this.cursor = dispatched;
    this.audienceJoined = Audience.of(events, `${share}\0${audienceKey(ctx.viewer)}\0${JSON.stringify(scope)}`, (event) =>
      scopeMatches(scope, event),
    );
    this.audienceJoined.join(this);
  }

  /**
   * For the audience: whether the event `id` is this stream's to receive (open, not failed, and
   * above its cursor). The audience delivers in id order, so the cursor need not move with each event.
   */
  wants(id: bigint): boolean {
    return !this.closed && this.failure === null && id > this.cursor;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The payload of `event` for this stream's viewer; retried while `wanted` (transient errors only). */
  async deliver(event: OutboxEvent, wanted: () => boolean): Promise<P | undefined> {
    for (let attempt = 1; ; attempt++) {
      const shared = this.resolution(event);
      try {
        const payload = (await shared.outcome) as P | undefined;
        if (typeof payload === "object" && payload !== null) deliveryContexts.set(payload, shared.fresh);
        return payload;
      } catch (error) {
        // Not for this viewer: the audience's answer, kept for its other streams.
        if (error instanceof AppError && (error.code === ErrorCode.NOT_FOUND || error.code === ErrorCode.FORBIDDEN)) {
          return undefined;
        }
        this.forget(event, shared);
        // A busy pool or a database blip is retried with backoff rather than ending the stream
        // (many subscribers resolving one event at once can briefly exhaust the pool).
        if (attempt < DELIVERY_ATTEMPTS && mapKnownError(error)?.extensions.retryable === true && wanted()) {
          await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
          continue;
        }
        throw error; // still failing: the client resubscribes with afterEventId and misses nothing
      }
    }
  }

  /**
   * This stream's audience's resolution of `event`: joined if under way, started otherwise. Only
   * streams holding the same event object can meet here: live events (one object from the
   * dispatcher), never replayed ones (read per stream).
   */
  private resolution(event: OutboxEvent): SharedDelivery {
    const { ctx, share, resolve } = this.options;
    const start = (reads?: SharedReads): SharedDelivery => {
      const fresh = ctx.withReads(reads);
      return { fresh, outcome: resolve(fresh, event) };
    };
    if (share === undefined) return start();
    let reads = eventReads.get(event);
    if (!reads) eventReads.set(event, (reads = sharedReads(ctx.db, ctx.standing)));
    let byAudience = sharedDeliveries.get(event);
    if (!byAudience) sharedDeliveries.set(event, (byAudience = new Map<string, SharedDelivery>()));
    this.audience ??= `${share}\0${audienceKey(ctx.viewer)}`;
    let shared = byAudience.get(this.audience);
    if (!shared) byAudience.set(this.audience, (shared = start(reads)));
    return shared;
  }

  /** A resolution that failed is not handed to streams that come later: they (and a retry) start over. */
  private forget(event: OutboxEvent, shared: SharedDelivery): void {
    eventReads.delete(event);
    const byAudience = sharedDeliveries.get(event);
    if (!byAudience) return;
    for (const [key, value] of byAudience) if (value === shared) byAudience.delete(key);
  }

  /** Ends the stream with `error`: its `next` rejects with it. */
  fail(error: Error): void {
    this.failure = error;
    this.wake();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.unsubscribe();
    this.audienceJoined?.leave(this);
    this.closing?.abort(new AppError(ErrorCode.CONFLICT, "The subscription ended"));
    this.endReplay();
    this.queue.length = 0;
    this.replayBuffer = [];
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }
}

/**
 * Opens a subscription's stream; register it as the `subscribe` of a GraphQL subscription. A
 * replay longer than the window is refused here, so the subscription is refused as a whole.
 */
export async function openEventStream<P>(options: StreamOptions<P>): Promise<AsyncIterableIterator<P>> {
  const stream = new EventStream(options);
  try {
    await stream.checkReplayWindow();
  } catch (error) {
    await stream.return();
    throw error;
  }
  // What was read to open it (the project, the viewer's rights) is not kept for the stream's life.
  options.ctx.startReadsOver();
  return stream;
}

/**
 * Sends what `source` delivers to `sink` (see PayloadSink) and returns the iterator to hand to the
 * transport: it yields nothing and ends with the stream. Undefined when `source` is not an event stream.
 */
export function attachSink(source: unknown, sink: PayloadSink): AsyncIterableIterator<never> | undefined {
  return source instanceof EventStream ? source.attach(sink) : undefined;
}
