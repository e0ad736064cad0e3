/**
 * `Project.budgetStatus`: the figures of ./budget.ts, with totals, burn and overruns, for whoever
 * sees the project's financial records (`projectFinance`: its lines reveal personnel costs).
 */
import type { ExpenseCategory } from "../../entities/expense.entity";
import type { Organization } from "../../entities/organization.entity";
import type { Project } from "../../entities/project.entity";
import type { WorkPackage } from "../../entities/work-package.entity";
import { requireAccess, type Context } from "../operation-context";
import { Decimal } from "../graphql/decimal";
import { burnOf, participantCosts, readBudget, sumCosts, type CostTotals } from "./budget";

export interface TotalsData {
  plannedDirect: Decimal;
  actualDirect: Decimal;
  plannedIndirect: Decimal;
  actualIndirect: Decimal;
  plannedTotal: Decimal;
  actualTotal: Decimal;
  burnPercentage: Decimal | null;
  overrun: boolean;
}

export interface BudgetStatusData {
  currency: string;
  indirectCostRate: number;
  lines: {
    organization: Organization;
    workPackage: WorkPackage | null;
    category: ExpenseCategory;
    planned: Decimal;
    actual: Decimal;
    remaining: Decimal;
    burnPercentage: Decimal | null;
    overrun: boolean;
  }[];
  effort: {
    organization: Organization;
    workPackage: WorkPackage;
    planned: Decimal;
    approved: Decimal;
    burnPercentage: Decimal | null;
    overrun: boolean;
  }[];
  participants: (TotalsData & { organization: Organization })[];
  total: TotalsData;
  overrun: boolean;
}

function withTotals({ plannedDirect, actualDirect, plannedIndirect, actualIndirect }: CostTotals): TotalsData {
  const plannedTotal = plannedDirect.plus(plannedIndirect);
  const actualTotal = actualDirect.plus(actualIndirect);
  return {
    plannedDirect,
    actualDirect,
    plannedIndirect,
    actualIndirect,
    plannedTotal,
    actualTotal,
    burnPercentage: burnOf(plannedTotal, actualTotal),
    overrun: actualTotal.greaterThan(plannedTotal),
  };
}

class BudgetService {
  /** The status, or null when the viewer may not see the project's financial records (Art. 8.4). */
  async statusIfSeen(ctx: Context, project: Project): Promise<BudgetStatusData | null> {
    if (!(await requireAccess(ctx).sees("projectFinance", project.id))) return null;
    return this.status(ctx, project);
  }

  /** Callers have checked that the viewer sees the project. */
  async status(ctx: Context, project: Project): Promise<BudgetStatusData> {
    const data = await readBudget(ctx.db, project);
    const organization = async (id: string) => (await ctx.loaders.organization.load(id))!;
    const workPackage = async (id: string) => (await ctx.loaders.workPackage.load(id))!;
    const lines = await Promise.all(
      data.costs.map(async (l) => ({
        organization: await organization(l.organizationId),
        workPackage: l.workPackageId ? await workPackage(l.workPackageId) : null,
        category: l.category,
        planned: l.planned,
        actual: l.actual,
        remaining: l.planned.minus(l.actual),
        burnPercentage: burnOf(l.planned, l.actual),
        overrun: l.actual.greaterThan(l.planned),
      })),
    );
    const effort = await Promise.all(
      data.effort.map(async (l) => {
        const approved = l.approved.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        return {
          organization: await organization(l.organizationId),
          workPackage: await workPackage(l.workPackageId),
          planned: l.planned,
          approved,
          burnPercentage: burnOf(l.planned, approved),
          overrun: l.approved.greaterThan(l.planned),
        };
      }),
    );
    const byOrganization = [...new Set(data.costs.map((l) => l.organizationId))];
    const participants = await Promise.all(
      byOrganization.map(async (id) => ({
        organization: await organization(id),
        ...withTotals(
          participantCosts(
            data.costs.filter((l) => l.organizationId === id),
            data.indirectCostRate,
          ),
        ),
      })),
    );
    const total = withTotals(sumCosts(participants));
    return {
      currency: data.currency,
      indirectCostRate: data.indirectCostRate,
      lines,
      effort,
      participants,
      total,
      overrun: total.overrun || lines.some((l) => l.overrun) || effort.some((l) => l.overrun),
    };
  }
}

export const budgetService = new BudgetService();
