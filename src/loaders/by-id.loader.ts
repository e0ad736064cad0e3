import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { SqlParams, querySql } from "../db/sql";
import { rowReader } from "../db/rows";
import type { Ticket } from "../auth/standing-cache";

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

/** Reads the entity's rows matching `where` (over alias `e`), as the database returned them. */
function readRows(
  db: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  table: string,
  where: string,
  tail: string,
  params: SqlParams,
): Promise<Record<string, unknown>[]> {
  return querySql(db, `SELECT ${rowReader(db, entity).select("e")} FROM ${table} e WHERE ${where}${tail}`, params);
}

/**
 * Rows the process keeps across operations (src/auth/standing-cache.ts), by id: a loader reads
 * only the rows not kept, and offers what it read under the ticket it took before reading.
 */
export interface KeptRows {
  ticket(): Ticket;
  get(id: string): Record<string, unknown> | undefined;
  store(ticket: Ticket, id: string, row: Record<string, unknown>): void;
}

/**
 * A by-id loader's cache, which takes the rows a page read without indexing them. A nested page
 * keeps every row it read in its entity's loader (5,000 for a wide page), and most are never
 * loaded by id again: DataLoader's `prime` paid a map entry and two promises per row. Kept rows
 * wait in a list and are indexed the first time the cache is asked anything; until then they
 * cost one array slot each. A kept row never replaces one already cached (as `prime`).
 */
class RowCache<T extends { id: string }> implements DataLoader.CacheMap<string, Promise<T | undefined>> {
  private readonly entries = new Map<string, Promise<T | undefined>>();
  private waiting: T[] = [];

  keep(row: T): void {
    this.waiting.push(row);
  }

  get(key: string): Promise<T | undefined> | undefined {
    this.index();
    return this.entries.get(key);
  }

  set(key: string, value: Promise<T | undefined>): void {
    this.index();
    this.entries.set(key, value);
  }

  delete(key: string): void {
    this.index();
    this.entries.delete(key);
  }

  clear(): void {
    this.waiting = [];
    this.entries.clear();
  }

  private index(): void {
    if (this.waiting.length === 0) return;
    for (const row of this.waiting) if (!this.entries.has(row.id)) this.entries.set(row.id, Promise.resolve(row));
    this.waiting = [];
  }
}

const rowCaches = new WeakMap<DataLoader<string, unknown>, RowCache<{ id: string }>>();

/** `row => loader.prime(row.id, row)`, for a page's rows: a by-id loader indexes them only when asked. */
export function rowKeeper<T extends { id: string }>(loader: DataLoader<string, T | undefined>): (row: T) => void {
  const cache = rowCaches.get(loader) as RowCache<T> | undefined;
  return cache ? (row) => cache.keep(row) : (row) => void loader.prime(row.id, row);
}

/**
 * Loads rows by key in one statement per tick; with a `scope`, rows the viewer may not see load
 * as undefined, exactly like missing ones. `kept` is for rows every viewer sees alike, so it
 * comes without a scope.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  limit: { scope?: Scope; kept?: never } | { kept: KeptRows; scope?: never } = {},
): DataLoader<string, T | undefined> {
  const { scope, kept } = limit;
  const cache = new RowCache<T>();
  const loader = new DataLoader<string, T | undefined>(
    async (keys) => {
      const reader = rowReader(db, entity);
      const found = new Map<string, T>();
      const unread: string[] = [];
      for (const key of keys) {
        const row = kept?.get(key);
        if (row) found.set(key, reader.read(row, "e"));
        else unread.push(key);
      }
      if (unread.length > 0) {
        const { table } = tableOf(db, entity);
        const params = new SqlParams();
        const where = [`e.id IN ${params.addList(unread)}`];
        if (scope) where.push(`(${scope("e", params)})`);
        const ticket = kept?.ticket();
        for (const row of await readRows(db, entity, table, where.join(" AND "), "", params)) {
          const read = reader.read(row, "e");
          found.set(read.id, read);
          if (ticket) kept!.store(ticket, read.id, row);
        }
      }
      return keys.map((key) => found.get(key));
    },
    { cacheMap: cache },
  );
  rowCaches.set(loader, cache);
  return loader;
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
    const reader = rowReader(db, entity);
    const rows = (await readRows(db, entity, table, where.join(" AND "), order, params)).map((row) => reader.read(row, "e"));
    const grouped = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const row of rows) grouped.get(row[column])?.push(row);
    return keys.map((key) => grouped.get(key) ?? []);
  });
}
