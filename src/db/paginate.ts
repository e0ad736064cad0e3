/**
 * Keyset pagination for every connection: ordered by the requested keys plus the primary key as
 * tiebreaker, so cursors stay stable while rows are inserted. The cursor holds the last row's
 * key values; the next page starts strictly after them.
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badInput } from "../errors";
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
  const { entities, raw } = await qb.getRawAndEntities();
  const rows = entities.slice(0, first);
  const edges = rows.map((node, index) => ({
    node,
    cursor: encodeCursor(keys.map((_, i) => String((raw[index] as Record<string, unknown>)[`__k${i}`]))),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: entities.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    count,
  };
}
