/**
 * The server as users start it: `node dist/src/main.js` (what `npm start` runs after building, heap flag aside),
 * with the embedded PostgreSQL or DATABASE_URL, stopped by signals.
 */
import { spawn } from "node:child_process";
import { mkdtemp, chmod, rm, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { testDatabaseUrl } from "../support/app";
import { gql, ok } from "../support/client";
import { spawnServer as start, startServerProcess } from "../support/server-process";
import { fromGlobalId } from "../../src/graphql/global-id";

const MAIN = path.join(__dirname, "../../dist/src/main.js");

async function loginAdmin(url: string): Promise<string> {
  const data = ok(await gql(url, `mutation { login(email: "admin@alliance.local", password: "admin-password") { token } }`));
  return data.login.token;
}

describe("npm start", () => {
  it("exits with one line naming the variable when the configuration is bad", async () => {
    const child = spawn(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? "", PORT: "not-a-port" } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([expect.stringContaining("PORT must be an integer")]);
  });

  it("runs on DATABASE_URL, prints how to log in, and exits 0 on SIGTERM", async () => {
    const server = await start({ DATABASE_URL: testDatabaseUrl() });
    expect(server.output()).toContain('login(email: "admin@alliance.local"');
    expect((await loginAdmin(server.url)).length).toBeGreaterThan(20);
    server.child.kill("SIGTERM");
    expect(await server.exit).toBe(0);
  });

  it("creates an embedded PostgreSQL on first start, reuses it, and recovers it after kill -9", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "alliance-hub-start-"));
    await chmod(dataDir, 0o755);
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: "56321" };
    try {
      const first = await start(env);
      expect(first.output()).toContain("embedded PostgreSQL");
      const token = await loginAdmin(first.url);
      ok(
        await gql(
          first.url,
          `mutation { createOrganization(input: { name: "Kept Co", type: OTHER, creditCode: "91350100M000100Y43", legalRepresentative: "赵六", region: "福建" }) { id } }`,
          {},
          token,
        ),
      );
      first.child.kill("SIGKILL");
      await first.exit;
      const orphan = Number((await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
      expect(() => process.kill(orphan, 0)).not.toThrow();

      const second = await start(env);
      const kept = ok(
        await gql(second.url, `{ organizations(filter: { name: { eq: "Kept Co" } }) { totalCount } }`, {}, await loginAdmin(second.url)),
      );
      expect(kept.organizations.totalCount).toBe(1);
      second.child.kill("SIGINT");
      expect(await second.exit).toBe(0);
      expect(() => process.kill(orphan, 0)).toThrow();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it("lets a CLI run while the server runs: the CLI uses the server's embedded PostgreSQL and leaves it running", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "alliance-hub-cli-"));
    await chmod(dataDir, 0o755);
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: "56341" };
    try {
      const server = await start(env);
      const postmaster = Number((await readFile(path.join(dataDir, "pg", "postmaster.pid"), "utf8")).split("\n")[0]);
      const cli = spawn(process.execPath, [path.join(__dirname, "../../dist/src/cli/migrate.js"), "up"], {
        env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "info", ...env },
      });
      let output = "";
      cli.stdout.on("data", (chunk) => (output += chunk));
      cli.stderr.on("data", (chunk) => (output += chunk));
      expect(await new Promise((resolve) => cli.on("exit", resolve))).toBe(0);
      expect(output).toContain("using the embedded PostgreSQL that a running process started");
      expect(output).not.toContain("stopping a PostgreSQL server");
      // The server's cluster is the one it started, still up, and the server still answers.
      expect(() => process.kill(postmaster, 0)).not.toThrow();
      expect((await loginAdmin(server.url)).length).toBeGreaterThan(20);
      server.child.kill("SIGTERM");
      expect(await server.exit).toBe(0);
      expect(server.output()).not.toContain("pool raised an error");
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe("logs", () => {
  it("names the request's id and the viewer on the line logged for each operation", async () => {
    const server = await startServerProcess({ LOG_LEVEL: "info" });
    try {
      const token = await loginAdmin(server.url);
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "x-request-id": "trace-log.7" },
        body: JSON.stringify({ query: "query WhoAmI { me { id } }" }),
      });
      const { data } = (await response.json()) as { data: { me: { id: string } } };
      const lines = () =>
        server
          .output()
          .split("\n")
          .filter((line) => line.startsWith("{"))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
      // The line is written as the response is sent; give the pipe a moment.
      for (let i = 0; i < 50 && !lines().some((l) => l.operation === "WhoAmI"); i++) await new Promise((r) => setTimeout(r, 20));
      const line = lines().find((l) => l.operation === "WhoAmI");
      expect(line).toMatchObject({ msg: "graphql", requestId: "trace-log.7", viewerId: fromGlobalId(data.me.id)!.key });
      // A request without an id gets the one its response carries.
      const made = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "query Anonymous { __typename }" }),
      });
      const id = made.headers.get("x-request-id");
      for (let i = 0; i < 50 && !lines().some((l) => l.requestId === id); i++) await new Promise((r) => setTimeout(r, 20));
      expect(lines().find((l) => l.requestId === id)).toMatchObject({ msg: "graphql", operation: "Anonymous" });
    } finally {
      await server.stop();
    }
  });
});
