import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { AllianceRoleGrant } from "../entities/alliance-role-grant.entity";
import { Organization } from "../entities/organization.entity";
import type { Context } from "../src/operation-context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { allianceService } from "../src/services/alliance.service";
import { membershipService } from "../src/services/membership.service";
import {
  AllianceFilter,
  AllianceOrder,
  CreateAllianceInput,
  GrantAllianceRoleInput,
  RevokeAllianceRoleInput,
  SetAdmissionByInput,
  SetAllianceStatusInput,
} from "./inputs/alliance.input";
import { MembershipFilter, MembershipOrder } from "./inputs/membership.input";
import { AllianceConnection, AllianceRoleGrantConnection, MembershipConnection } from "./types/connections";

@Authorized()
@Resolver(() => Alliance)
export class AllianceResolver {
  @Query(() => Alliance, { nullable: true, description: "NOT_FOUND (and null) if it does not exist or you may not see it." })
  alliance(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Its global id." }) id: string): Promise<Alliance> {
    return allianceService.get(ctx, keyOf(id, "Alliance", "id"));
  }

  @Query(() => AllianceConnection, { description: "Alliances you belong to or applied to." })
  async alliances(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => AllianceFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: AllianceFilter,
    @Arg("orderBy", () => [AllianceOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof AllianceOrder>[],
  ): Promise<AllianceConnection> {
    return new AllianceConnection(await allianceService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => Alliance, { description: "Founds an alliance (platform admin)." })
  createAlliance(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateAllianceInput`." }) input: CreateAllianceInput,
  ): Promise<Alliance> {
    return allianceService.create(ctx, withKeys(input, { hostOrganizationId: "Organization" }));
  }

  @Mutation(() => Alliance, { description: "FORMING → ACTIVE → SUSPENDED ⇄ ACTIVE, any → DISSOLVED (secretariat)." })
  setAllianceStatus(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `SetAllianceStatusInput`." }) input: SetAllianceStatusInput,
  ): Promise<Alliance> {
    return allianceService.setStatus(ctx, withKeys(input, { allianceId: "Alliance" }));
  }

  @Mutation(() => Alliance, { description: "Who admits new members: the secretariat or the DECISION body's motions (secretariat)." })
  setAdmissionBy(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The alliance and who admits its members." }) input: SetAdmissionByInput,
  ): Promise<Alliance> {
    return allianceService.setAdmissionBy(ctx, withKeys(input, { allianceId: "Alliance" }));
  }

  @Mutation(() => AllianceRoleGrant, {
    description: "Gives a user the secretariat, analyst or government supervisor role in an alliance (platform admin).",
  })
  grantAllianceRole(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `GrantAllianceRoleInput`." }) input: GrantAllianceRoleInput,
  ): Promise<AllianceRoleGrant> {
    return allianceService.grantRole(ctx, withKeys(input, { allianceId: "Alliance", userId: "User" }));
  }

  @Mutation(() => AllianceRoleGrant, { description: "Takes such a role away (platform admin)." })
  revokeAllianceRole(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `RevokeAllianceRoleInput`." }) input: RevokeAllianceRoleInput,
  ): Promise<AllianceRoleGrant> {
    return allianceService.revokeRole(ctx, keyOf(input.grantId, "AllianceRoleGrant", "grantId"));
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: "The organization hosting its permanent office (依托单位, the supporting unit), which may hold its funds (Art. 8.4).",
  })
  async hostOrganization(@Ctx() ctx: Context, @Root() alliance: Alliance): Promise<Organization | null> {
    return alliance.hostOrganizationId ? ((await ctx.loaders.organization.load(alliance.hostOrganizationId)) ?? null) : null;
  }

  @FieldResolver(() => MembershipConnection, { description: "Members and applicants: the alliance's directory." })
  async members(
    @Ctx() ctx: Context,
    @Root() alliance: Alliance,
    @Args() page: PageArgs,
    @Arg("filter", () => MembershipFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: MembershipFilter,
    @Arg("orderBy", () => [MembershipOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof MembershipOrder>[],
  ): Promise<MembershipConnection> {
    await allianceService.getDirectory(ctx, alliance.id, "id");
    return new MembershipConnection(await membershipService.list(ctx, { ...page, filter, orderBy, allianceId: alliance.id }));
  }

  @FieldResolver(() => AllianceRoleGrantConnection, { description: "Secretariat, analysts and government supervisors." })
  async roleGrants(@Ctx() ctx: Context, @Root() alliance: Alliance, @Args() page: PageArgs): Promise<AllianceRoleGrantConnection> {
    await allianceService.getDirectory(ctx, alliance.id, "id");
    return new AllianceRoleGrantConnection(await allianceService.roleGrants(ctx, alliance.id, page));
  }
}
