/**
 * The usual production set-up: PgBouncer in transaction mode in front of the pool, with the LISTEN
 * connection and the migration lock on a direct connection (`DATABASE_DIRECT_URL`). A real
 * PgBouncer (Debian package `pgbouncer`) in front of a primary of the test's own; two API processes'
 * worth of servers (in this process) share two server connections.
 */
import { startTestApp, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";
import { adminToken } from "../support/factories";
import { assignTask, createTask, partnerProject } from "../support/project-factories";
import { liveClients } from "../support/suite";
import { startPgBouncer, startPrimary, type Bouncer, type Cluster } from "./clusters";

const SERVER_CONNECTIONS = 2;
let primary: Cluster;
let bouncer: Bouncer;
/** Two API servers on the same pooler; filled in by beforeAll. */
const apps = [{}, {}] as [TestApp, TestApp];
const sockets = liveClients(apps[0]);

beforeAll(async () => {
  primary = await startPrimary();
  await primary.query("postgres", "CREATE DATABASE alliance");
  bouncer = await startPgBouncer(primary, SERVER_CONNECTIONS);
  process.env.TEST_DATABASE_URL = bouncer.url("alliance");
  for (const app of apps) Object.assign(app, await startTestApp({ DATABASE_DIRECT_URL: primary.url("alliance"), DB_POOL_SIZE: "8" }));
});

afterAll(async () => {
  for (const app of apps) await app.stop?.();
  await bouncer?.stop();
  await primary?.stop();
});

const TASK_ASSIGNED = `subscription($p: ID!, $o: ID!) { taskAssigned(projectId: $p, organizationId: $o) { task { id assignee { id } } } }`;

it("runs migrations, reads and concurrent writes through PgBouncer in transaction mode, on two server connections", async () => {
  const [a, b] = apps;
  const admin = await adminToken(a.url);
  const w = await partnerProject(a.url, admin, 2);
  // 16 connections of two servers' pools, 40 writes at once, on 2 server connections.
  const created = await Promise.all(
    Array.from({ length: 40 }, (_, i) => createTask(i % 2 ? a.url : b.url, w.lead.admin.token, w.projectId)),
  );
  expect(new Set(created.map((task) => task.id)).size).toBe(40);
  const read = ok(
    await gql(
      b.url,
      `query($id: ID!) { project(id: $id) { tasks(first: 1) { totalCount } } }`,
      { id: w.projectId },
      w.partner.engineer.token,
    ),
  );
  expect(read.project.tasks.totalCount).toBe(40);

  const pools = await bouncer.show<{ database: string; pool_mode: string }>("POOLS");
  expect(pools.find((p) => p.database === "alliance")?.pool_mode).toBe("transaction");
  const servers = await bouncer.show<{ database: string }>("SERVERS");
  expect(servers.filter((s) => s.database === "alliance").length).toBeLessThanOrEqual(SERVER_CONNECTIONS);
  const stats = await bouncer.show<{ database: string; total_xact_count: string }>("STATS");
  expect(Number(stats.find((s) => s.database === "alliance")?.total_xact_count)).toBeGreaterThan(40);
});

it("keeps the statement timeout through the pooler (set on PgBouncer's server connections, as docs/scaling.md says)", async () => {
  const [row] = await apps[0].app.deps.db.query(`SHOW statement_timeout`);
  expect(row.statement_timeout).toBe("10s");
});

it("delivers a write made through PgBouncer on one server to a subscriber on the other (LISTEN on the direct connection)", async () => {
  const [a, b] = apps;
  const admin = await adminToken(a.url);
  const w = await partnerProject(a.url, admin, 2);
  const sub = await sockets.live(w.partner.engineer.token, TASK_ASSIGNED, { p: w.projectId, o: w.partner.id });
  const task = await createTask(b.url, w.lead.admin.token, w.projectId);
  ok(
    await assignTask(b.url, w.lead.admin.token, {
      taskId: task.id,
      assigneeOrganizationId: w.partner.id,
      assigneeId: w.partner.engineer.id,
    }),
  );
  const [event] = await sub.waitFor(1);
  expect(event.taskAssigned.task).toEqual({ id: task.id, assignee: { id: w.partner.engineer.id } });

  // The listener is a session on the primary itself, not one of PgBouncer's server connections.
  const listeners = await primary.query<{ pid: number }>("alliance", `SELECT pid FROM pg_stat_activity WHERE pid = $1`, [
    a.app.events.listenerPid,
  ]);
  expect(listeners).toHaveLength(1);
});
