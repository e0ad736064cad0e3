/**
 * One page of a collection, the one way every connection reads its rows: top-level lists
 * (`tasks(first, after, filter, orderBy)`) in one statement, plus one for `totalCount` when asked;
 * nested lists (`projects { tasks(first: 10) }`) in one windowed statement per level for every
 * parent of the batch (ROW_NUMBER per parent), plus one grouped count. Both filter with the
 * collection's visibility predicate and filter spec and page with the same keyset.
 */
import DataLoader from "dataloader";
import type { DataSource, ObjectLiteral } from "typeorm";
import type { Access } from "../auth/access";
import { querySql, SqlParams } from "../db/sql";
import { buildPredicate } from "../collections/filter";
import { CursorEdge, DEFAULT_PAGE_SIZE, Keyset, type Page } from "../db/keyset";
import { badInput } from "../errors";

export type { Page };
import { rowReader } from "../db/rows";
import type { LoaderMemo } from "../loaders";
import { rowKeeper } from "../loaders/by-id.loader";
import { todayOf, systemClock, type Clock } from "../clock";
import type { OrderShape } from "../graphql/order";
import type { Collection } from "./collection";
import type { SqlEnv } from "./fields";

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface ListArgs extends PageArgs {
  filter?: object | null;
  orderBy?: OrderShape<string>[] | null;
}

/** What reading a page needs of the operation (its context provides all of it). */
export interface PageScope {
  db: DataSource;
  clock?: Clock;
  loaders: { pages: LoaderMemo };
}

export interface PageOptions {
  /** Further predicates (visibility is the collection's; these narrow, never widen). */
  where?: (alias: string, params: SqlParams) => string;
}

/** Visibility, the caller's own narrowing and the filter: the WHERE of every page and count. */
function conditions<E extends ObjectLiteral>(
  collection: Collection<E>,
  access: Access,
  args: ListArgs,
  env: SqlEnv,
  options: PageOptions,
): string[] {
  const a = collection.alias;
  return [
    collection.visibility(access, a, env.params),
    options.where?.(a, env.params) ?? "",
    collection.filterable
      ? buildPredicate(args.filter as Record<string, unknown> | undefined, collection.filterSpec(a, env), env.params)
      : "",
  ].filter(Boolean);
}

function envOf(scope: PageScope, access: Access, params: SqlParams): SqlEnv {
  return { params, today: todayOf(scope.clock ?? systemClock), access };
}

/**
 * How one page is read: `first` rows after `after` in the list's order, or the `last` rows before
 * `before` (read in the reverse order, then turned round). Both cursors may bound the same page.
 */
interface Window {
  size: number;
  backward: boolean;
  keyset: Keyset;
  /** The order the rows are read in. */
  reading: Keyset;
  /** The cursors' conditions. */
  bounds: string[];
}

function windowOf<E extends ObjectLiteral>(collection: Collection<E>, args: ListArgs, env: SqlEnv): Window {
  if (args.first != null && args.last != null) throw badInput("last", "give first or last, not both");
  const backward = args.last != null;
  const keyset = Keyset.of(collection.sortKeys(collection.alias, args.orderBy, env), `${collection.alias}.id`);
  const bounds = [keyset.afterSql(args.after, env.params, "after"), keyset.reversed().afterSql(args.before, env.params, "before")];
  return {
    size: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE,
    backward,
    keyset,
    reading: backward ? keyset.reversed() : keyset,
    bounds: bounds.filter((b): b is string => b !== undefined),
  };
}

/**
 * Runs a page's statement. A cursor is the client's to forge: a key value PostgreSQL cannot read
 * as its column's type (a data exception, SQLSTATE class 22) is bad input naming the cursor.
 */
async function throughCursors<T>(args: PageArgs, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const cursor = args.after ? "after" : args.before ? "before" : undefined;
    const code = (error as { driverError?: { code?: unknown } }).driverError?.code;
    if (cursor && typeof code === "string" && code.startsWith("22")) {
      throw badInput(cursor, `${cursor} is not a cursor of this list in this order`);
    }
    throw error;
  }
}

/**
 * `pageInfo` of a window that read `more` than it shows. Across a cursor the other way there are
 * rows (the cursor's own row at least, unless it has been deleted since): Relay's spec lets a
 * server answer that side from the cursor alone rather than with another query.
 */
function pageInfoOf(args: ListArgs, edges: { cursor: string }[], more: boolean): Page<unknown>["pageInfo"] {
  const backward = args.last != null;
  return {
    hasNextPage: backward ? Boolean(args.before) : more,
    hasPreviousPage: backward ? more : Boolean(args.after),
    startCursor: edges.at(0)?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

/** A top-level connection: the viewer's visible rows of `collection`, filtered, ordered, paged. */
export async function listPage<E extends ObjectLiteral>(
  scope: PageScope,
  access: Access,
  collection: Collection<E>,
  args: ListArgs,
  options: PageOptions = {},
): Promise<Page<E>> {
  const a = collection.alias;
  const params = new SqlParams();
  const env = envOf(scope, access, params);
  const where = conditions(collection, access, args, env, options);
  const from = `FROM ${collection.table} ${a}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`;
  // The count shares the filter's parameters; those the cursors add later go unused in it.
  let counted: Promise<number> | undefined;
  const count = () => (counted ??= querySql<{ n: number }>(scope.db, `SELECT count(*)::int AS n ${from}`, params).then((r) => r[0].n));

  const window = windowOf(collection, args, env);
  const bounded = [...where, ...window.bounds];
  const reader = rowReader(scope.db, collection.entity);
  const rows = await throughCursors(args, () =>
    querySql<Record<string, unknown>>(
      scope.db,
      `SELECT ${reader.select(a)}, ${window.keyset.selectSql()} FROM ${collection.table} ${a}
        ${bounded.length ? `WHERE ${bounded.join(" AND ")}` : ""}
        ORDER BY ${window.reading.orderSql()} LIMIT ${window.size + 1}`,
      params,
    ),
  );
  const shown = rows.slice(0, window.size);
  if (window.backward) shown.reverse();
  const edges = shown.map((row) => new CursorEdge(reader.read(row, a), window.keyset.valuesOf(row)));
  return { edges, pageInfo: pageInfoOf(args, edges, rows.length > window.size), count };
}

interface Slice<T> {
  rows: T[];
  /** Each row's sort key values (its cursor, encoded on demand). */
  keys: string[][];
  /** The window holds more rows than the page shows. */
  more: boolean;
}

/**
 * How a nested page finds its parent: a property of the row holding the parent's key, or a join
 * that reaches it (`join` over the collection's alias, `key` the parent's key in SQL).
 */
export type ParentLink<E> = (keyof E & string) | { join: (alias: string) => string; key: string };

interface ChildLoaders<T> {
  slices: DataLoader<string, Slice<T>>;
  counts: DataLoader<string, number>;
}

function childLoaders<E extends ObjectLiteral & { id: string }>(
  scope: PageScope,
  access: Access,
  collection: Collection<E>,
  parent: ParentLink<E>,
  args: ListArgs,
  options: PageOptions & { prime?: DataLoader<string, E | undefined> },
): ChildLoaders<E> {
  const a = collection.alias;
  const parentSql = typeof parent === "string" ? `${a}.${collection.column(parent)}` : parent.key;
  const from = `${collection.table} ${a}${typeof parent === "string" ? "" : ` ${parent.join(a)}`}`;
  const reader = rowReader(scope.db, collection.entity);
  const keep = options.prime && rowKeeper(options.prime);
  const slices = new DataLoader<string, Slice<E>>(async (parents) => {
    const params = new SqlParams();
    const env = envOf(scope, access, params);
    const window = windowOf(collection, args, env);
    const where = [
      `${parentSql} IN ${params.addList([...parents])}`,
      ...conditions(collection, access, args, env, options),
      ...window.bounds,
    ];
    const rows = await throughCursors(args, () =>
      querySql<Record<string, unknown>>(
        scope.db,
        `SELECT w.* FROM (
         SELECT ${parentSql} AS __parent, ${reader.select(a)}, ${window.keyset.selectSql()},
                ROW_NUMBER() OVER (PARTITION BY ${parentSql} ORDER BY ${window.reading.orderSql()}) AS __rn
           FROM ${from}
          WHERE ${where.join(" AND ")}) w
        WHERE w.__rn <= ${window.size + 1}
        ORDER BY w.__parent, w.__rn`,
        params,
      ),
    );
    const result = new Map<string, Slice<E>>(parents.map((p) => [p, { rows: [], keys: [], more: false }]));
    for (const row of rows) {
      const slice = result.get(row.__parent as string)!;
      if (slice.rows.length === window.size) {
        slice.more = true;
        continue;
      }
      const entity = reader.read(row, a);
      slice.rows.push(entity);
      slice.keys.push(window.keyset.valuesOf(row));
      // Later references to these rows by id (e.g. `task { project }`) need no statement of their own.
      keep?.(entity);
    }
    if (window.backward) {
      for (const slice of result.values()) {
        slice.rows.reverse();
        slice.keys.reverse();
      }
    }
    return parents.map((p) => result.get(p)!);
  });
  const counts = new DataLoader<string, number>(async (parents) => {
    const params = new SqlParams();
    const where = [
      `${parentSql} IN ${params.addList([...parents])}`,
      ...conditions(collection, access, args, envOf(scope, access, params), options),
    ];
    const rows = await querySql<{ parent: string; n: number }>(
      scope.db,
      `SELECT ${parentSql} AS parent, count(*)::int AS n FROM ${from}
        WHERE ${where.join(" AND ")} GROUP BY ${parentSql}`,
      params,
    );
    const byParent = new Map(rows.map((r) => [r.parent, r.n]));
    return parents.map((p) => byParent.get(p) ?? 0);
  });
  return { slices, counts };
}

/**
 * A nested connection: the page of `collection` rows whose `parent` is `parentId`.
 * Calls for sibling parents in the same tick, with the same field and arguments (`field`), share
 * one statement; its rows also fill `prime` (the entity's by-id loader).
 */
export async function childPage<E extends ObjectLiteral & { id: string }>(
  scope: PageScope,
  access: Access,
  collection: Collection<E>,
  parent: ParentLink<E>,
  parentId: string,
  args: ListArgs,
  options: PageOptions & { field: string; prime?: DataLoader<string, E | undefined> },
): Promise<Page<E>> {
  const key = `${options.field}:${JSON.stringify(args)}`;
  let loaders = scope.loaders.pages.get(key) as ChildLoaders<E> | undefined;
  if (!loaders) {
    loaders = childLoaders(scope, access, collection, parent, args, options);
    scope.loaders.pages.set(key, loaders);
  }
  const { counts } = loaders;
  const slice = await loaders.slices.load(parentId);
  const edges = slice.rows.map((node, i) => new CursorEdge(node, slice.keys[i]));
  return { edges, pageInfo: pageInfoOf(args, edges, slice.more), count: () => counts.load(parentId) };
}
