import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, Field, Info, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { userService } from "../src/services/user.service";
import { createContext } from "../src/context";
import { resolveBelow } from "../src/graphql/subtree-context";

@ObjectType({ description: "A signed-in session." })
class AuthPayload {
  @Field({ description: "Send as `Authorization: Bearer <token>`." }) token!: string;
  @Field(() => User, { description: "Who signed in." }) user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: "Its payload answers as the user who signed in (the token's viewer)." })
  async login(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg("email", { description: "The address the user was created with (any case)." }) email: string,
    @Arg("password", { description: "The user's password." }) password: string,
  ): Promise<AuthPayload> {
    const payload = await userService.login(ctx, email, password, ctx.remoteAddress);
    // Built as a request bearing the new token would be, so the payload sees what that request would.
    resolveBelow(ctx, info.path, await createContext(ctx, `Bearer ${payload.token}`, ctx));
    return payload;
  }

  @Authorized()
  @Query(() => User, { description: "The signed-in user." })
  me(@Ctx() ctx: Context): Promise<User> {
    return userService.me(ctx);
  }
}
