/**
 * A collection descriptor: everything the API says about one kind of row, in one place, naming
 * the entity's properties by `keyof` (a renamed property fails to compile). From it come the
 * GraphQL filter input and order enum, the filter's SQL, the sort keys of keyset pagination, the
 * CSV export's columns and the aggregate's dimensions, dates and measures. Lists, nested pages,
 * exports and aggregates all apply the same visibility predicate, so they agree on what a viewer
 * may see.
 *
 * Adding a filterable, sortable field is one line in `fields` (plus the entity column and its
 * migration); exporting it is its name in `export`. See docs/architecture.md.
 */
import { getMetadataArgsStorage, type ObjectLiteral } from "typeorm";
import type { ClassType } from "type-graphql";
import type { Access } from "../auth/access";
import type { SqlParams } from "../db/sql";
import type { FilterSpec, FieldSpec } from "../collections/filter";
import { SnakeNamingStrategy, tableOf } from "../db/naming-strategy";
import { SortDirection, checkOrderBy, type SortKey } from "../db/keyset";
import { ID_KEY_TYPES, type AggregateSource, type DateSpec, type DimensionSpec, type KeyField } from "../db/aggregate";
import { isReferenceType, visibleReferenceSql } from "../auth/visibility-sql";
import type { OrderShape } from "../graphql/order";
import type { FieldDef, FieldKind, SqlEnv } from "./fields";
import { filterInputOf, orderInputOf } from "./inputs";

type Props<E> = keyof E & string;

/** What a relation needs of the collection it leads to. */
export interface RelationTarget {
  readonly table: string;
  readonly filterInput: ClassType;
  column(property: string): string;
  filterSpec(alias: string, env: SqlEnv): FilterSpec;
  /** The rows of it the viewer may see, when it has a rule of its own. */
  visibleSql(alias: string, env: SqlEnv): string | undefined;
}

/** A condition across a related collection: `{ project: { status: { eq: ACTIVE } } }`. */
export interface RelationDef<E> {
  /** The related collection (a function: descriptors refer to each other). */
  to: () => RelationTarget;
  /** Many-to-one: this row's property holding the related row's key. */
  on?: Props<E>;
  /** One-to-many: the related row's property holding this row's key. */
  by?: string;
  /** A further condition on the related row (SQL over its alias), e.g. "not removed". */
  where?: (alias: string) => string;
  description?: string;
}

export type ColumnType = "text" | "id" | "datetime" | "decimal" | "boolean" | "int" | "json";

/** One CSV column: SQL over the collection's alias; dates and decimals are selected as text. */
export interface ExportColumn {
  header: string;
  sql: (alias: string, env: SqlEnv) => string;
  type: ColumnType;
  /** For `id` columns: the type the global id names. */
  idType?: string;
}

/** An aggregate dimension: a field of the collection, or SQL over the alias and named joins. */
export type DimensionDef<E> = { description: string; key?: KeyField } & (
  { field: Props<E> } | { sql: (alias: string) => string; key: KeyField; joins?: readonly string[] }
);

export interface AggregateDef<E> {
  /** Many-to-one joins only (name → SQL over the alias), so that no row is counted twice. */
  joins?: Record<string, (alias: string) => string>;
  dimensions: Record<string, DimensionDef<E>>;
  dates: Record<string, { field: Props<E>; description: string }>;
  defaultDate: string;
  measures?: Record<string, Props<E> | ((alias: string) => string)>;
  /** Dimensions always grouped by: money is never added across currencies. */
  implicitGroupBy?: string[];
}

export interface CollectionDef<E extends ObjectLiteral> {
  /** The GraphQL type name: `<name>Filter`, `<name>OrderField`, `<name>Order` derive from it. */
  name: string;
  entity: new () => E;
  /** The table's alias in every statement about this collection. */
  alias: string;
  description?: string;
  /** `false`: the collection's lists take no `filter` (there is no `<name>Filter` input). */
  filter?: false;
  /** `false`: the filter input has no `and`/`or`/`not` (a plain condition on a related row). */
  combinators?: false;
  /** The rows the viewer may see, as an SQL predicate over the alias (src/auth). */
  visibility?: (access: SqlEnv["access"], alias: string, params: SqlParams) => string;
  fields: Partial<Record<Props<E>, FieldDef>> & Record<string, FieldDef>;
  relations?: Record<string, RelationDef<E>>;
  /** The connection's order when the client asks for none (the primary key always comes last). */
  defaultOrder?: [Props<E>, SortDirection][];
  /** CSV columns in order: fields by name, or computed columns. */
  export?: { path: string; columns: (Props<E> | ExportColumn)[] };
  aggregate?: AggregateDef<E>;
}

const naming = new SnakeNamingStrategy();

type FilterKind = Exclude<FieldSpec["kind"], "relation" | "node" | "id">;

const SQL_KINDS: Record<Exclude<FieldKind, "node">, FilterKind | "id"> = {
  string: "string",
  int: "number",
  boolean: "boolean",
  datetime: "datetime",
  date: "date",
  decimal: "decimal",
  enum: "enum",
  id: "id",
};

export class Collection<E extends ObjectLiteral> {
  readonly name: string;
  readonly alias: string;
  readonly entity: new () => E;
  readonly fields: Record<string, FieldDef>;
  readonly relations: Record<string, RelationDef<E>>;
  /** `<name>Filter`: one argument shape for the connection, its aggregate and its CSV export. */
  readonly filterInput: ClassType;
  readonly filterable: boolean;
  /** `<name>OrderField` (values → the field each sorts by) and `<name>Order`, when any field sorts. */
  readonly orderFields: Record<string, string>;
  readonly orderInput: (new () => OrderShape<string>) | undefined;
  private readonly defaultOrder: [string, SortDirection][];
  private columns = new Map<string, string>();
  private aggregateSource?: AggregateSource;

  constructor(readonly def: CollectionDef<E>) {
    this.name = def.name;
    this.alias = def.alias;
    this.entity = def.entity;
    this.fields = def.fields;
    this.relations = def.relations ?? {};
    this.defaultOrder = def.defaultOrder ?? [];
    this.filterable = def.filter !== false;
    // Built at once (not on first use): type-graphql must know every input type before it builds the schema.
    this.filterInput = this.filterable
      ? filterInputOf({
          name: def.name,
          description: def.description,
          fields: def.fields,
          relations: this.relations,
          combinators: def.combinators !== false,
        })
      : class {};
    this.orderFields = {};
    for (const [property, spec] of Object.entries(this.fields)) {
      if (spec.order) this.orderFields[spec.order] = property;
    }
    for (const property of [...Object.values(this.orderFields), ...this.defaultOrder.map(([p]) => p)]) this.assertSortable(property);
    this.orderInput = orderInputOf(this.name, this.orderFields);
    for (const [property, spec] of Object.entries(this.fields)) {
      if (this.referenceType(spec) && !isReferenceType(spec.idType!)) {
        throw new Error(`${this.name}.${property} holds ids of ${spec.idType}, which has no visibility rule for references`);
      }
    }
  }

  /** The type of the row a field refers to, or undefined for other fields (and the row's own id). */
  private referenceType(spec: FieldDef | undefined): string | undefined {
    return spec?.kind === "id" && spec.idType !== this.name ? spec.idType : undefined;
  }

  /**
   * `idSql`, an id of a `type` row, or null when the viewer may not see that row: every reference
   * a list, an export or an aggregate shows goes through the referenced row's visibility rule.
   */
  private reference(type: string | undefined, idSql: string, env: SqlEnv): string {
    if (!type) return idSql;
    const visible = visibleReferenceSql(env.access, type, idSql, env.params);
    return visible === "TRUE" ? idSql : `CASE WHEN ${visible} THEN ${idSql} END`;
  }

  /** A keyset compares its keys with = and >: a NULL key would drop rows from every next page. */
  private assertSortable(property: string): void {
    const spec = this.fields[property] as FieldDef | undefined;
    if (!spec?.sql && !spec?.nullsAs && this.columnArgs(property).options.nullable) {
      throw new Error(`${this.name}.${property} is nullable: it sorts only with a nullsAs`);
    }
  }

  /** The table, quoted (some table names are reserved words, e.g. "user"). */
  get table(): string {
    return tableOf(this.entity);
  }

  /** The SQL column of an entity property, by the same naming strategy as the DataSource's. */
  column(property: string): string {
    let column = this.columns.get(property);
    if (!column) {
      column = naming.columnName(property, this.columnArgs(property).options.name, []);
      this.columns.set(property, column);
    }
    return column;
  }

  /** The entity's column declaration of `property` (TypeORM's public metadata). */
  private columnArgs(property: string) {
    const args = getMetadataArgsStorage()
      .filterColumns(this.entity)
      .find((c) => c.propertyName === property);
    if (!args) throw new Error(`${this.entity.name}.${property} is not a column`);
    return args;
  }

  /** A field's value as SQL over `alias` (a reference to a row the viewer may not see: null). */
  sql(property: string, alias: string, env: SqlEnv): string {
    return this.reference(this.referenceType(this.fields[property]), this.storedSql(property, alias, env), env);
  }

  /** A field's value as stored, whoever asks. */
  private storedSql(property: string, alias: string, env: Omit<SqlEnv, "access">): string {
    const spec = this.fields[property];
    return spec?.sql ? spec.sql(alias, env as SqlEnv) : `${alias}.${this.column(property)}`;
  }

  visibleSql(alias: string, env: SqlEnv): string | undefined {
    return this.def.visibility?.(env.access, alias, env.params);
  }

  visibility(access: Access, alias: string, params: SqlParams): string {
    if (!this.def.visibility) throw new Error(`${this.name} has no visibility rule`);
    return this.def.visibility(access, alias, params);
  }

  /** The filter's SQL translation table (./filter.ts) over `alias`. */
  filterSpec(alias: string, env: SqlEnv): FilterSpec {
    const spec: FilterSpec = {};
    for (const [property, def] of Object.entries(this.fields)) {
      if (def.filter === false) continue;
      if (def.kind === "node") {
        spec[property] = { kind: "node", typeSql: this.sql(def.typeProperty!, alias, env), keySql: this.sql(property, alias, env) };
        continue;
      }
      if (def.kind === "id") {
        // The stored key (which its index serves) and whether its row is visible, apart.
        const sql = this.storedSql(property, alias, env);
        const type = this.referenceType(def);
        const visible = type ? visibleReferenceSql(env.access, type, sql, env.params) : "TRUE";
        spec[property] = { kind: "id", sql, type: def.idType!, visible: visible === "TRUE" ? undefined : visible };
        continue;
      }
      spec[property] = { kind: SQL_KINDS[def.kind] as FilterKind, sql: this.sql(property, alias, env) };
    }
    for (const [name, relation] of Object.entries(this.relations)) {
      const target = relation.to();
      spec[name] = {
        kind: "relation",
        exists: (r) => {
          const link = relation.on ? `${r}.id = ${this.sql(relation.on, alias, env)}` : `${r}.${target.column(relation.by!)} = ${alias}.id`;
          // A condition on related rows the viewer may not see would tell them those rows exist.
          const conditions = [link, relation.where?.(r), target.visibleSql(r, env)].filter(Boolean);
          return `SELECT 1 FROM ${target.table} ${r} WHERE ${conditions.join(" AND ")}`;
        },
        spec: (r) => target.filterSpec(r, env),
      };
    }
    return spec;
  }

  /** The requested order as sort keys over `alias`, or the default order when none is requested. */
  sortKeys(alias: string, orderBy: OrderShape<string>[] | null | undefined, env: SqlEnv): SortKey[] {
    checkOrderBy(orderBy);
    const requested: [string, SortDirection][] = orderBy?.length
      ? orderBy.map((o) => [this.orderFields[o.field], o.direction])
      : this.defaultOrder;
    return requested.map(([property, direction]) => {
      const sql = this.sql(property, alias, env);
      const nullsAs = this.fields[property]?.nullsAs;
      return { sql: nullsAs ? `COALESCE(${sql}, ${nullsAs})` : sql, direction };
    });
  }

  /** The CSV columns, in order; an id column of another row goes through that row's visibility. */
  exportColumns(): ExportColumn[] {
    return (this.def.export?.columns ?? []).map((column) => {
      if (typeof column === "string") return this.exportColumn(column);
      if (column.type !== "id" || !column.idType) return column;
      return { ...column, sql: (a: string, env: SqlEnv) => this.reference(column.idType, column.sql(a, env), env) };
    });
  }

  /**
   * The aggregate as `env`'s viewer runs it: a group key that is the id of a row they may not see
   * reads as null, as the row's reference does everywhere else.
   */
  aggregateFor(env: SqlEnv): AggregateSource {
    const source = this.aggregate();
    const dimensions = Object.fromEntries(
      Object.entries(source.dimensions).map(([name, dim]) => [name, { ...dim, sql: this.reference(ID_KEY_TYPES[dim.key], dim.sql, env) }]),
    );
    return { ...source, dimensions };
  }

  /** The aggregate's dimensions, dates and measures, over the collection's alias, as stored. */
  aggregate(): AggregateSource {
    const def = this.def.aggregate;
    if (!def) throw new Error(`${this.name} has no aggregate`);
    if (this.aggregateSource) return this.aggregateSource;
    const a = this.alias;
    // Aggregated values are plain columns and joins: a field whose SQL needs a parameter (today's
    // date, say) cannot be a dimension, a date or a measure, and says so at start.
    const name = this.name;
    const env: Omit<SqlEnv, "access"> = {
      get params(): SqlParams {
        throw new Error(`${name}: an aggregate dimension, date or measure cannot depend on parameters`);
      },
      today: "",
    };
    const dimensions: Record<string, DimensionSpec> = {};
    for (const [name, dim] of Object.entries(def.dimensions)) {
      dimensions[name] =
        "field" in dim
          ? { key: dim.key ?? (dim.field as KeyField), sql: this.storedSql(dim.field, a, env), description: dim.description }
          : { key: dim.key, sql: dim.sql(a), joins: dim.joins && [...dim.joins], description: dim.description };
    }
    const dates: Record<string, DateSpec> = {};
    for (const [name, date] of Object.entries(def.dates)) {
      const type = this.fields[date.field]?.kind === "date" ? "date" : "timestamptz";
      dates[name] = { sql: this.storedSql(date.field, a, env), type, description: date.description };
    }
    const measures: Record<string, string> = {};
    for (const [name, measure] of Object.entries(def.measures ?? {})) {
      measures[name] = typeof measure === "function" ? measure(a) : this.storedSql(measure, a, env);
    }
    const joins = Object.fromEntries(Object.entries(def.joins ?? {}).map(([name, join]) => [name, join(a)]));
    this.aggregateSource = {
      table: this.table,
      alias: a,
      joins,
      dimensions,
      dates,
      defaultDate: def.defaultDate,
      measures,
      implicitGroupBy: def.implicitGroupBy,
    };
    return this.aggregateSource;
  }

  private exportColumn(property: string): ExportColumn {
    const def = this.fields[property];
    if (!def) throw new Error(`${this.name}.${property} is exported but not described`);
    const value = (a: string, env: SqlEnv) => this.sql(property, a, env);
    switch (def.kind) {
      case "id":
        return { header: property, sql: value, type: "id", idType: def.idType };
      case "node":
        // The global id's type is the row's own (see the export handler's `cell`).
        return { header: property, sql: (a, env) => `${this.sql(def.typeProperty!, a, env)} || ':' || ${value(a, env)}`, type: "id" };
      case "enum":
        return { header: property, sql: (a, env) => `${value(a, env)}::text`, type: "text" };
      case "date":
        return { header: property, sql: (a, env) => `(${value(a, env)})::text`, type: "text" };
      case "decimal":
        return { header: property, sql: (a, env) => `(${value(a, env)})::text`, type: "decimal" };
      case "datetime":
        return { header: property, sql: value, type: "datetime" };
      case "boolean":
        return { header: property, sql: value, type: "boolean" };
      case "int":
        return { header: property, sql: value, type: "int" };
      default:
        return { header: property, sql: value, type: "text" };
    }
  }
}

/** Any collection, whatever its entity (for registries and code that walks every collection). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the entity type is erased on purpose
export type AnyCollection = Collection<any>;

export function defineCollection<E extends ObjectLiteral>(def: CollectionDef<E>): Collection<E> {
  return new Collection(def);
}

export { SortDirection };
