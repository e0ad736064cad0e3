/**
 * How a collection describes one of its fields: its kind (which decides the filter input, the SQL
 * comparison and the CSV cell), and whether it sorts, groups or buckets aggregates. One line per
 * field in a collection descriptor, e.g.
 *
 *     dueDate: field.date({ order: "DUE_DATE", nullsAs: "'infinity'::date" }),
 */
import type { Access } from "../auth/access";
import type { SqlParams } from "../db/sql";

export type FieldKind = "string" | "int" | "boolean" | "datetime" | "date" | "decimal" | "enum" | "id" | "node";

/** What SQL built for one statement may use besides the row's alias. */
export interface SqlEnv {
  params: SqlParams;
  /** Today's date (YYYY-MM-DD) by the operation's clock, for fields derived from dates. */
  today: string;
  /** The viewer: a reference to a row they may not see reads as null. */
  access: Pick<Access, "isAdmin" | "viewer">;
}

export interface FieldOptions {
  /** The `<Collection>OrderField` value that sorts by this field. */
  order?: string;
  /**
   * Where rows without a value sort (an SQL literal): keyset pagination needs non-null keys, so a
   * nullable field sorts only with this (`'infinity'::date` puts them last).
   */
  nullsAs?: string;
  /** `false`: not in the filter input (exported or aggregated only). */
  filter?: boolean;
  /** The filter input field's description. */
  description?: string;
  /**
   * The value's SQL when it is not the entity column of the same name (a computed value, or a
   * column of a related row): over the row's alias.
   */
  sql?: (alias: string, env: SqlEnv) => string;
}

export interface FieldDef extends FieldOptions {
  kind: FieldKind;
  /** `enum`: the TypeScript enum and its GraphQL name. */
  enumType?: Record<string, string>;
  enumName?: string;
  /** `id`: the type whose global ids the field holds. */
  idType?: string;
  /** `node`: the property holding the type name of the row the key belongs to. */
  typeProperty?: string;
}

export const field = {
  string: (options: FieldOptions = {}): FieldDef => ({ kind: "string", ...options }),
  int: (options: FieldOptions = {}): FieldDef => ({ kind: "int", ...options }),
  boolean: (options: FieldOptions = {}): FieldDef => ({ kind: "boolean", ...options }),
  datetime: (options: FieldOptions = {}): FieldDef => ({ kind: "datetime", ...options }),
  date: (options: FieldOptions = {}): FieldDef => ({ kind: "date", ...options }),
  decimal: (options: FieldOptions = {}): FieldDef => ({ kind: "decimal", ...options }),
  /** A reference (or the row's own key) that the API shows as a global id of `type`. */
  id: (type: string, options: FieldOptions = {}): FieldDef => ({ kind: "id", idType: type, ...options }),
  /**
   * A key of a row of any type, whose type name is in `typeProperty` (e.g. the entity an audit
   * entry is about): filtered and exported as that row's global id.
   */
  node: (typeProperty: string, options: FieldOptions = {}): FieldDef => ({ kind: "node", typeProperty, ...options }),
  enum: (enumType: Record<string, string>, enumName: string, options: FieldOptions = {}): FieldDef => ({
    kind: "enum",
    enumType,
    enumName,
    ...options,
  }),
};
