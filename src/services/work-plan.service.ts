/**
 * The work plan of a project (Art. 8.2: goals and the division of tasks among members): work
 * packages with the effort and budget each participant plans, and the deliverables they owe.
 * The project's managers (`canManageProject`) write the plan; a user of the responsible
 * organization submits a deliverable, and the lead's ORG_ADMIN or the secretariat reviews it.
 */
import type { EntityManager } from "typeorm";
import { Deliverable, DeliverableStatus, type DisseminationLevel } from "../../entities/deliverable.entity";
import type { ExpenseCategory } from "../../entities/expense.entity";
import { PlannedBudget } from "../../entities/planned-budget.entity";
import { PlannedEffort } from "../../entities/planned-effort.entity";
import type { Project } from "../../entities/project.entity";
import { WorkPackage } from "../../entities/work-package.entity";
import { requireAccess, write, clockOf, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { canManageProject, canSubmitDeliverable } from "../auth/permissions";
import { projectMonthEnd, todayOf } from "../clock";
import { assertPositive, type Decimal } from "../graphql/decimal";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { deliverables, workPackages } from "../collections/work-plan";
import { assertOpen, projectService } from "./project.service";
import { assertDistinct, assertParticipant, assertProjectMonth } from "./work-plan-rules";

export interface PlannedEffortData {
  organizationId: string;
  personMonths: Decimal;
}

export interface PlannedBudgetData {
  organizationId: string;
  category: ExpenseCategory;
  amount: Decimal;
}

export interface WorkPackageData {
  number?: string;
  title?: string;
  objectives?: string;
  leadOrganizationId?: string;
  startMonth?: number;
  endMonth?: number;
  plannedEffort?: PlannedEffortData[];
  plannedBudget?: PlannedBudgetData[];
}

const WorkPlanTopic = {
  WORK_PACKAGE_CREATED: "workPackage.created",
  WORK_PACKAGE_UPDATED: "workPackage.updated",
  DELIVERABLE_CREATED: "deliverable.created",
  DELIVERABLE_SUBMITTED: "deliverable.submitted",
  DELIVERABLE_REVIEWED: "deliverable.reviewed",
} as const;

/** Overdue: not SUBMITTED or ACCEPTED and past its due date (the SQL twin is in src/collections/work-plan.ts). */
function isOverdue(deliverable: Pick<Deliverable, "status" | "dueDate">, today: string): boolean {
  const open = deliverable.status === DeliverableStatus.PENDING || deliverable.status === DeliverableStatus.REVISION_REQUESTED;
  return open && deliverable.dueDate < today;
}

function trimmed(value: string, field: string): string {
  const result = value.trim();
  if (!result) throw badInput(field, `${field} must not be empty`);
  return result;
}

class WorkPlanService {
  async getWorkPackage(ctx: Context, id: string, field = "id"): Promise<WorkPackage> {
    const wp = await requireAccess(ctx).visible("workPackage", id, ctx.loaders.workPackage);
    if (!wp) throw notFound("WorkPackage", field);
    return wp;
  }

  /** The work package if the viewer may see it, otherwise null (for optional references). */
  async findWorkPackage(ctx: Context, id: string): Promise<WorkPackage | null> {
    return (await requireAccess(ctx).visible("workPackage", id, ctx.loaders.workPackage)) ?? null;
  }

  async getDeliverable(ctx: Context, id: string, field = "id"): Promise<Deliverable> {
    const deliverable = await requireAccess(ctx).visible("deliverable", id, ctx.loaders.deliverable);
    if (!deliverable) throw notFound("Deliverable", field);
    return deliverable;
  }

  listWorkPackages(ctx: Context, args: ListArgs): Promise<Page<WorkPackage>> {
    return listPage(ctx, requireAccess(ctx), workPackages, args);
  }

  listDeliverables(ctx: Context, args: ListArgs): Promise<Page<Deliverable>> {
    return listPage(ctx, requireAccess(ctx), deliverables, args);
  }

  /** Callers have checked that the viewer sees the project. */
  workPackagesOf(ctx: Context, project: Project): Promise<WorkPackage[]> {
    return ctx.loaders.workPackagesByProject.load(project.id);
  }

  /** The work package's deliverables that the viewer may see. */
  deliverablesOf(ctx: Context, wp: WorkPackage): Promise<Deliverable[]> {
    return ctx.loaders.visibleDeliverablesByWorkPackage.load(wp.id);
  }

  plannedEffort(ctx: Context, wp: WorkPackage): Promise<PlannedEffort[]> {
    return ctx.loaders.plannedEffortByWorkPackage.load(wp.id);
  }

  plannedBudget(ctx: Context, wp: WorkPackage): Promise<PlannedBudget[]> {
    return ctx.loaders.plannedBudgetByWorkPackage.load(wp.id);
  }

  overdue(ctx: Context, deliverable: Deliverable): boolean {
    return isOverdue(deliverable, todayOf(clockOf(ctx)));
  }

  async createWorkPackage(ctx: Context, input: WorkPackageData & { projectId: string }): Promise<WorkPackage> {
    const project = await projectService.getManaged(ctx, input.projectId);
    assertOpen(project);
    const data = await this.checkWorkPackage(ctx, project, {
      ...input,
      number: trimmed(input.number ?? "", "number"),
      title: trimmed(input.title ?? "", "title"),
    });
    return write(ctx, async (tx) => {
      const wp = tx.manager.create(WorkPackage, {
        projectId: project.id,
        number: data.number,
        title: data.title,
        objectives: data.objectives ?? "",
        leadOrganizationId: data.leadOrganizationId,
        startMonth: data.startMonth,
        endMonth: data.endMonth,
      });
      await tx.manager.save(wp);
      await replacePlan(tx.manager, wp.id, input);
      tx.audit({ action: "createWorkPackage", entityType: "WorkPackage", entityId: wp.id, allianceId: project.allianceId, changes: input });
      tx.emit({
        topic: WorkPlanTopic.WORK_PACKAGE_CREATED,
        entityType: "WorkPackage",
        entityId: wp.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [wp.leadOrganizationId],
      });
      return wp;
    });
  }

  /** Only the fields given change; a list given (effort, budget) replaces the one before. */
  async updateWorkPackage(ctx: Context, input: WorkPackageData & { workPackageId: string }): Promise<WorkPackage> {
    const wp = await this.getWorkPackage(ctx, input.workPackageId, "workPackageId");
    const project = await projectService.getManaged(ctx, wp.projectId, "workPackageId");
    assertOpen(project, "workPackageId");
    const merged = {
      ...input,
      number: input.number === undefined ? wp.number : trimmed(input.number, "number"),
      title: input.title === undefined ? wp.title : trimmed(input.title, "title"),
      leadOrganizationId: input.leadOrganizationId ?? wp.leadOrganizationId,
      startMonth: input.startMonth ?? wp.startMonth,
      endMonth: input.endMonth ?? wp.endMonth,
      objectives: input.objectives ?? wp.objectives,
    };
    const data = await this.checkWorkPackage(ctx, project, merged);
    return write(ctx, async (tx) => {
      await tx.manager.update(
        WorkPackage,
        { id: wp.id },
        {
          number: data.number,
          title: data.title,
          objectives: data.objectives,
          leadOrganizationId: data.leadOrganizationId,
          startMonth: data.startMonth,
          endMonth: data.endMonth,
        },
      );
      await replacePlan(tx.manager, wp.id, input);
      tx.audit({ action: "updateWorkPackage", entityType: "WorkPackage", entityId: wp.id, allianceId: project.allianceId, changes: input });
      tx.emit({
        topic: WorkPlanTopic.WORK_PACKAGE_UPDATED,
        entityType: "WorkPackage",
        entityId: wp.id,
        allianceId: project.allianceId,
        projectId: project.id,
      });
      return tx.manager.findOneByOrFail(WorkPackage, { id: wp.id });
    });
  }

  async createDeliverable(
    ctx: Context,
    input: {
      workPackageId: string;
      number: string;
      title: string;
      dueMonth: number;
      disseminationLevel: DisseminationLevel;
      responsibleOrganizationId: string;
    },
  ): Promise<Deliverable> {
    const wp = await this.getWorkPackage(ctx, input.workPackageId, "workPackageId");
    const project = await projectService.getManaged(ctx, wp.projectId, "workPackageId");
    assertOpen(project, "workPackageId");
    const number = trimmed(input.number, "number");
    const title = trimmed(input.title, "title");
    if (!project.startDate) throw badInput("dueMonth", "the project needs a start date before its deliverables can be due");
    assertProjectMonth(project, input.dueMonth, "dueMonth");
    assertParticipant(await this.participantIds(ctx, project), input.responsibleOrganizationId, "responsibleOrganizationId");
    return write(ctx, async (tx) => {
      const deliverable = tx.manager.create(Deliverable, {
        workPackageId: wp.id,
        projectId: project.id,
        number,
        title,
        dueMonth: input.dueMonth,
        dueDate: projectMonthEnd(project.startDate!, input.dueMonth),
        disseminationLevel: input.disseminationLevel,
        responsibleOrganizationId: input.responsibleOrganizationId,
        status: DeliverableStatus.PENDING,
      });
      await tx.manager.save(deliverable);
      tx.audit({
        action: "createDeliverable",
        entityType: "Deliverable",
        entityId: deliverable.id,
        allianceId: project.allianceId,
        changes: input,
      });
      tx.emit({
        topic: WorkPlanTopic.DELIVERABLE_CREATED,
        entityType: "Deliverable",
        entityId: deliverable.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [input.responsibleOrganizationId],
      });
      return deliverable;
    });
  }

  /** PENDING or REVISION_REQUESTED → SUBMITTED; after the due date only with a delay justification. */
  async submitDeliverable(ctx: Context, input: { deliverableId: string; delayJustification?: string | null }): Promise<Deliverable> {
    const access = requireAccess(ctx);
    const deliverable = await this.getDeliverable(ctx, input.deliverableId, "deliverableId");
    const project = await projectService.get(ctx, deliverable.projectId, "deliverableId");
    if (!(await canSubmitDeliverable(access, project, deliverable))) {
      throw forbidden("Only a user of the deliverable's responsible organization may submit it");
    }
    const justification = input.delayJustification?.trim() || null;
    const late = todayOf(clockOf(ctx)) > deliverable.dueDate;
    if (late && !justification) {
      throw badInput("delayJustification", `the deliverable was due on ${deliverable.dueDate}: a delayJustification is required`);
    }
    return this.transition(ctx, project, deliverable, [DeliverableStatus.PENDING, DeliverableStatus.REVISION_REQUESTED], {
      action: "submitDeliverable",
      topic: WorkPlanTopic.DELIVERABLE_SUBMITTED,
      changes: input,
      set: {
        status: DeliverableStatus.SUBMITTED,
        delayJustification: late ? justification : deliverable.delayJustification,
        submittedAt: clockOf(ctx).now(),
        submittedById: access.viewer.userId,
        submissionCount: deliverable.submissionCount + 1,
      },
    });
  }

  /** SUBMITTED → ACCEPTED, or REVISION_REQUESTED with a comment saying what to revise. */
  async reviewDeliverable(ctx: Context, input: { deliverableId: string; accept: boolean; comment?: string | null }): Promise<Deliverable> {
    const access = requireAccess(ctx);
    const deliverable = await this.getDeliverable(ctx, input.deliverableId, "deliverableId");
    const project = await projectService.get(ctx, deliverable.projectId, "deliverableId");
    if (!(await canManageProject(access, project))) {
      throw forbidden("Only an ORG_ADMIN of the project's lead organization or the secretariat may review deliverables");
    }
    const comment = input.comment?.trim() || null;
    if (!input.accept && !comment) throw badInput("comment", "a comment saying what to revise is required");
    return this.transition(ctx, project, deliverable, [DeliverableStatus.SUBMITTED], {
      action: "reviewDeliverable",
      topic: WorkPlanTopic.DELIVERABLE_REVIEWED,
      changes: input,
      set: {
        status: input.accept ? DeliverableStatus.ACCEPTED : DeliverableStatus.REVISION_REQUESTED,
        reviewedAt: clockOf(ctx).now(),
        reviewedById: access.viewer.userId,
        reviewComment: comment,
      },
    });
  }

  /** Moves the deliverable from one of `from` under a row lock; any other status is a CONFLICT. */
  private transition(
    ctx: Context,
    project: Project,
    deliverable: Deliverable,
    from: DeliverableStatus[],
    change: { action: string; topic: string; changes: object; set: Partial<Deliverable> },
  ): Promise<Deliverable> {
    if (!from.includes(deliverable.status)) throw conflict(`The deliverable is ${deliverable.status}`, "deliverableId");
    return write(ctx, async (tx) => {
      const [current]: { status: DeliverableStatus }[] = await tx.manager.query(`SELECT status FROM deliverable WHERE id = $1 FOR UPDATE`, [
        deliverable.id,
      ]);
      if (!from.includes(current.status)) throw conflict(`The deliverable is ${current.status}`, "deliverableId");
      await tx.manager.update(Deliverable, { id: deliverable.id }, change.set);
      tx.audit({
        action: change.action,
        entityType: "Deliverable",
        entityId: deliverable.id,
        allianceId: project.allianceId,
        changes: { ...change.changes, status: change.set.status },
      });
      tx.emit({
        topic: change.topic,
        entityType: "Deliverable",
        entityId: deliverable.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [deliverable.responsibleOrganizationId],
      });
      return tx.manager.findOneByOrFail(Deliverable, { id: deliverable.id });
    });
  }

  private async participantIds(ctx: Context, project: Project): Promise<Set<string>> {
    return new Set((await ctx.loaders.participantsByProject.load(project.id)).map((p) => p.organizationId));
  }

  /** Months within the project, a lead and planners who take part, positive amounts, nothing twice. */
  private async checkWorkPackage<D extends WorkPackageData & { number: string; title: string }>(
    ctx: Context,
    project: Project,
    data: D,
  ): Promise<D & { leadOrganizationId: string; startMonth: number; endMonth: number }> {
    const { leadOrganizationId, startMonth, endMonth } = data;
    if (!leadOrganizationId) throw badInput("leadOrganizationId", "leadOrganizationId is required");
    if (startMonth === undefined) throw badInput("startMonth", "startMonth is required");
    if (endMonth === undefined) throw badInput("endMonth", "endMonth is required");
    assertProjectMonth(project, startMonth, "startMonth");
    assertProjectMonth(project, endMonth, "endMonth");
    if (endMonth < startMonth) throw badInput("endMonth", "endMonth must not be before startMonth");
    const participants = await this.participantIds(ctx, project);
    assertParticipant(participants, leadOrganizationId, "leadOrganizationId");
    for (const line of data.plannedEffort ?? []) {
      assertParticipant(participants, line.organizationId, "plannedEffort");
      assertPositive(line.personMonths, "plannedEffort");
    }
    assertDistinct(
      (data.plannedEffort ?? []).map((l) => l.organizationId),
      "plannedEffort",
      "organization",
    );
    for (const line of data.plannedBudget ?? []) {
      assertParticipant(participants, line.organizationId, "plannedBudget");
      assertPositive(line.amount, "plannedBudget");
    }
    assertDistinct(
      (data.plannedBudget ?? []).map((l) => `${l.organizationId}/${l.category}`),
      "plannedBudget",
      "organization and category",
    );
    return { ...data, leadOrganizationId, startMonth, endMonth };
  }
}

/** Writes the plan's lists that are given, each replacing the one before. */
async function replacePlan(manager: EntityManager, workPackageId: string, data: WorkPackageData): Promise<void> {
  if (data.plannedEffort) {
    await manager.delete(PlannedEffort, { workPackageId });
    if (data.plannedEffort.length) {
      await manager.insert(
        PlannedEffort,
        data.plannedEffort.map((l) => ({ workPackageId, organizationId: l.organizationId, personMonths: l.personMonths })),
      );
    }
  }
  if (data.plannedBudget) {
    await manager.delete(PlannedBudget, { workPackageId });
    if (data.plannedBudget.length) {
      await manager.insert(
        PlannedBudget,
        data.plannedBudget.map((l) => ({ workPackageId, organizationId: l.organizationId, category: l.category, amount: l.amount })),
      );
    }
  }
}

export const workPlanService = new WorkPlanService();
