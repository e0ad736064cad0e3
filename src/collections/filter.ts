/**
 * Filter inputs → SQL. One translator for every collection: a collection describes its
 * filterable fields once (a `FilterSpec`), and any `and` / `or` / `not` tree of per-field
 * conditions becomes a parenthesised SQL predicate. Every value is a bound parameter.
 */
import { badInput } from "../errors";
import type { SqlParams } from "../db/sql";
import { fromGlobalId, keyOf } from "../graphql/global-id";

/**
 * How large one filter may grow (SECURITY.md lists them): the longest `in` list, the longest
 * `and` / `or` list, how deeply its objects may nest (`and`, `or`, `not` and relations each add a
 * level), and how many conditions it may hold in all. The cost estimator also charges each
 * condition (src/graphql/limits.ts), so a large filter spends a client's budget like a large page.
 */
const FILTER_LIMITS = { maxInValues: 100, maxListLength: 50, maxDepth: 8, maxConditions: 200 } as const;
const MAX_IN_VALUES = FILTER_LIMITS.maxInValues;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The number of conditions in a filter value (raw JSON or as GraphQL coerced it): every scalar
 * leaf, an `in` list counting once. Throws BAD_USER_INPUT naming the offending path under `path`
 * when the value exceeds a bound of FILTER_LIMITS; it never recurses deeper than `maxDepth`, whatever it is given.
 */
export function measureFilter(value: unknown, path = "filter"): number {
  let conditions = 0;
  const walk = (node: unknown, at: string, depth: number): void => {
    if (depth > FILTER_LIMITS.maxDepth) {
      throw badInput(at, `${path} nests more than ${FILTER_LIMITS.maxDepth} levels deep`);
    }
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      if (child === undefined || child === null) continue;
      const here = `${at}.${key}`;
      if (Array.isArray(child)) {
        const max = key === "in" ? FILTER_LIMITS.maxInValues : FILTER_LIMITS.maxListLength;
        if (child.length > max) throw badInput(here, `${here} has ${child.length} entries; at most ${max}`);
        if (key === "in") conditions += 1;
        else child.forEach((entry, i) => (isPlainObject(entry) ? walk(entry, `${here}[${i}]`, depth + 1) : (conditions += 1)));
      } else if (isPlainObject(child)) {
        walk(child, here, depth + 1);
      } else {
        conditions += 1;
      }
      if (conditions > FILTER_LIMITS.maxConditions) {
        throw badInput(path, `${path} has more than ${FILTER_LIMITS.maxConditions} conditions`);
      }
    }
  };
  if (isPlainObject(value)) walk(value, path, 1);
  return conditions;
}

export type FieldKind = "string" | "number" | "boolean" | "datetime" | "date" | "enum" | "decimal";

export type FieldSpec =
  | { kind: FieldKind; sql: string }
  /**
   * A reference filtered by global id of `type`: `sql` is the stored key, `visible` (when the viewer
   * may not see every row of `type`) whether its row is one they see. A reference to a row they may
   * not see reads as null: `eq` its id matches nothing, as for an id that does not exist.
   */
  | { kind: "id"; sql: string; type: string; visible?: string }
  /**
   * A reference to a row of any type, filtered by global id: the type lands in `typeSql` and the
   * key in `keySql` (e.g. the entity an audit entry is about).
   */
  | { kind: "node"; typeSql: string; keySql: string }
  /**
   * A condition across a relation: `exists(alias)` is an SQL predicate correlating a row of the
   * related table (under `alias`) with the outer row; the nested filter applies to that row.
   */
  | { kind: "relation"; exists: (alias: string) => string; spec: (alias: string) => FilterSpec };

export type FilterSpec = Record<string, FieldSpec>;

const COMPARISONS: Record<string, string> = { eq: "=", ne: "<>", gt: ">", gte: ">=", lt: "<", lte: "<=" };

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type Condition = Record<string, unknown>;

function fieldPredicate(path: string, spec: FieldSpec, condition: Condition, params: SqlParams): string[] {
  if (spec.kind === "relation") {
    const alias = params.alias();
    const inner = buildPredicate(condition, spec.spec(alias), params, path);
    return [`EXISTS (${spec.exists(alias)}${inner ? ` AND ${inner}` : ""})`];
  }
  if (spec.kind === "node") return nodePredicate(path, spec, condition, params);
  if (spec.kind === "id" && spec.visible) return referencePredicate(path, { ...spec, visible: spec.visible }, condition, params);
  const parts: string[] = [];
  const value = (raw: unknown, op: string): unknown => {
    if (spec.kind === "id") return keyOf(raw as string, spec.type, `${path}.${op}`);
    // Decimals travel as exact strings (pg would JSON-encode the object).
    if (spec.kind === "decimal") return String(raw);
    // The Date scalar parses to midnight UTC; compare the day it names, whatever the server's time zone.
    if (spec.kind === "date" && raw instanceof Date) return raw.toISOString().slice(0, 10);
    return raw;
  };
  for (const [op, raw] of Object.entries(condition)) {
    if (raw === undefined || raw === null) continue;
    if (op === "isNull") {
      parts.push(`${spec.sql} IS ${raw ? "" : "NOT "}NULL`);
    } else if (op === "in") {
      const list = raw as unknown[];
      if (list.length > MAX_IN_VALUES) throw badInput(`${path}.in`, `at most ${MAX_IN_VALUES} values`);
      parts.push(list.length === 0 ? "FALSE" : `${spec.sql} IN ${params.addList(list.map((v) => value(v, "in")))}`);
    } else if (op === "contains") {
      parts.push(`${spec.sql} ILIKE ${params.add(`%${escapeLike(typeof raw === "string" ? raw : JSON.stringify(raw))}%`)}`);
    } else if (op in COMPARISONS) {
      // `ne` keeps rows where the field is null: "not equal to X" includes "no value".
      // Timestamps are stored to the microsecond but travel in the API to the millisecond: compare
      // at the API's precision, so a value read from the API finds its own row with `eq`.
      const column = spec.kind === "datetime" ? `date_trunc('milliseconds', ${spec.sql})` : spec.sql;
      const predicate = `${column} ${COMPARISONS[op]} ${params.add(value(raw, op))}`;
      parts.push(op === "ne" ? `(${predicate} OR ${spec.sql} IS NULL)` : predicate);
    } else {
      throw badInput(`${path}.${op}`, `unknown operator ${op}`);
    }
  }
  return parts;
}

/** An id filter over a reference that reads as null where its row is hidden (`ne` and `isNull` included). */
function referencePredicate(
  path: string,
  spec: { sql: string; type: string; visible: string },
  condition: Condition,
  params: SqlParams,
): string[] {
  const plain = fieldPredicate(path, { kind: "id", sql: spec.sql, type: spec.type }, condition, params);
  const shown = `(${spec.sql} IS NOT NULL AND ${spec.visible})`;
  return Object.entries(condition)
    .filter(([, raw]) => raw !== undefined && raw !== null)
    .map(([op, raw], i) => {
      if (op === "isNull") return raw ? `NOT ${shown}` : shown;
      // `ne` keeps the rows whose reference reads as null, like any other null.
      if (op === "ne") return `(${plain[i]} OR NOT ${shown})`;
      return `(${plain[i]} AND ${spec.visible})`;
    });
}

function nodePredicate(path: string, spec: { typeSql: string; keySql: string }, condition: Condition, params: SqlParams): string[] {
  const one = (raw: unknown, op: string): string => {
    const parsed = fromGlobalId(raw as string);
    if (!parsed) throw badInput(`${path}.${op}`, `${path}.${op} must be a global id`);
    return `(${spec.typeSql} = ${params.add(parsed.type)} AND ${spec.keySql} = ${params.add(parsed.key)})`;
  };
  const parts: string[] = [];
  for (const [op, raw] of Object.entries(condition)) {
    if (raw === undefined || raw === null) continue;
    if (op === "eq") parts.push(one(raw, op));
    else if (op === "ne") parts.push(`NOT ${one(raw, op)}`);
    else if (op === "in") {
      const list = raw as unknown[];
      if (list.length > MAX_IN_VALUES) throw badInput(`${path}.in`, `at most ${MAX_IN_VALUES} values`);
      parts.push(list.length === 0 ? "FALSE" : `(${list.map((v) => one(v, "in")).join(" OR ")})`);
    } else if (op === "isNull") parts.push(`${spec.keySql} IS ${raw ? "" : "NOT "}NULL`);
    else throw badInput(`${path}.${op}`, `unknown operator ${op}`);
  }
  return parts;
}

/**
 * The SQL predicate for `filter` (an object of field conditions plus `and`, `or`, `not`),
 * or `""` when it constrains nothing. `path` names the argument in error messages.
 */
export function buildPredicate(filter: Condition | undefined | null, spec: FilterSpec, params: SqlParams, path = "filter"): string {
  if (!filter) return "";
  const parts: string[] = [];
  for (const [key, condition] of Object.entries(filter)) {
    if (condition === undefined || condition === null) continue;
    if (key === "and" || key === "or") {
      const children = (condition as Condition[])
        .map((child, i) => buildPredicate(child, spec, params, `${path}.${key}[${i}]`))
        .map((sql) => sql || "TRUE");
      if (children.length === 0) continue;
      parts.push(`(${children.join(key === "and" ? " AND " : " OR ")})`);
    } else if (key === "not") {
      const inner = buildPredicate(condition as Condition, spec, params, `${path}.not`);
      if (inner) parts.push(`NOT COALESCE(${inner}, FALSE)`);
    } else {
      const field = spec[key];
      if (!field) throw badInput(`${path}.${key}`, `cannot filter on ${key}`);
      parts.push(...fieldPredicate(`${path}.${key}`, field, condition as Condition, params));
    }
  }
  if (parts.length === 0) return "";
  return parts.length === 1 ? parts[0] : `(${parts.join(" AND ")})`;
}
