/**
 * The writing side of the transactional outbox (DESIGN.md §1), kept beside `inTransaction`
 * because it is part of every transaction. Services never call this directly: inside
 * `inTransaction(...)` they call
 *
 *   tx.emit({ topic, entityType, entityId, allianceId, projectId, organizationIds })
 *
 * and the rows are written at the end of that transaction, together with its audit entries, so
 * an event exists exactly when the change it reports committed (a rolled-back mutation emits
 * nothing); once it has committed, this process's dispatcher is told directly and the others by
 * a `pg_notify`. Ids only: the subject is loaded again at delivery under the subscriber's rights.
 * The reading side (the LISTEN dispatcher and the subscription streams) is src/events.
 *
 * Adding an event kind (IP assets, revenue, funds, …):
 *   1. pick a topic `<subject>.<verb>` and keep it as a constant beside your service;
 *   2. in the mutation's transaction call `tx.emit(...)` with `entityType` the GraphQL type name
 *      listed in src/services/node-types.ts, so `fetchNode` can load it under a subscriber's rights;
 *   3. that is all for `projectActivity(projectId)`: it delivers every event that carries your
 *      `projectId`, with its subject loaded through `fetchNode` (events the subscriber may not
 *      see, e.g. a trade secret, are skipped). A subscription of your own is a
 *      `@Subscription({ subscribe })` over `openEventStream` (src/events/stream.ts).
 */
import type { Client } from "pg";
import type { DataSource, EntityManager } from "typeorm";
import { logger } from "../logger";

/** The channel every process LISTENs on; the payload is the highest new event id. */
export const EVENT_CHANNEL = "alliance_hub_events";

/**
 * Makes "every event after the last id I delivered" complete although event ids come from a
 * sequence at insert time, so a transaction can take id 10 and commit after the one holding 11.
 *
 * - A writer takes an advisory lock before it takes an id and holds it until it commits or rolls
 *   back: (OUTBOX_LOCK, its backend pid modulo OUTBOX_LOCK_STRIPES), shared. Writers never wait
 *   for each other, so their commits are flushed together.
 * - A reader (the dispatcher in src/events/dispatcher.ts, through `outboxHorizon` below) first
 *   notes the sequence's last id M, then takes and at once releases every stripe's lock
 *   exclusively. Every id up to M was taken by a writer that held its stripe's lock when M was
 *   noted, so when the reader has passed every stripe, each of them has committed or rolled back:
 *   a read from then on sees every event up to M that will ever exist, and reads only up to M.
 *
 * One lock for all writers would do as well, but a reader waiting for it queues every new writer
 * behind the ones still committing (PostgreSQL grants locks in order), and writers hold it across
 * a round trip to their client (from their last statement to COMMIT); each read then stalled all
 * writers for that long. Striped, a reader waits for each in-flight writer in turn and holds up
 * at most the few new writers of the stripe it is waiting on.
 *
 * Readers that cannot pass the stripes may instead read only up to an id a dispatcher read has
 * already reached (see `readReplayPage` in src/events/stream.ts).
 */
export const OUTBOX_LOCK = 770_2009;
export const OUTBOX_LOCK_STRIPES = 64;

/**
 * The highest event id M such that every event up to M has committed or never will (see
 * OUTBOX_LOCK above): notes the sequence's last id, then waits for every writer that
 * may hold an id up to it. One round trip of two statements; the second takes and releases the
 * stripes one at a time, in order (a row's select list is evaluated left to right). A plain
 * statement, not a `DO` block: PostgreSQL compiles a `DO` block on every call, and the dispatcher
 * sends this up to a hundred times a second (0.25 against 0.085 ms per call in pgbench).
 */
export async function outboxHorizon(client: Client): Promise<bigint> {
  const results = (await client.query(
    `SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS horizon FROM event_id_seq;
     SELECT count(*) FROM (
       SELECT pg_advisory_lock(${OUTBOX_LOCK}, stripe), pg_advisory_unlock(${OUTBOX_LOCK}, stripe)
         FROM generate_series(0, ${OUTBOX_LOCK_STRIPES - 1}) AS stripe) AS passed`,
  )) as unknown as { rows: { horizon: string }[] }[];
  return BigInt(results[0].rows[0].horizon);
}

/** How long NOTIFYs (here) and dispatcher reads wait to batch what came in while one ran. */
export const BATCH_INTERVAL_MS = 10;

/**
 * One domain event, as a feature emits it. Ids only: no names, amounts or text, so the outbox
 * holds nothing a subscriber could not already load under its own rights.
 */
export interface EventRecord {
  /** `<subject>.<verb>`, lower camel case: `task.assigned`, `ipAsset.registered`. */
  topic: string;
  /** The GraphQL type of the subject (`Task`), as listed in src/services/node-types.ts. */
  entityType: string;
  /** The subject's row key (a UUID). */
  entityId: string;
  /** The alliance concerned; alliance-wide streams (talent exchanges) select on it. */
  allianceId?: string | null;
  /** The project concerned; `projectActivity(projectId)` delivers every event that has one. */
  projectId?: string | null;
  /** Organizations the event concerns directly: the assignee's, both sides of an exchange. */
  organizationIds?: string[];
}

/** One audit entry as written (see `AuditRecord` in src/db/transaction.ts). */
export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  allianceId: string | null;
  changes: Record<string, unknown>;
}

/**
 * A transaction's audit entries and events in one statement, its last before COMMIT: the audit
 * rows, then the outbox lock (its stripe, shared), then the event rows in the order emitted. Returns the
 * event ids written, if any, for `announceEvents` once the transaction has committed.
 */
export async function writeAuditsAndEvents(
  manager: EntityManager,
  actorId: string | null,
  audits: AuditRow[],
  events: EventRecord[],
): Promise<WrittenEvents | null> {
  if (audits.length === 0 && events.length === 0) return null;
  const params: unknown[] = [actorId];
  const add = (value: unknown) => `$${params.push(value)}`;
  const ctes: string[] = [];
  if (audits.length > 0) {
    ctes.push(`audit AS (
       INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, alliance_id, changes)
       SELECT $1::uuid, a->>'action', a->>'entityType', (a->>'entityId')::uuid, (a->>'allianceId')::uuid, a->'changes'
         FROM jsonb_array_elements(${add(JSON.stringify(audits))}::jsonb) AS a)`);
  }
  if (events.length === 0) {
    await manager.query(`WITH ${ctes.join(", ")} SELECT 1`, params);
    return null;
  }
  const rows = events.map((r) => ({
    topic: r.topic,
    alliance_id: r.allianceId ?? null,
    project_id: r.projectId ?? null,
    organization_ids: [...new Set(r.organizationIds ?? [])],
    entity_type: r.entityType,
    entity_id: r.entityId,
  }));
  // The event rows are produced from a join with the lock's one row, so every id (the column
  // default, evaluated per inserted row) is taken after the lock is held.
  ctes.push(
    `outbox_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(${OUTBOX_LOCK}, pg_backend_pid() % ${OUTBOX_LOCK_STRIPES}))`,
    `written AS (
       INSERT INTO event (topic, alliance_id, project_id, organization_ids, entity_type, entity_id, actor_id)
       SELECT e.value->>'topic', (e.value->>'alliance_id')::uuid, (e.value->>'project_id')::uuid,
              ARRAY(SELECT jsonb_array_elements_text(e.value->'organization_ids'))::uuid[],
              e.value->>'entity_type', (e.value->>'entity_id')::uuid, $1::uuid
         FROM outbox_lock, jsonb_array_elements(${add(JSON.stringify(rows))}::jsonb) WITH ORDINALITY AS e(value, n)
        ORDER BY e.n
       RETURNING id)`,
  );
  const result: WrittenEvents[] = await manager.query(
    `WITH ${ctes.join(",\n")} SELECT max(id)::text AS "lastId", array_agg(id::text) AS ids FROM written`,
    params,
  );
  return result[0];
}

/** The events one transaction wrote: the highest id, and every id (not necessarily consecutive). */
export interface WrittenEvents {
  lastId: string;
  ids: string[];
}

/** This process's reader of the outbox (its dispatcher), as the writers' side sees it. */
export interface OutboxReader {
  /** Events up to `lastId`, among them `events` (with the ids `ids`), have committed in this process. */
  committed(lastId: string, events: readonly EventRecord[], ids: readonly string[]): void;
  /** Sends the NOTIFY to other processes on the reader's own connection; false while it has none. */
  notifyOthers(lastId: string): Promise<boolean>;
}

interface Announcer {
  readers: Set<OutboxReader>;
  /** The highest id committed here and not yet in a NOTIFY. */
  unsent: bigint | null;
  sending: boolean;
}

const announcers = new WeakMap<DataSource, Announcer>();

function announcerOf(db: DataSource): Announcer {
  let announcer = announcers.get(db);
  if (!announcer) announcers.set(db, (announcer = { readers: new Set(), unsent: null, sending: false }));
  return announcer;
}

/** Registers this process's outbox reader for commits made through `db`; returns the unregistration. */
export function onEventsCommitted(db: DataSource, reader: OutboxReader): () => void {
  const { readers } = announcerOf(db);
  readers.add(reader);
  return () => readers.delete(reader);
}

/**
 * Called once a transaction that wrote `events`, up to `lastId`, has committed. This process's
 * reader is told at once, with the events (its observers act on them before the mutation answers); other processes through a NOTIFY sent after the commit, never inside
 * it: PostgreSQL serializes the commits of notifying transactions (a database-wide lock held
 * through the commit's WAL flush), which would queue every writer behind one disk flush at a
 * time. One NOTIFY is in flight at a time, and the next waits a moment to carry the highest id
 * committed meanwhile, so under load many commits share one. If this process dies between a
 * commit and its NOTIFY, the other processes still read the event at their next wake-up: any
 * other notification, or their heartbeat (src/events/dispatcher.ts).
 */
export function announceEvents(db: DataSource, written: WrittenEvents, events: readonly EventRecord[]): void {
  const announcer = announcerOf(db);
  for (const reader of announcer.readers) reader.committed(written.lastId, events, written.ids);
  const id = BigInt(written.lastId);
  if (announcer.unsent === null || id > announcer.unsent) announcer.unsent = id;
  if (!announcer.sending) void sendNotifications(db, announcer);
}

async function sendNotifications(db: DataSource, announcer: Announcer): Promise<void> {
  announcer.sending = true;
  try {
    while (announcer.unsent !== null && db.isInitialized) {
      const id = announcer.unsent;
      announcer.unsent = null;
      // The reader's own connection when it has one: no pool connection is taken from requests.
      const [reader] = announcer.readers;
      if (!(reader && (await reader.notifyOthers(id.toString())))) {
        await db.query("SELECT pg_notify($1, $2)", [EVENT_CHANNEL, id.toString()]);
      }
      if (announcer.unsent !== null) await new Promise((resolve) => setTimeout(resolve, BATCH_INTERVAL_MS));
    }
  } catch (error) {
    // Other processes catch up at their next wake-up (see above).
    logger.warn("could not notify other processes of new events", { error: String(error) });
  } finally {
    announcer.sending = false;
  }
}
