/**
 * The one TypeORM DataSource definition, used by the application and by the TypeORM CLI
 * (`npx typeorm -d dist/ormconfig.js migration:generate migrations/<name>` after `npm run build`).
 */
import "reflect-metadata";
import { DataSource } from "typeorm";
import { ConfigError, loadConfig, type Config } from "./src/config";
import { SnakeNamingStrategy } from "./src/db/naming-strategy";
import { CountingLogger } from "./src/db/query-counter";
import { entities } from "./entities";
import { migrations } from "./migrations";

export function createDataSource(url: string, config: Pick<Config, "statementTimeoutMs" | "poolSize">): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities,
    migrations,
    migrationsTableName: "schema_migration",
    migrationsTransactionMode: "each",
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: "pgcrypto",
    synchronize: false,
    logging: true,
    logger: new CountingLogger(),
    maxQueryExecutionTime: 2000,
    extra: {
      max: config.poolSize,
      connectionTimeoutMillis: 2000,
      statement_timeout: config.statementTimeoutMs,
      idle_in_transaction_session_timeout: config.statementTimeoutMs * 3,
      application_name: "alliance-hub",
    },
  });
}

function cliConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    // The same one-line answer as `npm start` gives, whoever loads this file first.
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(1);
  }
}

const config = cliConfig();
/** For the CLI: DATABASE_URL, or the embedded cluster while `npm start` runs it. */
export default createDataSource(
  config.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/alliance_hub`,
  config,
);
