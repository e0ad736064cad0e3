import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { Membership } from "../entities/membership.entity";
import { Organization } from "../entities/organization.entity";
import type { Context } from "../src/operation-context";
import { withKeys } from "../src/graphql/global-id";
import { membershipService } from "../src/services/membership.service";
import { ApplyForMembershipInput, ChangeMembershipInput, DecideMembershipInput } from "./inputs/membership.input";

@Authorized()
@Resolver(() => Membership)
export class MembershipResolver {
  @Mutation(() => Membership, { description: "Apply for an organization's membership (its ORG_ADMIN)." })
  applyForMembership(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `ApplyForMembershipInput`." }) input: ApplyForMembershipInput,
  ): Promise<Membership> {
    return membershipService.apply(ctx, withKeys(input, { allianceId: "Alliance", organizationId: "Organization" }));
  }

  @Mutation(() => Membership, { description: "Admit or reject an application (secretariat)." })
  decideMembership(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `DecideMembershipInput`." }) input: DecideMembershipInput,
  ): Promise<Membership> {
    return membershipService.decide(ctx, withKeys(input, { membershipId: "Membership" }));
  }

  @Mutation(() => Membership, { description: "Suspend an active member (secretariat)." })
  suspendMembership(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `ChangeMembershipInput`." }) input: ChangeMembershipInput,
  ): Promise<Membership> {
    return membershipService.change(ctx, "SUSPEND", withKeys(input, { membershipId: "Membership" }));
  }

  @Mutation(() => Membership, { description: "Reinstate a suspended member (secretariat)." })
  reinstateMembership(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `ChangeMembershipInput`." }) input: ChangeMembershipInput,
  ): Promise<Membership> {
    return membershipService.change(ctx, "REINSTATE", withKeys(input, { membershipId: "Membership" }));
  }

  @Mutation(() => Membership, { description: "Leave the alliance (the member's ORG_ADMIN or the secretariat)." })
  withdrawMembership(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `ChangeMembershipInput`." }) input: ChangeMembershipInput,
  ): Promise<Membership> {
    return membershipService.change(ctx, "WITHDRAW", withKeys(input, { membershipId: "Membership" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() membership: Membership): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(membership.allianceId);
  }

  @FieldResolver(() => Organization, { description: "The member organization (成员单位)." })
  async organization(@Ctx() ctx: Context, @Root() membership: Membership): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(membership.organizationId);
  }
}
