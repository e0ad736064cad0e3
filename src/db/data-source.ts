/**
 * The one TypeORM DataSource definition, used by the application and (through ormconfig.ts) by the
 * TypeORM CLI. `synchronize` is never on: the schema is what the migrations make it.
 */
import "reflect-metadata";
import { types } from "pg";
import parseDate from "postgres-date";
import { DataSource } from "typeorm";
import type { Config } from "../config";
import { SnakeNamingStrategy } from "./naming-strategy";
import { CountingLogger } from "./query-counter";
import { PreparingClient } from "./prepared";
import { entities } from "../../entities";
import { migrations } from "../../migrations";

/**
 * pg's own parsers, but `timestamptz` text goes to postgres-date 2, which reads it in half the time
 * of the 1.0 that pg's parsers bring (239 against 515 ns): a wide list reads thousands of them (S3's
 * 5,000 tasks, two each). The same `Date`s, to the millisecond, BC and infinity included.
 */
const typeParsers = {
  getTypeParser: (oid: Parameters<typeof types.getTypeParser>[0], format?: "text" | "binary"): ((value: string) => unknown) =>
    oid === types.builtins.TIMESTAMPTZ && format !== "binary"
      ? parseDate
      : (types.getTypeParser(oid, format) as (value: string) => unknown),
};

/**
 * `prepared`: name the texts sent again and again (src/db/prepared.ts). Only where `url` reaches the
 * server itself: a transaction pooler may hand the next transaction to a connection without them.
 */
export function createDataSource(
  url: string,
  config: Pick<Config, "statementTimeoutMs" | "poolSize">,
  { prepared }: { prepared: boolean } = { prepared: false },
): DataSource {
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
      types: typeParsers,
      ...(prepared ? { Client: PreparingClient } : {}),
    },
  });
}
