/**
 * S6's reference: the statements of `assignTask` issued raw over a pg pool by `writers`
 * concurrent loops for a bounded time, with or without the outbox as the app writes it: the
 * advisory lock of the backend's stripe and the event row in the statement that writes the audit
 * entry, and after the commit a NOTIFY, one in flight at a time. Its own process:
 * `node dist/bench/raw-writers.js <options.json>` prints one JSON line.
 */
import { Pool, type PoolClient } from "pg";

export interface RawOptions {
  databaseUrl: string;
  writers: number;
  durationSeconds: number;
  outbox: boolean;
  /** Where the assignment counter starts (the previous run's `nextCounter`). */
  start: number;
  actorId: string;
  assignments: { taskKey: string; organizationKeys: [string, string]; userKeys: [string, string] }[];
}

import { BATCH_INTERVAL_MS, OUTBOX_LOCK, OUTBOX_LOCK_STRIPES } from "../src/db/outbox";
import { runWithOptionsFile } from "./options-file";

/** As the app's `announceEvents`: after the commits, one NOTIFY at a time, batched, with the newest id. */
class Announcer {
  private unsent: string | null = null;
  private sending = false;

  constructor(private readonly pool: Pool) {}

  committed(lastId: string): void {
    if (this.unsent === null || BigInt(lastId) > BigInt(this.unsent)) this.unsent = lastId;
    if (!this.sending) void this.send();
  }

  /** Waits for the NOTIFY in flight, if any. */
  async idle(): Promise<void> {
    while (this.sending) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private async send(): Promise<void> {
    this.sending = true;
    try {
      while (this.unsent !== null) {
        const id = this.unsent;
        this.unsent = null;
        await this.pool.query({ name: "notify", text: "SELECT pg_notify('alliance_hub_events', $1)", values: [id] });
        if (this.unsent !== null) await new Promise((resolve) => setTimeout(resolve, BATCH_INTERVAL_MS));
      }
    } finally {
      this.sending = false;
    }
  }
}

async function assign(
  c: PoolClient,
  o: RawOptions,
  announcer: Announcer,
  taskKey: string,
  organizationKey: string,
  userKey: string,
): Promise<void> {
  // The reads the app makes before its transaction: the task with its project, the assignee.
  const { rows } = await c.query<{ id: string; version: number; project_id: string; alliance_id: string }>({
    name: "task",
    text: `SELECT t.id, t.version, p.id AS project_id, p.alliance_id FROM task t JOIN project p ON p.id = t.project_id WHERE t.id = $1`,
    values: [taskKey],
  });
  const task = rows[0];
  await c.query({ name: "user-org", text: `SELECT organization_id FROM "user" WHERE id = $1`, values: [userKey] });
  await c.query("BEGIN");
  try {
    await c.query({
      name: "participating",
      text: `SELECT 1 FROM project_participant pp
               JOIN membership m ON m.organization_id = pp.organization_id AND m.alliance_id = $3 AND m.status = 'ACTIVE'
              WHERE pp.project_id = $1 AND pp.organization_id = $2 AND pp.removed_at IS NULL FOR SHARE OF pp`,
      values: [task.project_id, organizationKey, task.alliance_id],
    });
    const updated = await c.query<{ version: number }>({
      name: "update",
      text: `UPDATE task SET assignee_organization_id = $2, assignee_id = $3, version = version + 1, updated_at = now()
              WHERE id = $1 RETURNING *`,
      values: [taskKey, organizationKey, userKey],
    });
    let lastEventId: string | null = null;
    const changes = JSON.stringify({ assigneeOrganizationId: organizationKey, assigneeId: userKey, version: updated.rows[0].version });
    if (o.outbox) {
      // As the app writes them: the audit entry, the outbox lock (this backend's stripe) and the event in one statement.
      const written = await c.query<{ id: string }>({
        name: "audit-event",
        text: `WITH audit AS (
                 INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, alliance_id, changes)
                 VALUES ($5, 'assignTask', 'Task', $4, $1, $6)),
               outbox_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(${OUTBOX_LOCK}, pg_backend_pid() % ${OUTBOX_LOCK_STRIPES})),
               written AS (
                 INSERT INTO event (topic, alliance_id, project_id, organization_ids, entity_type, entity_id, actor_id)
                 SELECT 'task.assigned', $1, $2, ARRAY[$3::uuid], 'Task', $4, $5 FROM outbox_lock RETURNING id)
               SELECT max(id)::text AS id FROM written`,
        values: [task.alliance_id, task.project_id, organizationKey, taskKey, o.actorId, changes],
      });
      lastEventId = written.rows[0].id;
    } else {
      await c.query({
        name: "audit",
        text: `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, alliance_id, changes)
               VALUES ($1, 'assignTask', 'Task', $2, $3, $4)`,
        values: [o.actorId, taskKey, task.alliance_id, changes],
      });
    }
    await c.query("COMMIT");
    if (lastEventId !== null) announcer.committed(lastEventId);
  } catch (error) {
    await c.query("ROLLBACK");
    throw error;
  }
}

export async function runRawWriters(o: RawOptions): Promise<{ transactions: number; tps: number; errors: number; nextCounter: number }> {
  // One connection per writer, and one for the NOTIFY in flight.
  const pool = new Pool({ connectionString: o.databaseUrl, max: o.writers + 1, application_name: "bench-raw" });
  const announcer = new Announcer(pool);
  let counter = o.start;
  let transactions = 0;
  let errors = 0;
  const end = Date.now() + o.durationSeconds * 1000;
  await Promise.all(
    Array.from({ length: o.writers }, async () => {
      const c = await pool.connect();
      try {
        while (Date.now() < end) {
          const i = counter++;
          const a = o.assignments[i % o.assignments.length];
          const side = Math.floor(i / o.assignments.length) % 2;
          try {
            await assign(c, o, announcer, a.taskKey, a.organizationKeys[side], a.userKeys[side]);
            transactions++;
          } catch {
            errors++;
          }
        }
      } finally {
        c.release();
      }
    }),
  );
  await announcer.idle();
  await pool.end();
  return { transactions, tps: transactions / o.durationSeconds, errors, nextCounter: counter };
}

if (require.main === module) {
  runWithOptionsFile(runRawWriters);
}
