/**
 * Membership: organizations apply, the secretariat (or, under `admissionBy: DECISION_BODY`, a
 * motion of the decision body) admits or rejects them (open development, Art. 8.6); members can
 * be suspended, reinstated, and can withdraw.
 */
import { AdmissionBy, AllianceStatus } from "../../entities/alliance.entity";
import { Membership, MembershipRole, MembershipStatus, OPEN_MEMBERSHIP_STATUSES } from "../../entities/membership.entity";
import { conflict, forbidden, notFound, badInput } from "../errors";
import { isSecretariat } from "../auth/permissions";
import { standingChanged } from "../auth/standing-cache";
import type { Tx } from "../db/transaction";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { memberships } from "../collections/membership";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { agreementSignatureService } from "./agreement-signature.service";

export enum Decision {
  APPROVE = "APPROVE",
  REJECT = "REJECT",
}

/** Status changes of an existing membership, and who may make them. */
type Change = "SUSPEND" | "REINSTATE" | "WITHDRAW";
const CHANGES: Record<Change, { from: MembershipStatus[]; to: MembershipStatus; action: string }> = {
  SUSPEND: { from: [MembershipStatus.ACTIVE], to: MembershipStatus.SUSPENDED, action: "suspendMembership" },
  REINSTATE: { from: [MembershipStatus.SUSPENDED], to: MembershipStatus.ACTIVE, action: "reinstateMembership" },
  WITHDRAW: {
    from: OPEN_MEMBERSHIP_STATUSES,
    to: MembershipStatus.WITHDRAWN,
    action: "withdrawMembership",
  },
};

class MembershipService {
  async get(ctx: Context, id: string, field = "membershipId"): Promise<Membership> {
    const membership = await requireAccess(ctx).visible("membership", id, ctx.loaders.membership);
    if (!membership) throw notFound("Membership", field);
    return membership;
  }

  /** An alliance's memberships (its member list), or any filtered set of memberships. */
  list(ctx: Context, args: ListArgs & { allianceId?: string; organizationId?: string }): Promise<Page<Membership>> {
    const { allianceId, organizationId } = args;
    return listPage(ctx, requireAccess(ctx), memberships, args, {
      where: (a, params) =>
        [
          allianceId ? `${a}.alliance_id = ${params.add(allianceId)}` : "",
          organizationId ? `${a}.organization_id = ${params.add(organizationId)}` : "",
        ]
          .filter(Boolean)
          .join(" AND "),
    });
  }

  /** An ORG_ADMIN applies for their own organization (platform admins for any). */
  async apply(ctx: Context, input: { allianceId: string; organizationId: string; role?: MembershipRole }): Promise<Membership> {
    const access = requireAccess(ctx);
    const alliance = await ctx.loaders.alliance.load(input.allianceId);
    if (!alliance) throw notFound("Alliance", "allianceId");
    if (!(await ctx.loaders.organization.load(input.organizationId))) throw notFound("Organization", "organizationId");
    if (!access.isAdmin && !access.isOrgAdminOf(input.organizationId)) {
      throw forbidden("Only the organization's ORG_ADMIN may apply for its membership");
    }
    if (alliance.status === AllianceStatus.DISSOLVED) throw badInput("allianceId", "the alliance is dissolved");
    return write(ctx, async (tx) => {
      const membership = tx.manager.create(Membership, {
        allianceId: input.allianceId,
        organizationId: input.organizationId,
        role: input.role ?? MembershipRole.MEMBER,
        status: MembershipStatus.APPLIED,
      });
      await tx.manager.save(membership);
      // An application is an open membership: it is part of the organization's standing.
      tx.emit(standingChanged({ organizationId: input.organizationId }, input.allianceId));
      tx.audit({
        action: "applyForMembership",
        entityType: "Membership",
        entityId: membership.id,
        allianceId: input.allianceId,
        changes: input,
      });
      return membership;
    });
  }

  /**
   * The secretariat admits or rejects an application, once — unless the alliance admits members
   * by a vote of its decision body (`admissionBy: DECISION_BODY`), whose passed or rejected
   * ADMIT_MEMBER motion decides instead (src/services/motion.service.ts).
   */
  async decide(ctx: Context, input: { membershipId: string; decision: Decision; reason?: string }): Promise<Membership> {
    const access = requireAccess(ctx);
    const membership = await this.get(ctx, input.membershipId);
    if (!(await isSecretariat(access, membership.allianceId))) {
      throw forbidden("Only the alliance's secretariat may decide memberships");
    }
    const alliance = await ctx.loaders.alliance.load(membership.allianceId);
    if (alliance?.admissionBy === AdmissionBy.DECISION_BODY) {
      throw forbidden("This alliance admits members by a motion of its decision body (admissionBy: DECISION_BODY)");
    }
    return write(ctx, (tx) =>
      this.decideApplication(tx, membership, input.decision, {
        decidedAt: clockOf(ctx).now(),
        decidedById: access.viewer.userId,
        reason: input.reason ?? null,
      }),
    );
  }

  /**
   * Admits or rejects an APPLIED membership inside `tx`: the one path of the secretariat's decision
   * and of a decision body's ADMIT_MEMBER motion, including reopening the alliance agreement for
   * the new member's signature.
   */
  async decideApplication(
    tx: Tx,
    membership: Membership,
    decision: Decision,
    fields: { decidedAt: Date; decidedById: string | null; reason: string | null },
  ): Promise<Membership> {
    const to = decision === Decision.APPROVE ? MembershipStatus.ACTIVE : MembershipStatus.REJECTED;
    const updated = await this.transition(tx, membership, [MembershipStatus.APPLIED], to, fields);
    tx.audit({
      action: "decideMembership",
      entityType: "Membership",
      entityId: membership.id,
      allianceId: membership.allianceId,
      changes: { decision, reason: fields.reason, status: to },
    });
    await agreementSignatureService.onMembershipChange(tx, updated);
    return updated;
  }

  /** Suspend and reinstate: the secretariat. Withdraw: the member's ORG_ADMIN or the secretariat. */
  async change(ctx: Context, change: Change, input: { membershipId: string; reason?: string }): Promise<Membership> {
    const access = requireAccess(ctx);
    const membership = await this.get(ctx, input.membershipId);
    const secretariat = await isSecretariat(access, membership.allianceId);
    const own = change === "WITHDRAW" && access.isOrgAdminOf(membership.organizationId);
    if (!secretariat && !own) throw forbidden("You may not change this membership");
    const rule = CHANGES[change];
    return write(ctx, async (tx) => {
      const updated = await this.transition(tx, membership, rule.from, rule.to, {
        reason: input.reason ?? null,
        ...(rule.to === MembershipStatus.WITHDRAWN ? { endedAt: clockOf(ctx).now() } : {}),
      });
      tx.audit({
        action: rule.action,
        entityType: "Membership",
        entityId: membership.id,
        allianceId: membership.allianceId,
        changes: { status: rule.to, reason: input.reason },
      });
      await agreementSignatureService.onMembershipChange(tx, updated);
      return updated;
    });
  }

  /**
   * Moves the row only if it is still in one of `from` (a concurrent decision loses with CONFLICT).
   * Every change of a membership's status goes through here, and changes its organization's standing.
   */
  private async transition(
    tx: Tx,
    membership: Membership,
    from: MembershipStatus[],
    to: MembershipStatus,
    fields: Partial<Membership>,
  ): Promise<Membership> {
    if (!from.includes(membership.status)) {
      throw conflict(`The membership is ${membership.status}; it cannot become ${to}`, "membershipId");
    }
    const result = await tx.manager
      .createQueryBuilder()
      .update(Membership)
      .set({ status: to, ...fields })
      .where("id = :id AND status IN (:...from)", { id: membership.id, from })
      .returning("*")
      .execute();
    if (result.affected !== 1) throw conflict("The membership changed meanwhile; reload it", "membershipId");
    tx.emit(standingChanged({ organizationId: membership.organizationId }, membership.allianceId));
    return tx.manager.create(Membership, { ...membership, status: to, ...fields });
  }
}

export const membershipService = new MembershipService();
