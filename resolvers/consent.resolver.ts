import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { BenefitPlan } from "../entities/benefit-plan.entity";
import { IpAsset } from "../entities/ip-asset.entity";
import { IpOwnershipChange } from "../entities/ip-ownership-change.entity";
import { Organization } from "../entities/organization.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { missingApprovers, type Consent } from "../src/loaders/consent.loader";
import { benefitPlanService } from "../src/services/benefit-plan.service";
import { ipOwnershipChangeService } from "../src/services/ip-ownership-change.service";
import { organizationService } from "../src/services/organization.service";
import {
  DecideIpOwnershipChangeInput,
  IpOwnershipChangeFilter,
  IpOwnershipChangeOrder,
  ProposeIpOwnershipChangeInput,
  WithdrawIpOwnershipChangeInput,
} from "./inputs/ip-asset.input";
import { ConsentApproval, IpOwnerShare, IpOwnershipChangeConnection } from "./types/consent.types";

const approvalsOf = (consent: Consent): ConsentApproval[] => consent.approvals.map((a) => Object.assign(new ConsentApproval(), a));
const sharesOf = (owners: { organizationId: string; basisPoints: number }[]): IpOwnerShare[] =>
  owners.map((o) => Object.assign(new IpOwnerShare(), o));

@Authorized()
@Resolver(() => BenefitPlan)
export class BenefitPlanConsentResolver {
  @FieldResolver(() => [Organization], {
    description:
      "Organizations whose ORG_ADMIN must approve: its holders and, while it is a DRAFT that would replace the plan in force, that plan's holders (Art. 8.5).",
  })
  async requiredApprovers(@Ctx() ctx: Context, @Root() plan: BenefitPlan): Promise<Organization[]> {
    return organizationService.many(ctx, (await benefitPlanService.consent(ctx, plan)).required);
  }

  @FieldResolver(() => [ConsentApproval], { description: "Approvals given, oldest first." })
  async approvals(@Ctx() ctx: Context, @Root() plan: BenefitPlan): Promise<ConsentApproval[]> {
    return approvalsOf(await benefitPlanService.consent(ctx, plan));
  }

  @FieldResolver(() => [Organization], { description: "Required approvers that have not approved yet." })
  async missingApprovers(@Ctx() ctx: Context, @Root() plan: BenefitPlan): Promise<Organization[]> {
    return organizationService.many(ctx, missingApprovers(await benefitPlanService.consent(ctx, plan)));
  }
}

@Authorized()
@Resolver(() => IpOwnershipChange)
export class IpOwnershipChangeResolver {
  @Query(() => IpOwnershipChangeConnection, {
    description: "Proposed changes of IP owners you may see: those your organization is involved in (secretariat and analysts: all).",
  })
  async ipOwnershipChanges(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => IpOwnershipChangeFilter, { nullable: true, description: "Which changes." }) filter?: IpOwnershipChangeFilter,
    @Arg("orderBy", () => [IpOwnershipChangeOrder], { nullable: true, description: "Default: newest first." })
    orderBy?: InstanceType<typeof IpOwnershipChangeOrder>[],
  ): Promise<IpOwnershipChangeConnection> {
    return new IpOwnershipChangeConnection(await ipOwnershipChangeService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => IpOwnershipChange, {
    description:
      "Propose new owners for a co-owned asset (secretariat or an owner's ORG_ADMIN); it applies once an ORG_ADMIN of every current and every proposed owner approves. Your own organization's approval is given with the proposal.",
  })
  proposeIpOwnershipChange(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `ProposeIpOwnershipChangeInput`." })
    input: ProposeIpOwnershipChangeInput,
  ): Promise<IpOwnershipChange> {
    const owners = input.owners.map((o, i) => ({
      organizationId: keyOf(o.organizationId, "Organization", `owners[${i}].organizationId`),
      basisPoints: o.basisPoints,
    }));
    return ipOwnershipChangeService.propose(ctx, { ipAssetId: keyOf(input.ipAssetId, "IpAsset", "ipAssetId"), owners });
  }

  @Mutation(() => IpOwnershipChange, {
    description:
      "Approve or refuse a PENDING change for your organization (its ORG_ADMIN); one refusal rejects it, the last approval applies it.",
  })
  decideIpOwnershipChange(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `DecideIpOwnershipChangeInput`." })
    input: DecideIpOwnershipChangeInput,
  ): Promise<IpOwnershipChange> {
    return ipOwnershipChangeService.decide(ctx, withKeys(input, { changeId: "IpOwnershipChange" }));
  }

  @Mutation(() => IpOwnershipChange, { description: "Withdraw a PENDING change (only the user who proposed it)." })
  withdrawIpOwnershipChange(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `WithdrawIpOwnershipChangeInput`." })
    input: WithdrawIpOwnershipChangeInput,
  ): Promise<IpOwnershipChange> {
    return ipOwnershipChangeService.withdraw(ctx, withKeys(input, { changeId: "IpOwnershipChange" }));
  }

  @FieldResolver(() => IpAsset, { nullable: true, description: "The asset; null if you may not see it." })
  ipAsset(@Ctx() ctx: Context, @Root() change: IpOwnershipChange): Promise<IpAsset | null> {
    return ipOwnershipChangeService.ipAsset(ctx, change);
  }

  @FieldResolver(() => [IpOwnerShare], { description: "The owners proposed, largest share first." })
  owners(@Root() change: IpOwnershipChange): IpOwnerShare[] {
    return sharesOf([...change.owners].sort((a, b) => b.basisPoints - a.basisPoints));
  }

  @FieldResolver(() => [IpOwnerShare], { description: "The owners it was proposed against; it applies only while they still are." })
  previousOwners(@Root() change: IpOwnershipChange): IpOwnerShare[] {
    return sharesOf([...change.baseOwners].sort((a, b) => b.basisPoints - a.basisPoints));
  }

  @FieldResolver(() => [Organization], {
    description: "Every owner it was proposed against and every proposed owner: whose ORG_ADMIN must approve.",
  })
  async requiredApprovers(@Ctx() ctx: Context, @Root() change: IpOwnershipChange): Promise<Organization[]> {
    return organizationService.many(ctx, (await ipOwnershipChangeService.consent(ctx, change)).required);
  }

  @FieldResolver(() => [ConsentApproval], { description: "Approvals given, oldest first." })
  async approvals(@Ctx() ctx: Context, @Root() change: IpOwnershipChange): Promise<ConsentApproval[]> {
    return approvalsOf(await ipOwnershipChangeService.consent(ctx, change));
  }

  @FieldResolver(() => [Organization], { description: "Required approvers that have not approved." })
  async missingApprovers(@Ctx() ctx: Context, @Root() change: IpOwnershipChange): Promise<Organization[]> {
    return organizationService.many(ctx, missingApprovers(await ipOwnershipChangeService.consent(ctx, change)));
  }

  @FieldResolver(() => User, { nullable: true, description: "Who proposed it; null if you may not see the user." })
  async proposedBy(@Ctx() ctx: Context, @Root() change: IpOwnershipChange): Promise<User | null> {
    return change.proposedById ? ((await ctx.loaders.user.load(change.proposedById)) ?? null) : null;
  }
}

@Authorized()
@Resolver(() => ConsentApproval)
export class ConsentApprovalResolver {
  @FieldResolver(() => Organization, { description: "The organization that approved." })
  async organization(@Ctx() ctx: Context, @Root() approval: ConsentApproval): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(approval.organizationId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Its ORG_ADMIN who approved; null if you may not see the user." })
  async approvedBy(@Ctx() ctx: Context, @Root() approval: ConsentApproval): Promise<User | null> {
    return approval.approvedById ? ((await ctx.loaders.user.load(approval.approvedById)) ?? null) : null;
  }
}

@Authorized()
@Resolver(() => IpOwnerShare)
export class IpOwnerShareResolver {
  @FieldResolver(() => Organization, { description: "The owner." })
  async organization(@Ctx() ctx: Context, @Root() share: IpOwnerShare): Promise<Organization | undefined> {
    return ctx.loaders.organization.load(share.organizationId);
  }
}

@Authorized()
@Resolver(() => IpAsset)
export class IpAssetOwnershipChangesResolver {
  @FieldResolver(() => IpOwnershipChangeConnection, { description: "Proposed changes of its owners that you may see, newest first." })
  async ownershipChanges(
    @Ctx() ctx: Context,
    @Root() asset: IpAsset,
    @Args() page: PageArgs,
    @Arg("filter", () => IpOwnershipChangeFilter, { nullable: true, description: "Which changes." }) filter?: IpOwnershipChangeFilter,
    @Arg("orderBy", () => [IpOwnershipChangeOrder], { nullable: true, description: "Default: newest first." })
    orderBy?: InstanceType<typeof IpOwnershipChangeOrder>[],
  ): Promise<IpOwnershipChangeConnection> {
    return new IpOwnershipChangeConnection(await ipOwnershipChangeService.listByAsset(ctx, asset, { ...page, filter, orderBy }));
  }
}
