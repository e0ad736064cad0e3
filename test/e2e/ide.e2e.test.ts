/**
 * The IDE over plain HTTP: who gets the page, that everything it loads comes from this server, and
 * that the development page's prefilled token is a working one. (test/browser runs it in Chromium.)
 */
import { gql, ok } from "../support/client";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { startTestApp, type TestApp, ADMIN_EMAIL } from "../support/app";
import { adminToken } from "../support/factories";
import { wsUrl } from "../support/ws-client";

const HTML = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const origin = (app: TestApp) => app.url.replace(/\/graphql$/, "");

describe("in development", () => {
  let dev: TestApp;
  beforeAll(async () => {
    dev = await startTestApp({ NODE_ENV: "development" });
  });
  afterAll(() => dev.stop());

  it("serves the IDE to a browser at /graphql, with every script and style from this server", async () => {
    const page = await fetch(dev.url, { headers: HTML });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("vary")).toContain("Accept");
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"|from "([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).toMatch(/^\/ide-assets\//);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn\./i);
    const script = await fetch(`${origin(dev)}/ide-assets/ruru.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    // Every body is read: one left unread keeps its socket open past the test (jest's worker then cannot exit).
    expect((await script.text()).length).toBeGreaterThan(0);
    const missing = await fetch(`${origin(dev)}/ide-assets/no-such-file.js`);
    expect(missing.status).toBe(404);
    await missing.arrayBuffer();
  });

  it("prefills the headers with a working token of the bootstrap administrator and shows the login mutation", async () => {
    const html = await (await fetch(dev.url, { headers: HTML })).text();
    expect(html).toContain(`login(email: \\"${ADMIN_EMAIL}\\"`);
    const token = /"authorization\\": \\"Bearer ([\w.-]+)\\"/.exec(html)?.[1];
    expect(token).toBeDefined();
    const me = ok(await gql<{ me: { email: string } }>(dev.url, "{ me { email } }", {}, token));
    expect(me.me.email).toBe(ADMIN_EMAIL);
  });

  it("accepts the token as connectionParams.Authorization too, as the IDE sends a header typed that way", async () => {
    const token = await adminToken(dev.url);
    const client = createClient({
      url: wsUrl(dev.url),
      webSocketImpl: WebSocket,
      connectionParams: { Authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        client.subscribe({ query: "{ me { email } }" }, { next: resolve, error: reject, complete: () => undefined });
      });
      expect(result).toMatchObject({ data: { me: { email: ADMIN_EMAIL } } });
    } finally {
      await client.dispose();
    }
  });

  it("answers GraphQL, not the page, to a client that prefers JSON", async () => {
    const response = await fetch(`${dev.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "application/graphql-response+json, application/json", "apollo-require-preflight": "true" },
    });
    expect(response.headers.get("content-type")).toContain("json");
    expect(await response.json()).toMatchObject({ data: { __typename: "Query" } });
  });
});

describe("in production", () => {
  let prod: TestApp;
  let withIde: TestApp;
  beforeAll(async () => {
    prod = await startTestApp({ NODE_ENV: "production", JWT_SECRET: "p".repeat(40) });
    withIde = await startTestApp({ NODE_ENV: "production", JWT_SECRET: "p".repeat(40), IDE: "true" });
  });
  afterAll(async () => {
    await prod.stop();
    await withIde.stop();
  });

  it("serves neither the page nor its files unless IDE=true", async () => {
    const page = await fetch(prod.url, { headers: HTML });
    expect(page.headers.get("content-type") ?? "").not.toContain("text/html");
    expect(await page.text()).not.toContain("ruru");
    const script = await fetch(`${origin(prod)}/ide-assets/ruru.js`);
    expect(script.status).toBe(404);
    await script.arrayBuffer();
  });

  it("with IDE=true serves the page with no token in it, and / leads to it", async () => {
    const page = await fetch(withIde.url, { headers: HTML });
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("/ide-assets/ruru.js");
    expect(html).not.toContain("Bearer ey");
    expect(html).not.toContain(ADMIN_EMAIL);
    const root = await fetch(`${origin(withIde)}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/graphql");
    await root.arrayBuffer();
  });
});
