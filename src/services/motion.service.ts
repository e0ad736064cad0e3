/**
 * Motions of governing bodies (Art. 8.3: decision, advisory and executive bodies with effective
 * decision mechanisms). A seat holder or the secretariat proposes; seat holders vote once each;
 * the motion is decided when every seat has voted (in the last vote's transaction) or when
 * `closesAt` passes, by the body's quorum and majorities (./motion-rules.ts, docs/decisions.md).
 * A decided ADMIT_MEMBER admits or rejects the application in the decision's transaction.
 *
 * Closing time needs no clock job to be right: every read of motions first decides the motions
 * whose `closesAt` has passed (each in its own transaction, with no actor), and the server also
 * sweeps them periodically (`MOTION_SWEEP_SECONDS`), so subscribers hear of a decision without
 * anyone reading.
 */
import { BodySeat, GoverningBody, GoverningBodyKind } from "../../entities/governing-body.entity";
import { Membership, MembershipStatus } from "../../entities/membership.entity";
import { Motion, MotionKind, MotionStatus, Vote, type VoteChoice } from "../../entities/motion.entity";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { isSecretariat } from "../auth/permissions";
import type { Tx } from "../db/transaction";
import { fromGlobalId } from "../graphql/global-id";
import { childPage, listPage, type ListArgs, type Page } from "../collections/page";
import { motions } from "../collections/motion";
import { systemClock } from "../clock";
import { logger } from "../logger";
import { clockOf, requireAccess, write, writeWhenDue, type AppDeps, type Context } from "../operation-context";
import { agreementService } from "./agreement.service";
import { allianceService } from "./alliance.service";
import { governanceService } from "./governance.service";
import { Decision, membershipService } from "./membership.service";
import { outcomeOf, tallyOf, type Tally } from "./motion-rules";

/** Topics of motion events; `motionUpdated(bodyId)` delivers all of them. */
const MotionTopic = {
  OPENED: "motion.opened",
  VOTE_CAST: "motion.voteCast",
  DECIDED: "motion.decided",
  WITHDRAWN: "motion.withdrawn",
} as const;
export const MOTION_TOPICS = "motion.";

/** What each kind may be about; ADMIT_MEMBER, AMEND_AGREEMENT and ADOPT_POLICY must name their subject. */
const SUBJECTS: Record<MotionKind, { types: string[]; required: boolean }> = {
  [MotionKind.ADMIT_MEMBER]: { types: ["Membership"], required: true },
  [MotionKind.AMEND_AGREEMENT]: { types: ["Agreement"], required: true },
  [MotionKind.ADOPT_POLICY]: { types: ["PolicyDocument"], required: true },
  [MotionKind.DISSOLVE]: { types: ["Alliance"], required: false },
  [MotionKind.GENERAL]: { types: ["Membership", "Agreement", "PolicyDocument", "Alliance"], required: false },
};

/** The longest voting period a motion may have. */
const MAX_VOTING_DAYS = 366;
/** Motions decided per sweep or per read, at most (the next one takes the rest). */
const SETTLE_BATCH = 100;

export interface ProposeMotionData {
  bodyId: string;
  kind: MotionKind;
  title: string;
  text: string;
  /** A global id (the subject's type is part of it). */
  subjectId?: string | null;
  closesAt: Date;
}

/** Per set of reads (a request's, or a context's after a write): due motions were decided already. */
const settledFor = new WeakMap<object, Promise<void>>();

class MotionService {
  /** A motion the viewer may see (NOT_FOUND otherwise), with its status as of the operation's clock. */
  async get(ctx: Context, id: string, field = "motionId"): Promise<Motion> {
    await this.decideDue(ctx);
    return this.visible(ctx, id, field);
  }

  /** Motions of a body, or any filtered set (root `motions`), newest first by default. */
  async list(ctx: Context, args: ListArgs): Promise<Page<Motion>> {
    await this.decideDue(ctx);
    return listPage(ctx, requireAccess(ctx), motions, args);
  }

  /** `GoverningBody.motions`: one statement for the bodies of a page. */
  async listByBody(ctx: Context, bodyId: string, args: ListArgs): Promise<Page<Motion>> {
    await this.decideDue(ctx);
    return childPage(ctx, requireAccess(ctx), motions, "bodyId", bodyId, args, {
      field: "GoverningBody.motions",
      prime: ctx.loaders.motion,
    });
  }

  /** A vote: visible with its motion. */
  async getVote(ctx: Context, id: string): Promise<Vote> {
    const vote = await ctx.loaders.vote.load(id);
    if (!vote) throw notFound("Vote", "id");
    await this.get(ctx, vote.motionId, "id");
    return vote;
  }

  votes(ctx: Context, motion: Motion): Promise<Vote[]> {
    return ctx.loaders.votesByMotion.load(motion.id);
  }

  /** The votes against the body's seats: those at the decision once decided, those of now while open. */
  async tally(ctx: Context, motion: Motion): Promise<Tally> {
    const [votes, body, seats] = await Promise.all([
      ctx.loaders.votesByMotion.load(motion.id),
      ctx.loaders.governingBody.load(motion.bodyId),
      ctx.loaders.seatsByBody.load(motion.bodyId),
    ]);
    if (!body) throw notFound("GoverningBody", "id");
    return tallyOf(
      votes.map((v) => v.choice),
      motion.eligibleAtDecision ?? seats.length,
      body,
    );
  }

  /** The body, or null when the viewer (an applicant, say) may not see the alliance's directory. */
  async body(ctx: Context, motion: Motion): Promise<GoverningBody | null> {
    const body = await ctx.loaders.governingBody.load(motion.bodyId);
    return body && (await requireAccess(ctx).sees("directory", body.allianceId)) ? body : null;
  }

  /** Who hears of a body's motions live: its seat holders, the secretariat and analysts. */
  async mayFollow(ctx: Context, body: GoverningBody): Promise<boolean> {
    const access = requireAccess(ctx);
    const seats = await ctx.loaders.seatsByBody.load(body.id);
    return seats.some((s) => s.userId === access.viewer.userId) || (await access.sees("wholeAlliance", body.allianceId));
  }

  /** By a seat holder of the body or the secretariat; voting opens at once and closes at `closesAt`. */
  async propose(ctx: Context, input: ProposeMotionData): Promise<Motion> {
    const access = requireAccess(ctx);
    const body = await governanceService.getBody(ctx, input.bodyId, "bodyId");
    const seats = await ctx.loaders.seatsByBody.load(body.id);
    if (!seats.some((s) => s.userId === access.viewer.userId) && !(await isSecretariat(access, body.allianceId))) {
      throw forbidden("Only the body's seat holders and the secretariat may propose motions");
    }
    const title = input.title;
    const text = input.text;
    const now = clockOf(ctx).now();
    if (input.closesAt <= now) throw badInput("closesAt", "closesAt must be in the future");
    if (input.closesAt.getTime() - now.getTime() > MAX_VOTING_DAYS * 86_400_000) {
      throw badInput("closesAt", `voting may last at most ${MAX_VOTING_DAYS} days`);
    }
    const subject = await this.subjectOf(ctx, body, input.kind, input.subjectId);
    return write(ctx, async (tx) => {
      const motion = tx.manager.create(Motion, {
        bodyId: body.id,
        allianceId: body.allianceId,
        kind: input.kind,
        title,
        text,
        subjectType: subject?.type ?? null,
        subjectId: subject?.key ?? null,
        opensAt: now,
        closesAt: input.closesAt,
        proposedById: access.viewer.userId,
      });
      await tx.manager.save(motion);
      tx.audit({
        action: "proposeMotion",
        entityType: "Motion",
        entityId: motion.id,
        allianceId: body.allianceId,
        changes: { ...input, title, text },
      });
      tx.emit({ topic: MotionTopic.OPENED, entityType: "Motion", entityId: motion.id, allianceId: body.allianceId });
      return motion;
    });
  }

  /**
   * A seat holder's vote, once: a second vote (even a racing one) violates the unique index and
   * answers CONFLICT. The vote that completes the body decides the motion in its transaction.
   */
  async castVote(ctx: Context, input: { motionId: string; choice: VoteChoice }): Promise<Motion> {
    const access = requireAccess(ctx);
    const motion = await this.get(ctx, input.motionId);
    const seats = await ctx.loaders.seatsByBody.load(motion.bodyId);
    if (!seats.some((s) => s.userId === access.viewer.userId)) throw forbidden("Only the body's seat holders vote");
    if (motion.status !== MotionStatus.OPEN) throw conflict(`The motion is ${motion.status}; voting has closed`, "motionId");
    const now = clockOf(ctx).now();
    await write(ctx, async (tx) => {
      const locked = await this.lockOpen(tx, motion.id);
      if (!locked || locked.closesAt <= now) throw conflict("Voting on this motion has closed", "motionId");
      const vote = tx.manager.create(Vote, {
        motionId: motion.id,
        voterId: access.viewer.userId,
        organizationId: access.viewer.organizationId,
        choice: input.choice,
        castAt: now,
      });
      await tx.manager.insert(Vote, vote);
      tx.audit({ action: "castVote", entityType: "Motion", entityId: motion.id, allianceId: motion.allianceId, changes: input });
      tx.emit({ topic: MotionTopic.VOTE_CAST, entityType: "Motion", entityId: motion.id, allianceId: motion.allianceId });
      const [{ missing }] = await tx.manager.query<{ missing: number }[]>(
        `SELECT count(*)::int AS missing FROM body_seat s
          WHERE s.governing_body_id = $1 AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.motion_id = $2 AND v.voter_id = s.user_id)`,
        [motion.bodyId, motion.id],
      );
      if (missing === 0) await this.decide(tx, locked, now);
    });
    return this.visible(ctx, motion.id);
  }

  /** By its proposer or the secretariat, while it is OPEN. */
  async withdraw(ctx: Context, input: { motionId: string }): Promise<Motion> {
    const access = requireAccess(ctx);
    const motion = await this.get(ctx, input.motionId);
    if (motion.proposedById !== access.viewer.userId && !(await isSecretariat(access, motion.allianceId))) {
      throw forbidden("Only the proposer or the secretariat may withdraw a motion");
    }
    if (motion.status !== MotionStatus.OPEN) throw conflict(`The motion is ${motion.status}; it cannot be withdrawn`, "motionId");
    const now = clockOf(ctx).now();
    await write(ctx, async (tx) => {
      const locked = await this.lockOpen(tx, motion.id);
      if (!locked) throw conflict("The motion was decided or withdrawn meanwhile; reload it", "motionId");
      const eligible = await tx.manager.countBy(BodySeat, { governingBodyId: motion.bodyId });
      await tx.manager.update(Motion, { id: motion.id }, { status: MotionStatus.WITHDRAWN, decidedAt: now, eligibleAtDecision: eligible });
      tx.audit({ action: "withdrawMotion", entityType: "Motion", entityId: motion.id, allianceId: motion.allianceId });
      tx.emit({ topic: MotionTopic.WITHDRAWN, entityType: "Motion", entityId: motion.id, allianceId: motion.allianceId });
    });
    return this.visible(ctx, motion.id);
  }

  /**
   * Decides every OPEN motion whose `closesAt` has passed by `deps`' clock, each in its own
   * transaction (no actor); answers how many. Concurrent callers (other processes, other reads)
   * decide each motion once: the row is locked and must still be OPEN.
   */
  async settleDue(deps: AppDeps | Context): Promise<number> {
    const now = (deps.clock ?? systemClock).now();
    const due: { id: string }[] = await deps.db.query(
      `SELECT id FROM motion WHERE status = 'OPEN' AND closes_at <= $1 ORDER BY closes_at LIMIT ${SETTLE_BATCH}`,
      [now],
    );
    for (const { id } of due) {
      await writeWhenDue(deps, async (tx) => {
        const motion = await this.lockOpen(tx, id);
        if (motion) await this.decide(tx, motion, motion.closesAt);
      });
    }
    return due.length;
  }

  /**
   * Sweeps due motions every `intervalSeconds` in this process (0: never; a sweep still running
   * skips the next tick). Answers how to stop: no new sweep starts, and the one under way ends.
   */
  startSweep(deps: AppDeps, intervalSeconds: number): () => Promise<void> {
    if (intervalSeconds <= 0) return () => Promise.resolve();
    let running: Promise<void> | null = null;
    const timer = setInterval(() => {
      running ??= this.settleDue(deps)
        .then(() => undefined)
        .catch((error: unknown) => logger.warn("deciding due motions failed; the next sweep retries", { error: String(error) }))
        .finally(() => (running = null));
    }, intervalSeconds * 1000);
    timer.unref();
    return async () => {
      clearInterval(timer);
      await running;
    };
  }

  /** What reads of motions do first: decide the due ones, once per set of reads. */
  decideDue(ctx: Context): Promise<void> {
    let settled = settledFor.get(ctx.loaders);
    if (!settled) {
      settled = this.settleDue(ctx).then(() => undefined);
      settledFor.set(ctx.loaders, settled);
    }
    return settled;
  }

  /** The motion if the viewer may see it, as stored (a live event's delivery reads, never writes). */
  async find(ctx: Context, id: string): Promise<Motion | undefined> {
    return requireAccess(ctx).visible("motion", id, ctx.loaders.motion);
  }

  private async visible(ctx: Context, id: string, field = "motionId"): Promise<Motion> {
    const motion = await this.find(ctx, id);
    if (!motion) throw notFound("Motion", field);
    return motion;
  }

  /** The motion locked for this transaction, if it is still OPEN. */
  private async lockOpen(tx: Tx, id: string): Promise<Motion | undefined> {
    const motion = await tx.manager.findOne(Motion, { where: { id }, lock: { mode: "pessimistic_write" } });
    return motion?.status === MotionStatus.OPEN ? motion : undefined;
  }

  /** Decides a locked OPEN motion by its body's rules and carries out its effect, in `tx`. */
  private async decide(tx: Tx, motion: Motion, decidedAt: Date): Promise<void> {
    const body = await tx.manager.findOneByOrFail(GoverningBody, { id: motion.bodyId });
    const eligible = await tx.manager.countBy(BodySeat, { governingBodyId: motion.bodyId });
    const votes = await tx.manager.find(Vote, { where: { motionId: motion.id }, select: { choice: true } });
    const tally = tallyOf(
      votes.map((v) => v.choice),
      eligible,
      body,
    );
    const status = outcomeOf(motion.kind, tally, body);
    await tx.manager.update(Motion, { id: motion.id }, { status, decidedAt, eligibleAtDecision: eligible });
    tx.audit({
      action: "decideMotion",
      entityType: "Motion",
      entityId: motion.id,
      allianceId: motion.allianceId,
      changes: { status, ...tally },
    });
    tx.emit({ topic: MotionTopic.DECIDED, entityType: "Motion", entityId: motion.id, allianceId: motion.allianceId });
    if (motion.kind === MotionKind.ADMIT_MEMBER && motion.subjectId) await this.decideAdmission(tx, motion, status, decidedAt);
  }

  /**
   * A decided ADMIT_MEMBER admits or rejects the application exactly as `decideMembership` does.
   * An application withdrawn meanwhile is left as it is: there is nothing to decide.
   */
  private async decideAdmission(tx: Tx, motion: Motion, status: MotionStatus, decidedAt: Date): Promise<void> {
    const membership = await tx.manager.findOne(Membership, { where: { id: motion.subjectId! }, lock: { mode: "pessimistic_write" } });
    if (membership?.status !== MembershipStatus.APPLIED) return;
    const decision = status === MotionStatus.PASSED ? Decision.APPROVE : Decision.REJECT;
    await membershipService.decideApplication(tx, membership, decision, {
      decidedAt,
      decidedById: null,
      reason: `Motion "${motion.title}" ${status.toLowerCase()}`,
    });
  }

  /** The subject named by `subjectId`, checked against the kind and the body's alliance. */
  private async subjectOf(
    ctx: Context,
    body: GoverningBody,
    kind: MotionKind,
    subjectId: string | null | undefined,
  ): Promise<{ type: string; key: string } | null> {
    const rule = SUBJECTS[kind];
    if (!subjectId) {
      if (rule.required) throw badInput("subjectId", `a ${kind} motion needs its subject: a ${rule.types.join(" or ")}`);
      return null;
    }
    const parsed = fromGlobalId(subjectId);
    if (!parsed || !rule.types.includes(parsed.type)) {
      throw badInput("subjectId", `the subject of a ${kind} motion must be a ${rule.types.join(" or ")}`);
    }
    let allianceId: string;
    switch (parsed.type) {
      case "Membership": {
        const membership = await membershipService.get(ctx, parsed.key, "subjectId");
        if (kind === MotionKind.ADMIT_MEMBER && membership.status !== MembershipStatus.APPLIED) {
          throw badInput("subjectId", `the membership is ${membership.status}, not a pending application`);
        }
        allianceId = membership.allianceId;
        break;
      }
      case "Agreement":
        allianceId = (await agreementService.get(ctx, parsed.key, "subjectId")).allianceId;
        break;
      case "PolicyDocument":
        allianceId = (await governanceService.getPolicy(ctx, parsed.key, "subjectId")).allianceId;
        break;
      default:
        allianceId = (await allianceService.get(ctx, parsed.key, "subjectId")).id;
    }
    if (allianceId !== body.allianceId) throw badInput("subjectId", "the subject belongs to another alliance");
    if (kind === MotionKind.ADMIT_MEMBER && body.kind !== GoverningBodyKind.DECISION) {
      throw badInput("bodyId", "applications are decided by a DECISION body");
    }
    return parsed;
  }
}

export const motionService = new MotionService();
