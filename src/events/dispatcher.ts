/**
 * The reading side of the outbox, one per process: a dedicated LISTEN connection (a plain pg
 * Client, never one from the pool) that, on every notification, every reconnect and a slow
 * heartbeat, reads the events after the last id it delivered, in id order, and hands each to
 * the process's subscribers. The connection reconnects by itself with backoff; because it
 * reads "after the last delivered id" every time, a dropped connection loses nothing and
 * delivers nothing twice. It also prunes events older than the retention period.
 */
import { Slots } from "../db/slots";
import type { ReplayLimits } from "../config";
import { Client } from "pg";
import { logger } from "../logger";
import { BATCH_INTERVAL_MS, EVENT_CHANNEL, outboxHorizon, type EventRecord } from "../db/outbox";
import { metrics } from "../metrics";

/** An event as read back from the outbox. `id` is a decimal string (bigint). */
export interface OutboxEvent {
  id: string;
  topic: string;
  allianceId: string | null;
  projectId: string | null;
  organizationIds: string[];
  entityType: string;
  entityId: string;
  actorId: string | null;
  createdAt: Date;
}

/**
 * Something in this process that must hear every committed event before subscribers do, and know
 * when it may not (the standing cache, src/auth/standing-cache.ts). `observe` must not block.
 */
export interface EventObserver {
  /** An event read from the outbox, or told by this process right after its own commit (then again when read). */
  observe(event: Pick<EventRecord, "topic" | "entityType" | "entityId">): void;
  /**
   * false when the LISTEN connection is lost (events may be missed), true once a read after
   * (re)connecting has caught up with the outbox.
   */
  listen(listening: boolean): void;
}

/** A subscriber in this process; `accept` must not block (it queues). */
export interface EventSink {
  accept(event: OutboxEvent): void;
  /** How many subscriptions it stands for (an audience's fan-out: src/events/stream.ts); 1 if absent. */
  readonly size?: number;
  /** The dispatcher is stopping: end the subscription. */
  close(): void;
}

/**
 * The columns of an event row as read back. Queries must order by `event.id`: a bare `ORDER BY id`
 * would sort by this text alias ("10" before "9").
 */
export const EVENT_COLUMNS = `id::text AS id, topic, alliance_id, project_id, organization_ids::text[] AS organization_ids,
  entity_type, entity_id, actor_id, created_at`;

export interface EventRowShape {
  id: string;
  topic: string;
  alliance_id: string | null;
  project_id: string | null;
  organization_ids: string[] | null;
  entity_type: string;
  entity_id: string;
  actor_id: string | null;
  created_at: Date;
}

export function eventFromRow(row: EventRowShape): OutboxEvent {
  return {
    id: row.id,
    topic: row.topic,
    allianceId: row.alliance_id,
    projectId: row.project_id,
    organizationIds: row.organization_ids ?? [],
    entityType: row.entity_type,
    entityId: row.entity_id,
    actorId: row.actor_id,
    createdAt: row.created_at,
  };
}

export interface DispatcherOptions {
  databaseUrl: string;
  retentionHours: number;
  replays: ReplayLimits;
  /** A catch-up read even without notifications; also notices a silently dead connection. */
  heartbeatMs?: number;
  pruneEveryMs?: number;
}

const PAGE = 500;
/** Own events told at commit and not read back yet, at most: a bound should reads fall far behind. */
const MAX_OBSERVED_AT_COMMIT = 10_000;
/**
 * Writers notify other processes after they commit (see `announceEvents` in src/db/outbox.ts), so a
 * writer that dies between its commit and its NOTIFY leaves its events to this read: it bounds
 * how late they can arrive when no other notification comes first. It costs one read per
 * interval.
 */
const HEARTBEAT_MS = 5_000;
const MIN_BACKOFF_MS = 50;
const MAX_BACKOFF_MS = 5_000;

export class EventDispatcher {
  private client: Client | null = null;
  private lastId = 0n;
  private readonly sinks = new Set<EventSink>();
  private readonly observers = new Set<EventObserver>();
  /** Ids of this process's own events whose observers were told at commit (`committed`), not read yet. */
  private readonly observedAtCommit = new Set<string>();
  /** Reads reach every event since the last one delivered: connected, and a read since has succeeded. */
  private listening = false;
  private stopped = false;
  private draining: Promise<void> | null = null;
  /** The work queued on the connection (reads, NOTIFYs), in order. */
  private onConnection: Promise<unknown> = Promise.resolve();
  private drainAgain = false;
  /** Set once `lastId` holds the start's horizon. */
  private started = false;
  private pruneDue = true;
  private backoffMs = MIN_BACKOFF_MS;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private readonly timers: NodeJS.Timeout[] = [];
  /** Connections made so far (1 after start; grows with every reconnect). */
  connections = 0;
  /**
   * The slots replays take (src/events/stream.ts): one per connection key, within the process's
   * total, then one per organization key.
   */
  readonly replaySlots: { connection: Slots; organization: Slots };

  constructor(private readonly options: DispatcherOptions) {
    const limits = options.replays;
    this.replaySlots = {
      connection: new Slots(limits.slots, limits.slotsPerConnection),
      organization: new Slots(Number.POSITIVE_INFINITY, limits.slotsPerOrganization),
    };
  }

  /** Connects, LISTENs and starts from the newest event: a new process replays nothing. */
  async start(): Promise<void> {
    await this.connect();
    // No event at or below the start can still commit, so "after lastId" is complete from here.
    // Until then reads wait (a notification meanwhile is for an event at or below the start).
    const client = this.client!;
    this.lastId = await this.serial(() => outboxHorizon(client));
    this.started = true;
    this.timers.push(setInterval(() => this.drain(), this.options.heartbeatMs ?? HEARTBEAT_MS));
    this.timers.push(
      setInterval(
        () => {
          this.pruneDue = true;
          this.drain();
        },
        this.options.pruneEveryMs ?? 10 * 60_000,
      ),
    );
    for (const timer of this.timers) timer.unref();
    this.drain();
  }

  /** Ends every subscription, waits for a read in progress, closes the connection. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.setListening(false);
    for (const timer of this.timers) clearInterval(timer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    for (const sink of this.sinks) sink.close();
    this.sinks.clear();
    await this.draining;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  subscribe(sink: EventSink): () => void {
    if (this.stopped) {
      sink.close();
      return () => undefined;
    }
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** Registers an observer (told at once whether events reach it); returns the unregistration. */
  observe(observer: EventObserver): () => void {
    this.observers.add(observer);
    observer.listen(this.listening);
    return () => this.observers.delete(observer);
  }

  private setListening(listening: boolean): void {
    if (this.listening === listening) return;
    this.listening = listening;
    for (const observer of this.observers) observer.listen(listening);
  }

  /** The subscriptions this process serves. */
  get subscriberCount(): number {
    let count = 0;
    for (const sink of this.sinks) count += sink.size ?? 1;
    return count;
  }

  /**
   * Events up to `lastId` have committed (told in-process, with the events this process wrote, or
   * by another process's NOTIFY). Observers hear this process's own events at once.
   */
  committed(lastId: string, events: readonly EventRecord[] = [], ids: readonly string[] = []): void {
    for (const event of events) for (const observer of this.observers) observer.observe(event);
    // The read that meets them does not tell the observers again: a second invalidation of the
    // same change would refuse the standing-cache stores of requests begun since the first.
    if (this.observedAtCommit.size > MAX_OBSERVED_AT_COMMIT) this.observedAtCommit.clear(); // then told twice: harmless
    for (const id of ids) if (BigInt(id) > this.lastId) this.observedAtCommit.add(id);
    const newest = BigInt(lastId);
    if (newest <= this.lastId) return; // nothing to do: we have it
    metrics.outboxLag.set(Number(newest - this.lastId));
    this.drain();
  }

  /** Tells the other processes' dispatchers that events up to `lastId` have committed. */
  notifyOthers(lastId: string): Promise<boolean> {
    return this.serial(async () => {
      if (!this.client) return false;
      await this.client.query("SELECT pg_notify($1, $2)", [EVENT_CHANNEL, lastId]);
      return true;
    });
  }

  /** Runs `work` on the connection after what runs on it now: one query at a time. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const result = this.onConnection.then(work, work);
    this.onConnection = result.catch(() => undefined);
    return result;
  }

  /** Whether reads reach every event: connected, and a read since has succeeded. */
  get isListening(): boolean {
    return this.listening;
  }

  /** The last event id handed to subscribers. */
  get lastDeliveredId(): string {
    return this.lastId.toString();
  }

  /** The backend pid of the LISTEN connection (operations and tests use it). */
  get listenerPid(): number | undefined {
    // pg sets `processID` on a connected client; its type declarations leave it out.
    const pid: unknown = this.client ? Reflect.get(this.client, "processID") : undefined;
    return typeof pid === "number" ? pid : undefined;
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: "alliance-hub-listener",
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
      query_timeout: 30_000,
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client.on("notification", (message) => {
      if (message.channel !== EVENT_CHANNEL) return;
      // The payload is the newest id committed by the notifying process.
      if (message.payload && /^\d+$/.test(message.payload)) this.committed(message.payload);
      else this.drain();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners("end");
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      // Stopped while connecting: this connection must not outlive the dispatcher.
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      return;
    }
    this.connections++;
    this.client = client;
  }

  private lost(client: Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    this.setListening(false);
    client.removeAllListeners("end");
    client.on("error", () => undefined);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    logger.warn("event listener connection lost; reconnecting", { error: error?.message });
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.reconnectTimer || this.stopped) return;
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, MAX_BACKOFF_MS);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.stopped) return;
      this.connect().then(
        () => {
          this.backoffMs = MIN_BACKOFF_MS;
          logger.info("event listener reconnected", { lastEventId: this.lastDeliveredId });
          this.drain(); // catch up on what was committed while we were away
        },
        (error: unknown) => {
          logger.warn("event listener cannot reconnect yet", { error: String(error), retryInMs: this.backoffMs });
          this.scheduleReconnect();
        },
      );
    }, delay);
  }

  /**
   * Single flight: a request while a read runs (on this connection or on one that was just lost)
   * makes another read start shortly after it ends, on the current connection.
   */
  private drain(): void {
    if (this.stopped || !this.started || !this.client) return;
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.drainAgain = false;
    const client = this.client;
    this.draining = (async () => {
      try {
        await this.serial(async () => {
          await this.readAfterLastId(client);
          if (this.client === client && !this.stopped) this.setListening(true);
          if (this.pruneDue) {
            this.pruneDue = false;
            await this.prune(client);
          }
        });
      } catch (error) {
        // The next connection starts again from lastId, so nothing is lost or repeated.
        this.lost(client, error as Error);
      } finally {
        // Requests made during this read share the next one, a moment later: under a stream of
        // commits that is one read per interval rather than one per commit.
        if (this.drainAgain && !this.stopped) await new Promise((resolve) => setTimeout(resolve, BATCH_INTERVAL_MS));
        this.draining = null;
        if (this.drainAgain) this.drain();
      }
    })();
  }

  /** Reads up to the outbox horizon only: above it an event may still commit behind a later one. */
  private async readAfterLastId(client: Client): Promise<void> {
    const horizon = await outboxHorizon(client);
    for (;;) {
      const { rows } = await client.query<EventRowShape>(
        `SELECT ${EVENT_COLUMNS} FROM event WHERE event.id > $1 AND event.id <= $2 ORDER BY event.id LIMIT ${PAGE}`,
        [this.lastId.toString(), horizon.toString()],
      );
      for (const row of rows) {
        if (this.stopped) return;
        const event = eventFromRow(row);
        const id = BigInt(event.id);
        if (id <= this.lastId) continue; // never twice, never backwards
        this.lastId = id;
        if (!this.observedAtCommit.delete(event.id)) for (const observer of this.observers) observer.observe(event);
        for (const sink of this.sinks) sink.accept(event);
      }
      if (rows.length < PAGE) {
        metrics.outboxLag.set(0);
        return;
      }
    }
  }

  private async prune(client: Client): Promise<void> {
    const result = await client.query("DELETE FROM event WHERE created_at < now() - make_interval(hours => $1)", [
      this.options.retentionHours,
    ]);
    if (result.rowCount) logger.debug("pruned old events", { count: result.rowCount });
  }
}
