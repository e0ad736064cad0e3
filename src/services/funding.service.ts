/**
 * Funds under internal supervision (Art. 8.4): a project's funding sources and the expenses
 * charged to them. An expense is requested by a participant's user and decided by a different
 * user holding the secretariat role; approved spending never exceeds its source, also under
 * concurrent approvals, because every approval locks the source row before it adds up.
 * Funding and expenses are visible exactly as their project is.
 */
import { FundingKind, FundingSource } from "../../entities/funding-source.entity";
import { Expense, type ExpenseCategory, ExpenseStatus } from "../../entities/expense.entity";
import type { Project } from "../../entities/project.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { canDecideExpense, canManageProject, canRequestExpense } from "../auth/permissions";
import { Decimal, assertPositive } from "../graphql/decimal";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { expenses } from "../collections/expense";
import type { FundingBalanceRow } from "../loaders/funds.loader";
import { Decision } from "./membership.service";
import { projectService } from "./project.service";
import { withOverrunAlerts } from "./budget-alert";
import { assertDayOpen } from "./period-lock";
import { todayOf } from "../clock";
import { dateOnly } from "../graphql/date-only";
import { workPlanService } from "./work-plan.service";

export interface FundingTotals {
  currency: string;
  amount: Decimal;
  approved: Decimal;
  pending: Decimal;
  remaining: Decimal;
}

export interface FundingSourceBalance extends FundingTotals {
  fundingSourceId: string;
  kind: FundingKind;
  provider: string;
  government: boolean;
}

export interface FundingSummaryData {
  sources: FundingSourceBalance[];
  /** GOVERNMENT sources, per currency: supervised money reported apart. */
  government: FundingTotals[];
  /** All other sources, per currency. */
  nonGovernment: FundingTotals[];
  /** Every source, per currency. */
  total: FundingTotals[];
}

function totalsByCurrency(rows: FundingSourceBalance[]): FundingTotals[] {
  const totals = new Map<string, FundingTotals>();
  for (const row of rows) {
    const t = totals.get(row.currency) ?? {
      currency: row.currency,
      amount: new Decimal(0),
      approved: new Decimal(0),
      pending: new Decimal(0),
      remaining: new Decimal(0),
    };
    totals.set(row.currency, {
      currency: row.currency,
      amount: t.amount.plus(row.amount),
      approved: t.approved.plus(row.approved),
      pending: t.pending.plus(row.pending),
      remaining: t.remaining.plus(row.remaining),
    });
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

function balance(row: FundingBalanceRow): FundingSourceBalance {
  const kind = row.kind as FundingKind;
  return {
    fundingSourceId: row.fundingSourceId,
    kind,
    provider: row.provider,
    government: kind === FundingKind.GOVERNMENT,
    currency: row.currency,
    amount: row.amount,
    approved: row.approved,
    pending: row.pending,
    remaining: row.amount.minus(row.approved),
  };
}

class FundingService {
  async getSource(ctx: Context, id: string, field = "id"): Promise<FundingSource> {
    const source = await requireAccess(ctx).visible("fundingSource", id, ctx.loaders.fundingSource);
    if (!source) throw notFound("FundingSource", field);
    return source;
  }

  async getExpense(ctx: Context, id: string, field = "id"): Promise<Expense> {
    const expense = await requireAccess(ctx).visible("expense", id, ctx.loaders.expense);
    if (!expense) throw notFound("Expense", field);
    return expense;
  }

  /** Callers have checked that the viewer sees the project. */
  sources(ctx: Context, project: Project): Promise<FundingSource[]> {
    return ctx.loaders.fundingSourcesByProject.load(project.id);
  }

  expensesOf(ctx: Context, source: FundingSource): Promise<Expense[]> {
    return ctx.loaders.expensesBySource.load(source.id);
  }

  async governmentFunded(ctx: Context, project: Project): Promise<boolean> {
    return ctx.loaders.governmentFunded.load(project.id);
  }

  async summary(ctx: Context, project: Project): Promise<FundingSummaryData> {
    const sources = (await ctx.loaders.fundingBalancesByProject.load(project.id)).map(balance);
    return {
      sources,
      government: totalsByCurrency(sources.filter((s) => s.government)),
      nonGovernment: totalsByCurrency(sources.filter((s) => !s.government)),
      total: totalsByCurrency(sources),
    };
  }

  async sourceBalance(ctx: Context, source: FundingSource): Promise<FundingSourceBalance> {
    const rows = await ctx.loaders.fundingBalancesByProject.load(source.projectId);
    return balance(rows.find((r) => r.fundingSourceId === source.id)!);
  }

  listExpenses(ctx: Context, args: ListArgs): Promise<Page<Expense>> {
    return listPage(ctx, requireAccess(ctx), expenses, args);
  }

  /** The project's lead ORG_ADMIN or the secretariat records where the project's money comes from. */
  async addSource(
    ctx: Context,
    input: { projectId: string; kind: FundingKind; provider: string; amount: Decimal; currency?: string },
  ): Promise<FundingSource> {
    const access = requireAccess(ctx);
    const project = await projectService.get(ctx, input.projectId, "projectId");
    if (!(await canManageProject(access, project))) {
      throw forbidden("Only the project lead's ORG_ADMIN or the secretariat may add funding sources");
    }
    assertPositive(input.amount, "amount");
    const provider = input.provider;
    return write(ctx, async (tx) => {
      const source = tx.manager.create(FundingSource, {
        projectId: project.id,
        kind: input.kind,
        provider,
        amount: input.amount,
        currency: input.currency ?? project.currency ?? "CNY",
        createdById: access.viewer.userId,
      });
      await tx.manager.save(source);
      tx.audit({
        action: "addFundingSource",
        entityType: "FundingSource",
        entityId: source.id,
        allianceId: project.allianceId,
        changes: input,
      });
      return source;
    });
  }

  /** A user of a participant organization asks to spend from a source (PENDING). */
  async requestExpense(
    ctx: Context,
    input: {
      fundingSourceId: string;
      amount: Decimal;
      category: ExpenseCategory;
      workPackageId?: string | null;
      description?: string;
      incurredOn?: string | null;
    },
  ): Promise<Expense> {
    const access = requireAccess(ctx);
    const source = await this.getSource(ctx, input.fundingSourceId, "fundingSourceId");
    const project = await projectService.get(ctx, source.projectId, "fundingSourceId");
    if (!(await canRequestExpense(access, project))) {
      throw forbidden("Only users of the project's participant organizations may request expenses");
    }
    assertPositive(input.amount, "amount");
    const today = todayOf(clockOf(ctx));
    const incurredOn = dateOnly(input.incurredOn) ?? today;
    if (incurredOn > today) throw badInput("incurredOn", "incurredOn must not be in the future");
    if (input.workPackageId) {
      const wp = await workPlanService.getWorkPackage(ctx, input.workPackageId, "workPackageId");
      if (wp.projectId !== project.id) throw badInput("workPackageId", "workPackageId must name a work package of the source's project");
    }
    const { remaining } = await this.sourceBalance(ctx, source);
    if (input.amount.greaterThan(remaining)) {
      throw badInput("amount", `amount exceeds what remains of the funding source (${remaining.toFixed(2)} ${source.currency})`);
    }
    return write(ctx, async (tx) => {
      await assertDayOpen(tx, project.id, incurredOn, "incurredOn");
      const expense = tx.manager.create(Expense, {
        fundingSourceId: source.id,
        projectId: source.projectId,
        amount: input.amount,
        currency: source.currency,
        category: input.category,
        incurredOn,
        workPackageId: input.workPackageId ?? null,
        description: input.description ?? "",
        status: ExpenseStatus.PENDING,
        requestedById: access.viewer.userId,
        organizationId: access.viewer.organizationId!,
      });
      await tx.manager.save(expense);
      tx.audit({
        action: "requestExpense",
        entityType: "Expense",
        entityId: expense.id,
        allianceId: project.allianceId,
        changes: { ...input, incurredOn },
      });
      return expense;
    });
  }

  /**
   * The secretariat (never the requester) approves or rejects a PENDING expense. An approval
   * locks the funding source row, so concurrent approvals add up one after another and the
   * approved total can never pass the source's amount; one that would is BAD_USER_INPUT.
   */
  async decideExpense(ctx: Context, input: { expenseId: string; decision: Decision; reason?: string }): Promise<Expense> {
    const access = requireAccess(ctx);
    const expense = await this.getExpense(ctx, input.expenseId, "expenseId");
    const project = await projectService.get(ctx, expense.projectId, "expenseId");
    if (!(await canDecideExpense(access, project.allianceId, expense.requestedById))) {
      throw forbidden(
        expense.requestedById === access.viewer.userId
          ? "An expense must be decided by someone other than its requester"
          : "Only the alliance's secretariat may decide expenses",
      );
    }
    if (expense.status !== ExpenseStatus.PENDING) throw conflict(`The expense is already ${expense.status}`, "expenseId");
    const approve = input.decision === Decision.APPROVE;
    const status = approve ? ExpenseStatus.APPROVED : ExpenseStatus.REJECTED;
    return write(ctx, async (tx) => {
      // A submitted or approved period's expenses are frozen; this also takes the project's turn (./period-lock.ts).
      await assertDayOpen(tx, project.id, expense.incurredOn, "incurredOn");
      const [current]: { status: ExpenseStatus }[] = await tx.manager.query(`SELECT status FROM expense WHERE id = $1 FOR UPDATE`, [
        expense.id,
      ]);
      if (current.status !== ExpenseStatus.PENDING) throw conflict(`The expense is already ${current.status}`, "expenseId");
      if (approve) {
        const [source]: { amount: string }[] = await tx.manager.query(
          `SELECT amount::text AS amount FROM funding_source WHERE id = $1 FOR UPDATE`,
          [expense.fundingSourceId],
        );
        const [{ approved }]: { approved: string }[] = await tx.manager.query(
          `SELECT COALESCE(SUM(amount), 0)::text AS approved FROM expense WHERE funding_source_id = $1 AND status = 'APPROVED'`,
          [expense.fundingSourceId],
        );
        const remaining = new Decimal(source.amount).minus(approved);
        if (expense.amount.greaterThan(remaining)) {
          throw badInput(
            "expenseId",
            `approving ${expense.amount.toFixed(2)} would exceed what remains of the funding source (${remaining.toFixed(2)})`,
          );
        }
      }
      const decidedAt = clockOf(ctx).now();
      const decide = async () => {
        const updated = await tx.manager
          .createQueryBuilder()
          .update(Expense)
          .set({ status, decidedAt, decidedById: access.viewer.userId, reason: input.reason ?? null })
          .where("id = :id AND status = :pending", { id: expense.id, pending: ExpenseStatus.PENDING })
          .execute();
        if (updated.affected !== 1) throw conflict("The expense has already been decided", "expenseId");
      };
      if (approve) await withOverrunAlerts(tx, project, { entityType: "Expense", entityId: expense.id }, decide);
      else await decide();
      tx.audit({
        action: "decideExpense",
        entityType: "Expense",
        entityId: expense.id,
        allianceId: project.allianceId,
        changes: { decision: input.decision, reason: input.reason, status },
      });
      return tx.manager.create(Expense, { ...expense, status, decidedAt, decidedById: access.viewer.userId, reason: input.reason ?? null });
    });
  }
}

export const fundingService = new FundingService();
