/**
 * Keyset pagination, the one implementation behind every connection, top-level and nested: rows
 * ordered by the requested keys plus the primary key as tiebreaker, so cursors stay stable while
 * rows are inserted. A cursor holds its row's key values; the next page starts strictly after them.
 */
import { isUuid } from "../validation/uuid";
import { badInput } from "../errors";
import type { SqlParams } from "./sql";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** The most keys an `orderBy` may give (the primary key is added after them). */
const MAX_ORDER_KEYS = 4;

/** One page of a connection. */
export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Counted only when a client asks for `totalCount`. */
  count: () => Promise<number>;
}

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}

export interface SortKey {
  /** A non-null SQL expression over the query's aliases. */
  sql: string;
  direction: SortDirection;
}

/** BAD_USER_INPUT naming `argument` for an order of more than MAX_ORDER_KEYS keys or with a key given twice. */
export function checkOrderBy(orderBy: readonly { field: string }[] | null | undefined, argument = "orderBy"): void {
  if (!orderBy) return;
  if (orderBy.length > MAX_ORDER_KEYS) throw badInput(argument, `${argument} takes at most ${MAX_ORDER_KEYS} keys, got ${orderBy.length}`);
  const fields = orderBy.map((o) => o.field);
  const repeated = fields.find((field, i) => fields.indexOf(field) !== i);
  if (repeated !== undefined) throw badInput(argument, `${argument} names ${repeated} twice`);
}

function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

function decodeCursor(cursor: string, length: number, argument: string): string[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    // The last key is the primary key, a UUID; no key of any type holds a NUL.
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === "string" && !v.includes("\u0000")) &&
      isUuid(values[length - 1] as string)
    ) {
      return values as string[];
    }
  } catch {
    // fall through
  }
  throw badInput(argument, `${argument} is not a cursor of this list in this order`);
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

/** The order of a page: the requested keys, then the primary key in the last key's direction. */
export class Keyset {
  /** The names the key values go by in a row: `__k0`, `__k1`, … */
  private readonly names: string[];

  private constructor(readonly keys: SortKey[]) {
    this.names = keys.map((_, i) => `__k${i}`);
  }

  /** The requested order, then the primary key (in the last key's direction) as tiebreaker. */
  static of(order: SortKey[], primaryKeySql: string): Keyset {
    return new Keyset([...order, { sql: primaryKeySql, direction: order.at(-1)?.direction ?? SortDirection.ASC }]);
  }

  /** The same keys read the other way: a backward page (`last`/`before`) is read in this order, then turned round. */
  reversed(): Keyset {
    const flip = (d: SortDirection) => (d === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC);
    return new Keyset(this.keys.map((key) => ({ sql: key.sql, direction: flip(key.direction) })));
  }

  /** `(k0)::text AS __k0, …`: each row's key values, which make its cursor. */
  selectSql(): string {
    return this.keys.map((key, i) => `(${key.sql})::text AS ${this.names[i]}`).join(", ");
  }

  orderSql(): string {
    return this.keys.map((key) => `${key.sql} ${key.direction}`).join(", ");
  }

  /**
   * Rows strictly after `cursor` in this order (`undefined` without a cursor); `argument` names the
   * cursor's argument when it is not one of this list's.
   */
  afterSql(cursor: string | null | undefined, params: SqlParams, argument = "after"): string | undefined {
    if (!cursor) return undefined;
    const values = decodeCursor(cursor, this.keys.length, argument);
    const branches = this.keys.map((key, i) => {
      const equal = this.keys.slice(0, i).map((prev, j) => `${prev.sql} = ${params.add(values[j])}`);
      const op = key.direction === SortDirection.ASC ? ">" : "<";
      return `(${[...equal, `${key.sql} ${op} ${params.add(values[i])}`].join(" AND ")})`;
    });
    return `(${branches.join(" OR ")})`;
  }

  /** A row's key values, as selected by `selectSql`. */
  valuesOf(row: Record<string, unknown>): string[] {
    return this.names.map((name) => String(row[name]));
  }
}
