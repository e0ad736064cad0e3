/**
 * Soak: the production server (a process of its own, on a fresh database with the demo data)
 * under mixed work for a bounded time — reads, task writes, CSV exports, and subscribers on one
 * project's `projectActivity` — then checks that nothing failed, nothing was lost, and the server's
 * memory stopped growing.
 *
 *   npm run soak                 1,000 subscriptions, 5 minutes
 *   npm run soak -- --short      200 subscriptions, 60 seconds (what CI runs)
 *
 * Pass criteria (exit 1 otherwise):
 * - 0 errors: every read, write and export answered without errors, every subscription stayed up;
 * - 0 lost events: every subscriber received every event any subscriber received, and at least one
 *   per task written;
 * - memory: at the end of each third of the run the bench has the server collect its garbage
 *   (through the V8 inspector, the server started with --inspect on 127.0.0.1) and reads the heap it
 *   still uses: the live data. It may grow by at most max(2 MiB, 2 %) over the last third (the first
 *   is warm-up: caches, connections, prepared documents). RSS is sampled every second and reported;
 *   it is no verdict in a minute, because V8 and the allocator keep pages they freed.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { createBenchDatabase, mean, rssMiB } from "./harness";

const short = process.argv.includes("--short");
const SUBSCRIBERS = short ? 200 : 1000;
const SECONDS = short ? 60 : 300;
const READERS = 4;
const WRITE_EVERY_MS = 250;
const PASSWORD = "demo-password";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Server {
  child: ChildProcess;
  url: string;
  /** The server's V8 inspector (its own WebSocket on 127.0.0.1). */
  inspector: string;
}

/** Has the server collect its garbage, then answers the heap it still uses, in MiB. */
async function liveHeapMiB(inspector: string): Promise<number> {
  const socket = new WebSocket(inspector);
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  let next = 0;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<{ result?: { value?: unknown } }>((resolve, reject) => {
      const id = ++next;
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString("utf8")) as { id?: number; result?: { result?: { value?: unknown } }; error?: unknown };
        if (message.id !== id) return;
        socket.off("message", onMessage);
        if (message.error) reject(new Error(JSON.stringify(message.error)));
        else resolve(message.result ?? {});
      };
      socket.on("message", onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call("HeapProfiler.collectGarbage");
    const { result } = await call("Runtime.evaluate", { expression: "process.memoryUsage().heapUsed", returnByValue: true });
    return Number(result?.value) / 2 ** 20;
  } finally {
    socket.close();
  }
}

function startServer(databaseUrl: string): Promise<Server> {
  const child = spawn(process.execPath, ["--max-semi-space-size=128", "--inspect=127.0.0.1:0", path.join(__dirname, "../src/main.js")], {
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      JWT_SECRET: "soak-secret-soak-secret-soak-secret-0123",
      DATABASE_URL: databaseUrl,
      DEMO_DATA: "true",
      BOOTSTRAP_ADMIN_EMAIL: "admin@soak.local",
      BOOTSTRAP_ADMIN_PASSWORD: "soak-admin-password",
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
      COST_BUDGET_PER_MINUTE: "1000000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /serving (http:\/\/\S+\/graphql)/.exec(output);
      const inspector = /Debugger listening on (ws:\/\/\S+)/.exec(output);
      if (match && inspector) {
        clearInterval(timer);
        resolve({ child, url: match[1], inspector: inspector[1] });
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`the server exited:\n${output}`));
      }
    }, 100);
  });
}

async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

const login = async (url: string, email: string) =>
  (
    await gql<{ login: { token: string } }>(url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: email,
      p: PASSWORD,
    })
  ).login.token;

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`;
const READ = `{ projects(first: 20) { edges { node { id title tasks(first: 5) { edges { node { id title status } } } } } } }`;
const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { eventId topic } }`;

/** A project the lead organization's admin may add tasks to. */
async function writableProject(url: string, writer: string): Promise<string> {
  const { projects } = await gql<{ projects: { edges: { node: { id: string } }[] } }>(
    url,
    `{ projects(first: 50) { edges { node { id } } } }`,
    {},
    writer,
  );
  for (const { node } of projects.edges) {
    try {
      await gql(url, CREATE_TASK, { input: { projectId: node.id, title: "soak probe" } }, writer);
      return node.id;
    } catch {
      // not this one
    }
  }
  throw new Error("no project the lead's admin may add tasks to");
}

async function main(): Promise<void> {
  const database = await createBenchDatabase(process.env.DATABASE_URL);
  let server: Server | undefined;
  const clients: Client[] = [];
  try {
    server = await startServer(database.url);
    const url = server.url;
    const pid = server.child.pid!;
    const reader = await login(url, "secretariat@lead.demo");
    const writer = await login(url, "admin@lead.demo");
    const projectId = await writableProject(url, writer);

    let errors = 0;
    let firstError: string | undefined;
    const fail = (error: unknown) => {
      errors++;
      firstError ??= error instanceof Error ? error.message : JSON.stringify(error);
    };

    // Subscribers, one connection each, all registered before the load starts.
    const received: Set<string>[] = [];
    for (let first = 0; first < SUBSCRIBERS; first += 100) {
      await Promise.all(
        Array.from({ length: Math.min(100, SUBSCRIBERS - first) }, () => {
          const seen = new Set<string>();
          received.push(seen);
          const client = createClient({
            url: url.replace(/^http/, "ws"),
            webSocketImpl: WebSocket,
            connectionParams: { authorization: `Bearer ${reader}` },
            retryAttempts: 0,
            lazy: true,
          });
          clients.push(client);
          return new Promise<void>((resolve) => {
            client.on("connected", () => setTimeout(resolve, 50));
            client.subscribe<{ projectActivity: { eventId: string } }>(
              { query: ACTIVITY, variables: { p: projectId } },
              {
                next: (result) => {
                  if (result.errors) fail(result.errors);
                  else if (result.data) seen.add(result.data.projectActivity.eventId);
                },
                error: (error) => {
                  fail(error);
                  resolve();
                },
                complete: () => fail(new Error("a subscription ended")),
              },
            );
          });
        }),
      );
    }
    await sleep(1000);

    const counts = { reads: 0, writes: 0, exports: 0 };
    const samples: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    const running = () => Date.now() < deadline;
    const sampler = setInterval(() => void rssMiB(pid).then((mib) => samples.push(mib), fail), 1000);
    const heaps: number[] = [];
    const third = (SECONDS * 1000) / 3;
    const heapTimers = [1, 2].map((k) =>
      setTimeout(() => void liveHeapMiB(server!.inspector).then((mib) => heaps.push(mib), fail), k * third),
    );
    const exportUrl = url.replace(/\/graphql$/, "/export/projects.csv");
    await Promise.all([
      (async () => {
        for (let i = 0; running(); i++) {
          await gql(url, CREATE_TASK, { input: { projectId, title: `soak task ${i}` } }, writer).then(() => counts.writes++, fail);
          await sleep(WRITE_EVERY_MS);
        }
      })(),
      ...Array.from({ length: READERS }, async () => {
        while (running()) await gql(url, READ, {}, reader).then(() => counts.reads++, fail);
      }),
      (async () => {
        while (running()) {
          const response = await fetch(exportUrl, { headers: { authorization: `Bearer ${reader}` } });
          const text = await response.text();
          if (response.status === 200 && text.includes("\r\n")) counts.exports++;
          else fail(new Error(`export answered ${response.status}: ${text.slice(0, 200)}`));
          await sleep(500);
        }
      })(),
    ]);
    clearInterval(sampler);
    heapTimers.forEach(clearTimeout);
    heaps.push(await liveHeapMiB(server.inspector));

    // Let the last events arrive, then compare every subscriber with the union.
    const union = new Set<string>();
    const settle = Date.now() + 15_000;
    let lost = 0;
    for (;;) {
      for (const seen of received) for (const id of seen) union.add(id);
      lost = received.reduce((sum, seen) => sum + (union.size - seen.size), 0);
      if ((lost === 0 && union.size >= counts.writes) || Date.now() > settle) break;
      await sleep(250);
    }
    const thirds = Math.floor(samples.length / 3);
    const middle = mean(samples.slice(thirds, 2 * thirds));
    const last = mean(samples.slice(2 * thirds));
    const [, atTwoThirds, atEnd] = heaps;
    const allowed = Math.max(2, atTwoThirds * 0.02);
    const report = {
      mode: short ? "short" : "full",
      seconds: SECONDS,
      subscribers: SUBSCRIBERS,
      ...counts,
      events: union.size,
      lost,
      errors,
      firstError,
      rssMiB: {
        first: Math.round(samples[0]),
        middleMean: Math.round(middle),
        lastMean: Math.round(last),
        max: Math.round(Math.max(...samples)),
      },
      liveHeapMiB: heaps.map((mib) => Math.round(mib * 10) / 10),
      liveHeapGrowthMiB: Math.round((atEnd - atTwoThirds) * 10) / 10,
      liveHeapAllowedMiB: Math.round(allowed * 10) / 10,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    const passed = errors === 0 && lost === 0 && union.size >= counts.writes && heaps.length === 3 && atEnd - atTwoThirds <= allowed;
    process.stdout.write(passed ? "soak: passed\n" : "soak: FAILED\n");
    process.exitCode = passed ? 0 : 1;
  } finally {
    await Promise.all(clients.map((c) => Promise.resolve(c.dispose())));
    if (server) {
      server.child.kill("SIGTERM");
      await new Promise((resolve) => server!.child.once("exit", resolve));
    }
    await database.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
