/**
 * `npm run bench` (full, writes BENCHMARKS.md) and `npm run bench -- --quick` (CI: small data,
 * short rounds, report in dist/bench/BENCHMARKS.quick.md). Exits non-zero on request errors,
 * lost or duplicate events, or SQL statement counts above the expected ones; never on timings.
 */
import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "pg";
import { loadConfig } from "../src/config";
import { startApp } from "../src/app";
import { logger } from "../src/logger";
import { issueToken } from "../src/auth/tokens";
import { toGlobalId } from "../src/graphql/global-id";
import type { CountingLogger } from "../src/db/query-counter";
import { ALLIANCE, ANALYST, FULL, MEMBER, QUICK, generate, key, secretariat } from "./generate";
import { createBenchDatabase, machine, startChild, stopLoadWorker } from "./harness";
import { s1, s2, s3, s4, type ReadScenario } from "./scenarios";
import { runRead, type Plan, type ReadResult } from "./reads";
import { runLive, type LiveResult } from "./live";
import { runWrites } from "./writes";
import { renderReport, type Check } from "./report";
import type { BaselineOptions } from "./baseline";
import { preparePostGraphile, type PostGraphileOptions } from "./postgraphile";
import type { LiveBaselineOptions } from "./live-baseline";

/** SQL statements one request may send (authentication and the viewer's standing included). */
export const EXPECTED_STATEMENTS: Record<string, number> = { S1: 1, S2: 4, S3: 3, S4: 3 };

/**
 * How many sockets one process may hold: its open-file limit (`npm run bench` raises the soft limit
 * to the hard one) less room for the pool, the listener and the process's own files. The app holds
 * one socket per S5 client, and so does the clients' process.
 */
async function socketRoom(): Promise<number> {
  const limits = await readFile("/proc/self/limits", "utf8").catch(() => "");
  const soft = Number(/^Max open files\s+(\d+)/m.exec(limits)?.[1]);
  return Number.isFinite(soft) ? soft - 200 : 20_000;
}

async function main(): Promise<number> {
  const quick = process.argv.includes("--quick");
  // `--only=S2,S3` runs just those scenarios (profiling, before/after), reported in dist/bench/BENCHMARKS.only.md.
  const only = process.argv
    .find((a) => a.startsWith("--only="))
    ?.slice(7)
    .split(",");
  const runs = (name: string) => !only || only.includes(name);
  const sizes = quick ? QUICK : FULL;
  const plan: Plan = quick
    ? { warmupSeconds: 0.5, roundSeconds: 1.5, rounds: 1, connections: 10 }
    : { warmupSeconds: 3, roundSeconds: 5, rounds: 3, connections: 10 };
  const started = Date.now();
  logger.setLevel("error");
  const db = await createBenchDatabase(process.env.DATABASE_URL);
  // Configured as deployed: production mode (and `npm run bench` sets NODE_ENV=production for the
  // process, which also turns off graphql-js's development-only checks).
  const config = loadConfig({
    NODE_ENV: "production",
    JWT_SECRET: randomBytes(32).toString("base64"),
    DATABASE_URL: db.url,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "error",
    // Load from one organization would spend its per-minute cost budget in seconds.
    COST_BUDGET_PER_MINUTE: "1000000000",
    MAX_COST: "100000",
    MAX_WS_OPERATIONS: "10000",
  });
  const app = await startApp(config);
  let baseline: Awaited<ReturnType<typeof startChild>>["child"] | undefined;
  let liveBaseline: Awaited<ReturnType<typeof startChild>>["child"] | undefined;
  let pgl: Awaited<ReturnType<typeof startChild>>["child"] | undefined;
  try {
    const counter = app.deps.db.logger as CountingLogger;
    const statements = () => counter.statements;
    const appUrl = app.server.url.replace("localhost", "127.0.0.1");
    const loader = new Client({ connectionString: db.url });
    await loader.connect();
    const genStart = Date.now();
    const counts = await generate(loader, sizes);
    await loader.end();
    const generateSeconds = (Date.now() - genStart) / 1000;
    const machineInfo = await machine(db.url);
    process.stdout.write(`data loaded in ${generateSeconds.toFixed(1)} s: ${JSON.stringify(counts)}\n`);

    const tokens = { member: issueToken(config, MEMBER), analyst: issueToken(config, ANALYST) };
    const writerToken = issueToken(config, secretariat(sizes));
    const org0 = key("organization", 0);
    const n = 10;
    const wide: [number, number] = quick ? [100, 10] : [50, 100];
    const scenarios: ReadScenario[] = [s1(), s2(n), s3(...wide), s4(org0, toGlobalId("Organization", org0))];
    const baselineOptions: BaselineOptions = {
      databaseUrl: db.url,
      jwtSecret: config.jwtSecret,
      poolSize: config.poolSize,
      s2: n,
      s3: wide,
      s4: [org0, toGlobalId("Organization", org0)],
    };
    const started0 = await startChild<{ port: number }>("baseline", JSON.stringify(baselineOptions));
    baseline = started0.child;
    const baselineUrl = `http://127.0.0.1:${started0.ready.port}`;
    await preparePostGraphile(db.url);
    const pglOptions: PostGraphileOptions = { databaseUrl: db.url, jwtSecret: config.jwtSecret };
    const startedPgl = await startChild<{ port: number }>("postgraphile", JSON.stringify(pglOptions));
    pgl = startedPgl.child;
    const pglUrl = `http://127.0.0.1:${startedPgl.ready.port}/graphql`;

    // Statement counts, one request at a time (the fewest of three: DataLoader batches by tick).
    const checks: Check[] = [];
    type Answer = { data?: unknown; errors?: unknown[] };
    const single = async (s: ReadScenario): Promise<{ statements: number; body: Answer }> => {
      const seen: number[] = [];
      let body: Answer = {};
      for (let i = 0; i < 3; i++) {
        const before = statements();
        const response = await fetch(appUrl, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${s.viewer === "member" ? tokens.member : tokens.analyst}`,
          },
          body: JSON.stringify({ query: s.query, variables: s.variables }),
        });
        body = (await response.json()) as Answer;
        seen.push(statements() - before);
      }
      return { statements: Math.min(...seen), body };
    };
    const single2 = await single(s2(2));
    /** Every scalar in an answer, sorted: the same values whatever the field names and nesting. */
    const leaves = (value: unknown): string[] =>
      value !== null && typeof value === "object" ? Object.values(value).flatMap(leaves).sort() : [String(value)];
    for (const s of scenarios) {
      const { statements: count, body } = await single(s);
      checks.push({
        what: `${s.name} answers without errors`,
        ok: !body.errors && !!body.data,
        detail: body.errors ? JSON.stringify(body.errors).slice(0, 300) : "data",
      });
      checks.push({
        what: `${s.name} SQL statements per request ≤ ${EXPECTED_STATEMENTS[s.name]}`,
        ok: count <= EXPECTED_STATEMENTS[s.name],
        detail: String(count),
      });
      const peer = (await (
        await fetch(pglUrl, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${s.viewer === "member" ? tokens.member : tokens.analyst}`,
          },
          body: JSON.stringify(s.pgl),
        })
      ).json()) as Answer;
      const [ours, theirs] = [leaves(body.data), leaves(peer.data)];
      checks.push({
        what: `${s.name}: PGL answers the same values`,
        ok: !peer.errors && JSON.stringify(ours) === JSON.stringify(theirs),
        detail: peer.errors ? JSON.stringify(peer.errors).slice(0, 300) : `${ours.length} vs ${theirs.length} values`,
      });
      if (s.name === "S2") {
        checks.push({
          what: "S2 statements independent of rows (2×2×2 vs 10×10×10)",
          ok: count === single2.statements,
          detail: `${single2.statements} vs ${count}`,
        });
        const b0 = (await (await fetch(`${baselineUrl}/b0/S2`, { headers: { authorization: `Bearer ${tokens.member}` } })).json()) as {
          data: unknown;
        };
        const [a, b] = [JSON.stringify(body.data), JSON.stringify(b0.data)];
        let at = 0;
        while (at < a.length && a[at] === b[at]) at++;
        checks.push({
          what: "S2: the app and B0 answer the same data",
          ok: a === b,
          detail: a === b ? `${a.length} bytes` : `differ at ${at}: app …${a.slice(at - 60, at + 60)}… B0 …${b.slice(at - 60, at + 60)}…`,
        });
      }
    }

    const reads: ReadResult[] = [];
    for (const s of scenarios.filter((x) => runs(x.name))) {
      process.stdout.write(`${s.name}…\n`);
      reads.push(await runRead(s, { appUrl, baselineUrl, baseline, pglUrl, pgl, tokens, statements }, plan));
      const last = reads[reads.length - 1];
      for (const [target, r] of [
        ["app", last.app],
        ["B0", last.b0],
        ["B0s", last.b0s],
        ["PGL", last.pgl],
      ] as const) {
        checks.push({ what: `${s.name} ${target}: no request errors under load`, ok: r.errors === 0, detail: r.firstError ?? "0" });
      }
    }

    // S5 on project 0, S6 app on projects 1–10 and raw on 11–20: each changes only its own tasks.
    const O = sizes.organizations;
    const T = sizes.tasksPerProject;
    const taskPool = (projects: number[]) =>
      projects.flatMap((p) =>
        Array.from({ length: T }, (_, k) => k)
          .filter((k) => k % sizes.participants >= 2)
          .map((k) => ({
            task: key("task", p * T + k),
            orgs: [key("organization", p % O), key("organization", (p + 1) % O)] as [string, string],
            users: [key("user", p % O), key("user", (p + 1) % O)] as [string, string],
          })),
      );
    const asGraphql = (pool: ReturnType<typeof taskPool>) =>
      pool.map((a) => ({
        taskId: toGlobalId("Task", a.task),
        organizationIds: a.orgs.map((o) => toGlobalId("Organization", o)) as [string, string],
        userIds: a.users.map((u) => toGlobalId("User", u)) as [string, string],
      }));
    // S5: every task of project 0 once, to one of the two participants it is not assigned to.
    const livePool = () =>
      Array.from({ length: T }, (_, k) => {
        const j = k % sizes.participants;
        const others = [(j + 1) % sizes.participants, (j + 2) % sizes.participants].map((i) => i % O);
        return {
          task: key("task", k),
          orgs: others.map((o) => key("organization", o)) as [string, string],
          users: others.map((o) => key("user", o)) as [string, string],
        };
      });
    const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

    const live: LiveResult[] = [];
    // `--s5=1000` runs S5 with just those client counts (profiling).
    const s5Clients = process.argv
      .find((a) => a.startsWith("--s5="))
      ?.slice(5)
      .split(",")
      .map(Number);
    const liveRuns = quick
      ? [{ clients: 100, rate: 3, seconds: 3 }]
      : (s5Clients ?? [1000, 5000, Math.min(20_000, await socketRoom())]).map((clients) => ({ clients, rate: 2, seconds: 10 }));
    // Every user of the alliance subscribes (the project is visible alliance-wide), the clients
    // spread evenly over them: as many audiences as users, each with many connections.
    const subscriberTokens = Array.from({ length: sizes.organizations * sizes.usersPerOrganization }, (_, g) =>
      issueToken(config, key("user", g)),
    );
    let liveStart = 0;
    let liveBaselinePort = 0;
    if (runs("S5")) {
      const options: LiveBaselineOptions = { databaseUrl: db.url, jwtSecret: config.jwtSecret, projectKey: key("project", 0) };
      const started1 = await startChild<{ port: number }>("live-baseline", JSON.stringify(options));
      liveBaseline = started1.child;
      liveBaselinePort = started1.ready.port;
    }
    const targets = {
      app: { subscriptionsUrl: appUrl.replace(/^http/, "ws"), subscribed: async () => app.events.subscriberCount, pid: process.pid },
      B0: {
        subscriptionsUrl: `ws://127.0.0.1:${liveBaselinePort}/graphql`,
        subscribed: async () => Number(await (await fetch(`http://127.0.0.1:${liveBaselinePort}/subscribers`)).text()),
        pid: liveBaseline?.pid ?? 0,
      },
    };
    for (const run of runs("S5") ? liveRuns : []) {
      for (const target of ["app", "B0"] as const) {
        process.stdout.write(`S5 ${target} ${run.clients} clients…\n`);
        const result = await runLive(appUrl, {
          ...run,
          target,
          ...targets[target],
          token: writerToken,
          subscriberTokens,
          databaseUrl: db.url,
          projectId: toGlobalId("Project", key("project", 0)),
          assignments: asGraphql(livePool()),
          start: liveStart,
        });
        liveStart += result.events;
        live.push(result);
        checks.push({
          what: `S5 ${target} ${run.clients} clients: all connected`,
          ok: result.connected === run.clients,
          detail: String(result.connected),
        });
        checks.push({
          what: `S5 ${target} ${run.clients} clients: 0 lost, 0 duplicate, 0 errors`,
          ok: result.lost === 0 && result.duplicates === 0 && result.errors === 0,
          detail: `${result.lost} lost, ${result.duplicates} duplicate, ${result.errors} errors ${result.firstError ?? ""}`,
        });
      }
    }

    process.stdout.write("S6…\n");
    const writes = await runWrites({
      url: appUrl,
      token: writerToken,
      databaseUrl: db.url,
      actorId: secretariat(sizes),
      seconds: quick ? 1.5 : 5,
      writers: runs("S6") ? [2, 8, 32] : [],
      appAssignments: asGraphql(taskPool(range(1, 10))),
      rawAssignments: taskPool(range(11, 10)).map((a) => ({ taskKey: a.task, organizationKeys: a.orgs, userKeys: a.users })),
      statements,
    });
    for (const w of writes) {
      checks.push({
        what: `S6 ${w.writers} writers: no errors`,
        ok: w.app.errors === 0 && w.raw.errors === 0 && w.rawWithoutOutbox.errors === 0,
        detail: w.app.firstError ?? `${w.app.errors}/${w.raw.errors}/${w.rawWithoutOutbox.errors}`,
      });
    }

    const report = renderReport({
      quick,
      machine: machineInfo,
      sizes,
      counts,
      generateSeconds,
      plan,
      reads,
      live,
      writes,
      checks,
      seconds: (Date.now() - started) / 1000,
      alliance: ALLIANCE,
    });
    const file = only
      ? path.join(__dirname, "BENCHMARKS.only.md")
      : quick
        ? path.join(__dirname, "BENCHMARKS.quick.md")
        : path.resolve(__dirname, "../../BENCHMARKS.md");
    await writeFile(file, report);
    const failed = checks.filter((c) => !c.ok);
    for (const c of checks) process.stdout.write(`${c.ok ? "ok  " : "FAIL"} ${c.what}: ${c.detail}\n`);
    process.stdout.write(`report written to ${file} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    return failed.length === 0 ? 0 : 1;
  } finally {
    for (const child of [baseline, liveBaseline, pgl]) {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      }
    }
    stopLoadWorker();
    await app.stop();
    await db.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
