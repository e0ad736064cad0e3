/**
 * Connections nested under a list (`projects { tasks(first: 10) }`) in one statement per level:
 * the pages of every parent in the batch come from one windowed query (ROW_NUMBER per parent),
 * and `totalCount` from one grouped count, instead of one query per parent row.
 */
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { SqlParams } from "../db/filter-sql";
import { decodeCursor, encodeCursor, type SortKey } from "../db/paginate";
import { DEFAULT_PAGE_SIZE, type Page, type PageArgs } from "../graphql/connection";
import { SortDirection } from "../graphql/filters";

export interface ChildPageSpec {
  /** FROM clause: the child table (and any join that links it to the parent). */
  from: string;
  /** The parent key of a row, e.g. `t.project_id`. */
  parentSql: string;
  /** The child's primary key, e.g. `t.id`: the last sort key and the id handed to `loadRows`. */
  idSql: string;
  /** Visibility and filter predicate over the aliases of `from` ("" for none). */
  where: (params: SqlParams) => string;
  /** Requested order (non-null SQL expressions); the primary key is appended as tiebreaker. */
  order: SortKey[];
  args: PageArgs;
}

interface Slice {
  ids: string[];
  cursors: string[];
  hasNextPage: boolean;
}

function run(db: DataSource, sql: string, params: SqlParams): Promise<Record<string, string>[]> {
  const [query, values] = db.driver.escapeQueryWithParameters(sql, params.values);
  return db.query(query, values);
}

function sliceLoader(db: DataSource, spec: ChildPageSpec): DataLoader<string, Slice> {
  return new DataLoader<string, Slice>(async (parents) => {
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
    const rows = await run(
      db,
      `SELECT w.* FROM (
         SELECT ${spec.parentSql} AS __parent, ${spec.idSql} AS __id,
                ${keys.map((key, i) => `(${key.sql})::text AS __k${i}`).join(", ")},
                ROW_NUMBER() OVER (PARTITION BY ${spec.parentSql}
                                   ORDER BY ${keys.map((key) => `${key.sql} ${key.direction}`).join(", ")}) AS __rn
           FROM ${spec.from}
          WHERE ${conditions.join(" AND ")}) w
        WHERE w.__rn <= ${first + 1}
        ORDER BY w.__parent, w.__rn`,
      params,
    );
    const slices = new Map<string, Slice>(parents.map((p) => [p, { ids: [], cursors: [], hasNextPage: false }]));
    for (const row of rows) {
      const slice = slices.get(row.__parent)!;
      if (slice.ids.length === first) {
        slice.hasNextPage = true;
        continue;
      }
      slice.ids.push(row.__id);
      slice.cursors.push(encodeCursor(keys.map((_, i) => row[`__k${i}`])));
    }
    return parents.map((p) => slices.get(p)!);
  });
}

function countLoader(db: DataSource, spec: ChildPageSpec): DataLoader<string, number> {
  return new DataLoader<string, number>(async (parents) => {
    const params = new SqlParams();
    const where = spec.where(params);
    const rows = await run(
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
 * `key` (the field and its arguments), share one windowed query; `loadRows` turns the page's ids
 * into rows (a by-id loader, batched in turn).
 */
export async function childPage<T>(
  memo: LoaderMemo,
  db: DataSource,
  key: string,
  spec: () => ChildPageSpec,
  parentId: string,
  loadRows: (ids: string[]) => Promise<(T | undefined | Error)[]>,
): Promise<Page<T>> {
  let loaders = memo.get(key) as { slices: DataLoader<string, Slice>; counts: DataLoader<string, number> } | undefined;
  if (!loaders) {
    const made = spec();
    loaders = { slices: sliceLoader(db, made), counts: countLoader(db, made) };
    memo.set(key, loaders);
  }
  const counts = loaders.counts;
  const slice = await loaders.slices.load(parentId);
  const rows = await loadRows(slice.ids);
  const edges = rows.flatMap((node, i) => (node && !(node instanceof Error) ? [{ node, cursor: slice.cursors[i] }] : []));
  return {
    edges,
    pageInfo: { hasNextPage: slice.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    count: () => counts.load(parentId),
  };
}
