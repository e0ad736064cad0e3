/**
 * Benefit plans (Art. 8.5): how income from a project or an IP asset is shared, agreed in advance
 * by every share-holding organization. A plan turns AGREED when an ORG_ADMIN of each holder has
 * approved it, and then supersedes the subject's previous agreed plan.
 */
import { BenefitPlan, BenefitPlanStatus } from "../../entities/benefit-plan.entity";
import { BenefitShare } from "../../entities/benefit-share.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { benefitPlans } from "../collections/benefit-plan";
import { requireAccess, write, type Context } from "../operation-context";
import { validateShares, type Share } from "../money/distribution";
import { canManageBenefits, lockSubject, resolveSubject, subjectColumn, type BenefitSubject, type SubjectInput } from "./benefit-subject";

/** Organizations among `organizationIds` that may not hold a share in plans of this subject. */
async function ineligibleHolders(ctx: Context, subject: BenefitSubject, organizationIds: string[]): Promise<Set<string>> {
  // A project's income is shared among its participants; an IP asset's among the alliance's active members.
  const rows: { organization_id: string }[] = subject.projectId
    ? await ctx.db.query(
        `SELECT organization_id FROM project_participant
          WHERE project_id = $1 AND removed_at IS NULL AND organization_id = ANY($2::uuid[])`,
        [subject.projectId, organizationIds],
      )
    : await ctx.db.query(
        `SELECT organization_id FROM membership WHERE alliance_id = $1 AND status = $2 AND organization_id = ANY($3::uuid[])`,
        [subject.allianceId, MembershipStatus.ACTIVE, organizationIds],
      );
  const eligible = new Set(rows.map((r) => r.organization_id));
  return new Set(organizationIds.filter((id) => !eligible.has(id)));
}

class BenefitPlanService {
  async get(ctx: Context, id: string, field = "id"): Promise<BenefitPlan> {
    const plan = await requireAccess(ctx).visible("benefitPlan", id, ctx.loaders.benefitPlan);
    if (!plan) throw notFound("BenefitPlan", field);
    return plan;
  }

  /** One share, for `node(id)`: visible with its plan. */
  async getShare(ctx: Context, id: string): Promise<BenefitShare> {
    const rows = { load: async (key: string) => (await ctx.db.getRepository(BenefitShare).findOneBy({ id: key })) ?? undefined };
    const share = await requireAccess(ctx).visible("benefitShare", id, rows);
    if (!share) throw notFound("BenefitShare", "id");
    return share;
  }

  shares(ctx: Context, plan: BenefitPlan): Promise<BenefitShare[]> {
    return ctx.loaders.sharesByPlan.load(plan.id);
  }

  list(ctx: Context, args: ListArgs): Promise<Page<BenefitPlan>> {
    return listPage(ctx, requireAccess(ctx), benefitPlans, args);
  }

  /** Proposes a plan (DRAFT): the subject's lead ORG_ADMIN (or an IP holder's) or the secretariat. */
  async create(ctx: Context, input: SubjectInput & { shares: Share[] }): Promise<BenefitPlan> {
    const access = requireAccess(ctx);
    const subject = await resolveSubject(ctx, input);
    if (!(await canManageBenefits(ctx, subject))) {
      throw forbidden("Only the project lead's ORG_ADMIN, an IP holder's ORG_ADMIN or the secretariat may propose benefit plans");
    }
    const problem = validateShares(input.shares);
    if (problem) throw badInput(problem.field, problem.message);
    const ineligible = await ineligibleHolders(
      ctx,
      subject,
      input.shares.map((s) => s.organizationId),
    );
    const index = input.shares.findIndex((s) => ineligible.has(s.organizationId));
    if (index >= 0) {
      throw badInput(
        `shares[${index}].organizationId`,
        subject.projectId ? "a share-holder must take part in the project" : "a share-holder must be an active member of the alliance",
      );
    }
    return write(ctx, async (tx) => {
      const plan = tx.manager.create(BenefitPlan, {
        allianceId: subject.allianceId,
        projectId: subject.projectId,
        ipAssetId: subject.ipAssetId,
        status: BenefitPlanStatus.DRAFT,
        createdById: access.viewer.userId,
      });
      await tx.manager.save(plan);
      await tx.manager.insert(
        BenefitShare,
        input.shares.map((s) => ({ planId: plan.id, organizationId: s.organizationId, basisPoints: s.basisPoints })),
      );
      tx.audit({
        action: "createBenefitPlan",
        entityType: "BenefitPlan",
        entityId: plan.id,
        allianceId: subject.allianceId,
        changes: input,
      });
      return plan;
    });
  }

  /**
   * An ORG_ADMIN approves for their organization. The last approval agrees the plan and
   * supersedes the subject's previous agreed plan, under a lock on the subject so that two plans
   * agreed at the same moment are ordered (the partial unique index is the last line of defence).
   * Approving again for the same organization changes nothing.
   */
  async approve(ctx: Context, input: { benefitPlanId: string }): Promise<BenefitPlan> {
    const access = requireAccess(ctx);
    const plan = await this.get(ctx, input.benefitPlanId, "benefitPlanId");
    const shares = await ctx.loaders.sharesByPlan.load(plan.id);
    const share = shares.find((s) => s.organizationId === access.viewer.organizationId);
    if (!share || !access.isOrgAdminOf(share.organizationId)) {
      throw forbidden("Only an ORG_ADMIN of a share-holding organization may approve the plan");
    }
    if (plan.status !== BenefitPlanStatus.DRAFT) {
      throw conflict(`The plan is ${plan.status}; only a DRAFT plan can be approved`, "benefitPlanId");
    }
    return write(ctx, async (tx) => {
      await lockSubject(tx, plan, "update");
      const [current]: { status: BenefitPlanStatus }[] = await tx.manager.query(
        `SELECT status FROM benefit_plan WHERE id = $1 FOR UPDATE`,
        [plan.id],
      );
      if (current.status !== BenefitPlanStatus.DRAFT) {
        throw conflict(`The plan is ${current.status}; only a DRAFT plan can be approved`, "benefitPlanId");
      }
      // TypeORM answers an UPDATE with [rows, affected].
      const [approved]: [unknown[], number] = await tx.manager.query(
        `UPDATE benefit_share SET approved_by_id = $1, approved_at = now() WHERE id = $2 AND approved_at IS NULL RETURNING id`,
        [access.viewer.userId, share.id],
      );
      if (approved.length === 0) return plan;
      tx.audit({
        action: "approveBenefitPlan",
        entityType: "BenefitPlan",
        entityId: plan.id,
        allianceId: plan.allianceId,
        changes: { organizationId: share.organizationId },
      });
      const [{ missing }]: { missing: number }[] = await tx.manager.query(
        `SELECT count(*)::int AS missing FROM benefit_share WHERE plan_id = $1 AND approved_at IS NULL`,
        [plan.id],
      );
      if (missing > 0) return plan;
      const { column, id } = subjectColumn(plan);
      const [superseded]: [{ id: string }[], number] = await tx.manager.query(
        `UPDATE benefit_plan SET status = 'SUPERSEDED', superseded_at = now() WHERE ${column} = $1 AND status = 'AGREED' RETURNING id`,
        [id],
      );
      for (const old of superseded) {
        tx.audit({
          action: "supersedeBenefitPlan",
          entityType: "BenefitPlan",
          entityId: old.id,
          allianceId: plan.allianceId,
          changes: { supersededBy: plan.id },
        });
      }
      const agreedAt = new Date();
      await tx.manager.update(BenefitPlan, { id: plan.id }, { status: BenefitPlanStatus.AGREED, agreedAt });
      tx.audit({
        action: "agreeBenefitPlan",
        entityType: "BenefitPlan",
        entityId: plan.id,
        allianceId: plan.allianceId,
        changes: { status: BenefitPlanStatus.AGREED },
      });
      return tx.manager.create(BenefitPlan, { ...plan, status: BenefitPlanStatus.AGREED, agreedAt });
    });
  }
}

export const benefitPlanService = new BenefitPlanService();
