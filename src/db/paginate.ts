/**
 * Keyset pagination for every connection: ordered by the requested keys plus the primary key as
 * tiebreaker, so cursors stay stable while rows are inserted. The cursor holds the last row's
 * key values; the next page starts strictly after them.
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badInput } from "../errors";
import { rowReader } from "./rows";
import { DEFAULT_PAGE_SIZE, type Page, type PageArgs } from "../graphql/connection";
import { SortDirection } from "../graphql/filters";

export interface SortKey {
  /** A non-null SQL expression over the query's aliases. */
  sql: string;
  direction: SortDirection;
}

/** A cursor: the row's sort key values (shared with the batched child pages in src/loaders). */
export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** An edge whose cursor is encoded only when a client asks for it. */
export class CursorEdge<T> {
  constructor(
    readonly node: T,
    private readonly keys: string[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.keys);
  }
}

export function decodeCursor(cursor: string, length: number): string[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(values) && values.length === length && values.every((v) => typeof v === "string")) {
      return values as string[];
    }
  } catch {
    // fall through
  }
  throw badInput("after", "after is not a cursor of this list in this order");
}

/** Runs `qb` (already filtered to what the viewer may see) as one page of a connection. */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  order: SortKey[],
  primaryKeySql: string,
): Promise<Page<T>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const countQuery = qb.clone();
  let counted: Promise<number> | undefined;
  const count = () => (counted ??= countQuery.getCount());

  const keys: SortKey[] = [...order, { sql: primaryKeySql, direction: order.at(-1)?.direction ?? SortDirection.ASC }];
  keys.forEach((key, i) => {
    qb.addSelect(`(${key.sql})::text`, `__k${i}`);
    qb.addOrderBy(key.sql, key.direction);
  });

  if (args.after) {
    const values = decodeCursor(args.after, keys.length);
    const params: Record<string, string> = {};
    const branches = keys.map((key, i) => {
      const equal = keys.slice(0, i).map((prev, j) => `${prev.sql} = :__c${j}`);
      const op = key.direction === SortDirection.ASC ? ">" : "<";
      params[`__c${i}`] = values[i];
      return `(${[...equal, `${key.sql} ${op} :__c${i}`].join(" AND ")})`;
    });
    qb.andWhere(`(${branches.join(" OR ")})`, params);
  }

  qb.limit(first + 1);
  // Raw rows read into entities directly: the ORM's generic transformer costs more than the rows.
  const raw = await qb.getRawMany<Record<string, unknown>>();
  const reader = rowReader(qb.connection, qb.expressionMap.mainAlias!.target);
  const keyNames = keys.map((_, i) => `__k${i}`);
  const edges = raw
    .slice(0, first)
    .map((row) => new CursorEdge(reader.read(row, qb.alias) as T, keyNames.map((name) => String(row[name]))));
  const last = edges.at(-1);
  return {
    edges,
    pageInfo: { hasNextPage: raw.length > first, endCursor: last ? last.cursor : null },
    count,
  };
}
