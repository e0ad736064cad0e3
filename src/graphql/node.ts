import { Field, ID, InterfaceType } from "type-graphql";
import { toGlobalId } from "./global-id";

/**
 * Relay's Node: every object type has an opaque global `id` and can be fetched by `node(id)`.
 * A value's type is its class (type-graphql's own `resolveType`, which answers synchronously, as
 * compiled execution needs: ./compiled-execution.ts).
 */
@InterfaceType({
  description: "Relay's Node: every object type has an opaque global `id` and can be fetched by `node(id)`.",
})
export abstract class Node {
  /** The row key (a UUID); exposed only through `globalId`. */
  abstract id: string;

  // Not a simple resolver, even on types that use them: the schema's `id` is the `globalId` getter.
  @Field(() => ID, { name: "id", simple: false, description: "Opaque global id (type and key)." })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
