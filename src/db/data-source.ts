/**
 * The one TypeORM DataSource definition, used by the application and (through ormconfig.ts) by the
 * TypeORM CLI. `synchronize` is never on: the schema is what the migrations make it.
 */
import "reflect-metadata";
import { DataSource } from "typeorm";
import type { Config } from "../config";
import { SnakeNamingStrategy } from "./naming-strategy";
import { CountingLogger } from "./query-counter";
import { entities } from "../../entities";
import { migrations } from "../../migrations";

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
