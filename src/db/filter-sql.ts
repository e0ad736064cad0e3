/**
 * Filter inputs → SQL. One translator for every collection: a collection describes its
 * filterable fields once (a `FilterSpec`), and any `and` / `or` / `not` tree of per-field
 * conditions becomes a parenthesised SQL predicate. Every value is a bound parameter.
 */
import { badInput } from "../errors";
import { keyOf } from "../graphql/global-id";
import { MAX_IN_VALUES } from "../graphql/filters";

export type FieldKind = "string" | "number" | "boolean" | "datetime" | "date" | "enum" | "decimal";

export type FieldSpec =
  | { kind: FieldKind; sql: string }
  /** A reference filtered by global id of `type`. */
  | { kind: "id"; sql: string; type: string }
  /**
   * A condition across a relation: `exists(alias)` is an SQL predicate correlating a row of the
   * related table (under `alias`) with the outer row; the nested filter applies to that row.
   */
  | { kind: "relation"; exists: (alias: string) => string; spec: (alias: string) => FilterSpec };

export type FilterSpec = Record<string, FieldSpec>;

/** Collects bound parameters under unique names while a predicate is built. */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  private aliases = 0;

  add(value: unknown): string {
    const name = `f${this.next++}`;
    this.values[name] = value;
    return `:${name}`;
  }
  addList(values: unknown[]): string {
    const name = `f${this.next++}`;
    this.values[name] = values;
    return `(:...${name})`;
  }
  alias(): string {
    return `_r${this.aliases++}`;
  }
}

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
  const parts: string[] = [];
  const value = (raw: unknown, op: string): unknown => {
    if (spec.kind === "id") return keyOf(raw as string, spec.type, `${path}.${op}`);
    // Decimals travel as exact strings (pg would JSON-encode the object).
    if (spec.kind === "decimal") return String(raw);
    // Days as "YYYY-MM-DD": a Date would be sent as an instant in the process's time zone.
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
      parts.push(`${spec.sql} ILIKE ${params.add(`%${escapeLike(String(raw))}%`)}`);
    } else if (op in COMPARISONS) {
      // `ne` keeps rows where the field is null: "not equal to X" includes "no value".
      const predicate = `${spec.sql} ${COMPARISONS[op]} ${params.add(value(raw, op))}`;
      parts.push(op === "ne" ? `(${predicate} OR ${spec.sql} IS NULL)` : predicate);
    } else {
      throw badInput(`${path}.${op}`, `unknown operator ${op}`);
    }
  }
  return parts;
}

/**
 * The SQL predicate for `filter` (an object of field conditions plus `and`, `or`, `not`),
 * or `""` when it constrains nothing. `path` names the argument in error messages.
 */
export function buildPredicate(
  filter: Condition | undefined | null,
  spec: FilterSpec,
  params: SqlParams,
  path = "filter",
): string {
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
