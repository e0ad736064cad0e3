/** Hand-written SQL with named parameters (`:name`), bound by TypeORM's driver. */
import type { DataSource } from "typeorm";

/** Collects bound parameters under unique names while a predicate is built. */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  private aliases = 0;

  add(value: unknown): string {
    const name = `f${this.next++}`;
    this.values[name] = value;
    return `:${name}`;
  }
  addList(values: unknown[]): string {
    const name = `f${this.next++}`;
    this.values[name] = values;
    return `(:...${name})`;
  }
  alias(): string {
    return `_r${this.aliases++}`;
  }
}

/** Sends `sql`, whose `:name` parameters are in `params`, and returns its rows. */
export async function querySql<T = Record<string, unknown>>(db: DataSource, sql: string, params: SqlParams): Promise<T[]> {
  const [text, values] = db.driver.escapeQueryWithParameters(sql, params.values);
  return db.query(text, values);
}
