/**
 * Benefit plans (Art. 8.5): how income from a project or an IP asset is shared, agreed in advance
 * by the parties. A plan turns AGREED when an ORG_ADMIN of each of its holders has approved it —
 * and, when it would replace the plan in force, of each holder of that plan too — and then
 * supersedes the plan in force. Until then income is distributed under the plan in force. See
 * docs/consent.md.
 */
import { BenefitPlan, BenefitPlanStatus } from "../../entities/benefit-plan.entity";
import { BenefitShare } from "../../entities/benefit-share.entity";
import { BenefitPlanApproval } from "../../entities/benefit-plan-approval.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { benefitPlans } from "../collections/benefit-plan";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import type { Tx } from "../db/transaction";
import { validateShares, type Share } from "../money/distribution";
import { planConsents, type Consent } from "../loaders/consent.loader";
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

/** `projectActivity` topics of benefit plans (src/db/outbox.ts). */
const BENEFIT_PLAN_PROPOSED = "benefitPlan.proposed";
const BENEFIT_PLAN_APPROVED = "benefitPlan.approved";
const BENEFIT_PLAN_AGREED = "benefitPlan.agreed";

/** The project whose `projectActivity` reports a plan: its project, or its IP asset's origin project. */
async function activityProject(ctx: Context, plan: { projectId: string | null; ipAssetId: string | null }): Promise<string | null> {
  if (plan.projectId) return plan.projectId;
  return (await ctx.loaders.ipAsset.load(plan.ipAssetId!))?.originProjectId ?? null;
}

/** A plan's event on `projectActivity`, when it has a project to report to. */
function planEvent(tx: Tx, topic: string, plan: BenefitPlan, projectId: string | null, organizationIds: string[]): void {
  if (projectId) tx.emit({ topic, entityType: "BenefitPlan", entityId: plan.id, allianceId: plan.allianceId, projectId, organizationIds });
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
      const projectId = subject.projectId ?? subject.ipAsset?.originProjectId ?? null;
      planEvent(
        tx,
        BENEFIT_PLAN_PROPOSED,
        plan,
        projectId,
        input.shares.map((s) => s.organizationId),
      );
      return plan;
    });
  }

  /** Who must approve the plan, who has, who has not (Art. 8.5). */
  consent(ctx: Context, plan: BenefitPlan): Promise<Consent> {
    return ctx.loaders.planConsent.load(plan.id);
  }

  /**
   * An ORG_ADMIN approves for their organization: a holder of the plan, or — while the plan would
   * replace the plan in force — a holder of that plan (Art. 8.5: no plan replaces another without
   * every holder of both). The last approval agrees the plan and supersedes the one in force.
   * Everything is decided under a lock on the subject, so the plan in force, and with it who must
   * approve, cannot change meanwhile, and two plans agreed at the same moment are ordered (the
   * partial unique index is the last line of defence). Approving again for the same organization
   * changes nothing.
   */
  async approve(ctx: Context, input: { benefitPlanId: string }): Promise<BenefitPlan> {
    const access = requireAccess(ctx);
    const plan = await this.get(ctx, input.benefitPlanId, "benefitPlanId");
    const org = access.viewer.organizationId;
    if (!org || !access.isOrgAdminOf(org)) throw forbidden("Only an ORG_ADMIN approves a plan, for their organization");
    if (plan.status !== BenefitPlanStatus.DRAFT) {
      throw conflict(`The plan is ${plan.status}; only a DRAFT plan can be approved`, "benefitPlanId");
    }
    const projectId = await activityProject(ctx, plan);
    return write(ctx, async (tx) => {
      await lockSubject(tx, plan, "update");
      const [current]: { status: BenefitPlanStatus }[] = await tx.manager.query(
        `SELECT status FROM benefit_plan WHERE id = $1 FOR UPDATE`,
        [plan.id],
      );
      if (current.status !== BenefitPlanStatus.DRAFT) {
        throw conflict(`The plan is ${current.status}; only a DRAFT plan can be approved`, "benefitPlanId");
      }
      const [before] = await planConsents(tx.manager, [plan.id]);
      if (!before.required.includes(org)) {
        throw forbidden(
          "Only an ORG_ADMIN of an organization holding a share in the plan, or in the plan in force it would replace, may approve it",
        );
      }
      if (before.approvals.some((a) => a.organizationId === org)) return plan;
      const holder = await tx.manager.update(
        BenefitShare,
        { planId: plan.id, organizationId: org },
        {
          approvedById: access.viewer.userId,
          approvedAt: () => "now()",
        },
      );
      if (!holder.affected) {
        await tx.manager.insert(BenefitPlanApproval, { planId: plan.id, organizationId: org, approvedById: access.viewer.userId });
      }
      tx.audit({
        action: "approveBenefitPlan",
        entityType: "BenefitPlan",
        entityId: plan.id,
        allianceId: plan.allianceId,
        changes: { organizationId: org, holder: Boolean(holder.affected) },
      });
      planEvent(tx, BENEFIT_PLAN_APPROVED, plan, projectId, before.required);
      if (before.required.some((id) => id !== org && !before.approvals.some((a) => a.organizationId === id))) return plan;
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
      const agreedAt = clockOf(ctx).now();
      await tx.manager.update(BenefitPlan, { id: plan.id }, { status: BenefitPlanStatus.AGREED, agreedAt });
      tx.audit({
        action: "agreeBenefitPlan",
        entityType: "BenefitPlan",
        entityId: plan.id,
        allianceId: plan.allianceId,
        changes: { status: BenefitPlanStatus.AGREED },
      });
      planEvent(tx, BENEFIT_PLAN_AGREED, plan, projectId, before.required);
      return tx.manager.create(BenefitPlan, { ...plan, status: BenefitPlanStatus.AGREED, agreedAt });
    });
  }
}

export const benefitPlanService = new BenefitPlanService();
