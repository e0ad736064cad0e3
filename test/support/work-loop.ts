/**
 * The work loop's own record (test/e2e/work-loop.e2e.test.ts, Art. 8.2, Art. 8.4): the project's
 * months, its plan, what the test declared, spent and submitted, and the figures computed from that
 * record alone — never with the product's code — that the budget status, the activity indicators
 * and the period reports are checked against.
 */
import Decimal from "decimal.js";

// ---------------------------------------------------------------------------------------------
// Project months

const REAL = new Date();
/** Month 1 is twelve months before the real month (Date.UTC carries a negative month into the year before). */
export const day = (month: number, dayOfMonth: number) =>
  new Date(Date.UTC(REAL.getUTCFullYear(), REAL.getUTCMonth() - 12 + month - 1, dayOfMonth)).toISOString().slice(0, 10);
export const firstDay = (month: number) => day(month, 1);
/** Day 0 of the next month is the last day of this one. */
export const lastDay = (month: number) => day(month + 1, 0);
export const yyyyMm = (month: number) => firstDay(month).slice(0, 7);

export const MONTHS = 24;
export const START = firstDay(1);
export const END = lastDay(MONTHS);
/** The test's "today": the day after the project's last month, two years after its start. */
export const TODAY = firstDay(MONTHS + 1);
export const YEARS = Array.from(
  { length: Number(END.slice(0, 4)) - Number(START.slice(0, 4)) + 1 },
  (_, i) => Number(START.slice(0, 4)) + i,
);

// ---------------------------------------------------------------------------------------------
// The plan (the test's own data; the mutations are made from it)

export type OrgKey = "lead" | "a" | "b";
export type WpKey = "WP1" | "WP2";
export type Category = "PERSONNEL" | "TRAVEL" | "EQUIPMENT" | "CONSUMABLES" | "SUBCONTRACTING" | "OTHER";
export type PersonKey = `${OrgKey}.${"admin" | "admin2" | "researcher"}`;

export const PLAN: Record<
  WpKey,
  {
    title: string;
    leadOrg: OrgKey;
    startMonth: number;
    endMonth: number;
    effort: Partial<Record<OrgKey, string>>;
    budget: [OrgKey, Category, string][];
  }
> = {
  WP1: {
    title: "Sulfide electrolyte synthesis",
    leadOrg: "a",
    startMonth: 1,
    endMonth: 18,
    effort: { lead: "4.00", a: "12.00" },
    budget: [
      ["lead", "PERSONNEL", "60000.00"],
      ["a", "PERSONNEL", "240000.00"],
      ["a", "CONSUMABLES", "40000.00"],
      ["a", "EQUIPMENT", "120000.00"],
      ["a", "SUBCONTRACTING", "50000.00"],
    ],
  },
  WP2: {
    title: "Cell integration and pilot line",
    leadOrg: "b",
    startMonth: 10,
    endMonth: 24,
    effort: { lead: "3.00", b: "10.00" },
    budget: [
      ["lead", "PERSONNEL", "45000.00"],
      ["lead", "TRAVEL", "8000.00"],
      ["b", "PERSONNEL", "150000.00"],
      ["b", "TRAVEL", "5000.00"],
      ["b", "EQUIPMENT", "90000.00"],
    ],
  },
};

/** The project's money: the government's (reported on its own lines, Art. 8.4) first, then the lead's own. */
export const FUNDING = {
  government: { kind: "GOVERNMENT", provider: "Ministry of Science and Technology", amount: "1500000.00" },
  contribution: { kind: "MEMBER_CONTRIBUTION", provider: "Lead organization", amount: "200000.00" },
} as const;
const SOURCES = Object.keys(FUNDING) as (keyof typeof FUNDING)[];

/** Monthly rates from a project month on; the rate in force on the first day of a month costs its hours. */
export const RATES: { person: PersonKey; from: number; monthlyRate: string }[] = [
  { person: "lead.researcher", from: 1, monthlyRate: "25000.00" },
  { person: "a.admin", from: 1, monthlyRate: "40000.00" },
  { person: "a.researcher", from: 1, monthlyRate: "28000.00" },
  { person: "a.researcher", from: 7, monthlyRate: "30500.50" },
  { person: "b.researcher", from: 1, monthlyRate: "26666.67" },
  { person: "b.researcher", from: 19, monthlyRate: "27500.00" },
];

interface Declaration {
  person: PersonKey;
  wp: WpKey;
  month: number;
  hours: string;
  approved: boolean;
}
export interface Spending {
  person: PersonKey;
  wp: WpKey;
  category: Category;
  amount: string;
  source: "government" | "contribution";
  /** The project month the money was spent in. */
  month: number;
  /** The day it was incurred, in that month: what a reporting period counts it by. */
  incurredOn: string;
  approved: boolean;
}
interface DeliverableRecord {
  number: string;
  title: string;
  dueMonth: number;
  wp: WpKey;
  /** The responsible organization. */
  org: OrgKey;
  status: string;
  /** The day (by the operation's clock) of the last submission, the one reviewed. */
  lastSubmittedOn: string | null;
  delayJustification: string | null;
}

/** What the test did, as the figures and indicators read it. */
export const ledger = {
  declarations: [] as Declaration[],
  expenses: [] as Spending[],
  deliverables: [] as DeliverableRecord[],
  admittedOn: [] as string[],
  projects: [] as { status: string; start: string; end: string; participants: number }[],
};

// ---------------------------------------------------------------------------------------------
// The figures, computed independently

export const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const PRODUCTIVE_HOURS = 1720;
const INDIRECT_RATE = new Decimal("0.25");
export const orgOf = (person: PersonKey) => person.split(".")[0] as OrgKey;

function rateOf(person: PersonKey, month: number): Decimal {
  const inForce = RATES.filter((r) => r.person === person && r.from <= month).sort((x, y) => y.from - x.from)[0];
  return new Decimal(inForce?.monthlyRate ?? 0);
}
/** Hours × 12 × the month's rate ÷ 1720, to the cent (half up), declaration by declaration. */
const personnelCost = (d: Declaration) =>
  cents(new Decimal(d.hours).times(12).times(rateOf(d.person, d.month)).dividedBy(PRODUCTIVE_HOURS));

interface Line {
  org: OrgKey;
  wp: WpKey;
  category: Category;
  planned: Decimal;
  actual: Decimal;
}
export interface Totals {
  plannedDirect: Decimal;
  actualDirect: Decimal;
  plannedIndirect: Decimal;
  actualIndirect: Decimal;
}

/**
 * Planned and actual cost lines (participant × work package × category) and effort, counting the
 * approved declarations and expenses of project months `from`-`to` (a reporting period's months;
 * the whole project by default). Planned figures are the work plan's, whatever the months.
 */
export function figures({ from, to } = { from: 1, to: MONTHS }) {
  const inRange = (month: number) => month >= from && month <= to;
  const lines = new Map<string, Line>();
  const line = (org: OrgKey, wp: WpKey, category: Category) => {
    const k = `${org}|${wp}|${category}`;
    if (!lines.has(k)) lines.set(k, { org, wp, category, planned: new Decimal(0), actual: new Decimal(0) });
    return lines.get(k)!;
  };
  const effort = new Map<string, { org: OrgKey; wp: WpKey; planned: Decimal; months: Decimal }>();
  const effortLine = (org: OrgKey, wp: WpKey) => {
    const k = `${org}|${wp}`;
    if (!effort.has(k)) effort.set(k, { org, wp, planned: new Decimal(0), months: new Decimal(0) });
    return effort.get(k)!;
  };
  for (const [wp, plan] of Object.entries(PLAN) as [WpKey, (typeof PLAN)[WpKey]][]) {
    for (const [org, category, amount] of plan.budget) line(org, wp, category).planned = new Decimal(amount);
    for (const [org, months] of Object.entries(plan.effort) as [OrgKey, string][]) effortLine(org, wp).planned = new Decimal(months);
  }
  for (const d of ledger.declarations.filter((x) => x.approved && inRange(x.month))) {
    const l = line(orgOf(d.person), d.wp, "PERSONNEL");
    l.actual = l.actual.plus(personnelCost(d));
    const e = effortLine(orgOf(d.person), d.wp);
    e.months = e.months.plus(new Decimal(d.hours).times(12).dividedBy(PRODUCTIVE_HOURS));
  }
  for (const x of ledger.expenses.filter((e) => e.approved && inRange(e.month))) {
    const l = line(orgOf(x.person), x.wp, x.category);
    l.actual = l.actual.plus(x.amount);
  }
  return { lines: [...lines.values()], effort: [...effort.values()] };
}

/** A participant's totals: indirect costs are 25% of its direct costs without subcontracting, rounded per participant. */
function totalsOf(lines: Line[]): Totals {
  const sum = (which: "planned" | "actual", withSubcontracting: boolean) =>
    lines.filter((l) => withSubcontracting || l.category !== "SUBCONTRACTING").reduce((s, l) => s.plus(l[which]), new Decimal(0));
  return {
    plannedDirect: sum("planned", true),
    actualDirect: sum("actual", true),
    plannedIndirect: cents(sum("planned", false).times(INDIRECT_RATE)),
    actualIndirect: cents(sum("actual", false).times(INDIRECT_RATE)),
  };
}

/** Per participant, over project months `from`-`to`. */
export function participantTotals(range?: { from: number; to: number }): Map<OrgKey, Totals> {
  const { lines } = figures(range);
  const orgs = [...new Set(lines.map((l) => l.org))];
  return new Map(orgs.map((org) => [org, totalsOf(lines.filter((l) => l.org === org))]));
}

export const burn = (planned: Decimal, actual: Decimal) =>
  planned.isZero() ? null : cents(actual.times(100).dividedBy(planned)).toFixed(2);
/** Totals as BudgetTotals writes them. */
export function written(x: Totals) {
  const plannedTotal = x.plannedDirect.plus(x.plannedIndirect);
  const actualTotal = x.actualDirect.plus(x.actualIndirect);
  return {
    plannedDirect: x.plannedDirect.toFixed(2),
    actualDirect: x.actualDirect.toFixed(2),
    plannedIndirect: x.plannedIndirect.toFixed(2),
    actualIndirect: x.actualIndirect.toFixed(2),
    plannedTotal: plannedTotal.toFixed(2),
    actualTotal: actualTotal.toFixed(2),
    burnPercentage: burn(plannedTotal, actualTotal),
    overrun: actualTotal.greaterThan(plannedTotal),
  };
}

const CATEGORIES: Category[] = ["PERSONNEL", "TRAVEL", "EQUIPMENT", "CONSUMABLES", "SUBCONTRACTING", "OTHER"];
const personMonths = (d: Decimal) => d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);

/**
 * What the report of a reporting period over project months `from`-`to` must say (docs/work-plan.md,
 * "The report"), per participant and for the project: costs by category, direct, indirect and total
 * costs, person-months (four places per work package line, totals adding the rounded lines), funding
 * used per source (the government's first; a participant lists the sources it used), and the
 * deliverables due or submitted in the period (by the operation clock's day), late or not.
 */
export function periodFigures(range: { from: number; to: number }) {
  const { lines, effort } = figures(range);
  const totals = participantTotals(range);
  const [periodStart, periodEnd] = [firstDay(range.from), lastDay(range.to)];
  const inPeriod = (date: string | null) => date !== null && date >= periodStart && date <= periodEnd;
  const used = (source: Spending["source"], org?: OrgKey) =>
    ledger.expenses
      .filter((x) => x.approved && x.source === source && inPeriod(x.incurredOn) && (org === undefined || orgOf(x.person) === org))
      .reduce((s, x) => s.plus(x.amount), new Decimal(0));
  const participants = (["lead", "a", "b"] as OrgKey[]).map((org) => {
    const effortLines = effort
      .filter((e) => e.org === org && !e.months.isZero())
      .map((e) => ({ workPackage: e.wp, personMonths: personMonths(e.months) }))
      .sort((x, y) => x.workPackage.localeCompare(y.workPackage));
    const x = totals.get(org)!;
    return {
      org,
      costs: CATEGORIES.map((category) => ({
        category,
        amount: lines
          .filter((l) => l.org === org && l.category === category)
          .reduce((s, l) => s.plus(l.actual), new Decimal(0))
          .toFixed(2),
      })),
      effort: effortLines.map((e) => ({ workPackage: e.workPackage, personMonths: e.personMonths.toFixed(4) })),
      funding: SOURCES.filter((source) => !used(source, org).isZero()).map((source) => ({ source, used: used(source, org).toFixed(2) })),
      deliverables: ledger.deliverables
        .filter((d) => d.org === org && (inPeriod(lastDay(d.dueMonth)) || inPeriod(d.lastSubmittedOn)))
        .map((d) => ({
          number: d.number,
          title: d.title,
          workPackage: d.wp,
          dueMonth: d.dueMonth,
          dueDate: lastDay(d.dueMonth),
          disseminationLevel: "PUBLIC",
          status: d.status,
          submittedOn: d.lastSubmittedOn,
          late: d.lastSubmittedOn !== null ? d.lastSubmittedOn > lastDay(d.dueMonth) : lastDay(d.dueMonth) <= periodEnd,
          delayJustification: d.delayJustification,
        })),
      direct: x.actualDirect,
      indirect: x.actualIndirect,
      personMonths: effortLines.reduce((s, e) => s.plus(e.personMonths), new Decimal(0)),
    };
  });
  const sum = (key: "direct" | "indirect" | "personMonths") => participants.reduce((s, p) => s.plus(p[key]), new Decimal(0));
  return {
    participants,
    funding: SOURCES.map((source) => ({ source, used: used(source).toFixed(2) })),
    totals: { direct: sum("direct"), indirect: sum("indirect"), personMonths: sum("personMonths") },
  };
}
/** Totals as a period report writes them. */
export const reportTotals = (x: { direct: Decimal; indirect: Decimal; personMonths: Decimal }) => ({
  direct: x.direct.toFixed(2),
  indirect: x.indirect.toFixed(2),
  total: x.direct.plus(x.indirect).toFixed(2),
  personMonths: x.personMonths.toFixed(4),
});
