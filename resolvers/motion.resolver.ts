import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { GoverningBody } from "../entities/governing-body.entity";
import { Motion, Vote } from "../entities/motion.entity";
import { Organization } from "../entities/organization.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { Node } from "../src/graphql/node";
import { toGlobalId, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { fetchNodes } from "../src/services/node.service";
import { governanceService } from "../src/services/governance.service";
import { motionService } from "../src/services/motion.service";
import type { Tally } from "../src/services/motion-rules";
import { CastVoteInput, MotionFilter, MotionOrder, ProposeMotionInput, WithdrawMotionInput } from "./inputs/motion.input";
import { MotionConnection } from "./types/agreement-ip-connections";
import { MotionTally } from "./types/motion-tally.type";

type MotionOrder = InstanceType<typeof MotionOrder>;

const FILTER = "Only the motions matching these conditions.";
const ORDER = "Sort keys in order (default: newest first).";

@Authorized()
@Resolver(() => Motion)
export class MotionResolver {
  @Query(() => MotionConnection, {
    description: "Motions you may see (seat holders, the secretariat, analysts; applicants their admission), newest first.",
  })
  async motions(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => MotionFilter, { nullable: true, description: FILTER }) filter?: MotionFilter,
    @Arg("orderBy", () => [MotionOrder], { nullable: true, description: ORDER }) orderBy?: MotionOrder[],
  ): Promise<MotionConnection> {
    return new MotionConnection(await motionService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => Motion, { description: "Put a motion to a governing body's vote (its seat holders or the secretariat; Art. 8.3)." })
  proposeMotion(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The body, kind, text, subject and closing time." }) input: ProposeMotionInput,
  ): Promise<Motion> {
    return motionService.propose(ctx, withKeys(input, { bodyId: "GoverningBody" }));
  }

  @Mutation(() => Motion, { description: "Vote on an open motion, once (the body's seat holders); the last seat's vote decides it." })
  castVote(@Ctx() ctx: Context, @Arg("input", { description: "The motion and your choice." }) input: CastVoteInput): Promise<Motion> {
    return motionService.castVote(ctx, withKeys(input, { motionId: "Motion" }));
  }

  @Mutation(() => Motion, { description: "Withdraw an open motion (its proposer or the secretariat)." })
  withdrawMotion(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The motion to withdraw." }) input: WithdrawMotionInput,
  ): Promise<Motion> {
    return motionService.withdraw(ctx, withKeys(input, { motionId: "Motion" }));
  }

  @FieldResolver(() => GoverningBody, { nullable: true, description: "The body that decides; null if you may not see it." })
  body(@Ctx() ctx: Context, @Root() motion: Motion): Promise<GoverningBody | null> {
    return motionService.body(ctx, motion);
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: "The membership application, agreement, policy document or alliance concerned; null if none or you may not see it.",
  })
  async subject(@Ctx() ctx: Context, @Root() motion: Motion): Promise<object | null> {
    if (!motion.subjectType || !motion.subjectId) return null;
    const [subject] = await fetchNodes(ctx, [toGlobalId(motion.subjectType, motion.subjectId)]);
    return subject;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who proposed it; null if you may not see them." })
  async proposedBy(@Ctx() ctx: Context, @Root() motion: Motion): Promise<User | null> {
    return motion.proposedById ? ((await ctx.loaders.user.load(motion.proposedById)) ?? null) : null;
  }

  @FieldResolver(() => [Vote], { description: "The votes cast so far, oldest first: votes are open." })
  votes(@Ctx() ctx: Context, @Root() motion: Motion): Promise<Vote[]> {
    return motionService.votes(ctx, motion);
  }

  @FieldResolver(() => MotionTally, { description: "The count of the votes against the body's seats and its quorum." })
  tally(@Ctx() ctx: Context, @Root() motion: Motion): Promise<Tally> {
    return motionService.tally(ctx, motion);
  }
}

@Authorized()
@Resolver(() => Vote)
export class VoteResolver {
  @FieldResolver(() => Motion, { description: "The motion voted on." })
  motion(@Ctx() ctx: Context, @Root() vote: Vote): Promise<Motion> {
    return motionService.get(ctx, vote.motionId, "id");
  }

  @FieldResolver(() => User, { nullable: true, description: "The seat holder who voted; null if you may not see them." })
  async voter(@Ctx() ctx: Context, @Root() vote: Vote): Promise<User | null> {
    return (await ctx.loaders.user.load(vote.voterId)) ?? null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The voter's organization when the vote was cast." })
  async organization(@Ctx() ctx: Context, @Root() vote: Vote): Promise<Organization | null> {
    return vote.organizationId ? ((await ctx.loaders.organization.load(vote.organizationId)) ?? null) : null;
  }
}

@Authorized()
@Resolver(() => GoverningBody)
export class GoverningBodyMotionsResolver {
  @FieldResolver(() => MotionConnection, { description: "Motions put to the body that you may see, newest first." })
  async motions(
    @Ctx() ctx: Context,
    @Root() body: GoverningBody,
    @Args() page: PageArgs,
    @Arg("filter", () => MotionFilter, { nullable: true, description: FILTER }) filter?: MotionFilter,
    @Arg("orderBy", () => [MotionOrder], { nullable: true, description: ORDER }) orderBy?: MotionOrder[],
  ): Promise<MotionConnection> {
    await governanceService.getBody(ctx, body.id, "id");
    return new MotionConnection(await motionService.listByBody(ctx, body.id, { ...page, filter, orderBy }));
  }
}
