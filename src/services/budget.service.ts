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
import { burnOf, indirectOf, readBudget, type CostLine } from "./budget";

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

function withTotals(plannedDirect: Decimal, actualDirect: Decimal, plannedIndirect: Decimal, actualIndirect: Decimal): TotalsData {
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

/** One participant's totals: indirect costs are rounded per participant. */
function participantTotals(lines: CostLine[], rate: number): TotalsData {
  const sum = (which: "planned" | "actual") => lines.reduce((s, l) => s.plus(l[which]), new Decimal(0));
  return withTotals(sum("planned"), sum("actual"), indirectOf(lines, rate, "planned"), indirectOf(lines, rate, "actual"));
}

/** The project's totals: the sums of its participants', so that they add up to the cent. */
function projectTotals(parts: TotalsData[]): TotalsData {
  const sum = (key: "plannedDirect" | "actualDirect" | "plannedIndirect" | "actualIndirect") =>
    parts.reduce((s, p) => s.plus(p[key]), new Decimal(0));
  return withTotals(sum("plannedDirect"), sum("actualDirect"), sum("plannedIndirect"), sum("actualIndirect"));
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
        ...participantTotals(
          data.costs.filter((l) => l.organizationId === id),
          data.indirectCostRate,
        ),
      })),
    );
    const total = projectTotals(participants);
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
