import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Alliance } from "../entities/alliance.entity";
import { BodySeat, GoverningBody } from "../entities/governing-body.entity";
import { PolicyDocument } from "../entities/policy-document.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { allianceService } from "../src/services/alliance.service";
import { agreementService } from "../src/services/agreement.service";
import { governanceService } from "../src/services/governance.service";
import { AgreementFilter, AgreementOrder } from "./inputs/agreement.input";
import {
  AddBodySeatInput,
  AdoptPolicyDocumentInput,
  CreateGoverningBodyInput,
  GoverningBodyFilter,
  PolicyDocumentFilter,
  RemoveBodySeatInput,
} from "./inputs/governance.input";
import { AgreementConnection, GoverningBodyConnection, PolicyDocumentConnection } from "./types/agreement-ip-connections";

@Authorized()
@Resolver(() => GoverningBody)
export class GoverningBodyResolver {
  @Mutation(() => GoverningBody, { description: "Set up a decision, advisory or executive body (secretariat, Art. 8.3)." })
  createGoverningBody(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateGoverningBodyInput`." }) input: CreateGoverningBodyInput,
  ): Promise<GoverningBody> {
    return governanceService.createBody(ctx, withKeys(input, { allianceId: "Alliance" }));
  }

  @Mutation(() => BodySeat, { description: "Seat a user on a body (secretariat)." })
  addBodySeat(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `AddBodySeatInput`." }) input: AddBodySeatInput,
  ): Promise<BodySeat> {
    return governanceService.addSeat(ctx, withKeys(input, { governingBodyId: "GoverningBody", userId: "User" }));
  }

  @Mutation(() => GoverningBody, { description: "Remove a seat; returns its body (secretariat)." })
  removeBodySeat(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `RemoveBodySeatInput`." }) input: RemoveBodySeatInput,
  ): Promise<GoverningBody> {
    return governanceService.removeSeat(ctx, withKeys(input, { bodySeatId: "BodySeat" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() body: GoverningBody): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(body.allianceId);
  }

  @FieldResolver(() => [BodySeat], { description: "Who sits on it." })
  seats(@Ctx() ctx: Context, @Root() body: GoverningBody): Promise<BodySeat[]> {
    return ctx.loaders.seatsByBody.load(body.id);
  }
}

@Authorized()
@Resolver(() => BodySeat)
export class BodySeatResolver {
  @FieldResolver(() => GoverningBody, { description: "The body." })
  governingBody(@Ctx() ctx: Context, @Root() seat: BodySeat): Promise<GoverningBody> {
    return governanceService.getBody(ctx, seat.governingBodyId, "id");
  }

  @FieldResolver(() => User, { nullable: true, description: "Null if you may not see the user." })
  async user(@Ctx() ctx: Context, @Root() seat: BodySeat): Promise<User | null> {
    return (await ctx.loaders.user.load(seat.userId)) ?? null;
  }
}

@Authorized()
@Resolver(() => PolicyDocument)
export class PolicyDocumentResolver {
  @Mutation(() => PolicyDocument, { description: "Adopt a policy: fund management, IP, admission, … (secretariat, Art. 8.4)." })
  adoptPolicyDocument(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `AdoptPolicyDocumentInput`." }) input: AdoptPolicyDocumentInput,
  ): Promise<PolicyDocument> {
    return governanceService.adoptPolicy(ctx, withKeys(input, { allianceId: "Alliance" }));
  }

  @FieldResolver(() => Alliance, { description: "The alliance." })
  async alliance(@Ctx() ctx: Context, @Root() policy: PolicyDocument): Promise<Alliance | undefined> {
    return ctx.loaders.alliance.load(policy.allianceId);
  }
}

/** The alliance's directory: its bodies, policies and agreements. */
@Authorized()
@Resolver(() => Alliance)
export class AllianceDirectoryResolver {
  @FieldResolver(() => GoverningBodyConnection, { description: "Decision, advisory and executive bodies (Art. 8.3)." })
  async governingBodies(
    @Ctx() ctx: Context,
    @Root() alliance: Alliance,
    @Args() page: PageArgs,
    @Arg("filter", () => GoverningBodyFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: GoverningBodyFilter,
  ): Promise<GoverningBodyConnection> {
    await allianceService.getDirectory(ctx, alliance.id, "id");
    return new GoverningBodyConnection(await governanceService.listBodies(ctx, alliance.id, { ...page, filter }));
  }

  @FieldResolver(() => PolicyDocumentConnection, { description: "Adopted policies, newest first (Art. 8.4)." })
  async policies(
    @Ctx() ctx: Context,
    @Root() alliance: Alliance,
    @Args() page: PageArgs,
    @Arg("filter", () => PolicyDocumentFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: PolicyDocumentFilter,
  ): Promise<PolicyDocumentConnection> {
    await allianceService.getDirectory(ctx, alliance.id, "id");
    return new PolicyDocumentConnection(await governanceService.listPolicies(ctx, alliance.id, { ...page, filter }));
  }

  @FieldResolver(() => AgreementConnection, { description: "The alliance agreement and the project agreements you may see." })
  async agreements(
    @Ctx() ctx: Context,
    @Root() alliance: Alliance,
    @Args() page: PageArgs,
    @Arg("filter", () => AgreementFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: AgreementFilter,
    @Arg("orderBy", () => [AgreementOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof AgreementOrder>[],
  ): Promise<AgreementConnection> {
    await allianceService.getDirectory(ctx, alliance.id, "id");
    return new AgreementConnection(await agreementService.list(ctx, { ...page, filter, orderBy, allianceId: alliance.id }));
  }
}
