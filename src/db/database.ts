/**
 * Opens the application's database: the configured server, or the embedded one; then applies
 * pending migrations under an advisory lock so that several processes can start together.
 */
import path from "node:path";
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
      if (dataSource.isInitialized) await dataSource.destroy();
      await stopEmbedded?.();
    },
  };
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
