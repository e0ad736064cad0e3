/**
 * Opens the application's database: the configured server, or the embedded one; then applies
 * pending migrations under an advisory lock so that several processes can start together.
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
  url: string;
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
  const dataSource = createDataSource(url, config);
  try {
    await dataSource.initialize();
    await migrate(dataSource);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stopEmbedded?.();
    throw error;
  }
  return {
    dataSource,
    url,
    async close() {
      if (dataSource.isInitialized) {
        const closed = connectionsClosed((dataSource.driver as unknown as { master: PoolEvents }).master);
        await dataSource.destroy();
        // Only then stop the embedded server: stopped earlier, it cuts connections still closing.
        await closed;
      }
      await stopEmbedded?.();
    },
  };
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
