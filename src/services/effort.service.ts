/**
 * Effort and personnel costs (Art. 8.4): a person declares the hours they worked on a work
 * package in a month; a different ORG_ADMIN of their organization approves or refuses it (four
 * eyes, as for expenses); an approved declaration never changes. Its person-months are its hours
 * over a twelfth of the organization's productive hours per year, and its cost those
 * person-months at the person's dated monthly rate (src/services/budget.ts).
 */
import { Organization } from "../../entities/organization.entity";
import { PersonnelRate } from "../../entities/personnel-rate.entity";
import type { Project } from "../../entities/project.entity";
import { TimeDeclaration, TimeDeclarationStatus } from "../../entities/time-declaration.entity";
import type { User } from "../../entities/user.entity";
import { requireAccess, write, clockOf, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { canDecideTimeDeclaration, canSetOrganizationCosts, worksOnProject } from "../auth/permissions";
import { standingChanged } from "../auth/standing-cache";
import { projectMonths, todayOf } from "../clock";
import { Decimal, assertPositive } from "../graphql/decimal";
import { dateOnly } from "../graphql/date-only";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { timeDeclarations } from "../collections/time-declaration";
import { Decision } from "./membership.service";
import { projectService } from "./project.service";
import { userService } from "./user.service";
import { workPlanService } from "./work-plan.service";
import { withOverrunAlerts } from "./budget-alert";
import { assertMonthOpen } from "./period-lock";
import { assertProjectMonth } from "./work-plan-rules";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The most hours a month has (31 × 24). */
const MAX_HOURS = new Decimal(744);

const EffortTopic = {
  TIME_DECLARED: "timeDeclaration.declared",
  TIME_DECIDED: "timeDeclaration.decided",
} as const;

/** A declaration's person-months: hours over a twelfth of the organization's productive hours per year. */
function personMonthsOf(hours: Decimal, productiveHoursPerYear: Decimal): Decimal {
  return hours.times(12).dividedBy(productiveHoursPerYear).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

class EffortService {
  async getDeclaration(ctx: Context, id: string, field = "id"): Promise<TimeDeclaration> {
    const declaration = await requireAccess(ctx).visible("timeDeclaration", id, ctx.loaders.timeDeclaration);
    if (!declaration) throw notFound("TimeDeclaration", field);
    return declaration;
  }

  async getRate(ctx: Context, id: string, field = "id"): Promise<PersonnelRate> {
    const rate = await requireAccess(ctx).visible("personnelRate", id, ctx.loaders.personnelRate);
    if (!rate) throw notFound("PersonnelRate", field);
    return rate;
  }

  listDeclarations(ctx: Context, args: ListArgs): Promise<Page<TimeDeclaration>> {
    return listPage(ctx, requireAccess(ctx), timeDeclarations, args);
  }

  /** The person's rates that the viewer may see (their organization, the secretariat): none for anyone else. */
  ratesOf(ctx: Context, user: User): Promise<PersonnelRate[]> {
    return ctx.loaders.visibleRatesByUser.load(user.id);
  }

  async personMonths(ctx: Context, declaration: TimeDeclaration): Promise<Decimal> {
    const organization = await ctx.loaders.organization.load(declaration.organizationId);
    return personMonthsOf(declaration.hours, organization!.productiveHoursPerYear);
  }

  /** A user of a participant organization declares their own hours on a work package for a month. */
  async declare(ctx: Context, input: { workPackageId: string; month: string; hours: Decimal }): Promise<TimeDeclaration> {
    const access = requireAccess(ctx);
    const wp = await workPlanService.getWorkPackage(ctx, input.workPackageId, "workPackageId");
    const project = await projectService.get(ctx, wp.projectId, "workPackageId");
    if (!(await worksOnProject(access, project))) {
      throw forbidden("Only users of the project's participant organizations may declare time on it");
    }
    checkMonth(project, input.month, todayOf(clockOf(ctx)).slice(0, 7));
    assertPositive(input.hours, "hours");
    if (input.hours.greaterThan(MAX_HOURS)) throw badInput("hours", "hours must not exceed the hours of a month (744)");
    return write(ctx, async (tx) => {
      await assertMonthOpen(tx, project.id, input.month, "month");
      const declaration = tx.manager.create(TimeDeclaration, {
        userId: access.viewer.userId,
        organizationId: access.viewer.organizationId!,
        workPackageId: wp.id,
        projectId: project.id,
        month: input.month,
        hours: input.hours,
        status: TimeDeclarationStatus.PENDING,
      });
      await tx.manager.save(declaration);
      tx.audit({
        action: "declareTime",
        entityType: "TimeDeclaration",
        entityId: declaration.id,
        allianceId: project.allianceId,
        changes: input,
      });
      tx.emit({
        topic: EffortTopic.TIME_DECLARED,
        entityType: "TimeDeclaration",
        entityId: declaration.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [declaration.organizationId],
      });
      return declaration;
    });
  }

  /** Another ORG_ADMIN of the person's organization approves or refuses a PENDING declaration. */
  async decide(ctx: Context, input: { timeDeclarationId: string; decision: Decision; reason?: string }): Promise<TimeDeclaration> {
    const access = requireAccess(ctx);
    const declaration = await this.getDeclaration(ctx, input.timeDeclarationId, "timeDeclarationId");
    const project = await projectService.get(ctx, declaration.projectId, "timeDeclarationId");
    if (!canDecideTimeDeclaration(access, declaration)) {
      throw forbidden(
        declaration.userId === access.viewer.userId
          ? "A time declaration must be decided by someone other than the person who declared it"
          : "Only an ORG_ADMIN of the person's organization may decide a time declaration",
      );
    }
    if (declaration.status !== TimeDeclarationStatus.PENDING) {
      throw conflict(`The time declaration is already ${declaration.status}; it never changes once decided`, "timeDeclarationId");
    }
    const approve = input.decision === Decision.APPROVE;
    const status = approve ? TimeDeclarationStatus.APPROVED : TimeDeclarationStatus.REJECTED;
    return write(ctx, async (tx) => {
      // A submitted or approved period's declarations are frozen; this also takes the project's turn (./period-lock.ts).
      await assertMonthOpen(tx, project.id, declaration.month, "month");
      const set = { status, decidedAt: clockOf(ctx).now(), decidedById: access.viewer.userId, reason: input.reason ?? null };
      const decide = async () => {
        const updated = await tx.manager.update(TimeDeclaration, { id: declaration.id, status: TimeDeclarationStatus.PENDING }, set);
        if (updated.affected !== 1) throw conflict("The time declaration has already been decided", "timeDeclarationId");
      };
      if (approve) await withOverrunAlerts(tx, project, { entityType: "TimeDeclaration", entityId: declaration.id }, decide);
      else await decide();
      tx.audit({
        action: "decideTimeDeclaration",
        entityType: "TimeDeclaration",
        entityId: declaration.id,
        allianceId: project.allianceId,
        changes: { decision: input.decision, reason: input.reason, status },
      });
      tx.emit({
        topic: EffortTopic.TIME_DECIDED,
        entityType: "TimeDeclaration",
        entityId: declaration.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [declaration.organizationId],
      });
      return tx.manager.create(TimeDeclaration, { ...declaration, ...set });
    });
  }

  /** An ORG_ADMIN of the person's organization sets the person's monthly rate from a day on (replacing one of the same day). */
  async setRate(ctx: Context, input: { userId: string; validFrom: string; monthlyRate: Decimal }): Promise<PersonnelRate> {
    const access = requireAccess(ctx);
    const user = await userService.get(ctx, input.userId);
    const organizationId = user.organizationId;
    if (!organizationId) throw badInput("userId", "the user works for no organization");
    if (!canSetOrganizationCosts(access, organizationId)) {
      throw forbidden("Only an ORG_ADMIN of the person's organization may set their personnel rate");
    }
    assertPositive(input.monthlyRate, "monthlyRate");
    const validFrom = dateOnly(input.validFrom)!;
    return write(ctx, async (tx) => {
      await tx.manager.upsert(
        PersonnelRate,
        { userId: user.id, organizationId, validFrom, monthlyRate: input.monthlyRate, setById: access.viewer.userId },
        ["userId", "validFrom"],
      );
      const rate = await tx.manager.findOneByOrFail(PersonnelRate, { userId: user.id, validFrom });
      // The audit trail keeps who set a rate and when, not the confidential amount.
      tx.audit({
        action: "setPersonnelRate",
        entityType: "PersonnelRate",
        entityId: rate.id,
        changes: { userId: input.userId, validFrom },
      });
      return rate;
    });
  }

  /** The organization's productive hours per year (what one person-month is): its ORG_ADMIN or a platform administrator. */
  async setProductiveHours(ctx: Context, input: { organizationId: string; productiveHoursPerYear: Decimal }): Promise<Organization> {
    const access = requireAccess(ctx);
    const organization = await ctx.loaders.organization.load(input.organizationId);
    if (!organization) throw notFound("Organization", "organizationId");
    if (!canSetOrganizationCosts(access, organization.id)) {
      throw forbidden("Only an ORG_ADMIN of the organization may set its productive hours");
    }
    assertPositive(input.productiveHoursPerYear, "productiveHoursPerYear");
    if (input.productiveHoursPerYear.greaterThan(8784)) {
      throw badInput("productiveHoursPerYear", "productiveHoursPerYear must not exceed the hours of a year (8784)");
    }
    return write(ctx, async (tx) => {
      await tx.manager.update(Organization, { id: organization.id }, { productiveHoursPerYear: input.productiveHoursPerYear });
      tx.audit({ action: "setProductiveHours", entityType: "Organization", entityId: organization.id, changes: input });
      // Processes keep organization rows (src/auth/standing-cache.ts).
      tx.emit(standingChanged({ organizationId: organization.id }));
      return tx.manager.findOneByOrFail(Organization, { id: organization.id });
    });
  }
}

/** A month `YYYY-MM` of the project (when it has a start date), not after the current one. */
function checkMonth(project: Project, month: string, currentMonth: string): void {
  if (!MONTH.test(month)) throw badInput("month", "month must be YYYY-MM");
  if (month > currentMonth) throw badInput("month", "time can be declared only for the current or a past month");
  if (project.startDate) {
    if (month < project.startDate.slice(0, 7)) throw badInput("month", "month is before the project's start");
    assertProjectMonth(project, projectMonths(project.startDate, `${month}-01`), "month");
  }
}

export const effortService = new EffortService();
