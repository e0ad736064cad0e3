import WebSocket from "ws";
import { createClient, type Client } from "graphql-ws";
import { startTestApp, type TestApp } from "../support/app";
import { gql, ok, failure } from "../support/client";
import { adminToken, createOrgWithAdmin } from "../support/factories";

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp({ MAX_DEPTH: "10", MAX_ALIASES: "15", MAX_TOKENS: "1000", MAX_COST: "5000" });
  admin = await adminToken(t.url);
});
afterAll(() => t.stop());

/** Runs one operation over graphql-ws and returns its errors (or data). */
async function overWebSocket(url: string, token: string, query: string): Promise<{ data?: unknown; errors?: any[] }> {
  const client: Client = createClient({
    url: url.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  try {
    return await new Promise((resolve) => {
      let result: { data?: unknown; errors?: any[] } = {};
      client.subscribe(
        { query },
        {
          next: (value) => (result = value as typeof result),
          error: (errors) => resolve({ errors: Array.isArray(errors) ? errors : [errors] }),
          complete: () => resolve(result),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

// me { organization { memberships { edges { node { organization { ... } } } } } } grows depth quickly
const deep = `{ me { organization { memberships { edges { node { alliance { members { edges { node { organization { users { edges { node { id } } } } } } } } } } } } } }`;

describe("limits over HTTP and WebSocket alike", () => {
  const cases: [string, string, string][] = [
    ["depth", deep, "depth"],
    [
      "depth hidden in fragments",
      `query { me { ...A } } fragment A on User { organization { ...B } } fragment B on Organization { memberships { edges { node { ...C } } } }
       fragment C on Membership { alliance { members { edges { node { organization { users { edges { node { organization { id } } } } } } } } } }`,
      "depth",
    ],
    [
      "depth behind a fragment named __schema",
      `query { me { ...__schema } } fragment __schema on User { organization { memberships { edges { node { alliance { members { edges { node { organization { users { edges { node { id } } } } } } } } } } } } }`,
      "depth",
    ],
    ["aliases", `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(" ")} }`, "aliases"],
    ["directives", `{ me { ${"id @include(if: true) ".repeat(51)} } }`, "directives"],
    ["cost", `{ organizations(first: 100) { edges { node { users(first: 100) { edges { node { id } } } } } } }`, "cost"],
  ];

  it.each(cases)("refuses excessive %s over HTTP", async (_name, query, limit) => {
    const response = await gql(t.url, query, {}, admin);
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED", limit }) }),
    ]);
    expect(response.status).toBe(400);
  });

  it.each(cases)("refuses excessive %s over WebSocket", async (_name, query, limit) => {
    const { errors } = await overWebSocket(t.url, admin, query);
    expect(errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED", limit }) }),
    ]);
  });

  it("answers an invalid document as the client's error on both transports, naming the field", async () => {
    const query = `{ me { id nickname } }`;
    for (const errors of [(await gql(t.url, query, {}, admin)).errors, (await overWebSocket(t.url, admin, query)).errors]) {
      expect(errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('"nickname"'),
          extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED" }),
        }),
      ]);
    }
  });

  it("refuses a document of more than 1,000 tokens on both transports", async () => {
    const query = `{ me { ${"id ".repeat(1200)} } }`;
    const http = await gql(t.url, query, {}, admin);
    expect(failure(http).message).toMatch(/more tha[nt] 1000 tokens/i);
    const ws = await overWebSocket(t.url, admin, query);
    expect(ws.errors?.[0]?.message).toMatch(/more tha[nt] 1000 tokens/i);
  });

  it("accepts a reasonable query and reports its cost", async () => {
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: `{ organizations(first: 3) { edges { node { id name } } } }` }),
    });
    const body = (await response.json()) as { extensions: { cost: Record<string, unknown> } };
    expect(body.extensions.cost).toMatchObject({ requested: 6, actual: expect.any(Number), remaining: expect.any(Number) });
    expect(body.extensions.cost.actual as number).toBeLessThanOrEqual(7);
  });

  it("refuses HTTP batches and oversized bodies", async () => {
    const batch = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: JSON.stringify([{ query: "{ me { id } }" }, { query: "{ me { id } }" }]),
    });
    expect(batch.status).toBe(400);
    const huge = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ me { id } }", variables: { pad: "x".repeat(200_000) } }),
    });
    expect(huge.status).toBe(413);
  });
});

describe("cost budget per organization", () => {
  it("answers RATE_LIMITED with HTTP 429, a reset time and Retry-After once the budget is spent", async () => {
    const limited = await startTestApp({ COST_BUDGET_PER_MINUTE: "200" });
    try {
      const org = await createOrgWithAdmin(limited.url, await adminToken(limited.url));
      // 40 edges × (edge + node) = 80 points: the third one exceeds 200.
      const query = `{ organizations(first: 40) { edges { node { id } } } }`;
      ok(await gql(limited.url, query, {}, org.admin.token));
      ok(await gql(limited.url, query, {}, org.admin.token));
      const response = await fetch(limited.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${org.admin.token}` },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      const body = (await response.json()) as { errors: { extensions: { code: string; resetAt: string } }[] };
      expect(body.errors[0].extensions.code).toBe("RATE_LIMITED");
      expect(Date.parse(body.errors[0].extensions.resetAt)).toBeGreaterThan(Date.now());
      // Another organization's budget is untouched.
      const other = await createOrgWithAdmin(limited.url, await adminToken(limited.url));
      ok(await gql(limited.url, query, {}, other.admin.token));
    } finally {
      await limited.stop();
    }
  });
});

describe("production mode", () => {
  let prod: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: "production", JWT_SECRET: "p".repeat(40) });
  });
  afterAll(() => prod.stop());

  it("refuses introspection, gives no field suggestions and serves no landing page", async () => {
    const token = await adminToken(prod.url);
    const introspection = await gql(prod.url, `{ __schema { types { name } } }`, {}, token);
    expect(failure(introspection).message).toMatch(/introspection/i);
    const typo = failure(await gql(prod.url, `{ mee { id } }`, {}, token));
    expect(typo.message).not.toMatch(/did you mean/i);
    const page = await fetch(prod.url, { headers: { accept: "text/html" } });
    expect(page.headers.get("content-type") ?? "").not.toContain("text/html");
  });

  it("blocks simple cross-site requests (CSRF prevention)", async () => {
    const response = await fetch(`${prod.url}?query=${encodeURIComponent("{ me { id } }")}`);
    expect(response.status).toBe(400);
  });
});
