import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Organization } from "../entities/organization.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { withKeys } from "../src/graphql/global-id";
import { userService } from "../src/services/user.service";
import { CreateUserInput } from "./inputs/user.input";

@Authorized()
@Resolver(() => User)
export class UserResolver {
  @Mutation(() => User, { description: "Creates a user (platform admin, or the organization's ORG_ADMIN for its own users)." })
  createUser(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateUserInput`." }) input: CreateUserInput,
  ): Promise<User> {
    return userService.create(ctx, withKeys(input, { organizationId: "Organization" }));
  }

  @FieldResolver(() => Organization, { nullable: true, description: "Null for platform staff." })
  async organization(@Ctx() ctx: Context, @Root() user: User): Promise<Organization | null> {
    return user.organizationId ? ((await ctx.loaders.organization.load(user.organizationId)) ?? null) : null;
  }
}
