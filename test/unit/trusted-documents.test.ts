/**
 * Trusted documents before any request: the manifest is checked when the configuration is read,
 * and each document is parsed, validated and priced once when the server starts.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSchema } from "graphql";
import { getComplexity } from "graphql-query-complexity";
import type * as Complexity from "graphql-query-complexity";
import { ConfigError, loadConfig } from "../../src/config";
import { OperationGuard } from "../../src/graphql/limits";
import { TrustedDocuments } from "../../src/graphql/trusted-documents";

// Counted, not replaced: how often an operation is priced.
jest.mock("graphql-query-complexity", () => {
  const actual = jest.requireActual<typeof Complexity>("graphql-query-complexity");
  return { ...actual, getComplexity: jest.fn(actual.getComplexity) };
});

const ROOT = path.join(__dirname, "../..");
const schema = buildSchema(readFileSync(path.join(ROOT, "schema.graphql"), "utf8"));
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), "trusted-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function manifestFile(content: unknown): string {
  const file = path.join(dir, `${sha256(JSON.stringify(content))}.json`);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
  return file;
}

describe("TRUSTED_DOCUMENTS in the configuration", () => {
  it("reads the client kit's manifest into documents by hash", () => {
    const config = loadConfig({ TRUSTED_DOCUMENTS: path.join(ROOT, "client/generated/persisted-documents.json") });
    const [[hash, text]] = [...config.trustedDocuments!];
    expect(hash).toBe(sha256(text));
    expect(loadConfig({}).trustedDocuments).toBeUndefined();
  });

  it.each([
    ["a missing file", () => path.join(dir, "missing.json"), /must name a JSON manifest.*no such file/],
    ["a file that is not JSON", () => manifestFile("{"), /must name a JSON manifest/],
    ["a list", () => manifestFile(["{ me { id } }"]), /is not a JSON object/],
    [
      "a key without its algorithm",
      () => manifestFile({ [sha256("{ me { id } }")]: "{ me { id } }" }),
      /is not a "sha256:<64 hex digits>" key/,
    ],
    [
      "a hash of another text",
      () => manifestFile({ [`sha256:${sha256("{ me { id } }")}`]: "{ me { name } }" }),
      /does not have that sha256/,
    ],
    ["no document", () => manifestFile({}), /lists no document/],
  ])("refuses %s in one line", (_what, file, message) => {
    let error: unknown;
    try {
      loadConfig({ TRUSTED_DOCUMENTS: file() });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^TRUSTED_DOCUMENTS/);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("trusted documents at start", () => {
  const limits = loadConfig({}).limits;
  const TASKS = `query Tasks($projectId: ID!, $first: Int, $status: TaskStatus!) {
    project(id: $projectId) { tasks(first: $first, filter: { status: { eq: $status } }) { edges { node { id title } } } } }`;
  const MEMBERS = `query Members($allianceId: ID!) { alliance(id: $allianceId) { members(first: 5) { edges { node { id } } } } }`;

  it("prices each once, then again only for the variables that change the price", () => {
    const guard = new OperationGuard(schema, limits);
    const computed = jest.mocked(getComplexity);
    computed.mockClear();
    const trusted = new TrustedDocuments(new Map([TASKS, MEMBERS].map((text) => [sha256(text), text])), guard);
    expect(computed).toHaveBeenCalledTimes(2);
    const members = trusted.resolve({ documentId: `sha256:${sha256(MEMBERS)}` });
    const tasks = trusted.resolve({ documentId: `sha256:${sha256(TASKS)}` });
    if ("message" in members || "message" in tasks) throw new Error("not resolved");

    const price = (document: typeof tasks.document, variables: Record<string, unknown>) =>
      guard.price(document, variables, null, "org:1").requested;
    // Other ids, other filters: the price computed at start.
    expect(price(members.document, { allianceId: "A" })).toBe(price(members.document, { allianceId: "B" }));
    expect(price(tasks.document, { projectId: "P", status: "TODO" })).toBe(price(tasks.document, { projectId: "Q", status: "DONE" }));
    expect(computed).toHaveBeenCalledTimes(2);
    // A page size does change it: priced once per size.
    expect(price(tasks.document, { projectId: "P", status: "TODO", first: 100 })).toBeGreaterThan(
      price(tasks.document, { projectId: "P", status: "TODO" }),
    );
    expect(price(tasks.document, { projectId: "Q", status: "DONE", first: 100 })).toBeGreaterThan(0);
    expect(computed).toHaveBeenCalledTimes(3);
  });

  it.each([
    ["the schema does not accept", `query Stale { project(id: "1") { nickname } }`, 'Cannot query field "nickname" on type "Project".'],
    ["holds two operations", `query A { me { id } } query B { me { name } }`, "it holds 2 operations, not one"],
    [
      "costs more than MAX_COST",
      `{ projects(first: 100) { edges { node { tasks(first: 100) { edges { node { id } } } } } } }`,
      "its cost 20200 exceeds MAX_COST 5000",
    ],
  ])("refuses to start with a document that %s, naming it", (_what, text, reason) => {
    expect(() => new TrustedDocuments(new Map([[sha256(text), text]]), new OperationGuard(schema, limits))).toThrow(
      `TRUSTED_DOCUMENTS: the document sha256:${sha256(text)} cannot run: ${reason}`,
    );
  });
});
