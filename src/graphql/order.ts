import { Field, InputType } from "type-graphql";
import { SortDirection } from "./filters";
import type { SortKey } from "../db/paginate";

export interface OrderShape<F extends string> {
  field: F;
  direction: SortDirection;
}

/** `<Name>Order { field: <Name>OrderField!, direction: SortDirection = ASC }` for one collection. */
export function OrderInput<F extends string>(fieldEnum: Record<string, F>, name: string) {
  @InputType(`${name}Order`)
  class Order implements OrderShape<F> {
    @Field(() => fieldEnum) field!: F;
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
  }
  return Order;
}

/** Maps the requested order onto SQL expressions; `fallback` applies when none is requested. */
export function sortKeys<F extends string>(
  orderBy: OrderShape<F>[] | undefined,
  columns: Record<F, string>,
  fallback: SortKey[],
): SortKey[] {
  if (!orderBy || orderBy.length === 0) return fallback;
  return orderBy.map((o) => ({ sql: columns[o.field], direction: o.direction }));
}
