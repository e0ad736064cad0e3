/**
 * Faults the server must survive: the database going away and coming back, an exhausted pool,
 * and a shutdown under load.
 */
import http from "node:http";
import { spawn } from "node:child_process";
import path from "node:path";
import { Client as PgClient } from "pg";
import { startTestApp, testDatabaseUrl, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";
import { adminToken } from "../support/factories";
import { createPgCluster, type PgCluster } from "../support/pg-cluster";
import { agreedPlan, countRevenue, projectWorld, recordRevenue } from "../support/funds-factories";
import { bareConnection } from "../support/ws-client";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, deadlineMs: number, attempt: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${deadlineMs} ms`);
    await sleep(100);
  }
}

describe("database restart under load", () => {
  let cluster: PgCluster;
  let t: TestApp;

  beforeAll(async () => {
    cluster = await createPgCluster(57320 + Math.floor(Math.random() * 100));
    t = await startTestApp({ DATABASE_URL: await cluster.start() });
  });
  afterAll(async () => {
    await t.stop();
    await cluster.destroy();
  });

  it("fails fast while the database is down, stays up, and recovers within 5 s of its return", async () => {
    const token = await adminToken(t.url);
    const base = t.url.replace(/\/graphql$/, "");
    const query = () => gql(t.url, `{ organizations(first: 1) { totalCount } }`, {}, token);
    ok(await query());

    let running = true;
    const load = (async () => {
      let requests = 0;
      while (running) {
        await query().catch(() => undefined);
        requests++;
      }
      return requests;
    })();

    try {
      await cluster.stop();
      const started = Date.now();
      const down = await query();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(down.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(down.errors?.[0]?.message).toBe("The database is unavailable; retry shortly");
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(503);

      await cluster.start();
      const back = Date.now();
      await until("a successful query", 5000, async () => ((await query()).data?.organizations ? true : undefined));
      expect(Date.now() - back).toBeLessThan(5000);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      running = false;
    }
    expect(await load).toBeGreaterThan(0);
  });
});

describe("pool exhaustion", () => {
  it("fails new requests within the connect timeout while every connection is held, and /healthz answers", async () => {
    const t = await startTestApp({ DB_POOL_SIZE: "2", STATEMENT_TIMEOUT_MS: "20000" });
    const locker = new PgClient({ connectionString: testDatabaseUrl() });
    await locker.connect();
    try {
      const token = await adminToken(t.url);
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE organization IN ACCESS EXCLUSIVE MODE");
      const blocked = [1, 2].map(() => gql(t.url, `{ organizations(first: 1) { totalCount } }`, {}, token));
      await sleep(300);
      const started = Date.now();
      // A read that needs a connection but not the locked table (the viewer's own row needs neither:
      // the process keeps it, src/auth/standing-cache.ts).
      const starved = await gql(t.url, `{ alliances(first: 1) { totalCount } }`, {}, token);
      const waited = Date.now() - started;
      expect(starved.errors?.[0]?.extensions?.code).toBe("TIMEOUT");
      expect(waited).toBeLessThan(4000);
      expect((await fetch(t.url.replace(/\/graphql$/, "/healthz"))).status).toBe(200);
      await locker.query("ROLLBACK");
      for (const response of await Promise.all(blocked)) expect(ok(response).organizations.totalCount).toBeGreaterThanOrEqual(0);
    } finally {
      await locker.end();
      await t.stop();
    }
  });
});

describe("statement timeout", () => {
  it("cancels a statement past STATEMENT_TIMEOUT_MS and answers TIMEOUT", async () => {
    const t = await startTestApp({ STATEMENT_TIMEOUT_MS: "300" });
    const locker = new PgClient({ connectionString: testDatabaseUrl() });
    await locker.connect();
    try {
      const token = await adminToken(t.url);
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE organization IN ACCESS EXCLUSIVE MODE");
      const response = await gql(t.url, `{ organizations(first: 1) { totalCount } }`, {}, token);
      expect(response.errors?.[0]?.extensions?.code).toBe("TIMEOUT");
      expect(response.errors?.[0]?.message).not.toMatch(/select|organization|statement/i);
      await locker.query("ROLLBACK");
      expect(ok(await gql(t.url, `{ organizations(first: 1) { totalCount } }`, {}, token)).organizations.totalCount).toEqual(
        expect.any(Number),
      );
    } finally {
      await locker.end();
      await t.stop();
    }
  });
});

describe("SIGTERM under load", () => {
  function post(port: number, body: string, token: string): Promise<{ status: number } | { error: string }> {
    return new Promise((resolve) => {
      const request = http.request(
        {
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          agent: false,
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        },
        (response) => {
          response.resume();
          response.on("end", () => resolve({ status: response.statusCode ?? 0 }));
        },
      );
      request.on("error", (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
      request.end(body);
    });
  }

  it("finishes the requests in flight, refuses new ones, closes WebSockets with 1001 and exits 0", async () => {
    const child = spawn(process.execPath, [path.join(__dirname, "../../dist/src/main.js")], {
      env: { PATH: process.env.PATH ?? "", DATABASE_URL: testDatabaseUrl(), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exit = new Promise<number | null>((resolve) => child.on("exit", resolve));
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    const url = await until("the banner", 30_000, async () => /serving (http:\/\/\S+\/graphql)/.exec(output)?.[1]);
    const port = Number(new URL(url).port);
    const token = await adminToken(url);

    const { socket } = await bareConnection(url, token);
    const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));

    // Hold the organization table so that eight requests are in flight when SIGTERM arrives.
    const locker = new PgClient({ connectionString: testDatabaseUrl() });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE organization IN ACCESS EXCLUSIVE MODE");
    const body = JSON.stringify({ query: `{ organizations(first: 20) { totalCount edges { node { id name } } } }` });
    const inFlight = Array.from({ length: 8 }, () => post(port, body, token));
    await until("eight waiting statements", 10_000, async () => {
      // Statistics views are a per-transaction snapshot: refresh it inside the locking transaction.
      await locker.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await locker.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%organization%'`,
      );
      return rows[0].n >= 8 ? true : undefined;
    });
    child.kill("SIGTERM");
    expect(await closed).toBe(1001);
    await sleep(300);
    const late = await post(port, body, token);
    await locker.query("ROLLBACK");
    await locker.end();

    expect(await Promise.all(inFlight)).toEqual(Array.from({ length: 8 }, () => ({ status: 200 })));
    expect(late).toEqual({ error: "ECONNREFUSED" });
    expect(await exit).toBe(0);
  });
});

describe("kill -9 in the middle of recordRevenue", () => {
  it("leaves nothing behind; the same request with the same key then records exactly one event", async () => {
    const spawnServer = async () => {
      const child = spawn(process.execPath, [path.join(__dirname, "../../dist/src/main.js")], {
        env: { PATH: process.env.PATH ?? "", DATABASE_URL: testDatabaseUrl(), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "error" },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let output = "";
      child.stdout.on("data", (chunk) => (output += chunk));
      const exit = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      const url = await until("the banner", 30_000, async () => /serving (http:\/\/\S+\/graphql)/.exec(output)?.[1]);
      return { child, url, exit };
    };
    const first = await spawnServer();
    const admin = await adminToken(first.url);
    const world = await projectWorld(first.url, admin, 2);
    const [a, b] = world.members;
    await agreedPlan(first.url, world.secretariat.token, { projectId: world.projectId }, [
      [a, 6000],
      [b, 4000],
    ]);
    const input = {
      projectId: world.projectId,
      kind: "LICENSE_ROYALTY",
      amount: "1000000.01",
      currency: "CNY",
      receivedOn: "2026-06-30",
      idempotencyKey: `crash-${Date.now()}`,
    };

    // Hold the distribution table: the mutation writes its event, then waits to write the lines.
    const locker = new PgClient({ connectionString: testDatabaseUrl() });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE distribution IN ACCESS EXCLUSIVE MODE");
    const pending = recordRevenue(first.url, world.secretariat.token, input).catch(() => undefined);
    await until("the mutation waiting on the lines", 10_000, async () => {
      await locker.query("SELECT pg_stat_clear_snapshot()");
      const { rows } = await locker.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE '%distribution%'`,
      );
      return rows[0].n >= 1 ? true : undefined;
    });
    first.child.kill("SIGKILL");
    await first.exit;
    await pending;
    await locker.query("ROLLBACK");
    await locker.end();

    const second = await spawnServer();
    try {
      expect(await countRevenue(second.url, world.secretariat.token, { projectId: world.projectId })).toEqual({ events: 0, lines: 0 });
      const retried = ok(await recordRevenue(second.url, world.secretariat.token, input)).recordRevenue;
      const again = ok(await recordRevenue(second.url, world.secretariat.token, input)).recordRevenue;
      expect(again).toEqual(retried);
      expect(retried.amount).toBe("1000000.01");
      expect(Object.fromEntries(retried.distributions.map((l: any) => [l.organization.id, l.amount]))).toEqual({
        [a.id]: "600000.01",
        [b.id]: "400000.00",
      });
      expect(await countRevenue(second.url, world.secretariat.token, { projectId: world.projectId })).toEqual({ events: 1, lines: 2 });
    } finally {
      second.child.kill("SIGTERM");
      await second.exit;
    }
  });
});
