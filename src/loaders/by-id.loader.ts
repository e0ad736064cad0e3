import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { SqlParams, querySql } from "../db/sql";
import { rowReader } from "../db/rows";

/** `(alias, params) => SQL predicate` restricting rows to what the viewer may see. */
export type Scope = (alias: string, params: SqlParams) => string;

/** The entity's table and the SQL column of one of its properties. */
function tableOf(db: DataSource, entity: EntityTarget<ObjectLiteral>): { table: string; column: (property: string) => string } {
  const metadata = db.getMetadata(entity);
  return {
    table: metadata.tablePath
      .split(".")
      .map((part) => db.driver.escape(part))
      .join("."),
    column: (property) => {
      const column = metadata.findColumnWithPropertyPath(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      return `e.${db.driver.escape(column.databaseName)}`;
    },
  };
}

/** Reads the entity's rows matching `where` (over alias `e`), straight into entities. */
async function readRows<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  table: string,
  where: string,
  tail: string,
  params: SqlParams,
): Promise<T[]> {
  const reader = rowReader(db, entity);
  const rows = await querySql(db, `SELECT ${reader.select("e")} FROM ${table} e WHERE ${where}${tail}`, params);
  return rows.map((row) => reader.read(row, "e"));
}

/**
 * Loads rows by key in one statement per tick; with a `scope`, rows the viewer may not see load
 * as undefined, exactly like missing ones.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  scope?: Scope,
): DataLoader<string, T | undefined> {
  return new DataLoader<string, T | undefined>(async (keys) => {
    const { table } = tableOf(db, entity);
    const params = new SqlParams();
    const where = [`e.id IN ${params.addList([...keys])}`];
    if (scope) where.push(`(${scope("e", params)})`);
    const rows = await readRows(db, entity, table, where.join(" AND "), "", params);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => byId.get(key));
  });
}

/** Loads, per parent key, the child rows whose `column` holds it (one statement per tick). */
export function childrenLoader<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  options: { scope?: Scope; orderBy?: string } = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const { table, column: sqlColumn } = tableOf(db, entity);
    const params = new SqlParams();
    const where = [`${sqlColumn(column)} IN ${params.addList([...keys])}`];
    if (options.scope) where.push(`(${options.scope("e", params)})`);
    const order = options.orderBy ? ` ORDER BY ${sqlColumn(options.orderBy)} ASC` : "";
    const rows = await readRows(db, entity, table, where.join(" AND "), order, params);
    const grouped = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) grouped.get(row[column])?.push(row);
    return keys.map((key) => grouped.get(key) ?? []);
  });
}
