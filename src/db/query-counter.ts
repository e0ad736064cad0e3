import type { Logger as TypeOrmLogger } from "typeorm";
import { logger } from "../logger";

/**
 * Counts every SQL statement the ORM sends. Tests assert statement counts per query with it
 * (a query's statements grow with its depth, never with its rows) and the benchmarks report it.
 */
export class CountingLogger implements TypeOrmLogger {
  statements = 0;

  logQuery(query: string): void {
    this.statements++;
    logger.debug("sql", { query });
  }
  logQueryError(error: string | Error, query: string): void {
    logger.debug("sql failed", { query, error: String(error) });
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn("slow sql", { time, query });
  }
  logSchemaBuild(message: string): void {
    logger.debug(message);
  }
  logMigration(message: string): void {
    logger.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") logger.warn(String(message));
    else logger.debug(String(message));
  }
}
