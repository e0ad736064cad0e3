import WebSocket from "ws";
import { createClient, type Client } from "graphql-ws";
import { startTestApp, type TestApp } from "../support/app";
import { gql, ok, failure } from "../support/client";
import { adminToken, createOrgWithAdmin } from "../support/factories";
import { wsUrl } from "../support/ws-client";

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
    url: wsUrl(url),
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

  it("prices an operation by the variables that change its price, whatever the others held before", async () => {
    const query = `query P($n: Int!, $id: ID!) { organizations(first: $n) { edges { node { id } } } organization(id: $id) { id } }`;
    const requested = async (variables: Record<string, unknown>) => {
      const response = await fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as {
        errors?: { extensions: { code: string } }[];
        extensions?: { cost?: { requested: number } };
      };
      return { status: response.status, code: body.errors?.[0]?.extensions.code, requested: body.extensions?.cost?.requested };
    };
    // An id that does not coerce: refused before any resolver, and its price of nothing is not kept
    // for the valid requests with the same page size that follow.
    expect(await requested({ n: 3, id: { not: "an id" } })).toMatchObject({ status: 400, code: "BAD_USER_INPUT" });
    const [one, other] = [(await createOrgWithAdmin(t.url, admin)).id, (await createOrgWithAdmin(t.url, admin)).id];
    // Three organizations' ids (1 each, and 1 for their page) and one organization (1).
    expect(await requested({ n: 3, id: one })).toEqual({ status: 200, code: undefined, requested: 7 });
    expect(await requested({ n: 3, id: other })).toEqual({ status: 200, code: undefined, requested: 7 });
    expect(await requested({ n: 30, id: other })).toEqual({ status: 200, code: undefined, requested: 61 });
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

describe("list-valued arguments", () => {
  const LIST = `query L($f: OrganizationFilter, $o: [OrganizationOrder!]) {
    organizations(first: 5, filter: $f, orderBy: $o) { edges { node { id } } } }`;
  const ors = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ name: { eq: `org ${i}` } })) });
  /** A `not` chain as JSON text: deep enough chains overflow JSON.stringify itself. */
  const nots = (n: number) => `${'{"not":'.repeat(n)}{"name":{"eq":"x"}}${"}".repeat(n)}`;
  const post = async (variables: Record<string, unknown>) => {
    const json = Object.entries(variables).map(([name, value]) => `"${name}":${typeof value === "string" ? value : JSON.stringify(value)}`);
    const response = await fetch(t.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
      body: `{"query":${JSON.stringify(LIST)},"variables":{${json.join(",")}}}`,
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: Record<string, unknown> }[] };
    return { ...body, status: response.status };
  };

  it.each([
    ["a 2,500-entry or", { f: ors(2500) }, /^filter\.or$/, /at most 50/],
    ["an `in` of 101 values", { f: { name: { in: Array.from({ length: 101 }, (_, i) => `n${i}`) } } }, /^filter\.name\.in$/, /at most 100/],
    ["a not nested 5,000 deep", { f: nots(5000) }, /^filter$/, /levels deep/],
    ["a not nested 20 deep", { f: nots(20) }, /^filter(\.not)+$/, /more than 8 levels/],
    ["300 conditions", { f: { and: Array.from({ length: 6 }, () => ors(50)) } }, /^filter$/, /more than 200 conditions/],
    ["an orderBy of 50 keys", { o: Array.from({ length: 50 }, () => ({ field: "NAME" })) }, /^orderBy$/, /at most 4 keys/],
    ["an orderBy naming a key twice", { o: [{ field: "NAME" }, { field: "NAME" }] }, /^orderBy$/, /NAME twice/],
  ])("refuses %s with BAD_USER_INPUT naming the argument, before any statement", async (_name, variables, field, message) => {
    const started = Date.now();
    const { data, errors, status } = await post(variables);
    expect(data ?? null).toBeNull();
    // The client's error, as HTTP says it: 400, never the 500 of an error thrown while planning.
    expect(status).toBe(400);
    const [error] = errors ?? [];
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: expect.stringMatching(field) });
    expect(error.message).toMatch(message);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("charges each filter condition, so a large filter reaches the cost limit", async () => {
    const cost = async (filter: unknown) => {
      const response = await fetch(t.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query: LIST, variables: { f: filter } }),
      });
      return ((await response.json()) as { extensions: { cost: { requested: number } } }).extensions.cost.requested;
    };
    expect((await cost(ors(40))) - (await cost(ors(1)))).toBe(39 * 10);
    // 200 conditions fit the count bound; on a connection nested in a page of 20, they cost 20 times.
    const titles = { or: Array.from({ length: 50 }, (_, i) => ({ title: { eq: `p ${i}` } })) };
    const heavy = failure(
      await gql(
        t.url,
        `query H($f: ProjectFilter) { organizations(first: 20) { edges { node { projects(first: 1, filter: $f) { edges { node { id } } } } } } }`,
        { f: { and: [titles, titles, titles, titles] } },
        admin,
      ),
    );
    expect(heavy.extensions).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", limit: "cost" });
  });

  it("bounds the CSV export's filter the same way", async () => {
    const response = await fetch(
      `${t.url.replace(/\/graphql$/, "")}/export/organizations.csv?filter=${encodeURIComponent(JSON.stringify(ors(60)))}`,
      {
        headers: { authorization: `Bearer ${admin}` },
      },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.or" });
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
