/**
 * The work loop end to end (Art. 8.2, Art. 8.4): a two-year joint project of three partners with
 * government money, run over the public API from its work plan to its figures. Its budget status and
 * the alliance's activity indicators are checked against sums and counts computed here, from what the
 * test itself declared, spent and submitted — never with the product's code.
 *
 * Time: the lateness of a submission is decided by the operation's clock, while the moment a
 * submission or an admission is recorded is the real one. So the project is placed around the real
 * date: the real month is its month 13. The first year (months 1-12) is entered in month 13, at the
 * real date; then the clock runs through months 14-24, and the test ends on "today", the day after
 * the project's 24 months, two years after its start.
 */
import Decimal from "decimal.js";
import { systemClock } from "../../src/clock";
import { failure, gql, ok } from "../support/client";
import { createAllianceWithMembers, createUser, type TestOrg, type TestUser } from "../support/factories";
import { addFundingSource, decideExpense, requestExpense } from "../support/funds-factories";
import { addParticipant, createProject, setProjectStatus } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import {
  createDeliverable,
  createWorkPackage,
  decideTimeDeclaration,
  declareTime,
  reviewDeliverable,
  setPersonnelRate,
  submitDeliverable,
} from "../support/work-plan-factories";

const t = appPerFile();
const sockets = liveClients(t);

// ---------------------------------------------------------------------------------------------
// Project months and the clock

const REAL = new Date();
/** Month 1 is twelve months before the real month (Date.UTC carries a negative month into the year before). */
const day = (month: number, dayOfMonth: number) =>
  new Date(Date.UTC(REAL.getUTCFullYear(), REAL.getUTCMonth() - 12 + month - 1, dayOfMonth)).toISOString().slice(0, 10);
const firstDay = (month: number) => day(month, 1);
/** Day 0 of the next month is the last day of this one. */
const lastDay = (month: number) => day(month + 1, 0);
const yyyyMm = (month: number) => firstDay(month).slice(0, 7);

const MONTHS = 24;
const START = firstDay(1);
const END = lastDay(MONTHS);
/** The test's "today": the day after the project's last month, two years after its start. */
const TODAY = firstDay(MONTHS + 1);
const YEARS = Array.from({ length: Number(END.slice(0, 4)) - Number(START.slice(0, 4)) + 1 }, (_, i) => Number(START.slice(0, 4)) + i);

/** The clock at noon on `dayOfMonth` of project month `month`. */
function at(month: number, dayOfMonth = 15): void {
  const instant = new Date(`${day(month, dayOfMonth)}T12:00:00.000Z`);
  t.app.deps.clock = { now: () => instant };
}
/** Month 13 is the real month: the clock is the real one. */
function realMonth(): void {
  t.app.deps.clock = systemClock;
}
const clockDay = () => (t.app.deps.clock ?? systemClock).now().toISOString().slice(0, 10);

afterAll(() => {
  t.app.deps.clock = systemClock;
});

// ---------------------------------------------------------------------------------------------
// The plan (the test's own data; the mutations are made from it)

type OrgKey = "lead" | "a" | "b";
type WpKey = "WP1" | "WP2";
type Category = "PERSONNEL" | "TRAVEL" | "EQUIPMENT" | "CONSUMABLES" | "SUBCONTRACTING" | "OTHER";
type PersonKey = `${OrgKey}.${"admin" | "admin2" | "researcher"}`;

const PLAN: Record<
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

/** Monthly rates from a project month on; the rate in force on the first day of a month costs its hours. */
const RATES: { person: PersonKey; from: number; monthlyRate: string }[] = [
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
interface Spending {
  person: PersonKey;
  wp: WpKey;
  category: Category;
  amount: string;
  source: "government" | "contribution";
  /** The project month the money was spent in. */
  month: number;
  approved: boolean;
}
interface DeliverableRecord {
  number: string;
  dueMonth: number;
  status: string;
  /** The day (by the operation's clock) of the last submission, the one reviewed. */
  lastSubmittedOn: string | null;
}

/** What the test did, as the figures and indicators read it. */
const ledger = {
  declarations: [] as Declaration[],
  expenses: [] as Spending[],
  deliverables: [] as DeliverableRecord[],
  admittedOn: [] as string[],
  projects: [] as { status: string; start: string; end: string; participants: number }[],
};

// ---------------------------------------------------------------------------------------------
// The figures, computed independently

const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const PRODUCTIVE_HOURS = 1720;
const INDIRECT_RATE = new Decimal("0.25");
const orgOf = (person: PersonKey) => person.split(".")[0] as OrgKey;

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
interface Totals {
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
function figures({ from, to } = { from: 1, to: MONTHS }) {
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
function participantTotals(range?: { from: number; to: number }): Map<OrgKey, Totals> {
  const { lines } = figures(range);
  const orgs = [...new Set(lines.map((l) => l.org))];
  return new Map(orgs.map((org) => [org, totalsOf(lines.filter((l) => l.org === org))]));
}

const burn = (planned: Decimal, actual: Decimal) => (planned.isZero() ? null : cents(actual.times(100).dividedBy(planned)).toFixed(2));
/** Totals as BudgetTotals writes them. */
function written(x: Totals) {
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

// ---------------------------------------------------------------------------------------------
// The world

const BUDGET = `query($id: ID!) { project(id: $id) { governmentFunded budgetStatus {
  currency indirectCostRate overrun
  lines { organization { id } workPackage { id } category planned actual remaining burnPercentage overrun }
  effort { organization { id } workPackage { id } planned approved burnPercentage overrun }
  participants { organization { id } plannedDirect actualDirect plannedIndirect actualIndirect plannedTotal actualTotal burnPercentage overrun }
  total { plannedDirect actualDirect plannedIndirect actualIndirect plannedTotal actualTotal burnPercentage overrun } }
  fundingSummary { government { currency amount approved pending } nonGovernment { currency amount approved pending } } } }`;

const ALERTS = `subscription($p: ID!) { budgetAlert(projectId: $p) { topic subjectType
  subject { id } line { organization { id } workPackage { id } category planned actual overrun } } }`;

const REPORT = `query($a: ID!, $y: Int!) { allianceActivity(allianceId: $a, year: $y) {
  year dimensions { indicators { key value sourceRows } } } }`;

interface Partner extends TestOrg {
  admin2: TestUser;
  researcher: TestUser;
}

describe("a two-year joint project of three partners with government money, through the work loop", () => {
  let allianceId: string;
  let secretariat: TestUser;
  let orgs: Record<OrgKey, Partner>;
  let projectId: string;
  const wpIds = {} as Record<WpKey, string>;
  const deliverableIds: Record<string, string> = {};
  let sources: Record<Spending["source"], string>;

  const person = (key: PersonKey): TestUser => {
    const [org, role] = key.split(".") as [OrgKey, "admin" | "admin2" | "researcher"];
    return orgs[org][role];
  };
  const orgKeyOf = (id: string) => (Object.keys(orgs) as OrgKey[]).find((k) => orgs[k].id === id);

  /** A declaration by `key`, approved by the other ORG_ADMIN of the person's organization. */
  async function declared(key: PersonKey, wp: WpKey, month: number, hours: string) {
    const d = ok(await declareTime(t.url, person(key).token, { workPackageId: wpIds[wp], month: yyyyMm(month), hours })).declareTime;
    const approver = key.endsWith(".admin") ? orgs[orgOf(key)].admin2 : orgs[orgOf(key)].admin;
    expect(ok(await decideTimeDeclaration(t.url, approver.token, d.id)).decideTimeDeclaration.status).toBe("APPROVED");
    ledger.declarations.push({ person: key, wp, month, hours, approved: true });
    return d.id as string;
  }

  /** An expense requested by `key` and decided by the secretariat. */
  async function spent(
    key: PersonKey,
    wp: WpKey,
    category: Category,
    amount: string,
    source: Spending["source"],
    month: number,
    approve = true,
  ) {
    const e = ok(
      await requestExpense(t.url, person(key).token, { fundingSourceId: sources[source], amount, category, workPackageId: wpIds[wp] }),
    ).requestExpense;
    const decided = ok(
      await decideExpense(t.url, secretariat.token, e.id, approve ? "APPROVE" : "REJECT", approve ? undefined : "Not eligible"),
    );
    expect(decided.decideExpense.status).toBe(approve ? "APPROVED" : "REJECTED");
    ledger.expenses.push({ person: key, wp, category, amount, source, month, approved: approve });
    return e.id as string;
  }

  async function submitted(number: string, key: PersonKey, delayJustification?: string) {
    const d = ok(
      await submitDeliverable(t.url, person(key).token, { deliverableId: deliverableIds[number], delayJustification }),
    ).submitDeliverable;
    const record = ledger.deliverables.find((x) => x.number === number)!;
    record.status = d.status;
    record.lastSubmittedOn = clockDay();
    return d;
  }

  async function reviewed(number: string, reviewer: TestUser, accept: boolean, comment?: string) {
    const d = ok(
      await reviewDeliverable(t.url, reviewer.token, { deliverableId: deliverableIds[number], accept, comment }),
    ).reviewDeliverable;
    ledger.deliverables.find((x) => x.number === number)!.status = d.status;
    return d;
  }

  it("month 13: the alliance registers the project a year into its two years, with its partners, people and money", async () => {
    realMonth();
    const world = await createAllianceWithMembers(t.url, t.admin, 3);
    allianceId = world.allianceId;
    secretariat = world.secretariat;
    ledger.admittedOn.push(...world.members.map(() => clockDay()));
    const people = async (org: TestOrg): Promise<Partner> => ({
      ...org,
      admin2: await createUser(t.url, org.admin.token, org.id, { orgRole: "ORG_ADMIN", name: "Second ORG_ADMIN" }),
      researcher: await createUser(t.url, org.admin.token, org.id, { orgRole: "MEMBER", name: "Researcher" }),
    });
    const [lead, a, b] = world.members;
    orgs = { lead: await people(lead), a: await people(a), b: await people(b) };

    projectId = (
      await createProject(t.url, orgs.lead.admin.token, allianceId, { startDate: START, endDate: END, title: "Solid-state battery pilot" })
    ).id;
    for (const partner of [orgs.a, orgs.b]) ok(await addParticipant(t.url, orgs.lead.admin.token, projectId, partner.id));
    for (const status of ["APPROVED", "ACTIVE"]) ok(await setProjectStatus(t.url, secretariat.token, projectId, status));
    ledger.projects.push({ status: "ACTIVE", start: START, end: END, participants: 3 });

    const source = async (kind: string, provider: string, amount: string, token: string) =>
      ok(await addFundingSource(t.url, token, { projectId, kind, provider, amount })).addFundingSource.id as string;
    sources = {
      government: await source("GOVERNMENT", "Ministry of Science and Technology", "1500000.00", secretariat.token),
      contribution: await source("MEMBER_CONTRIBUTION", "Lead organization", "200000.00", orgs.lead.admin.token),
    };

    for (const [wp, plan] of Object.entries(PLAN) as [WpKey, (typeof PLAN)[WpKey]][]) {
      const created = ok(
        await createWorkPackage(t.url, orgs.lead.admin.token, {
          projectId,
          number: wp,
          title: plan.title,
          leadOrganizationId: orgs[plan.leadOrg].id,
          startMonth: plan.startMonth,
          endMonth: plan.endMonth,
          plannedEffort: Object.entries(plan.effort).map(([org, personMonths]) => ({
            organizationId: orgs[org as OrgKey].id,
            personMonths,
          })),
          plannedBudget: plan.budget.map(([org, category, amount]) => ({ organizationId: orgs[org].id, category, amount })),
        }),
      ).createWorkPackage;
      expect(created.plannedBudget).toHaveLength(plan.budget.length);
      wpIds[wp] = created.id;
    }

    const deliverables: [string, WpKey, number, OrgKey][] = [
      ["D1.1", "WP1", 6, "a"],
      ["D1.2", "WP1", 15, "lead"],
      ["D2.1", "WP2", 18, "b"],
      ["D2.2", "WP2", 24, "a"],
    ];
    for (const [number, wp, dueMonth, org] of deliverables) {
      const d = ok(
        await createDeliverable(t.url, orgs.lead.admin.token, {
          workPackageId: wpIds[wp],
          number,
          dueMonth,
          responsibleOrganizationId: orgs[org].id,
        }),
      ).createDeliverable;
      expect(d).toMatchObject({ dueMonth, dueDate: lastDay(dueMonth), status: "PENDING" });
      deliverableIds[number] = d.id;
      ledger.deliverables.push({ number, dueMonth, status: "PENDING", lastSubmittedOn: null });
    }

    // Rates by an ORG_ADMIN of each person's organization (another one for an ORG_ADMIN's own rate);
    // the raise of month 19 is set when it starts.
    for (const rate of RATES.filter((r) => r.from < 13)) {
      const org = orgs[orgOf(rate.person)];
      ok(
        await setPersonnelRate(t.url, (rate.person.endsWith(".admin") ? org.admin2 : org.admin).token, {
          userId: person(rate.person).id,
          validFrom: firstDay(rate.from),
          monthlyRate: rate.monthlyRate,
        }),
      );
    }

    const project = ok(
      await gql(
        t.url,
        `query($id: ID!) { project(id: $id) { governmentFunded participants { organization { id } } } }`,
        { id: projectId },
        orgs.b.researcher.token,
      ),
    ).project;
    expect(project.governmentFunded).toBe(true);
    expect(project.participants.map((p: { organization: { id: string } }) => p.organization.id).sort()).toEqual(
      [orgs.lead.id, orgs.a.id, orgs.b.id].sort(),
    );
  });

  it("month 13: the first year's time is declared, under four eyes, and its expenses approved", async () => {
    realMonth();
    // An ORG_ADMIN who declares their own hours may not approve them; the organization's other ORG_ADMIN does.
    const own = ok(
      await declareTime(t.url, orgs.a.admin.token, { workPackageId: wpIds.WP1, month: yyyyMm(12), hours: "40.00" }),
    ).declareTime;
    expect(failure(await decideTimeDeclaration(t.url, orgs.a.admin.token, own.id)).extensions?.code).toBe("FORBIDDEN");
    expect(ok(await decideTimeDeclaration(t.url, orgs.a.admin2.token, own.id)).decideTimeDeclaration.status).toBe("APPROVED");
    ledger.declarations.push({ person: "a.admin", wp: "WP1", month: 12, hours: "40.00", approved: true });

    await declared("lead.researcher", "WP1", 3, "80.50");
    await declared("lead.researcher", "WP1", 9, "120.00");
    await declared("a.researcher", "WP1", 2, "140.25");
    await declared("a.researcher", "WP1", 6, "152.00");
    await declared("a.researcher", "WP1", 7, "160.50"); // the new rate from month 7
    await declared("a.researcher", "WP1", 11, "133.33");
    await declared("b.researcher", "WP2", 10, "100.00");
    await declared("b.researcher", "WP2", 12, "90.75");
    // A refused declaration counts for nothing.
    const refused = ok(
      await declareTime(t.url, orgs.b.researcher.token, { workPackageId: wpIds.WP2, month: yyyyMm(11), hours: "300.00" }),
    ).declareTime;
    expect(ok(await decideTimeDeclaration(t.url, orgs.b.admin.token, refused.id, "REJECT")).decideTimeDeclaration.status).toBe("REJECTED");
    ledger.declarations.push({ person: "b.researcher", wp: "WP2", month: 11, hours: "300.00", approved: false });

    await spent("a.researcher", "WP1", "CONSUMABLES", "12345.67", "government", 4);
    await spent("a.admin", "WP1", "EQUIPMENT", "85000.00", "government", 5);
    await spent("a.researcher", "WP1", "SUBCONTRACTING", "30000.00", "government", 8);
    await spent("a.researcher", "WP1", "CONSUMABLES", "999.99", "government", 9, false);
    await spent("b.researcher", "WP2", "TRAVEL", "3200.00", "government", 10);
    await spent("lead.researcher", "WP2", "TRAVEL", "2400.40", "contribution", 11);
    await spent("b.researcher", "WP2", "EQUIPMENT", "45000.50", "government", 12);
  });

  it("month 13: a deliverable due in month 6 is submitted late, only with a delay justification, and accepted", async () => {
    realMonth();
    expect(clockDay() > lastDay(6)).toBe(true);
    const refused = failure(await submitDeliverable(t.url, orgs.a.researcher.token, { deliverableId: deliverableIds["D1.1"] }));
    expect(refused.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "delayJustification" });
    const late = await submitted("D1.1", "a.researcher", "The glovebox was out of service for two months");
    expect(late).toMatchObject({
      status: "SUBMITTED",
      submissionCount: 1,
      delayJustification: "The glovebox was out of service for two months",
    });
    expect(await reviewed("D1.1", orgs.lead.admin, true)).toMatchObject({ status: "ACCEPTED" });
  });

  it("months 14-24: the second year is declared month by month, deliverables come in on time, one after a revision", async () => {
    at(14, 20);
    await declared("lead.researcher", "WP2", 14, "60.00");
    await submitted("D1.2", "lead.researcher");
    expect(await reviewed("D1.2", secretariat, true)).toMatchObject({ status: "ACCEPTED", delayJustification: null });

    at(15);
    await declared("a.researcher", "WP1", 15, "150.00");
    await spent("a.researcher", "WP1", "CONSUMABLES", "8765.43", "government", 15);
    at(16);
    await declared("b.researcher", "WP2", 16, "120.50");

    at(17, 10);
    await spent("a.researcher", "WP1", "SUBCONTRACTING", "15000.00", "government", 17);
    await spent("a.admin", "WP1", "PERSONNEL", "5000.00", "contribution", 17);
    expect(await submitted("D2.1", "b.researcher")).toMatchObject({ status: "SUBMITTED", submissionCount: 1 });
    const sentBack = await reviewed("D2.1", orgs.lead.admin, false, "Add the cycling data at 1C");
    expect(sentBack).toMatchObject({ status: "REVISION_REQUESTED", reviewComment: "Add the cycling data at 1C" });
    at(18, 20);
    await declared("a.researcher", "WP1", 18, "140.00");
    expect(await submitted("D2.1", "b.researcher")).toMatchObject({ status: "SUBMITTED", submissionCount: 2, delayJustification: null });
    expect(await reviewed("D2.1", orgs.lead.admin2, true)).toMatchObject({ status: "ACCEPTED", submissionCount: 2 });

    at(19, 2);
    const raise = RATES.find((r) => r.from === 19)!;
    ok(
      await setPersonnelRate(t.url, orgs.b.admin.token, {
        userId: orgs.b.researcher.id,
        validFrom: firstDay(19),
        monthlyRate: raise.monthlyRate,
      }),
    );
    at(19);
    await declared("b.researcher", "WP2", 19, "130.00");
    at(20);
    await declared("lead.researcher", "WP2", 20, "75.25");
    await spent("lead.researcher", "WP2", "TRAVEL", "1850.25", "contribution", 20);
    at(21);
    await spent("b.researcher", "WP2", "TRAVEL", "1799.99", "government", 21);
    at(23);
    await declared("b.researcher", "WP2", 23, "110.00");
    await spent("b.researcher", "WP2", "EQUIPMENT", "30000.00", "government", 23);
    at(24, 15);
    expect(await submitted("D2.2", "a.admin2")).toMatchObject({ status: "SUBMITTED", delayJustification: null });
    expect(await reviewed("D2.2", orgs.lead.admin, true)).toMatchObject({ status: "ACCEPTED" });
  });

  it("month 24: the travel expense that takes the partner's travel line past its plan alerts the lead's ORG_ADMINs over WebSocket", async () => {
    at(24, 20);
    const travel = () => figures().lines.find((l) => l.org === "b" && l.wp === "WP2" && l.category === "TRAVEL")!;
    expect(travel().actual.lessThanOrEqualTo(travel().planned)).toBe(true);
    const lead = await sockets.live(orgs.lead.admin.token, ALERTS, { p: projectId });
    const lead2 = await sockets.live(orgs.lead.admin2.token, ALERTS, { p: projectId });
    const over = await spent("b.researcher", "WP2", "TRAVEL", "120.00", "government", 24);
    expect(travel().actual.greaterThan(travel().planned)).toBe(true);
    const expected = {
      topic: "budget.costOverrun",
      subjectType: "Expense",
      subject: { id: over },
      line: {
        organization: { id: orgs.b.id },
        workPackage: { id: wpIds.WP2 },
        category: "TRAVEL",
        planned: travel().planned.toFixed(2),
        actual: travel().actual.toFixed(2),
        overrun: true,
      },
    };
    expect((await lead.waitFor(1))[0].budgetAlert).toEqual(expected);
    expect((await lead2.waitFor(1))[0].budgetAlert).toEqual(expected);
  });

  it("today: the budget status equals the sums computed from the declarations, rates and expenses, to the cent", async () => {
    at(MONTHS + 1, 1);
    expect(clockDay()).toBe(TODAY);
    const expected = figures();
    const project = ok(await gql(t.url, BUDGET, { id: projectId }, orgs.lead.admin.token)).project;
    const status = project.budgetStatus;
    expect(status).toMatchObject({ currency: "CNY", indirectCostRate: 2500 });

    const byKey = <T extends { organization: { id: string }; workPackage: { id: string } | null; category?: string }>(rows: T[]) =>
      [...rows].sort((x, y) =>
        `${x.organization.id}|${x.workPackage?.id}|${x.category ?? ""}`.localeCompare(
          `${y.organization.id}|${y.workPackage?.id}|${y.category ?? ""}`,
        ),
      );
    expect(byKey(status.lines)).toEqual(
      byKey(
        expected.lines.map((l) => ({
          organization: { id: orgs[l.org].id },
          workPackage: { id: wpIds[l.wp] },
          category: l.category,
          planned: l.planned.toFixed(2),
          actual: l.actual.toFixed(2),
          remaining: l.planned.minus(l.actual).toFixed(2),
          burnPercentage: burn(l.planned, l.actual),
          overrun: l.actual.greaterThan(l.planned),
        })),
      ),
    );
    expect(byKey(status.effort)).toEqual(
      byKey(
        expected.effort.map((e) => ({
          organization: { id: orgs[e.org].id },
          workPackage: { id: wpIds[e.wp] },
          planned: e.planned.toFixed(2),
          approved: cents(e.months).toFixed(2),
          burnPercentage: burn(e.planned, cents(e.months)),
          overrun: e.months.greaterThan(e.planned),
        })),
      ),
    );

    const perParticipant = participantTotals();
    expect(
      Object.fromEntries(
        status.participants.map(({ organization, ...totals }: { organization: { id: string } }) => [orgKeyOf(organization.id), totals]),
      ),
    ).toEqual(Object.fromEntries([...perParticipant].map(([org, totals]) => [org, written(totals)])));
    const sum = (key: keyof Totals) => [...perParticipant.values()].reduce((s, x) => s.plus(x[key]), new Decimal(0));
    const total = {
      plannedDirect: sum("plannedDirect"),
      actualDirect: sum("actualDirect"),
      plannedIndirect: sum("plannedIndirect"),
      actualIndirect: sum("actualIndirect"),
    };
    expect(status.total).toEqual(written(total));
    // Only the partner's travel line overran; no participant's total did.
    expect(status.lines.filter((l: { overrun: boolean }) => l.overrun).map((l: { category: string }) => l.category)).toEqual(["TRAVEL"]);
    expect(status.overrun).toBe(true);
    expect(status.total.overrun).toBe(false);

    // Subcontracting bears no indirect costs: the partner that subcontracted pays indirect costs on the rest only.
    const a = perParticipant.get("a")!;
    const subcontracted = expected.lines.find((l) => l.org === "a" && l.category === "SUBCONTRACTING")!.actual;
    expect(subcontracted.toFixed(2)).toBe("45000.00");
    expect(a.actualIndirect.toFixed(2)).toBe(cents(a.actualDirect.minus(subcontracted).times("0.25")).toFixed(2));

    // Government money is reported apart from the members' own.
    const approvedFrom = (source: Spending["source"]) =>
      ledger.expenses
        .filter((x) => x.approved && x.source === source)
        .reduce((s, x) => s.plus(x.amount), new Decimal(0))
        .toFixed(2);
    expect(project.fundingSummary.government).toEqual([
      { currency: "CNY", amount: "1500000.00", approved: approvedFrom("government"), pending: "0.00" },
    ]);
    expect(project.fundingSummary.nonGovernment).toEqual([
      { currency: "CNY", amount: "200000.00", approved: approvedFrom("contribution"), pending: "0.00" },
    ]);
  });

  it("today: the alliance's activity indicators for each year of the project equal the counts of the test's data", async () => {
    at(MONTHS + 1, 1);
    const inYear = (year: number, date: string) => date.startsWith(`${year}-`);
    const count = (n: number) => ({ value: new Decimal(n).toFixed(2), sourceRows: n });
    /** The loop touches these; it creates no agreement, motion, IP, exchange, booking or revenue. */
    const expectedFor = (year: number) => {
      const due = ledger.deliverables.filter((d) => inYear(year, lastDay(d.dueMonth)));
      const onTime = due.filter((d) => d.status === "ACCEPTED" && d.lastSubmittedOn !== null && d.lastSubmittedOn <= lastDay(d.dueMonth));
      return {
        membersAdmitted: count(ledger.admittedOn.filter((d) => inYear(year, d)).length),
        membersWithdrawn: count(0),
        allianceAgreementSigned: count(0),
        motionsDecided: count(0),
        activeJointProjects: count(
          ledger.projects.filter(
            (p) =>
              ["ACTIVE", "COMPLETED", "TERMINATED"].includes(p.status) &&
              p.participants > 1 &&
              p.start <= `${year}-12-31` &&
              p.end >= `${year}-01-01`,
          ).length,
        ),
        deliverablesAcceptedOnTime: { value: new Decimal(onTime.length).toFixed(2), sourceRows: due.length },
        coOwnedIpAssets: count(0),
        talentExchangesStarted: count(0),
        facilityBookings: count(0),
        ipGranted: count(0),
        standardsIssued: count(0),
        licensesGranted: count(0),
        licensesToNonMembers: count(0),
        revenue: count(0),
        diffusionDutiesMet: count(0),
      };
    };
    // The late deliverable is not on time; the revised one is, its accepted version having come in by the due date.
    expect(ledger.deliverables.map((d) => [d.number, d.status, d.lastSubmittedOn! <= lastDay(d.dueMonth)])).toEqual([
      ["D1.1", "ACCEPTED", false],
      ["D1.2", "ACCEPTED", true],
      ["D2.1", "ACCEPTED", true],
      ["D2.2", "ACCEPTED", true],
    ]);
    expect(YEARS.length).toBeGreaterThanOrEqual(2);
    for (const year of YEARS) {
      const report = ok(await gql(t.url, REPORT, { a: allianceId, y: year }, secretariat.token)).allianceActivity;
      const got = Object.fromEntries(
        report.dimensions.flatMap((d: { indicators: { key: string; value: string; sourceRows: number }[] }) =>
          d.indicators.map((i) => [i.key, { value: i.value, sourceRows: i.sourceRows }]),
        ),
      );
      expect({ year: report.year, ...got }).toEqual({ year, ...expectedFor(year) });
    }
  });

  // Reporting periods and the government supervisor's reads follow here: a period's report figures
  // are participantTotals({ from, to }) over the period's months.
});
