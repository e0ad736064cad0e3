/**
 * Real PostgreSQL deployments for the deployment tests, from the Debian packages the CI installs
 * (`postgresql`, `pgbouncer`): a primary of its own (initdb), a streaming replica of it made with
 * pg_basebackup, and PgBouncer in transaction mode in front of it. Nothing here touches the
 * machine's own cluster. PostgreSQL and PgBouncer refuse to run as root, so as root every binary
 * runs as the `postgres` user.
 */
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { chownSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { Client } from "pg";

const asRoot = userInfo().uid === 0;
/** Root runs the servers as `postgres` (node sets the ids; no wrapper process in between). */
const postgresUser: Pick<SpawnOptions, "uid" | "gid"> = asRoot
  ? {
      uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" })),
      gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" })),
    }
  : {};

/** The newest PostgreSQL of the Debian packages (`/usr/lib/postgresql/<major>/bin`). */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const majors = existsSync(root) ? readdirSync(root).filter((d) => /^\d+$/.test(d)) : [];
  if (majors.length === 0) throw new Error("no PostgreSQL server binaries under /usr/lib/postgresql (Debian package postgresql)");
  return path.join(root, majors.sort((a, b) => Number(b) - Number(a))[0], "bin");
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...postgresUser });
}

function ownedDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  if (postgresUser.uid !== undefined) chownSync(dir, postgresUser.uid, postgresUser.gid!);
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export interface Cluster {
  port: number;
  url(database: string): string;
  query<T = Record<string, unknown>>(database: string, sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

async function waitForServer(url: string, process: ChildProcess, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (process.exitCode !== null) throw new Error(`${what} exited with code ${process.exitCode}`);
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`${what} did not accept connections: ${(error as Error).message}`, { cause: error });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

function clusterAt(dataDir: string, port: number, child: ChildProcess): Cluster {
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async query<T>(database: string, sql: string, params: unknown[] = []) {
      const client = new Client({ connectionString: url(database) });
      await client.connect();
      try {
        return (await client.query(sql, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT"); // fast shutdown
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function startPostgres(dataDir: string, port: number, what: string): Promise<Cluster> {
  const argv = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${dataDir}`];
  const child = spawn(path.join(postgresBin(), "postgres"), argv, { stdio: ["ignore", "ignore", "pipe"], ...postgresUser });
  let log = "";
  child.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  try {
    await waitForServer(`postgres://postgres@127.0.0.1:${port}/postgres`, child, what);
  } catch (error) {
    child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}\n${log}`, { cause: error });
  }
  return clusterAt(dataDir, port, child);
}

/** A new primary: trust authentication on 127.0.0.1, replication allowed. */
export async function startPrimary(): Promise<Cluster> {
  const dataDir = ownedDir("alliance-primary-");
  run(path.join(postgresBin(), "initdb"), ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const hba = path.join(dataDir, "pg_hba.conf");
  writeFileSync(hba, "local all all trust\nhost all all 127.0.0.1/32 trust\nhost replication all 127.0.0.1/32 trust\n");
  return startPostgres(dataDir, await freePort(), "the primary");
}

/** A hot standby streaming from `primary`, made the way operators make one (pg_basebackup -R). */
export async function startReplica(primary: Cluster): Promise<Cluster> {
  const dataDir = ownedDir("alliance-replica-");
  run(path.join(postgresBin(), "pg_basebackup"), [
    "-h",
    "127.0.0.1",
    "-p",
    String(primary.port),
    "-U",
    "postgres",
    "-D",
    dataDir,
    "-R",
    "-X",
    "stream",
    "--checkpoint=fast",
    "--no-sync",
  ]);
  return startPostgres(dataDir, await freePort(), "the replica");
}

export interface Bouncer {
  port: number;
  url(database: string): string;
  /** PgBouncer's admin console (`SHOW POOLS`, `SHOW STATS`, …). */
  show<T = Record<string, unknown>>(what: string): Promise<T[]>;
  stop(): Promise<void>;
}

/**
 * PgBouncer in transaction mode in front of `cluster`: at most `serverConnections` server
 * connections per database, shared by every client transaction by transaction. The session
 * settings the application sends at connect (statement_timeout, idle_in_transaction_session_timeout)
 * are set on each server connection instead, as docs/scaling.md tells operators to do.
 */
export async function startPgBouncer(cluster: Cluster, serverConnections: number): Promise<Bouncer> {
  const dir = ownedDir("alliance-pgbouncer-");
  const port = await freePort();
  const ini = path.join(dir, "pgbouncer.ini");
  writeFileSync(path.join(dir, "users.txt"), '"postgres" ""\n');
  writeFileSync(
    ini,
    [
      "[databases]",
      `* = host=127.0.0.1 port=${cluster.port} connect_query='SET statement_timeout = 10000; SET idle_in_transaction_session_timeout = 30000'`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      "auth_type = trust",
      `auth_file = ${path.join(dir, "users.txt")}`,
      "admin_users = postgres",
      "pool_mode = transaction",
      `default_pool_size = ${serverConnections}`,
      "max_client_conn = 500",
      "ignore_startup_parameters = statement_timeout,idle_in_transaction_session_timeout",
      `logfile = ${path.join(dir, "pgbouncer.log")}`,
      "",
    ].join("\n"),
  );
  const child = spawn("pgbouncer", [ini], { stdio: ["ignore", "ignore", "pipe"], ...postgresUser });
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  await waitForServer(url("pgbouncer"), child, "PgBouncer");
  return {
    port,
    url,
    async show<T>(what: string) {
      // The admin console speaks the simple query protocol only: pg uses it for a query without parameters.
      const client = new Client({ connectionString: url("pgbouncer") });
      await client.connect();
      try {
        return (await client.query(`SHOW ${what}`)).rows as T[];
      } finally {
        await client.end();
      }
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGINT");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
