import { Field, InputType } from "type-graphql";
import { SortDirection } from "./filters";

export interface OrderShape<F extends string> {
  field: F;
  direction: SortDirection;
}

/** `<Name>Order { field: <Name>OrderField!, direction: SortDirection = ASC }` for one collection. */
export function OrderInput<F extends string>(fieldEnum: Record<string, F>, name: string) {
  @InputType(`${name}Order`, { description: `One ordering key of a ${name} list; later keys break ties of earlier ones.` })
  class Order implements OrderShape<F> {
    @Field(() => fieldEnum, { description: "What to order by." }) field!: F;
    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Ascending (the default) or descending." })
    direction!: SortDirection;
  }
  return Order;
}
