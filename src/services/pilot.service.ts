/**
 * The pilot programme (Art. 7-8): the readiness report, the secretariat's application (only when
 * every basic condition holds, with the report of that moment kept as it was) and the decision of
 * the coordination office (a platform admin).
 */
import { Alliance, PilotStatus } from "../../entities/alliance.entity";
import { PilotApplication, type PilotReadinessData } from "../../entities/pilot-application.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { AppError, ErrorCode, conflict, forbidden, notFound } from "../errors";
import { canApplyForPilot, canDecidePilot, visibleIpAssetSql } from "../auth/permissions";
import { Decision } from "./membership.service";
import { evaluateReadiness } from "./pilot-readiness";
import { allianceForReport } from "./alliance-reader";

class PilotService {
  /** The readiness report: the secretariat, analysts and platform admins. */
  async readiness(ctx: Context, allianceId: string): Promise<PilotReadinessData> {
    const access = requireAccess(ctx);
    const readers = access.sees("wholeAlliance", allianceId);
    const alliance = await allianceForReport(ctx, allianceId, readers, "Only the secretariat and analysts read the pilot readiness");
    return evaluateReadiness(ctx.db.manager, alliance, clockOf(ctx).now(), (alias, params) => visibleIpAssetSql(access, alias, params));
  }

  async get(ctx: Context, id: string, field = "id"): Promise<PilotApplication> {
    const rows = { load: async (key: string) => (await ctx.db.getRepository(PilotApplication).findOneBy({ id: key })) ?? undefined };
    const application = await requireAccess(ctx).visible("pilotApplication", id, rows);
    if (!application) throw notFound("PilotApplication", field);
    return application;
  }

  /** The alliance's latest application, if the viewer may read it. */
  async latest(ctx: Context, allianceId: string): Promise<PilotApplication | null> {
    if (!(await requireAccess(ctx).sees("wholeAlliance", allianceId))) return null;
    return ctx.loaders.latestPilotApplication.load(allianceId);
  }

  /**
   * The secretariat applies when every condition holds; otherwise BAD_USER_INPUT lists the unmet
   * ones. The report is evaluated again inside the transaction, under a lock on the alliance, so
   * the stored snapshot is exactly what held when the application was filed.
   */
  async apply(ctx: Context, input: { allianceId: string }): Promise<PilotApplication> {
    const access = requireAccess(ctx);
    const alliance = await allianceForReport(
      ctx,
      input.allianceId,
      canApplyForPilot(access, input.allianceId),
      "Only the alliance's secretariat may apply for the pilot programme",
    );
    return write(ctx, async (tx) => {
      const locked = await tx.manager
        .getRepository(Alliance)
        .createQueryBuilder("a")
        .setLock("pessimistic_write")
        .where("a.id = :id", { id: alliance.id })
        .getOneOrFail();
      if (locked.pilotStatus === PilotStatus.APPLIED)
        throw conflict("The alliance's pilot application is awaiting a decision", "allianceId");
      if (locked.pilotStatus === PilotStatus.APPROVED) throw conflict("The alliance is already a pilot alliance", "allianceId");
      const report = await evaluateReadiness(tx.manager, locked, clockOf(ctx).now(), (alias, params) =>
        visibleIpAssetSql(access, alias, params),
      );
      const unmet = report.conditions.filter((c) => !c.met);
      if (unmet.length > 0) {
        throw new AppError(
          ErrorCode.BAD_USER_INPUT,
          `The alliance does not meet every basic condition of Art. 8: ${unmet.map((c) => `${c.article} ${c.explanation}`).join(" ")}`,
          {
            field: "allianceId",
            fields: ["allianceId"],
            unmetConditions: unmet.map((c) => ({ article: c.article, code: c.code, explanation: c.explanation })),
          },
        );
      }
      const application = tx.manager.create(PilotApplication, {
        allianceId: locked.id,
        status: PilotStatus.APPLIED,
        readiness: report,
        appliedById: access.viewer.userId,
      });
      await tx.manager.save(application);
      await tx.manager.update(Alliance, { id: locked.id }, { pilotStatus: PilotStatus.APPLIED });
      tx.audit({
        action: "applyForPilot",
        entityType: "PilotApplication",
        entityId: application.id,
        allianceId: locked.id,
        changes: { allianceId: locked.id, status: PilotStatus.APPLIED },
      });
      return application;
    });
  }

  /** The coordination office (a platform admin) approves or rejects an open application, once. */
  async decide(ctx: Context, input: { pilotApplicationId: string; decision: Decision; reason?: string | null }): Promise<PilotApplication> {
    const access = requireAccess(ctx);
    const application = await this.get(ctx, input.pilotApplicationId, "pilotApplicationId");
    if (!canDecidePilot(access)) throw forbidden("Only the coordination office (a platform administrator) decides pilot applications");
    const status = input.decision === Decision.APPROVE ? PilotStatus.APPROVED : PilotStatus.REJECTED;
    return write(ctx, async (tx) => {
      const fields = { status, decidedAt: clockOf(ctx).now(), decidedById: access.viewer.userId, reason: input.reason ?? null };
      const updated = await tx.manager.update(PilotApplication, { id: application.id, status: PilotStatus.APPLIED }, fields);
      if (!updated.affected) throw conflict("The application has already been decided", "pilotApplicationId");
      await tx.manager.update(Alliance, { id: application.allianceId }, { pilotStatus: status });
      tx.audit({
        action: "decidePilot",
        entityType: "PilotApplication",
        entityId: application.id,
        allianceId: application.allianceId,
        changes: { decision: input.decision, reason: input.reason, status },
      });
      return tx.manager.create(PilotApplication, { ...application, ...fields });
    });
  }
}

export const pilotService = new PilotService();
