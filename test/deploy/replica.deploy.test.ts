/**
 * A read replica for analysts (`DATABASE_READ_URL`): a real streaming replica of a primary of the
 * test's own, made with pg_basebackup. Analyst aggregates and CSV exports read the replica;
 * everything else, and every write, the primary. The proof: with the replica's replay paused, a new
 * project shows in the lists at once but not in the aggregate or the export until replay resumes.
 */
import { startTestApp, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";
import { adminToken } from "../support/factories";
import { exportCsv } from "../support/analytics-factories";
import { analystOf, projectWorld } from "../support/funds-factories";
import { createProject } from "../support/project-factories";
import { waitUntil } from "../support/ws-client";
import { startPrimary, startReplica, type Cluster } from "./clusters";

let primary: Cluster;
let replica: Cluster;
let t: TestApp;

beforeAll(async () => {
  primary = await startPrimary();
  await primary.query("postgres", "CREATE DATABASE alliance");
  replica = await startReplica(primary);
  process.env.TEST_DATABASE_URL = primary.url("alliance");
  t = await startTestApp({ DATABASE_READ_URL: replica.url("alliance") });
});

afterAll(async () => {
  await t?.stop();
  await replica?.stop();
  await primary?.stop();
});

/** Waits until the replica has replayed everything the primary has written so far. */
async function caughtUp(): Promise<void> {
  const [{ lsn }] = await primary.query<{ lsn: string }>("postgres", "SELECT pg_current_wal_lsn()::text AS lsn");
  await waitUntil(async () => {
    const [row] = await replica.query<{ done: boolean }>("postgres", "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn]);
    return row.done;
  }, "the replica to catch up");
}

const COUNTS = `query($a: ID!) {
  projects(filter: { allianceId: { eq: $a } }) { totalCount }
  projectsAggregate(filter: { allianceId: { eq: $a } }) { count }
}`;

async function counts(token: string, allianceId: string): Promise<{ list: number; aggregate: number; exported: number }> {
  const data = ok(await gql(t.url, COUNTS, { a: allianceId }, token));
  const csv = await exportCsv(t.url, token, "projects", { allianceId: { eq: allianceId } });
  expect(csv.status).toBe(200);
  const rows = (await csv.text()).trim().split("\r\n").length - 1;
  return { list: data.projects.totalCount, aggregate: data.projectsAggregate[0]?.count ?? 0, exported: rows };
}

it("is a real hot standby of the primary", async () => {
  const [primaryRole] = await primary.query<{ standby: boolean }>("postgres", "SELECT pg_is_in_recovery() AS standby");
  const [replicaRole] = await replica.query<{ standby: boolean }>("postgres", "SELECT pg_is_in_recovery() AS standby");
  expect([primaryRole.standby, replicaRole.standby]).toEqual([false, true]);
  const [{ streaming }] = await primary.query<{ streaming: string }>(
    "postgres",
    "SELECT count(*)::text AS streaming FROM pg_stat_replication WHERE state = 'streaming'",
  );
  expect(streaming).toBe("1");
});

it("answers analyst aggregates and CSV exports from the replica, lists and writes from the primary", async () => {
  const admin = await adminToken(t.url);
  const w = await projectWorld(t.url, admin, 2);
  const analyst = await analystOf(t.url, admin, w);
  await caughtUp();
  expect(await counts(analyst.token, w.allianceId)).toEqual({ list: 1, aggregate: 1, exported: 1 });

  await replica.query("postgres", "SELECT pg_wal_replay_pause()");
  try {
    await createProject(t.url, w.members[0].admin.token, w.allianceId);
    // The write and the list went to the primary; the aggregate and the export to the paused replica.
    expect(await counts(analyst.token, w.allianceId)).toEqual({ list: 2, aggregate: 1, exported: 1 });
  } finally {
    await replica.query("postgres", "SELECT pg_wal_replay_resume()");
  }
  await caughtUp();
  expect(await counts(analyst.token, w.allianceId)).toEqual({ list: 2, aggregate: 2, exported: 2 });
});
