import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Organization } from "../entities/organization.entity";
import type { Context } from "../src/operation-context";
import { keyOf } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { organizationService } from "../src/services/organization.service";
import { userService } from "../src/services/user.service";
import { membershipService } from "../src/services/membership.service";
import { CreateOrganizationInput, OrganizationFilter, OrganizationOrder } from "./inputs/organization.input";
import { MembershipFilter } from "./inputs/membership.input";
import { MembershipConnection, OrganizationConnection, UserConnection } from "./types/connections";

@Authorized()
@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: "NOT_FOUND (and null) if it does not exist or you may not see it." })
  organization(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Its global id." }) id: string): Promise<Organization> {
    return organizationService.get(ctx, keyOf(id, "Organization", "id"));
  }

  @Query(() => OrganizationConnection, { description: "Organizations registered on the platform." })
  async organizations(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => OrganizationFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: OrganizationFilter,
    @Arg("orderBy", () => [OrganizationOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof OrganizationOrder>[],
  ): Promise<OrganizationConnection> {
    return new OrganizationConnection(await organizationService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => Organization, { description: "Registers an organization (platform admin)." })
  createOrganization(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateOrganizationInput`." }) input: CreateOrganizationInput,
  ): Promise<Organization> {
    return organizationService.create(ctx, input);
  }

  @FieldResolver(() => UserConnection, { description: "The organization's users that you may see." })
  async users(@Ctx() ctx: Context, @Root() organization: Organization, @Args() page: PageArgs): Promise<UserConnection> {
    return new UserConnection(await userService.listByOrganization(ctx, organization.id, page));
  }

  @FieldResolver(() => MembershipConnection, { description: "Its memberships in alliances that you may see." })
  async memberships(
    @Ctx() ctx: Context,
    @Root() organization: Organization,
    @Args() page: PageArgs,
    @Arg("filter", () => MembershipFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: MembershipFilter,
  ): Promise<MembershipConnection> {
    return new MembershipConnection(await membershipService.list(ctx, { ...page, filter, organizationId: organization.id }));
  }
}
