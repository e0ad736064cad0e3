/**
 * Entity instances straight from raw rows. Lists and nested pages read thousands of rows per
 * request, and TypeORM's generic result transformer (alias grouping, per-query column lookups)
 * cost more than reading the rows themselves. Values still go through the driver's own
 * conversion (`prepareHydratedValue`: dates, numeric transformers), so an entity read here equals
 * one read by the ORM.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";

export interface RowReader<T> {
  /** Every column of the entity, for a SELECT list, each named `alias_column`. */
  select(alias: string): string;
  /**
   * The entity in a raw row whose columns were selected with `select(alias)`; without `alias`, a
   * row named by the table's own columns (`RETURNING *`).
   */
  read(row: Record<string, unknown>, alias?: string): T;
}

/** Column types PostgreSQL's driver returns as is and TypeORM's hydration leaves unchanged. */
const IDENTITY_TYPES = new Set<unknown>([
  String,
  "uuid",
  "varchar",
  "character varying",
  "char",
  "character",
  "text",
  "int",
  "integer",
  "bigint",
  "jsonb",
  "json",
]);

const readers = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, RowReader<ObjectLiteral>>>();

export function rowReader<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>): RowReader<T> {
  let byEntity = readers.get(db);
  if (!byEntity) readers.set(db, (byEntity = new Map<EntityTarget<ObjectLiteral>, RowReader<ObjectLiteral>>()));
  let reader = byEntity.get(entity) as RowReader<T> | undefined;
  if (!reader) {
    reader = makeReader<T>(db, entity);
    byEntity.set(entity, reader);
  }
  return reader;
}

/** The name a selected column goes by: `alias_column`, within PostgreSQL's 63-byte identifiers. */
function columnAlias(alias: string, column: string): string {
  const name = `${alias}_${column}`;
  if (Buffer.byteLength(name) > 63) throw new Error(`column alias ${name} is longer than PostgreSQL keeps`);
  return name;
}

function makeReader<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>): RowReader<T> {
  const metadata = db.getMetadata(entity);
  const driver = db.driver;
  // The columns the ORM would hydrate for a full-entity select (relation-only join columns are virtual).
  const columns: ColumnMetadata[] = metadata.columns.filter((column) => !column.isVirtual);
  // Columns whose driver value is already the entity's value: assigned directly (most of them).
  const direct = columns.map(
    (column) => IDENTITY_TYPES.has(column.type) && !column.isArray && !column.transformer && !column.embeddedMetadata,
  );
  const properties = columns.map((column) => column.propertyName);
  const keysByAlias = new Map<string | undefined, string[]>([[undefined, columns.map((column) => column.databaseName)]]);
  const keys = (alias: string | undefined) => {
    let list = keysByAlias.get(alias);
    if (!list) keysByAlias.set(alias, (list = columns.map((column) => columnAlias(alias!, column.databaseName))));
    return list;
  };
  return {
    select: (alias) => {
      const names = keys(alias);
      return columns.map((column, i) => `${alias}."${column.databaseName}" AS "${names[i]}"`).join(", ");
    },
    read(row, alias) {
      const names = keys(alias);
      const instance = metadata.create(undefined, { fromDeserializer: true }) as T;
      for (let i = 0; i < columns.length; i++) {
        const value = row[names[i]];
        if (value === undefined) continue;
        if (direct[i]) (instance as Record<string, unknown>)[properties[i]] = value;
        else columns[i].setEntityValue(instance, driver.prepareHydratedValue(value, columns[i]));
      }
      return instance;
    },
  };
}
