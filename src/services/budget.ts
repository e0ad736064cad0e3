/**
 * A project's budget status (Art. 8.4, fund management and internal supervision): what each
 * participant planned per work package and cost category against what it actually spent —
 * approved expenses, plus approved time declarations costed at the person's rate — with the
 * flat-rate indirect costs on top, and planned against approved effort. Exact decimals throughout.
 *
 * Personnel cost of one declaration = hours × 12 × the person's monthly rate on the first day of
 * the month ÷ the organization's productive hours per year, rounded to the cent (half up); its
 * person-months = hours × 12 ÷ productive hours per year. Only money in the project's currency counts.
 *
 * The same figures serve `Project.budgetStatus` (the whole project) and a reporting period's
 * report (`readBudget(db, project, period)`: only expenses incurred and months declared in it).
 */
import { ExpenseCategory } from "../../entities/expense.entity";
import type { Project } from "../../entities/project.entity";
import { Decimal } from "../graphql/decimal";

interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

export interface CostLine {
  organizationId: string;
  /** Null for spending charged to no work package. */
  workPackageId: string | null;
  category: ExpenseCategory;
  planned: Decimal;
  actual: Decimal;
}

export interface EffortLine {
  organizationId: string;
  workPackageId: string;
  planned: Decimal;
  /** Exact (unrounded) person-months approved. */
  approved: Decimal;
}

export interface BudgetData {
  currency: string;
  indirectCostRate: number;
  costs: CostLine[];
  effort: EffortLine[];
}

const key = (organizationId: string, workPackageId: string | null, category?: string) =>
  `${organizationId}|${workPackageId ?? ""}|${category ?? ""}`;

/** A stretch of the project's time: expenses incurred from `startDate` to `endDate` and time declared for their months. */
export interface BudgetPeriod {
  /** First day, `YYYY-MM-DD`. */
  startDate: string;
  /** Last day, `YYYY-MM-DD` (inclusive). */
  endDate: string;
}

/**
 * The planned and actual figures of `project`, read in four statements through `db` (a DataSource
 * or a transaction), one after another: a transaction is one connection, where statements sent
 * together would queue behind each other (deprecated by pg, refused by pg 9). With `period`, the
 * actual figures are those of the period only (expenses by `incurredOn`, declarations by month);
 * the planned ones stay the work plan's.
 */
export async function readBudget(
  db: Queryable,
  project: Pick<Project, "id" | "currency" | "indirectCostRate">,
  period?: BudgetPeriod,
): Promise<BudgetData> {
  type Row = { organization_id: string; work_package_id: string | null; category?: ExpenseCategory; amount: string };
  const expenseRange = period ? ` AND incurred_on BETWEEN $3::date AND $4::date` : "";
  const monthRange = period ? ` AND td.month BETWEEN $2 AND $3` : "";
  const statements: [string, unknown[]][] = [
    [
      `SELECT pb.organization_id, pb.work_package_id, pb.category, pb.amount::text AS amount
         FROM planned_budget pb JOIN work_package wp ON wp.id = pb.work_package_id WHERE wp.project_id = $1`,
      [project.id],
    ],
    [
      `SELECT organization_id, work_package_id, category, SUM(amount)::text AS amount FROM expense
        WHERE project_id = $1 AND status = 'APPROVED' AND currency = $2${expenseRange} GROUP BY 1, 2, 3`,
      period ? [project.id, project.currency, period.startDate, period.endDate] : [project.id, project.currency],
    ],
    [
      `SELECT td.organization_id, td.work_package_id,
              SUM(ROUND(td.hours * 12 * COALESCE(r.monthly_rate, 0) / o.productive_hours_per_year, 2))::text AS amount,
              SUM(td.hours * 12 / o.productive_hours_per_year)::text AS months
         FROM time_declaration td JOIN organization o ON o.id = td.organization_id
         LEFT JOIN LATERAL (SELECT monthly_rate FROM personnel_rate
                             WHERE user_id = td.user_id AND valid_from <= (td.month || '-01')::date
                             ORDER BY valid_from DESC LIMIT 1) r ON TRUE
        WHERE td.project_id = $1 AND td.status = 'APPROVED'${monthRange} GROUP BY 1, 2`,
      period ? [project.id, period.startDate.slice(0, 7), period.endDate.slice(0, 7)] : [project.id],
    ],
    [
      `SELECT pe.organization_id, pe.work_package_id, pe.person_months::text AS amount
         FROM planned_effort pe JOIN work_package wp ON wp.id = pe.work_package_id WHERE wp.project_id = $1`,
      [project.id],
    ],
  ];
  const results: unknown[] = [];
  for (const [sql, params] of statements) results.push(await db.query(sql, params));
  const [plannedCosts, spent, personnel, plannedEffort] = results as [Row[], Row[], (Row & { months: string })[], Row[]];

  const costs = new Map<string, CostLine>();
  const cost = (r: Row, category: ExpenseCategory) => {
    const k = key(r.organization_id, r.work_package_id, category);
    let line = costs.get(k);
    if (!line) {
      line = {
        organizationId: r.organization_id,
        workPackageId: r.work_package_id,
        category,
        planned: new Decimal(0),
        actual: new Decimal(0),
      };
      costs.set(k, line);
    }
    return line;
  };
  for (const r of plannedCosts) cost(r, r.category!).planned = new Decimal(r.amount);
  for (const r of spent) cost(r, r.category!).actual = cost(r, r.category!).actual.plus(r.amount);
  for (const r of personnel) {
    const line = cost(r, ExpenseCategory.PERSONNEL);
    line.actual = line.actual.plus(r.amount);
  }

  const effort = new Map<string, EffortLine>();
  const effortLine = (r: Row) => {
    const k = key(r.organization_id, r.work_package_id);
    let line = effort.get(k);
    if (!line) {
      line = { organizationId: r.organization_id, workPackageId: r.work_package_id!, planned: new Decimal(0), approved: new Decimal(0) };
      effort.set(k, line);
    }
    return line;
  };
  for (const r of plannedEffort) effortLine(r).planned = new Decimal(r.amount);
  for (const r of personnel) effortLine(r).approved = new Decimal(r.months);

  const order = (a: { organizationId: string; workPackageId: string | null }, b: typeof a) =>
    a.organizationId.localeCompare(b.organizationId) || (a.workPackageId ?? "").localeCompare(b.workPackageId ?? "");
  return {
    currency: project.currency.trim(),
    indirectCostRate: project.indirectCostRate,
    costs: [...costs.values()].sort((a, b) => order(a, b) || a.category.localeCompare(b.category)),
    effort: [...effort.values()].sort(order),
  };
}

/** The indirect costs on `lines`: the flat rate (basis points) of their direct costs without subcontracting. */
function indirectOf(lines: CostLine[], rate: number, which: "planned" | "actual"): Decimal {
  const base = lines.filter((l) => l.category !== ExpenseCategory.SUBCONTRACTING).reduce((sum, l) => sum.plus(l[which]), new Decimal(0));
  return base.times(rate).dividedBy(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Direct and indirect costs, planned and actual, of some lines (one participant's: indirect costs are rounded per participant). */
export interface CostTotals {
  plannedDirect: Decimal;
  actualDirect: Decimal;
  plannedIndirect: Decimal;
  actualIndirect: Decimal;
}

/** The totals of one participant's `lines` at the flat `rate`. */
export function participantCosts(lines: CostLine[], rate: number): CostTotals {
  const sum = (which: "planned" | "actual") => lines.reduce((s, l) => s.plus(l[which]), new Decimal(0));
  return {
    plannedDirect: sum("planned"),
    actualDirect: sum("actual"),
    plannedIndirect: indirectOf(lines, rate, "planned"),
    actualIndirect: indirectOf(lines, rate, "actual"),
  };
}

/** The project's totals: the sums of its participants', so that they add up to the cent. */
export function sumCosts(parts: CostTotals[]): CostTotals {
  const sum = (key: keyof CostTotals) => parts.reduce((s, p) => s.plus(p[key]), new Decimal(0));
  return {
    plannedDirect: sum("plannedDirect"),
    actualDirect: sum("actualDirect"),
    plannedIndirect: sum("plannedIndirect"),
    actualIndirect: sum("actualIndirect"),
  };
}

/** Burn: actual as a percentage of planned, two decimals; null when nothing was planned. */
export function burnOf(planned: Decimal, actual: Decimal): Decimal | null {
  return planned.isZero() ? null : actual.times(100).dividedBy(planned).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

function costLineOf(data: BudgetData, organizationId: string, workPackageId: string | null, category: ExpenseCategory) {
  return data.costs.find((l) => l.organizationId === organizationId && l.workPackageId === workPackageId && l.category === category);
}

function effortLineOf(data: BudgetData, organizationId: string, workPackageId: string) {
  return data.effort.find((l) => l.organizationId === organizationId && l.workPackageId === workPackageId);
}

/**
 * The lines that overrun in `after` (actual above planned) and did not in `before`. A project
 * without a planned budget (or without planned effort) has no plan to overrun: its cost (or
 * effort) lines never alert.
 */
export function newlyOverrun(before: BudgetData, after: BudgetData): { costs: CostLine[]; effort: EffortLine[] } {
  const plansCosts = after.costs.some((l) => l.planned.greaterThan(0));
  const plansEffort = after.effort.some((l) => l.planned.greaterThan(0));
  const over = (line: { planned: Decimal; actual: Decimal } | undefined) => line !== undefined && line.actual.greaterThan(line.planned);
  const effortOver = (line: EffortLine | undefined) => line !== undefined && line.approved.greaterThan(line.planned);
  return {
    costs: after.costs.filter((l) => plansCosts && over(l) && !over(costLineOf(before, l.organizationId, l.workPackageId, l.category))),
    effort: after.effort.filter(
      (l) => plansEffort && effortOver(l) && !effortOver(effortLineOf(before, l.organizationId, l.workPackageId)),
    ),
  };
}
