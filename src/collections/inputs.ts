/**
 * The GraphQL input types a collection descriptor (./collection.ts) generates: `<name>Filter`,
 * one condition input per filterable field and per relation, with `and`/`or`/`not` unless the
 * descriptor switches them off; and `<name>OrderField` with `<name>Order` when any field sorts.
 * Each is registered with type-graphql as it is made: the schema is built from what is registered.
 */
import { Field, InputType, registerEnumType, type ClassType } from "type-graphql";
import {
  BooleanFilter,
  DateFilter,
  DateTimeFilter,
  DecimalFilter,
  EnumFilter,
  IdFilter,
  IntFilter,
  StringFilter,
} from "../graphql/filters";
import { OrderInput, type OrderShape } from "../graphql/order";
import type { FieldDef, FieldKind } from "./fields";

const FILTER_INPUTS: Record<Exclude<FieldKind, "enum">, ClassType> = {
  string: StringFilter,
  int: IntFilter,
  boolean: BooleanFilter,
  datetime: DateTimeFilter,
  date: DateFilter,
  decimal: DecimalFilter,
  id: IdFilter,
  node: IdFilter,
};

/** What the filter input is made of: the descriptor's fields and relations. */
export interface FilterInputSource {
  name: string;
  description?: string;
  fields: Record<string, FieldDef>;
  relations: Record<string, { to: () => { filterInput: ClassType }; description?: string }>;
  combinators: boolean;
}

/** `<name>Filter`: a condition per filterable field and relation, all of which must hold. */
export function filterInputOf(source: FilterInputSource): ClassType {
  const name = `${source.name}Filter`;
  // A named class, so that type-graphql's metadata and error messages carry the type's name.
  const Filter = { [name]: class {} }[name];
  const add = (key: string, type: () => ClassType | ClassType[], description?: string) =>
    Field(type, { nullable: true, description })(Filter.prototype, key);
  for (const [property, def] of Object.entries(source.fields)) {
    if (def.filter === false) continue;
    const input = def.kind === "enum" ? EnumFilter(def.enumType!, def.enumName!) : FILTER_INPUTS[def.kind];
    add(property, () => input, def.description ?? `Conditions on \`${property}\`.`);
  }
  for (const [relationName, relation] of Object.entries(source.relations)) {
    add(relationName, () => relation.to().filterInput, relation.description ?? `Conditions on the related \`${relationName}\`.`);
  }
  if (source.combinators) {
    add("and", () => [Filter], "Every one of these filters holds.");
    add("or", () => [Filter], "At least one of these filters holds.");
    add("not", () => Filter, "This filter does not hold.");
  }
  InputType(name, { description: source.description ?? `Conditions on ${source.name} rows; all given conditions must hold.` })(Filter);
  return Filter;
}

/** `<name>OrderField` (one value per sortable field) and `<name>Order`; undefined when nothing sorts. */
export function orderInputOf(name: string, orderFields: Record<string, string>): (new () => OrderShape<string>) | undefined {
  const values = Object.keys(orderFields);
  if (values.length === 0) return undefined;
  const orderEnum = Object.fromEntries(values.map((v) => [v, v]));
  registerEnumType(orderEnum, {
    name: `${name}OrderField`,
    description: `What ${name} rows can be ordered by.`,
    valuesConfig: Object.fromEntries(values.map((v) => [v, { description: `By ${v.toLowerCase().replaceAll("_", " ")}.` }])),
  });
  return OrderInput(orderEnum, name);
}
