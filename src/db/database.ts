/**
 * Opens the application's database: the configured server, or the embedded one; then applies
 * pending migrations under an advisory lock so that several processes can start together.
 *
 * Two optional companions (docs/scaling.md): a direct URL when `DATABASE_URL` goes through a
 * transaction pooler (the migration lock is a session lock, and LISTEN needs a session of its own),
 * and a read replica that serves analyst aggregates and CSV exports.
 */
import path from "node:path";
import type { EventEmitter } from "node:events";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { createDataSource } from "./data-source";
import { startEmbeddedPostgres } from "./embedded";
import { logger } from "../logger";

export interface Database {
  dataSource: DataSource;
  /** Where analyst aggregates and exports read: the replica of `DATABASE_READ_URL`, else `dataSource`. */
  analytics: DataSource;
  url: string;
  /** A URL that reaches the server itself, not through a transaction pooler (for LISTEN). */
  directUrl: string;
  close(): Promise<void>;
}

const MIGRATION_LOCK = 770_2008;

export async function openDatabase(config: Config): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (url === undefined) {
    const embedded = await startEmbeddedPostgres(path.join(config.dataDir, "pg"), config.embeddedPgPort, "alliance_hub");
    url = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const directUrl = config.databaseDirectUrl ?? url;
  // Named prepared statements unless the pool goes through a transaction pooler (src/db/prepared.ts).
  const pooled = { prepared: config.databaseDirectUrl === undefined };
  const dataSource = createDataSource(url, config, pooled);
  // Two connections: the migration lock's session, and the one the migrations run on.
  const direct = directUrl === url ? dataSource : createDataSource(directUrl, { ...config, poolSize: 2 });
  const analytics = config.databaseReadUrl === undefined ? dataSource : createDataSource(config.databaseReadUrl, config, pooled);
  const close = async () => {
    for (const source of new Set([dataSource, direct, analytics])) {
      if (!source.isInitialized) continue;
      const closed = connectionsClosed((source.driver as unknown as { master: PoolEvents }).master);
      await source.destroy();
      // Only then stop the embedded server: stopped earlier, it cuts connections still closing.
      await closed;
    }
    await stopEmbedded?.();
  };
  try {
    await direct.initialize();
    await migrate(direct);
    if (direct !== dataSource) await direct.destroy();
    if (!dataSource.isInitialized) await dataSource.initialize();
    if (!analytics.isInitialized) await analytics.initialize();
  } catch (error) {
    await close();
    throw error;
  }
  return { dataSource, analytics, url, directUrl, close };
}

type PoolEvents = Pick<EventEmitter, "on" | "off"> & { totalCount: number };

/** The longest a shutdown waits for the pool's connections to say goodbye. */
const CLOSE_WAIT_MS = 5_000;

/**
 * Resolves once every connection the pool holds now has ended. pg-pool's `end()` resolves as
 * soon as it has *asked* its connections to end; each emits `remove` once it has.
 */
function connectionsClosed(pool: PoolEvents): Promise<void> {
  let left = pool.totalCount;
  if (left === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      pool.off("remove", onRemove);
      resolve();
    };
    const onRemove = () => {
      if (--left <= 0) done();
    };
    const timer = setTimeout(done, CLOSE_WAIT_MS);
    pool.on("remove", onRemove);
  });
}

async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: "each" });
    for (const migration of applied) logger.info("migration applied", { name: migration.name });
  } finally {
    await runner.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
