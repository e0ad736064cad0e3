import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { Node } from "../src/graphql/node";
import type { Context } from "../src/operation-context";
import { fetchNode, fetchNodes } from "../src/services/node.service";

@Authorized()
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by global id; NOT_FOUND if it does not exist or you may not see it." })
  node(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "A global id of any type." }) id: string): Promise<object> {
    return fetchNode(ctx, id);
  }

  @Query(() => [Node], { nullable: "items", description: "Objects by global id; null where you may not see one." })
  nodes(
    @Ctx() ctx: Context,
    @Arg("ids", () => [ID], { description: "Global ids of any types; the answers keep their order." }) ids: string[],
  ): Promise<(object | null)[]> {
    return fetchNodes(ctx, ids);
  }
}
