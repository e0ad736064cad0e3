/**
 * The README's examples, run as a reader would run them against a live server, so that they
 * cannot drift from the API (or from what Node can run). Only `localhost:4000` and the
 * placeholders (TOKEN, PROJECT_ID, ORGANIZATION_ID) are replaced; TypeScript examples lose their
 * types (swc) and import the client kit as `npm run build` compiles it. The README also lists
 * exactly the variables src/config.ts reads, and names only files that exist.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { transformSync } from "@swc/core";
import path from "node:path";
import { promisify } from "node:util";
import { startTestApp, type TestApp } from "../support/app";
import { ok } from "../support/client";
import { adminToken, createAllianceWithMembers } from "../support/factories";
import { addParticipant, assignTask, createProject, createTask } from "../support/project-factories";
import { waitUntil } from "../support/ws-client";

const ROOT = path.join(__dirname, "../..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");

let t: TestApp;
let host: string;

beforeAll(async () => {
  t = await startTestApp();
  host = new URL(t.url).host;
});
afterAll(() => t.stop());

/** The README's fenced blocks of one language, in order. */
function blocks(language: string): string[] {
  return [...README.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((match) => match[1]);
}

function onlyBlock(language: string, containing: string): string {
  const found = blocks(language).filter((block) => block.includes(containing));
  if (found.length !== 1) throw new Error(`expected one \`\`\`${language} block with ${containing}, found ${found.length}`);
  return found[0];
}

/** The README elides long values with "…": such a string stands for any value it begins. */
function matching(example: unknown): unknown {
  if (typeof example === "string" && example.endsWith("…")) return expect.stringMatching(new RegExp(`^${example.slice(0, -1)}`));
  if (Array.isArray(example)) return example.map(matching);
  if (example && typeof example === "object") {
    return Object.fromEntries(Object.entries(example).map(([key, value]) => [key, matching(value)]));
  }
  return example;
}

it("logs in with the curl example and answers as the README shows", async () => {
  const command = onlyBlock("sh", "login(");
  const shown = README.slice(README.indexOf(command) + command.length).match(/```json\n([\s\S]*?)```/)?.[1];
  if (!shown) throw new Error("no ```json answer after the login example");
  const { stdout } = await promisify(execFile)("sh", ["-c", command.replaceAll("localhost:4000", host)]);
  // The README shows the data; the answer also carries extensions (the operation's cost).
  expect(JSON.parse(stdout)).toMatchObject(matching(JSON.parse(shown)) as object);
});

describe("the graphql-ws example", () => {
  let dir: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    // Inside the repository, so that the snippet's imports resolve from its node_modules.
    mkdirSync(path.join(ROOT, "dist"), { recursive: true });
    dir = mkdtempSync(path.join(ROOT, "dist", "readme-"));
  });
  afterAll(() => {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("receives the taskAssigned event of an assignment", async () => {
    const admin = await adminToken(t.url);
    const { allianceId, members } = await createAllianceWithMembers(t.url, admin, 2);
    const [lead, partner] = members;
    const project = await createProject(t.url, lead.admin.token, allianceId);
    ok(await addParticipant(t.url, lead.admin.token, project.id, partner.id));

    const snippet = onlyBlock("js", 'from "graphql-ws"').replaceAll("localhost:4000", host);
    const file = path.join(dir, "subscribe.mjs");
    writeFileSync(
      file,
      [
        `const TOKEN = ${JSON.stringify(partner.admin.token)};`,
        `const PROJECT_ID = ${JSON.stringify(project.id)};`,
        `const ORGANIZATION_ID = ${JSON.stringify(partner.id)};`,
        // One line of JSON per event, so that the test can read what the snippet logs.
        `console.log = (value) => process.stdout.write(JSON.stringify(value) + "\\n");`,
        snippet,
      ].join("\n"),
    );

    let stdout = "";
    let stderr = "";
    let exited = false;
    const before = t.app.events.subscriberCount;
    child = spawn(process.execPath, [file], { cwd: dir });
    child.stdout!.on("data", (chunk) => (stdout += chunk));
    child.stderr!.on("data", (chunk) => (stderr += chunk));
    child.on("exit", () => (exited = true));
    const failed = () => exited || stderr !== "";

    await waitUntil(() => t.app.events.subscriberCount > before || failed(), "the snippet's subscription");
    expect(stderr).toBe("");
    const task = await createTask(t.url, lead.admin.token, project.id);
    ok(await assignTask(t.url, lead.admin.token, { taskId: task.id, assigneeOrganizationId: partner.id }));
    await waitUntil(() => stdout.includes("\n") || failed(), "the snippet to log the event");

    expect(stderr).toBe("");
    const events = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events).toEqual([{ taskAssigned: { eventId: expect.stringMatching(/^\d+$/), task: { id: task.id, title: task.title } } }]);
  });
});

/** Runs a ```ts example of the README with these placeholders; resolves with what it logged, one value per line. */
async function runTypeScript(example: string, placeholders: Record<string, string>, url = t.url): Promise<unknown[]> {
  mkdirSync(path.join(ROOT, "dist"), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, "dist", "readme-"));
  try {
    const source = example.replaceAll("localhost:4000", new URL(url).host).replaceAll('"./client/', `"${ROOT}/dist/client/`);
    const { code } = transformSync(source, {
      jsc: { parser: { syntax: "typescript" }, target: "es2022" },
      module: { type: "commonjs" },
      swcrc: false,
    });
    const file = path.join(dir, "example.cjs");
    writeFileSync(
      file,
      [
        ...Object.entries(placeholders).map(([name, value]) => `const ${name} = ${JSON.stringify(value)};`),
        `console.log = (value) => process.stdout.write(JSON.stringify(value) + "\\n");`,
        code,
      ].join("\n"),
    );
    const child = spawn(process.execPath, [file], { cwd: dir });
    let stdout = "";
    let stderr = "";
    let exited = false;
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", () => (exited = true));
    try {
      await waitUntil(() => stdout.includes("\n") || exited || stderr !== "", "the example to log its answer", 30_000);
    } finally {
      child.kill();
    }
    expect(stderr).toBe("");
    return stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the front-end client examples", () => {
  let token: string;
  let projectId: string;

  beforeAll(async () => {
    const admin = await adminToken(t.url);
    const { allianceId, members } = await createAllianceWithMembers(t.url, admin, 1);
    token = members[0].admin.token;
    const project = await createProject(t.url, token, allianceId, { title: "Sodium-ion pilot line" });
    projectId = project.id;
    for (const title of ["Cathode samples", "Cycle tests"]) await createTask(t.url, token, projectId, { title });
  });

  it("Apollo Client reads a project's tasks", async () => {
    const logged = await runTypeScript(onlyBlock("ts", 'from "@apollo/client"'), { TOKEN: token, PROJECT_ID: projectId });
    expect(logged).toEqual([["Cathode samples", "Cycle tests"]]);
  });

  it("urql reads the member's projects (by GET, with the CSRF header)", async () => {
    const logged = await runTypeScript(onlyBlock("ts", 'from "@urql/core"'), { TOKEN: token });
    expect(logged).toEqual([[expect.stringMatching(/^P-/)]]);
  });

  it("Relay fetches the compiled ProjectPageQuery", async () => {
    const logged = await runTypeScript(onlyBlock("ts", 'from "relay-runtime"'), { TOKEN: token, PROJECT_ID: projectId });
    expect(logged).toEqual(["Sodium-ion pilot line"]);
  });

  it("a generated document runs by its hash on a server with TRUSTED_DOCUMENTS", async () => {
    const trusted = await startTestApp({ TRUSTED_DOCUMENTS: path.join(ROOT, "client/generated/persisted-documents.json") });
    try {
      const logged = await runTypeScript(onlyBlock("ts", "documentId: __meta__.hash"), { TOKEN: token }, trusted.url);
      expect(logged).toEqual([1]);
    } finally {
      await trusted.stop();
    }
  });

  it("the GET example passes the CSRF check and answers as shown, with its cost", async () => {
    const command = onlyBlock("sh", "apollo-require-preflight");
    const shown = README.slice(README.indexOf(command) + command.length).match(/```json\n([\s\S]*?)```/)?.[1];
    if (!shown) throw new Error("no ```json answer after the GET example");
    const admin = await adminToken(t.url);
    const { stdout } = await promisify(execFile)("sh", ["-c", command.replaceAll("localhost:4000", host)], {
      env: { ...process.env, TOKEN: admin },
    });
    const expected = matching(JSON.parse(shown)) as { extensions: { cost: Record<string, unknown> } };
    // What is left of the budget depends on what the admin spent before.
    expected.extensions.cost.remaining = expect.any(Number);
    expect(JSON.parse(stdout)).toEqual(expected);
  });
});

describe("the README itself", () => {
  it("lists in its configuration table exactly the variables src/config.ts reads", () => {
    const source = readFileSync(path.join(ROOT, "src/config.ts"), "utf8");
    // Every reader takes the environment and the variable's name: str(env, "PORT"), postgresUrl(env, "DATABASE_URL"), …
    const read = [...source.matchAll(/\w\(env, "([A-Z0-9_]+)"/g)].map((match) => match[1]);
    const section = README.slice(README.indexOf("## Configuration"), README.indexOf("\n## ", README.indexOf("## Configuration") + 1));
    const listed = [...section.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1]);
    expect(read.length).toBeGreaterThan(20);
    expect([...new Set(listed)].sort()).toEqual([...new Set(read)].sort());
    expect(listed.length).toBe(new Set(listed).size);
  });

  it("names only files and folders of the repository", () => {
    const links = [...README.matchAll(/\]\(([^)#:]+)(#[^)]*)?\)/g)].map((match) => match[1]);
    const paths = [...README.matchAll(/`\.?\/?((?:client|src|test|docs|entities|resolvers|migrations|bench)\/[\w./-]*)`/g)].map(
      (match) => match[1],
    );
    const named = [...new Set([...links, ...paths])];
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((name) => !existsSync(path.join(ROOT, name)))).toEqual([]);
  });
});
