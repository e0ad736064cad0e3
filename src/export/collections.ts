/**
 * What `GET /export/<path>.csv` runs for each collection: the GraphQL filter input it takes (the
 * same one as its connection), the visibility predicate and filter of its list, the connection's
 * default order and the descriptor's columns (src/collections). Columns carry only what every
 * viewer of the row may read: no owners' shares, licenses or royalty terms, no personal data
 * beyond ids.
 */
import type { Access } from "../auth/access";
import { buildPredicate } from "../collections/filter";
import { Keyset } from "../db/keyset";
import type { AnyCollection, ColumnType } from "../collections/collection";
import type { SqlEnv } from "../collections/fields";
import { exportable } from "../collections";

export interface Column {
  header: string;
  /** SQL over the collection's alias; dates and decimals are selected as text. */
  sql: string;
  type: ColumnType;
  /** For `id` columns: the type the global id names. */
  idType?: string;
}

/** One export as the handler runs it: its filter type, and its statement's parts for one request. */
export interface ExportSource {
  filterType: string;
  from: string;
  where: (access: Access, filter: Record<string, unknown> | undefined, env: SqlEnv) => string[];
  columns: (env: SqlEnv) => Column[];
  orderBy: (env: SqlEnv) => string;
}

function exportOf(collection: AnyCollection): ExportSource {
  const a = collection.alias;
  return {
    filterType: `${collection.name}Filter`,
    from: `${collection.table} ${a}`,
    where: (access, filter, env) =>
      [collection.visibility(access, a, env.params), buildPredicate(filter, collection.filterSpec(a, env), env.params)].filter(Boolean),
    columns: (env) => collection.exportColumns().map((c) => ({ header: c.header, sql: c.sql(a, env), type: c.type, idType: c.idType })),
    // The connection's default order, so the CSV lists rows as the connection does.
    orderBy: (env) => Keyset.of(collection.sortKeys(a, null, env), `${a}.id`).orderSql(),
  };
}

const sources = new Map<string, ExportSource>(exportable.map((c) => [c.def.export!.path, exportOf(c)]));

/** The export at `/export/<name>.csv`, if there is one. */
export function exportSource(name: string): ExportSource | undefined {
  return sources.get(name);
}
