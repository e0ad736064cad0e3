/**
 * S6's reference: the statements of `assignTask` issued raw over a pg pool by `writers`
 * concurrent loops for a bounded time, with or without the outbox (advisory lock, event row,
 * NOTIFY). Its own process: `node dist/bench/raw-writers.js <options.json>` prints one JSON line.
 */
import { readFileSync } from "node:fs";
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

async function assign(c: PoolClient, o: RawOptions, taskKey: string, organizationKey: string, userKey: string): Promise<void> {
  // The reads the app makes before its transaction: the task with its project.
  const { rows } = await c.query({
    name: "task",
    text: `SELECT t.id, t.version, p.id AS project_id, p.alliance_id FROM task t JOIN project p ON p.id = t.project_id WHERE t.id = $1`,
    values: [taskKey],
  });
  const task = rows[0];
  await c.query("BEGIN");
  try {
    await c.query({
      name: "participating",
      text: `SELECT 1 FROM project_participant pp
               JOIN membership m ON m.organization_id = pp.organization_id AND m.alliance_id = $3 AND m.status = 'ACTIVE'
              WHERE pp.project_id = $1 AND pp.organization_id = $2 AND pp.removed_at IS NULL FOR SHARE OF pp`,
      values: [task.project_id, organizationKey, task.alliance_id],
    });
    await c.query({ name: "user-org", text: `SELECT organization_id FROM "user" WHERE id = $1`, values: [userKey] });
    const updated = await c.query({
      name: "update",
      text: `UPDATE task SET assignee_organization_id = $2, assignee_id = $3, version = version + 1, updated_at = now()
              WHERE id = $1 RETURNING version`,
      values: [taskKey, organizationKey, userKey],
    });
    await c.query({
      name: "audit",
      text: `INSERT INTO audit_entry (actor_id, action, entity_type, entity_id, alliance_id, changes)
             VALUES ($1, 'assignTask', 'Task', $2, $3, $4)`,
      values: [o.actorId, taskKey, task.alliance_id, JSON.stringify({ assigneeOrganizationId: organizationKey, assigneeId: userKey, version: updated.rows[0].version })],
    });
    if (o.outbox) {
      await c.query({ name: "lock", text: "SELECT pg_advisory_xact_lock($1)", values: [770_2009] });
      await c.query({
        name: "event",
        text: `WITH written AS (
                 INSERT INTO event (topic, alliance_id, project_id, organization_ids, entity_type, entity_id, actor_id)
                 VALUES ('task.assigned', $1, $2, ARRAY[$3::uuid], 'Task', $4, $5) RETURNING id)
               SELECT pg_notify('alliance_hub_events', max(id)::text) FROM written`,
        values: [task.alliance_id, task.project_id, organizationKey, taskKey, o.actorId],
      });
    }
    await c.query("COMMIT");
  } catch (error) {
    await c.query("ROLLBACK");
    throw error;
  }
}

export async function runRawWriters(o: RawOptions): Promise<{ transactions: number; tps: number; errors: number; nextCounter: number }> {
  const pool = new Pool({ connectionString: o.databaseUrl, max: o.writers, application_name: "bench-raw" });
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
            await assign(c, o, a.taskKey, a.organizationKeys[side], a.userKeys[side]);
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
  await pool.end();
  return { transactions, tps: transactions / o.durationSeconds, errors, nextCounter: counter };
}

if (require.main === module) {
  const options = JSON.parse(readFileSync(process.argv[2], "utf8")) as RawOptions;
  runRawWriters(options).then(
    (result) => {
      process.stdout.write(`${JSON.stringify(result)}\n`);
      process.exit(0);
    },
    (error: Error) => {
      process.stderr.write(`${error.stack}\n`);
      process.exit(1);
    },
  );
}
