/**
 * Connections nested under a list (`projects { tasks(first: 10) }`) in one statement per level:
 * the pages of every parent in the batch, rows included, come from one windowed query
 * (ROW_NUMBER per parent), and `totalCount` from one grouped count, instead of one query per
 * parent row.
 */
import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { SqlParams, querySql } from "../db/filter-sql";
import { CursorEdge, decodeCursor, encodeCursor, type SortKey } from "../db/paginate";
import { rowReader } from "../db/rows";
import { DEFAULT_PAGE_SIZE, type Page, type PageArgs } from "../graphql/connection";
import { SortDirection } from "../graphql/filters";

export interface ChildPageSpec<T extends ObjectLiteral & { id: string }> {
  /** The child entity; its row in `from` is aliased `alias`. */
  entity: EntityTarget<T>;
  alias: string;
  /** FROM clause: the child table (and any join that links it to the parent). */
  from: string;
  /** The parent key of a row, e.g. `t.project_id`. */
  parentSql: string;
  /** The child's primary key, e.g. `t.id`: the last sort key. */
  idSql: string;
  /** Visibility and filter predicate over the aliases of `from` ("" for none). */
  where: (params: SqlParams) => string;
  /** Requested order (non-null SQL expressions); the primary key is appended as tiebreaker. */
  order: SortKey[];
  args: PageArgs;
}

interface Slice<T> {
  rows: T[];
  /** Each row's sort key values (its cursor, encoded on demand). */
  keys: string[][];
  hasNextPage: boolean;
}

function sliceLoader<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  spec: ChildPageSpec<T>,
  prime: DataLoader<string, T | undefined> | undefined,
): DataLoader<string, Slice<T>> {
  const reader = rowReader(db, spec.entity);
  return new DataLoader<string, Slice<T>>(async (parents) => {
    const first = spec.args.first ?? DEFAULT_PAGE_SIZE;
    const keys: SortKey[] = [...spec.order, { sql: spec.idSql, direction: spec.order.at(-1)?.direction ?? SortDirection.ASC }];
    const params = new SqlParams();
    const conditions = [`${spec.parentSql} IN ${params.addList([...parents])}`];
    const where = spec.where(params);
    if (where) conditions.push(where);
    if (spec.args.after) {
      const values = decodeCursor(spec.args.after, keys.length);
      const branches = keys.map((key, i) => {
        const equal = keys.slice(0, i).map((prev, j) => `${prev.sql} = ${params.add(values[j])}`);
        const op = key.direction === SortDirection.ASC ? ">" : "<";
        return `(${[...equal, `${key.sql} ${op} ${params.add(values[i])}`].join(" AND ")})`;
      });
      conditions.push(`(${branches.join(" OR ")})`);
    }
    const rows = await querySql<Record<string, string>>(
      db,
      `SELECT w.* FROM (
         SELECT ${spec.parentSql} AS __parent, ${reader.select(spec.alias)},
                ${keys.map((key, i) => `(${key.sql})::text AS __k${i}`).join(", ")},
                ROW_NUMBER() OVER (PARTITION BY ${spec.parentSql}
                                   ORDER BY ${keys.map((key) => `${key.sql} ${key.direction}`).join(", ")}) AS __rn
           FROM ${spec.from}
          WHERE ${conditions.join(" AND ")}) w
        WHERE w.__rn <= ${first + 1}
        ORDER BY w.__parent, w.__rn`,
      params,
    );
    const keyNames = keys.map((_, i) => `__k${i}`);
    const slices = new Map<string, Slice<T>>(parents.map((p) => [p, { rows: [], keys: [], hasNextPage: false }]));
    for (const row of rows) {
      const slice = slices.get(row.__parent)!;
      if (slice.rows.length === first) {
        slice.hasNextPage = true;
        continue;
      }
      const entity = reader.read(row, spec.alias);
      slice.rows.push(entity);
      slice.keys.push(keyNames.map((name) => row[name]));
      // Later references to these rows by id (e.g. `task { project }`) need no statement of their own.
      prime?.prime(entity.id, entity);
    }
    return parents.map((p) => slices.get(p)!);
  });
}

function countLoader<T extends ObjectLiteral & { id: string }>(db: DataSource, spec: ChildPageSpec<T>): DataLoader<string, number> {
  return new DataLoader<string, number>(async (parents) => {
    const params = new SqlParams();
    const where = spec.where(params);
    const rows = await querySql<Record<string, string>>(
      db,
      `SELECT ${spec.parentSql} AS parent, count(*)::int AS n FROM ${spec.from}
        WHERE ${spec.parentSql} IN ${params.addList([...parents])}${where ? ` AND ${where}` : ""}
        GROUP BY ${spec.parentSql}`,
      params,
    );
    const counts = new Map(rows.map((r) => [r.parent, Number(r.n)]));
    return parents.map((p) => counts.get(p) ?? 0);
  });
}

/** Per-request memo of keyed loaders (one per distinct nested-connection arguments). */
export type LoaderMemo = Map<string, unknown>;

/**
 * One page of `parentId`'s children. Calls for sibling parents in the same tick, with the same
 * `key` (the field and its arguments), share one windowed query; its rows also fill `prime`
 * (the entity's by-id loader).
 */
export async function childPage<T extends ObjectLiteral & { id: string }>(
  memo: LoaderMemo,
  db: DataSource,
  key: string,
  spec: () => ChildPageSpec<T>,
  parentId: string,
  prime?: DataLoader<string, T | undefined>,
): Promise<Page<T>> {
  let loaders = memo.get(key) as { slices: DataLoader<string, Slice<T>>; counts: DataLoader<string, number> } | undefined;
  if (!loaders) {
    const made = spec();
    loaders = { slices: sliceLoader(db, made, prime), counts: countLoader(db, made) };
    memo.set(key, loaders);
  }
  const counts = loaders.counts;
  const slice = await loaders.slices.load(parentId);
  const edges = slice.rows.map((node, i) => new CursorEdge(node, slice.keys[i]));
  const last = slice.keys.at(-1);
  return {
    edges,
    pageInfo: { hasNextPage: slice.hasNextPage, endCursor: last ? encodeCursor(last) : null },
    count: () => counts.load(parentId),
  };
}
