/**
 * Reporting periods (Art. 8.4: fund management and internal supervision): the project's managers
 * cut the project's months into periods; after a period's last day the lead organization's
 * ORG_ADMIN submits its report, compiled and frozen in the same transaction (./period-snapshot.ts);
 * the secretariat approves it or reopens the period, and the next submission is a new version.
 * While a period is SUBMITTED or APPROVED its expenses and time declarations are locked
 * (./period-lock.ts).
 */
import { PeriodReport } from "../../entities/period-report.entity";
import type { Project } from "../../entities/project.entity";
import { ReportingPeriod, ReportingPeriodStatus } from "../../entities/reporting-period.entity";
import { canSubmitPeriodReport, canSuperviseReporting } from "../auth/permissions";
import { projectMonthEnd, projectMonthStart, todayOf } from "../clock";
import { childPage, listPage, type ListArgs, type Page } from "../collections/page";
import { reportingPeriods } from "../collections/reporting-period";
import type { Tx } from "../db/transaction";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { lockProjectBudget } from "./budget-alert";
import { compileSnapshot, sha256Of } from "./period-snapshot";
import { assertOpen, projectService } from "./project.service";
import { assertProjectMonth } from "./work-plan-rules";

const ReportingTopic = {
  PERIOD_CREATED: "reportingPeriod.created",
  REPORT_SUBMITTED: "periodReport.submitted",
  PERIOD_APPROVED: "reportingPeriod.approved",
  PERIOD_REOPENED: "reportingPeriod.reopened",
} as const;

class ReportingPeriodService {
  async get(ctx: Context, id: string, field = "id"): Promise<ReportingPeriod> {
    const period = await requireAccess(ctx).visible("reportingPeriod", id, ctx.loaders.reportingPeriod);
    if (!period) throw notFound("ReportingPeriod", field);
    return period;
  }

  async getReport(ctx: Context, id: string, field = "id"): Promise<PeriodReport> {
    const report = await requireAccess(ctx).visible("periodReport", id, ctx.loaders.periodReport);
    if (!report) throw notFound("PeriodReport", field);
    return report;
  }

  list(ctx: Context, args: ListArgs): Promise<Page<ReportingPeriod>> {
    return listPage(ctx, requireAccess(ctx), reportingPeriods, args);
  }

  listByProject(ctx: Context, projectId: string, args: ListArgs): Promise<Page<ReportingPeriod>> {
    return childPage(ctx, requireAccess(ctx), reportingPeriods, "projectId", projectId, args, {
      field: "project.reportingPeriods",
      prime: ctx.loaders.reportingPeriod,
    });
  }

  /** Callers have checked that the viewer sees the period. Newest version first. */
  async reportsOf(ctx: Context, period: ReportingPeriod): Promise<PeriodReport[]> {
    return [...(await ctx.loaders.reportsByPeriod.load(period.id))].reverse();
  }

  /** The latest version of the period's report, or null before the first submission. */
  async currentReport(ctx: Context, period: ReportingPeriod): Promise<PeriodReport | null> {
    return (await this.reportsOf(ctx, period))[0] ?? null;
  }

  /** The project's managers (its lead ORG_ADMIN, the secretariat) add the next period: within the project, overlapping none. */
  async create(ctx: Context, input: { projectId: string; startMonth: number; endMonth: number }): Promise<ReportingPeriod> {
    const project = await projectService.getManaged(ctx, input.projectId);
    assertOpen(project);
    if (!project.startDate) throw badInput("startMonth", "the project needs a start date before its months can be reported on");
    assertProjectMonth(project, input.startMonth, "startMonth");
    assertProjectMonth(project, input.endMonth, "endMonth");
    if (input.endMonth < input.startMonth) throw badInput("endMonth", "endMonth must not be before startMonth");
    const startDate = project.startDate;
    return write(ctx, async (tx) => {
      // Periods of one project are numbered and checked for overlaps one creation at a time.
      await lockProjectBudget(tx, project.id);
      const [overlap]: { number: number; start_month: number; end_month: number }[] = await tx.manager.query(
        `SELECT number, start_month, end_month FROM reporting_period
          WHERE project_id = $1 AND start_month <= $3 AND end_month >= $2 ORDER BY number LIMIT 1`,
        [project.id, input.startMonth, input.endMonth],
      );
      if (overlap) {
        throw conflict(
          `months ${input.startMonth}-${input.endMonth} overlap reporting period ${overlap.number} (months ${overlap.start_month}-${overlap.end_month})`,
          "startMonth",
        );
      }
      const [{ next }]: { next: number }[] = await tx.manager.query(
        `SELECT COALESCE(MAX(number), 0) + 1 AS next FROM reporting_period WHERE project_id = $1`,
        [project.id],
      );
      const period = tx.manager.create(ReportingPeriod, {
        projectId: project.id,
        number: next,
        startMonth: input.startMonth,
        endMonth: input.endMonth,
        startDate: projectMonthStart(startDate, input.startMonth),
        endDate: projectMonthEnd(startDate, input.endMonth),
        status: ReportingPeriodStatus.OPEN,
        reopenReason: null,
      });
      await tx.manager.save(period);
      tx.audit({
        action: "createReportingPeriod",
        entityType: "ReportingPeriod",
        entityId: period.id,
        allianceId: project.allianceId,
        changes: { ...input, number: next },
      });
      emit(tx, project, ReportingTopic.PERIOD_CREATED, "ReportingPeriod", period.id);
      return period;
    });
  }

  /**
   * The lead's ORG_ADMIN submits the report of an OPEN or REOPENED period once its last day has
   * passed: the snapshot is compiled under the project's budget lock, so no approval of an
   * expense or a declaration of the period slips in beside it, and stored as the next version.
   */
  async submit(ctx: Context, input: { periodId: string }): Promise<ReportingPeriod> {
    const access = requireAccess(ctx);
    const period = await this.get(ctx, input.periodId, "periodId");
    const project = await projectService.get(ctx, period.projectId, "periodId");
    if (!(await canSubmitPeriodReport(access, project))) {
      throw forbidden("Only an ORG_ADMIN of the project's lead organization may submit its period reports");
    }
    const submittable = [ReportingPeriodStatus.OPEN, ReportingPeriodStatus.REOPENED];
    if (!submittable.includes(period.status)) throw conflict(`The reporting period is ${period.status}`, "periodId");
    const clock = clockOf(ctx);
    const now = clock.now();
    const today = todayOf(clock);
    return write(ctx, async (tx) => {
      await lockProjectBudget(tx, project.id);
      const current = await lockedPeriod(tx, period.id);
      if (!submittable.includes(current.status)) throw conflict(`The reporting period is ${current.status}`, "periodId");
      if (today <= current.endDate) {
        throw conflict(`The reporting period ends on ${current.endDate}: its report can be submitted once that day has passed`, "endDate");
      }
      const [{ version }]: { version: number }[] = await tx.manager.query(
        `SELECT COALESCE(MAX(version), 0) + 1 AS version FROM period_report WHERE period_id = $1`,
        [period.id],
      );
      const snapshot = await compileSnapshot(tx.manager, {
        project,
        period: current,
        version,
        submittedAt: now,
        submittedById: access.viewer.userId,
      });
      const report = tx.manager.create(PeriodReport, {
        periodId: period.id,
        projectId: project.id,
        version,
        snapshot: snapshot as unknown as Record<string, unknown>,
        sha256: sha256Of(snapshot),
        submittedAt: now,
        submittedById: access.viewer.userId,
      });
      await tx.manager.save(report);
      await tx.manager.update(ReportingPeriod, { id: period.id }, { status: ReportingPeriodStatus.SUBMITTED });
      tx.audit({
        action: "submitPeriodReport",
        entityType: "ReportingPeriod",
        entityId: period.id,
        allianceId: project.allianceId,
        changes: { periodId: input.periodId, version, sha256: report.sha256, status: ReportingPeriodStatus.SUBMITTED },
      });
      emit(tx, project, ReportingTopic.REPORT_SUBMITTED, "PeriodReport", report.id);
      return tx.manager.findOneByOrFail(ReportingPeriod, { id: period.id });
    });
  }

  /** The secretariat approves a SUBMITTED report. */
  async approve(ctx: Context, input: { periodId: string }): Promise<ReportingPeriod> {
    return this.supervise(ctx, input.periodId, [ReportingPeriodStatus.SUBMITTED], {
      action: "approvePeriodReport",
      topic: ReportingTopic.PERIOD_APPROVED,
      status: ReportingPeriodStatus.APPROVED,
      changes: input,
    });
  }

  /**
   * The secretariat reopens a SUBMITTED or APPROVED period, saying why; it unlocks the period until
   * the next submission. The reason arrives trimmed and not blank (src/validation/text.ts).
   */
  async reopen(ctx: Context, input: { periodId: string; reason: string }): Promise<ReportingPeriod> {
    const { reason } = input;
    return this.supervise(ctx, input.periodId, [ReportingPeriodStatus.SUBMITTED, ReportingPeriodStatus.APPROVED], {
      action: "reopenPeriod",
      topic: ReportingTopic.PERIOD_REOPENED,
      status: ReportingPeriodStatus.REOPENED,
      reopenReason: reason,
      changes: { ...input, reason },
    });
  }

  private async supervise(
    ctx: Context,
    periodId: string,
    from: ReportingPeriodStatus[],
    change: { action: string; topic: string; status: ReportingPeriodStatus; reopenReason?: string; changes: object },
  ): Promise<ReportingPeriod> {
    const access = requireAccess(ctx);
    const period = await this.get(ctx, periodId, "periodId");
    const project = await projectService.get(ctx, period.projectId, "periodId");
    if (!(await canSuperviseReporting(access, project))) {
      throw forbidden("Only the alliance's secretariat may approve or reopen reporting periods");
    }
    if (!from.includes(period.status)) throw conflict(`The reporting period is ${period.status}`, "periodId");
    return write(ctx, async (tx) => {
      await lockProjectBudget(tx, project.id);
      const current = await lockedPeriod(tx, period.id);
      if (!from.includes(current.status)) throw conflict(`The reporting period is ${current.status}`, "periodId");
      const set =
        change.reopenReason === undefined ? { status: change.status } : { status: change.status, reopenReason: change.reopenReason };
      await tx.manager.update(ReportingPeriod, { id: period.id }, set);
      tx.audit({
        action: change.action,
        entityType: "ReportingPeriod",
        entityId: period.id,
        allianceId: project.allianceId,
        changes: { ...change.changes, status: change.status },
      });
      emit(tx, project, change.topic, "ReportingPeriod", period.id);
      return tx.manager.findOneByOrFail(ReportingPeriod, { id: period.id });
    });
  }
}

/** The period's row, locked for the rest of the transaction. */
async function lockedPeriod(tx: Tx, id: string): Promise<ReportingPeriod> {
  return tx.manager.createQueryBuilder(ReportingPeriod, "rp").setLock("pessimistic_write").where("rp.id = :id", { id }).getOneOrFail();
}

function emit(tx: Tx, project: Project, topic: string, entityType: "ReportingPeriod" | "PeriodReport", entityId: string): void {
  tx.emit({ topic, entityType, entityId, allianceId: project.allianceId, projectId: project.id });
}

export const reportingPeriodService = new ReportingPeriodService();
