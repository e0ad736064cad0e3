import { readFileSync } from "node:fs";
import path from "node:path";
import { serverAudits } from "graphql-http";
import { startTestApp, type TestApp } from "../support/app";
import { adminToken } from "../support/factories";
import { printSchemaSdl } from "../../src/schema-sdl";
import { pendingSchemaChanges } from "../../src/db/schema-drift";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe("developer checks", () => {
  it("has a checked-in schema.graphql that matches the code (run `npm run schema:print`)", async () => {
    const checkedIn = readFileSync(path.join(__dirname, "../../schema.graphql"), "utf8");
    expect(await printSchemaSdl()).toBe(checkedIn);
  });

  it("has migrations that agree with the entities (run `npm run db:generate -- <name>`)", async () => {
    const { up } = await pendingSchemaChanges(t.app.deps.db);
    expect(up).toEqual([]);
  });
});

describe("health", () => {
  it("answers /healthz and /readyz with 200 while the database answers", async () => {
    const base = t.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });
});

describe("GraphQL over HTTP conformance (graphql-http audits)", () => {
  const audits = serverAudits({ url: () => t.url, fetchFn: fetch });
  const must = audits.filter((audit) => audit.name.startsWith("MUST"));

  it("runs the specification's MUST audits", () => {
    expect(must.length).toBeGreaterThan(10);
  });

  it.each(must.map((audit) => [audit.name, audit] as const))("%s", async (_name, audit) => {
    const result = await audit.fn();
    expect({ status: result.status, reason: "reason" in result ? result.reason : undefined }).toEqual({
      status: "ok",
      reason: undefined,
    });
  });
});

describe("observability", () => {
  it("echoes a client's x-request-id, or makes one, on every response", async () => {
    const given = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "trace-abc.123" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(given.headers.get("x-request-id")).toBe("trace-abc.123");
    const made = await fetch(t.url.replace(/\/graphql$/, "/healthz"));
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves Prometheus metrics: operations by name, errors by code, pool and subscriptions", async () => {
    const post = (query: string, authorization?: string) =>
      fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query }),
      });
    await post("query MetricsProbe { me { id } }", `Bearer ${await adminToken(t.url)}`);
    // Unauthenticated or refused requests never mint a label: their names would be series kept forever.
    await post("query AnonymousProbe { me { id } }");
    await post("query InvalidProbe { me { nickname } }", `Bearer ${await adminToken(t.url)}`);
    await post("query ForgedProbe { me { id } }", "Bearer forged");
    const response = await fetch(t.url.replace(/\/graphql$/, "/metrics"));
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/alliance_hub_graphql_operations_total\{operation="MetricsProbe",type="query",outcome="ok"\} \d+/);
    expect(text).toMatch(/alliance_hub_graphql_operations_total\{operation="other",type="query",outcome="error"\} \d+/);
    expect(text).not.toMatch(/AnonymousProbe|InvalidProbe|ForgedProbe/);
    expect(text).toMatch(/alliance_hub_graphql_errors_total\{code="UNAUTHENTICATED"\} \d+/);
    expect(text).toContain("alliance_hub_graphql_operation_seconds_bucket");
    expect(text).toContain("alliance_hub_active_subscriptions");
    expect(text).toMatch(/alliance_hub_outbox_lag_events \d+/);
    expect(text).toMatch(/alliance_hub_db_pool_connections\{state="total"\} [1-9]/);
  });
});

describe("metrics access", () => {
  const scrape = (app: TestApp, authorization?: string) =>
    fetch(app.url.replace(/\/graphql$/, "/metrics"), { headers: authorization ? { authorization } : {} });

  it("requires METRICS_TOKEN as a bearer token when it is set", async () => {
    const guarded = await startTestApp({ METRICS_TOKEN: "m".repeat(32) });
    try {
      expect((await scrape(guarded)).status).toBe(401);
      expect((await scrape(guarded, `Bearer ${"x".repeat(32)}`)).status).toBe(401);
      const allowed = await scrape(guarded, `Bearer ${"m".repeat(32)}`);
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain("alliance_hub_graphql_operations_total");
    } finally {
      await guarded.stop();
    }
  });

  it("serves no metrics in production without METRICS_TOKEN", async () => {
    const prod = await startTestApp({ NODE_ENV: "production", JWT_SECRET: "p".repeat(40) });
    try {
      expect((await scrape(prod)).status).toBe(404);
    } finally {
      await prod.stop();
    }
  });
});
