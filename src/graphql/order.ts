import { Field, InputType } from "type-graphql";
import { SortDirection } from "./filters";

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
