/**
 * The delivery guarantees of the transactional outbox: across server processes, across a
 * dropped LISTEN connection, across a client reconnect (afterEventId), never for a rolled-back
 * mutation, and events pruned after the retention period.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { Client } from "pg";
import { OUTBOX_LOCK, OUTBOX_LOCK_STRIPES } from "../../src/db/outbox";
import { fromGlobalId, keyOf } from "../../src/graphql/global-id";
import { startTestApp, testDatabaseUrl, type TestApp } from "../support/app";
import { failure, gql, ok } from "../support/client";
import { createOrgWithAdmin, login } from "../support/factories";
import { assignTask, createTask, partnerProject, updateTask } from "../support/project-factories";
import { startServerProcess } from "../support/server-process";
import { appPerFile, liveClients } from "../support/suite";
import { subscribe, waitUntil, type LiveSubscription } from "../support/ws-client";

const t = appPerFile();
const sockets = liveClients(t);
const clients = sockets.open;
let pg: Client;

beforeAll(async () => {
  pg = new Client({ connectionString: testDatabaseUrl() });
  await pg.connect();
});
afterAll(() => pg.end());

const client = (url: string, token: string) => sockets.client(token, url);
const live = (app: TestApp, token: string, query: string, variables: Record<string, unknown>) => sockets.live(token, query, variables, app);

const TASK_UPDATED = `subscription($p: ID!, $after: ID) { taskUpdated(projectId: $p, afterEventId: $after) {
  eventId topic task { id title } } }`;
const TASK_ASSIGNED = `subscription($p: ID!, $o: ID!) { taskAssigned(projectId: $p, organizationId: $o) {
  eventId task { id assignee { id } } } }`;

const world = () => partnerProject(t.url, t.admin, 2);

const topicsAndTasks = (sub: LiveSubscription<Record<string, any>>) =>
  sub.received.map((e) => [e.taskUpdated.topic, e.taskUpdated.task.id]);

function assertIncreasing(sub: LiveSubscription<Record<string, any>>): void {
  const ids = sub.received.map((e) => BigInt(e.taskUpdated.eventId));
  for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
}

it("delivers a mutation made through one server process to a subscriber on another, both ways", async () => {
  const w = await world();
  const other = await startServerProcess();
  try {
    // Subscriber here, mutation through the other process.
    const here = await live(t, w.partner.engineer.token, TASK_ASSIGNED, { p: w.projectId, o: w.partner.id });
    const leadThere = await login(other.url, w.lead.admin.email, "correct horse battery");
    const task = await createTask(other.url, leadThere, w.projectId);
    ok(
      await assignTask(other.url, leadThere, { taskId: task.id, assigneeOrganizationId: w.partner.id, assigneeId: w.partner.engineer.id }),
    );
    const [event] = await here.waitFor(1);
    expect(event.taskAssigned.task).toEqual({ id: task.id, assignee: { id: w.partner.engineer.id } });

    // Subscriber on the other process, mutation here. A client that cannot tell when its
    // subscription is live passes the newest event id it knows: nothing after it can be missed.
    const { rows } = await pg.query(`SELECT coalesce(max(id), 0)::text AS id FROM event`);
    const there = subscribe(client(other.url, w.partner.engineer.token), TASK_UPDATED, { p: w.projectId, after: rows[0].id });
    const next = await createTask(t.url, w.lead.admin.token, w.projectId);
    await there.waitFor(1);
    expect(topicsAndTasks(there)).toEqual([["task.created", next.id]]);
  } finally {
    await other.stop();
  }
});

it("holds back an event that commits before an earlier id's, then delivers both in id order", async () => {
  const w = await world();
  const sub = await live(t, w.partner.engineer.token, TASK_UPDATED, { p: w.projectId });
  const first = await createTask(t.url, w.lead.admin.token, w.projectId);
  await sub.waitFor(1);
  // A writer that has taken an event id, as the outbox writes one, and has not committed yet.
  const writer = new Client({ connectionString: testDatabaseUrl() });
  await writer.connect();
  try {
    await writer.query("BEGIN");
    const {
      rows: [held],
    } = await writer.query<{ id: string }>(
      `WITH outbox_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared($1, pg_backend_pid() % $2))
       INSERT INTO event (topic, alliance_id, project_id, entity_type, entity_id)
       SELECT 'task.updated', p.alliance_id, p.id, 'Task', $4 FROM outbox_lock, project p WHERE p.id = $3
       RETURNING id::text`,
      [OUTBOX_LOCK, OUTBOX_LOCK_STRIPES, fromGlobalId(w.projectId)?.key, fromGlobalId(first.id)?.key],
    );
    // A later id commits first: delivering it now would pass the held id for good.
    const second = await createTask(t.url, w.lead.admin.token, w.projectId);
    const { rows } = await pg.query<{ id: string }>(`SELECT max(id)::text AS id FROM event`);
    expect(BigInt(rows[0].id)).toBeGreaterThan(BigInt(held.id));
    await sleep(500);
    expect(topicsAndTasks(sub)).toEqual([["task.created", first.id]]);

    await writer.query("COMMIT");
    await sub.waitFor(3);
    expect(topicsAndTasks(sub)).toEqual([
      ["task.created", first.id],
      ["task.updated", first.id],
      ["task.created", second.id],
    ]);
    expect(sub.received[1].taskUpdated.eventId).toBe(held.id);
    assertIncreasing(sub);
  } finally {
    await writer.end();
  }
});

it("delivers every event exactly once and in order although the LISTEN connection is killed between mutations", async () => {
  const w = await world();
  const sub = await live(t, w.partner.engineer.token, TASK_UPDATED, { p: w.projectId });
  const connectionsBefore = t.app.events.connections;
  const tasks: string[] = [];
  const kill = async () => {
    const pid = t.app.events.listenerPid;
    expect(pid).toBeDefined();
    const { rows } = await pg.query("SELECT pg_terminate_backend($1) AS killed", [pid]);
    expect(rows[0].killed).toBe(true);
  };
  const reconnected = (count: number) =>
    waitUntil(() => t.app.events.connections >= connectionsBefore + count, "the listener to reconnect");

  tasks.push((await createTask(t.url, w.lead.admin.token, w.projectId)).id);
  await sub.waitFor(1);
  await kill();
  // Committed while the listener is down or reconnecting: caught up from the last delivered id.
  tasks.push((await createTask(t.url, w.lead.admin.token, w.projectId)).id);
  tasks.push((await createTask(t.url, w.lead.admin.token, w.projectId)).id);
  await reconnected(1);
  await kill();
  tasks.push((await createTask(t.url, w.lead.admin.token, w.projectId)).id);
  await reconnected(2);
  tasks.push((await createTask(t.url, w.lead.admin.token, w.projectId)).id);
  await kill();
  tasks.push((await createTask(t.url, w.lead.admin.token, w.projectId)).id);
  await sub.waitFor(6);
  // A sentinel after the last reconnect: had anything been delivered twice, it would sit before it.
  await reconnected(3);
  tasks.push((await createTask(t.url, w.lead.admin.token, w.projectId)).id);
  await sub.waitFor(7);
  expect(topicsAndTasks(sub)).toEqual(tasks.map((id) => ["task.created", id]));
  assertIncreasing(sub);
});

it("replays exactly the events a client missed when it resubscribes with afterEventId", async () => {
  const w = await world();
  const first = await live(t, w.partner.engineer.token, TASK_UPDATED, { p: w.projectId });
  const seen = await createTask(t.url, w.lead.admin.token, w.projectId);
  const [last] = await first.waitFor(1);
  const before = t.app.events.subscriberCount;
  const [disconnecting] = clients.splice(0);
  await disconnecting.dispose();
  await waitUntil(() => t.app.events.subscriberCount < before, "the server to drop the subscription");

  const missed = [];
  for (let i = 0; i < 3; i++) missed.push(await createTask(t.url, w.lead.admin.token, w.projectId));
  const again = await live(t, w.partner.engineer.token, TASK_UPDATED, { p: w.projectId, after: last.taskUpdated.eventId });
  await again.waitFor(3);
  const live4 = await createTask(t.url, w.lead.admin.token, w.projectId);
  await again.waitFor(4);
  expect(topicsAndTasks(again)).toEqual([...missed, live4].map((task) => ["task.created", task.id]));
  expect(again.received.map((e) => e.taskUpdated.task.id)).not.toContain(seen.id);
  assertIncreasing(again);
});

it("orders events by their numeric id, also across a power of ten, live and in replay", async () => {
  const w = await world();
  const sub = await live(t, w.partner.engineer.token, TASK_UPDATED, { p: w.projectId });
  // Move the sequence (only forward: gaps are normal) so that the next ids cross 10^k.
  const { rows } = await pg.query(`SELECT last_value::text AS v FROM event_id_seq`);
  const boundary = 10n ** BigInt(rows[0].v.length + 1);
  await pg.query(`SELECT setval('event_id_seq', GREATEST((SELECT last_value FROM event_id_seq), $1::bigint))`, [
    (boundary - 3n).toString(),
  ]);
  const tasks = [];
  for (let i = 0; i < 5; i++) tasks.push((await createTask(t.url, w.lead.admin.token, w.projectId)).id);
  await sub.waitFor(5);
  expect(sub.received.map((e) => e.taskUpdated.task.id)).toEqual(tasks);
  assertIncreasing(sub);
  const replay = await live(t, w.partner.engineer.token, TASK_UPDATED, { p: w.projectId, after: "0" });
  await replay.waitFor(5);
  expect(replay.received.map((e) => e.taskUpdated.task.id)).toEqual(tasks);
});

it("delivers nothing for a mutation that failed after it began writing", async () => {
  const w = await world();
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  const sub = await live(t, w.lead.admin.token, TASK_UPDATED, { p: w.projectId });
  // The task row and its event are written, then the assignee check fails: all of it is undone.
  const refused = await gql(
    t.url,
    `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
    { input: { projectId: w.projectId, title: "rolled back", assigneeOrganizationId: outsider.id } },
    w.lead.admin.token,
  );
  expect(failure(refused).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "assigneeOrganizationId" });
  const stale = await createTask(t.url, w.lead.admin.token, w.projectId, { title: "kept" });
  ok(await updateTask(t.url, w.lead.admin.token, { taskId: stale.id, version: 1, title: "kept v2" }));
  expect(failure(await updateTask(t.url, w.lead.admin.token, { taskId: stale.id, version: 1, title: "stale" })).extensions?.code).toBe(
    "CONFLICT",
  );
  const sentinel = await createTask(t.url, w.lead.admin.token, w.projectId, { title: "sentinel" });
  await sub.waitFor(3);
  expect(topicsAndTasks(sub)).toEqual([
    ["task.created", stale.id],
    ["task.updated", stale.id],
    ["task.created", sentinel.id],
  ]);
  const rows = await pg.query(
    `SELECT topic FROM event WHERE project_id = (SELECT project_id FROM task WHERE id = $1) AND topic LIKE 'task.%' ORDER BY id`,
    [keyOf(stale.id, "Task", "id")],
  );
  expect(rows.rows.map((r) => r.topic)).toEqual(["task.created", "task.updated", "task.created"]);
  const titles = await pg.query(`SELECT count(*)::int AS n FROM task WHERE title = 'rolled back'`);
  expect(titles.rows[0].n).toBe(0);
});

it("keeps ids and no text in the outbox, and prunes events older than the retention period", async () => {
  const w = await world();
  await createTask(t.url, w.lead.admin.token, w.projectId, { title: "Confidential electrolyte recipe" });
  const columns = await pg.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'event' ORDER BY ordinal_position`);
  expect(columns.rows.map((r) => r.column_name)).toEqual([
    "id",
    "topic",
    "alliance_id",
    "project_id",
    "organization_ids",
    "entity_type",
    "entity_id",
    "actor_id",
    "created_at",
  ]);
  const leaked = await pg.query(`SELECT count(*)::int AS n FROM event WHERE row_to_json(event)::text LIKE '%electrolyte%'`);
  expect(leaked.rows[0].n).toBe(0);

  const insert = (hoursAgo: number) =>
    pg.query(
      `INSERT INTO event (topic, entity_type, entity_id, created_at)
       VALUES ('test.aged', 'Task', gen_random_uuid(), now() - make_interval(hours => $1)) RETURNING id::text`,
      [hoursAgo],
    );
  // Other servers of this run keep the default 24 hours; this one keeps 2 and prunes on start.
  const old = (await insert(3)).rows[0].id;
  const recent = (await insert(1)).rows[0].id;
  const second = await startTestApp({ EVENT_RETENTION_HOURS: "2" });
  try {
    const exists = async (id: string) => (await pg.query(`SELECT 1 FROM event WHERE id = $1`, [id])).rowCount === 1;
    await waitUntil(async () => !(await exists(old)), "the old event to be pruned");
    expect(await exists(recent)).toBe(true);
  } finally {
    await second.stop();
    await pg.query(`DELETE FROM event WHERE topic = 'test.aged'`);
  }
});
