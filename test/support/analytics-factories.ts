/** Helpers for analysts' queries: reading whole connections and exporting CSV over HTTP. */
import Decimal from "decimal.js";
import { gql, ok } from "./client";

/** Every node of a connection under `filter`, following `endCursor` page by page (100 at a time). */
export async function listAll<T = Record<string, any>>(
  url: string,
  token: string,
  query: { field: string; filterType: string; nodeFields: string; orderBy?: { type: string; value: unknown } },
  filter: unknown,
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  const orderArg = query.orderBy ? `, $orderBy: [${query.orderBy.type}!]` : "";
  const orderUse = query.orderBy ? ", orderBy: $orderBy" : "";
  for (;;) {
    const data: Record<string, any> = ok(
      await gql(
        url,
        `query($filter: ${query.filterType}, $after: String${orderArg}) {
           ${query.field}(first: 100, after: $after, filter: $filter${orderUse}) {
             pageInfo { hasNextPage endCursor } edges { node { ${query.nodeFields} } }
           }
         }`,
        { filter, after, ...(query.orderBy ? { orderBy: query.orderBy.value } : {}) },
        token,
      ),
    );
    const page = data[query.field];
    nodes.push(...page.edges.map((e: { node: T }) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** Totals per group key computed from listed rows: count and exact sum of `amount(row)`. */
export function totalsBy<T>(
  rows: T[],
  keyOf: (row: T) => string,
  amount?: (row: T) => string | null,
): Map<string, { count: number; sum: string | null }> {
  const totals = new Map<string, { count: number; sum: Decimal | null }>();
  for (const row of rows) {
    const key = keyOf(row);
    const entry = totals.get(key) ?? { count: 0, sum: null };
    entry.count += 1;
    const value = amount?.(row);
    if (value !== null && value !== undefined) entry.sum = (entry.sum ?? new Decimal(0)).plus(value);
    totals.set(key, entry);
  }
  return new Map([...totals].map(([k, v]) => [k, { count: v.count, sum: v.sum === null ? null : v.sum.toFixed(2) }]));
}

/** Groups of an aggregate as the same map: key string → { count, sum }. */
export function groupsBy(
  groups: { key: Record<string, unknown>; count: number; sum?: Record<string, string | null> }[],
  keyOf: (key: Record<string, any>) => string,
  measure?: string,
): Map<string, { count: number; sum: string | null }> {
  return new Map(groups.map((g) => [keyOf(g.key), { count: g.count, sum: measure ? (g.sum?.[measure] ?? null) : null }]));
}

/** The quarter label of a day, as aggregates name it. */
export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** GET /export/<collection>.csv as the given user. */
export function exportCsv(url: string, token: string | undefined, collection: string, filter?: unknown): Promise<Response> {
  const base = url.replace(/\/graphql$/, "");
  const query = filter === undefined ? "" : `?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return fetch(`${base}/export/${collection}.csv${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}
