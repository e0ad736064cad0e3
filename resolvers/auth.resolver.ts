import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { userService } from "../src/services/user.service";

@ObjectType()
class AuthPayload {
  @Field({ description: "Send as `Authorization: Bearer <token>`." }) token!: string;
  @Field(() => User) user!: User;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  login(@Ctx() ctx: Context, @Arg("email") email: string, @Arg("password") password: string): Promise<AuthPayload> {
    return userService.login(ctx, email, password);
  }

  @Authorized()
  @Query(() => User, { description: "The signed-in user." })
  me(@Ctx() ctx: Context): Promise<User> {
    return userService.me(ctx);
  }
}
