import { readFileSync } from "node:fs";
import path from "node:path";
import { serverAudits } from "graphql-http";
import { startTestApp, type TestApp } from "../support/app";
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
