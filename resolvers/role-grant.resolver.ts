import { Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { AllianceRoleGrant } from "../entities/alliance-role-grant.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";

@Authorized()
@Resolver(() => AllianceRoleGrant)
export class AllianceRoleGrantResolver {
  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() grant: AllianceRoleGrant): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(grant.allianceId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who holds it." })
  async user(@Ctx() ctx: Context, @Root() grant: AllianceRoleGrant): Promise<User | null> {
    return (await ctx.loaders.user.load(grant.userId)) ?? null;
  }
}
