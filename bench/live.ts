/**
 * S5: `clients` graphql-ws subscribers in a separate process on one project's `taskUpdated`,
 * while this process issues `assignTask` at a steady rate over HTTP. Latency is measured from
 * the mutation (sent: an upper bound of commit → receipt; answered: a lower bound, as the answer
 * leaves after the commit) to each subscriber's receipt; every subscriber must receive every
 * assignment exactly once.
 */
import { fork } from "node:child_process";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Client } from "pg";
import { fromGlobalId } from "../src/graphql/global-id";
import { percentile, rssMiB } from "./harness";
import type { LiveReport } from "./live-clients";

export interface LiveResult {
  /** The app, or B0 (bench/live-baseline.ts). */
  target: "app" | "B0";
  clients: number;
  /** Distinct subscribing users (audiences). */
  viewers: number;
  connected: number;
  rate: number;
  events: number;
  expectedDeliveries: number;
  delivered: number;
  lost: number;
  duplicates: number;
  errors: number;
  firstError?: string;
  /** commit → receipt, bounded: from the mutation's answer (lower) and from its sending (upper). */
  lower: { p50: number; p95: number; p99: number };
  upper: { p50: number; p95: number; p99: number };
  rssPerConnectionKiB: number;
  connectSeconds: number;
  /** From the last mutation's answer to the last receipt (or giving up). */
  drainSeconds: number;
}

const ASSIGN = `mutation A($input: AssignTaskInput!) { assignTask(input: $input) { id version } }`;
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LiveOptions {
  target: "app" | "B0";
  /** Where the clients subscribe (ws://…/graphql), how many subscriptions it holds, its process. */
  subscriptionsUrl: string;
  subscribed: () => Promise<number>;
  pid: number;
  clients: number;
  rate: number;
  seconds: number;
  /** The writer (secretariat), and the subscribers: client i uses token i mod their number. */
  token: string;
  subscriberTokens: string[];
  databaseUrl: string;
  projectId: string;
  /** The first assignment to use (the previous run's end). */
  start: number;
  assignments: { taskId: string; organizationIds: [string, string]; userIds: [string, string] }[];
}

/** S5 against one target; `url` is the app's, where the mutations go in both cases. */
export async function runLive(url: string, o: LiveOptions): Promise<LiveResult> {
  const baseSubscribers = await o.subscribed();
  const rssBefore = await rssMiB(o.pid);
  const child = fork(path.join(__dirname, "live-clients.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const replies: ((message: unknown) => void)[] = [];
  child.on("message", (message) => replies.shift()?.(message));
  const ask = <T>(message: object): Promise<T> =>
    new Promise((resolve) => {
      replies.push(resolve as (message: unknown) => void);
      if (Object.keys(message).length > 0) child.send(message);
    });

  const connectStart = Date.now();
  const ready = await ask<{ connected: number; failed: number }>({
    kind: "start",
    options: { url: o.subscriptionsUrl, tokens: o.subscriberTokens, projectId: o.projectId, clients: o.clients },
  });
  for (let waited = 0; (await o.subscribed()) < baseSubscribers + ready.connected && waited < 180_000; waited += 50) await sleep(50);
  const connectSeconds = (Date.now() - connectStart) / 1000;
  const subscribed = (await o.subscribed()) - baseSubscribers;
  const rssPerConnectionKiB = subscribed > 0 ? (((await rssMiB(o.pid)) - rssBefore) * 1024) / subscribed : NaN;

  const db = new Client({ connectionString: o.databaseUrl });
  await db.connect();
  const {
    rows: [{ max: firstEventId }],
  } = await db.query<{ max: string }>("SELECT coalesce(max(id), 0)::text AS max FROM event");
  const sent: { send: number; answer: number; task: string; version: number }[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const total = Math.round(o.rate * o.seconds);
  const start = now();
  const work: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / o.rate;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    const a = o.assignments[(o.start + i) % o.assignments.length];
    const side = Math.floor((o.start + i) / o.assignments.length) % 2;
    const send = now();
    work.push(
      fetch(`${url}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${o.token}` },
        body: JSON.stringify({
          query: ASSIGN,
          variables: { input: { taskId: a.taskId, assigneeOrganizationId: a.organizationIds[side], assigneeId: a.userIds[side] } },
        }),
      })
        .then((r) => r.json() as Promise<{ data?: { assignTask: { id: string; version: number } }; errors?: unknown }>)
        .then((body) => {
          const answer = now();
          if (!body.data) {
            errors++;
            firstError ??= JSON.stringify(body.errors).slice(0, 300);
            return;
          }
          sent.push({ send, answer, task: fromGlobalId(body.data.assignTask.id)!.key, version: body.data.assignTask.version });
        }),
    );
  }
  await Promise.all(work);
  // Each committed assignment wrote one event; per task, event ids follow the versions.
  const { rows: events } = await db.query<{ id: string; entity_id: string }>(
    `SELECT id::text AS id, entity_id FROM event WHERE id > $1 AND topic = 'task.assigned' AND project_id = $2 ORDER BY event.id`,
    [firstEventId, fromGlobalId(o.projectId)!.key],
  );
  await db.end();
  const keyed: { send: number; answer: number; key: string }[] = [];
  const byTask = new Map<string, typeof sent>();
  for (const s of sent) byTask.set(s.task, [...(byTask.get(s.task) ?? []), s]);
  for (const list of byTask.values()) list.sort((a, b) => a.version - b.version);
  for (const e of events) {
    const s = byTask.get(e.entity_id)?.shift();
    if (s) keyed.push({ send: s.send, answer: s.answer, key: e.id });
  }
  if (keyed.length !== sent.length) {
    errors++;
    firstError ??= `${sent.length} assignments answered but ${events.length} events written`;
  }
  const expectedDeliveries = sent.length * ready.connected;
  // Wait for the deliveries while they keep coming (a slow delivery is late, not lost); what has
  // not arrived after 5 s without progress, or 3 minutes in all, is lost.
  const waitStart = Date.now();
  let lastProgress = Date.now();
  let lastCount = -1;
  for (;;) {
    const { receipts } = await ask<{ receipts: number }>({ kind: "count" });
    if (receipts >= expectedDeliveries) break;
    if (receipts > lastCount) {
      lastCount = receipts;
      lastProgress = Date.now();
    }
    if (Date.now() - lastProgress > 5_000 || Date.now() - waitStart > 180_000) break;
    await sleep(250);
  }
  const drainSeconds = (Date.now() - waitStart) / 1000;
  const report = await ask<LiveReport>({ kind: "report" });
  await new Promise((resolve) => child.once("exit", resolve));

  const lower: number[] = [];
  const upper: number[] = [];
  let delivered = 0;
  for (const s of keyed) {
    for (const at of report.receipts[s.key] ?? []) {
      delivered++;
      lower.push(at - s.answer);
      upper.push(at - s.send);
    }
  }
  lower.sort((a, b) => a - b);
  upper.sort((a, b) => a - b);
  const p = (v: number[]) => ({ p50: percentile(v, 50), p95: percentile(v, 95), p99: percentile(v, 99) });
  return {
    target: o.target,
    clients: o.clients,
    viewers: Math.min(o.clients, o.subscriberTokens.length),
    connected: ready.connected,
    rate: o.rate,
    events: sent.length,
    expectedDeliveries,
    delivered,
    lost: expectedDeliveries - delivered + ready.failed * sent.length,
    duplicates: report.duplicates,
    errors: errors + report.errors,
    firstError: firstError ?? report.firstError,
    lower: p(lower),
    upper: p(upper),
    rssPerConnectionKiB,
    connectSeconds,
    drainSeconds,
  };
}
