/**
 * The work loop end to end (Art. 8.2, Art. 8.4): a two-year joint project of three partners with
 * government money, run over the public API from its work plan to its figures. Its budget status and
 * the alliance's activity indicators, and the reports of its first reporting period, are checked
 * against sums and counts computed from what the test itself declared, spent and submitted — never
 * with the product's code (the record and those figures: test/support/work-loop.ts). A government
 * supervisor then reads what Art. 8.4 has it supervise, and nothing more.
 *
 * Time: what is late, and the moment a submission, a review or an admission records, are read off
 * the operation's clock (src/clock.ts); a row's own bookkeeping (createdAt) is the real time. The
 * project is placed around the real date: the real month is its month 13. The first year (months
 * 1-12) is entered in month 13, at the real date; then the clock runs through months 14-24, and the
 * test ends on "today", the day after the project's 24 months, two years after its start.
 */
import { parse } from "csv-parse/sync";
import Decimal from "decimal.js";
import { systemClock } from "../../src/clock";
import { fromGlobalId } from "../../src/graphql/global-id";
import { failure, gql, ok } from "../support/client";
import { createAllianceWithMembers, createOrganization, createUser, grantRole, type TestOrg, type TestUser } from "../support/factories";
import { addFundingSource, agreedPlan, decideExpense, requestExpense } from "../support/funds-factories";
import { pdfText } from "../support/pdf-text";
import { addParticipant, createProject, setProjectStatus } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import {
  burn,
  cents,
  day,
  END,
  figures,
  firstDay,
  FUNDING,
  lastDay,
  ledger,
  MONTHS,
  orgOf,
  participantTotals,
  periodFigures,
  PLAN,
  RATES,
  reportTotals,
  START,
  TODAY,
  written,
  YEARS,
  yyyyMm,
  type Category,
  type OrgKey,
  type PersonKey,
  type Spending,
  type Totals,
  type WpKey,
} from "../support/work-loop";
import { sha256 } from "../support/period-report-hash";
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
// The clock

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

  /** An expense requested by `key`, incurred on day `dayOfMonth` of project month `month`, and decided by the secretariat. */
  async function spent(
    key: PersonKey,
    wp: WpKey,
    category: Category,
    amount: string,
    source: Spending["source"],
    month: number,
    { approve = true, dayOfMonth = 5 }: { approve?: boolean; dayOfMonth?: number | "last" } = {},
  ) {
    const incurredOn = dayOfMonth === "last" ? lastDay(month) : day(month, dayOfMonth);
    expect(incurredOn.slice(0, 7)).toBe(yyyyMm(month));
    const e = ok(
      await requestExpense(t.url, person(key).token, {
        fundingSourceId: sources[source],
        amount,
        category,
        workPackageId: wpIds[wp],
        incurredOn,
      }),
    ).requestExpense;
    const decided = ok(
      await decideExpense(t.url, secretariat.token, e.id, approve ? "APPROVE" : "REJECT", approve ? undefined : "Not eligible"),
    );
    expect(decided.decideExpense.status).toBe(approve ? "APPROVED" : "REJECTED");
    ledger.expenses.push({ person: key, wp, category, amount, source, month, incurredOn, approved: approve });
    return e.id as string;
  }

  async function submitted(number: string, key: PersonKey, delayJustification?: string) {
    const d = ok(
      await submitDeliverable(t.url, person(key).token, { deliverableId: deliverableIds[number], delayJustification }),
    ).submitDeliverable;
    const record = ledger.deliverables.find((x) => x.number === number)!;
    record.status = d.status;
    record.lastSubmittedOn = clockDay();
    record.delayJustification = delayJustification ?? null;
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

    const source = async (key: Spending["source"], token: string) =>
      ok(await addFundingSource(t.url, token, { projectId, ...FUNDING[key] })).addFundingSource.id as string;
    sources = {
      government: await source("government", secretariat.token),
      contribution: await source("contribution", orgs.lead.admin.token),
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

    const deliverables: [string, WpKey, number, OrgKey, string][] = [
      ["D1.1", "WP1", 6, "a", "Synthesis route of the sulfide electrolyte"],
      ["D1.2", "WP1", 15, "lead", "Ionic conductivity report"],
      ["D2.1", "WP2", 18, "b", "Pouch cell design"],
      ["D2.2", "WP2", 24, "a", "Pilot line validation"],
    ];
    for (const [number, wp, dueMonth, org, title] of deliverables) {
      const d = ok(
        await createDeliverable(t.url, orgs.lead.admin.token, {
          workPackageId: wpIds[wp],
          number,
          title,
          dueMonth,
          disseminationLevel: "PUBLIC",
          responsibleOrganizationId: orgs[org].id,
        }),
      ).createDeliverable;
      expect(d).toMatchObject({ dueMonth, dueDate: lastDay(dueMonth), status: "PENDING" });
      deliverableIds[number] = d.id;
      ledger.deliverables.push({ number, title, dueMonth, wp, org, status: "PENDING", lastSubmittedOn: null, delayJustification: null });
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
    await spent("a.researcher", "WP1", "CONSUMABLES", "999.99", "government", 9, { approve: false });
    await spent("b.researcher", "WP2", "TRAVEL", "3200.00", "government", 10);
    await spent("lead.researcher", "WP2", "TRAVEL", "2400.40", "contribution", 11);
    // On the first year's last day: the last day of reporting period 1.
    await spent("b.researcher", "WP2", "EQUIPMENT", "45000.50", "government", 12, { dayOfMonth: "last" });
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
      { currency: "CNY", amount: FUNDING.government.amount, approved: approvedFrom("government"), pending: "0.00" },
    ]);
    expect(project.fundingSummary.nonGovernment).toEqual([
      { currency: "CNY", amount: FUNDING.contribution.amount, approved: approvedFrom("contribution"), pending: "0.00" },
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

  // ---------------------------------------------------------------------------------------------
  // Reporting period 1 (months 1-12) and the government supervisor

  const PERIOD_FIELDS = `id number startMonth endMonth startDate endDate status reopenReason
    reports { id version sha256 snapshot totals { direct indirect total personMonths } }
    currentReport { id version sha256 snapshot totals { direct indirect total personMonths } }`;
  const period = (token: string, name: string, input: Record<string, unknown>) =>
    gql(
      t.url,
      `mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { ${PERIOD_FIELDS} } }`,
      { input },
      token,
    );
  interface Report {
    id: string;
    version: number;
    sha256: string;
    snapshot: Record<string, any>;
    totals: Record<string, string>;
  }
  const FIRST_YEAR = { from: 1, to: 12 };
  let periodId: string;
  let v1: Report;
  let v2: Report;
  /** Left out of the first submission: partner A's consumables invoice of month 8. */
  const backdated = { key: "a.researcher", wp: "WP1", category: "CONSUMABLES", amount: "1111.11", source: "government", month: 8 } as const;
  let supervisor: TestUser;
  const download = (reportId: string, format: "csv" | "pdf", token: string) =>
    fetch(`${t.url.replace(/\/graphql$/, "")}/export/period-reports/${reportId}.${format}`, {
      headers: { authorization: `Bearer ${token}` },
    });

  /** The report's figures against the test's own sums over `range`, to the cent; and its SHA-256 against its snapshot. */
  function expectReportOf(report: Report, range: { from: number; to: number }) {
    const expected = periodFigures(range);
    const fundingLine = ({ source, used }: { source: Spending["source"]; used: string }) => ({
      fundingSourceId: sources[source],
      kind: FUNDING[source].kind,
      provider: FUNDING[source].provider,
      government: source === "government",
      currency: "CNY",
      used,
    });
    const { snapshot } = report;
    expect(
      Object.fromEntries(snapshot.participants.map((p: { organization: { id: string } }) => [orgKeyOf(p.organization.id), p])),
    ).toEqual(
      Object.fromEntries(
        expected.participants.map((p) => [
          p.org,
          {
            organization: { id: orgs[p.org].id, name: orgs[p.org].name },
            lead: p.org === "lead",
            deliverables: p.deliverables,
            costs: p.costs,
            effort: p.effort,
            funding: p.funding.map(fundingLine),
            totals: reportTotals(p),
          },
        ]),
      ),
    );
    // Participants by name.
    const names = snapshot.participants.map((p: { organization: { name: string } }) => p.organization.name);
    expect(names).toEqual([...names].sort((x: string, y: string) => x.localeCompare(y)));
    // The government's money on its own line, before the lead's own.
    expect(snapshot.funding).toEqual(expected.funding.map(fundingLine));
    expect(snapshot.funding[0]).toMatchObject({ kind: "GOVERNMENT", government: true });
    expect(snapshot.totals).toEqual(reportTotals(expected.totals));
    expect(report.totals).toEqual(snapshot.totals);
    expect(snapshot.milestones).toEqual([]);
    expect(snapshot).toMatchObject({
      format: 1,
      version: report.version,
      project: { id: projectId, currency: "CNY", indirectCostRate: 2500, startDate: START, endDate: END },
      period: {
        id: periodId,
        number: 1,
        startMonth: range.from,
        endMonth: range.to,
        startDate: firstDay(range.from),
        endDate: lastDay(range.to),
      },
    });
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256(snapshot)).toBe(report.sha256);
  }

  /**
   * This project's rows of the tables a refused write would have touched, and the audit entries and
   * events of its alliance or of `actors` (the run's other test files write to the same database).
   */
  async function rowCounts(actors: TestUser[]): Promise<Record<string, number>> {
    const key = (id: string) => fromGlobalId(id)!.key;
    const [p, a, users] = [key(projectId), key(allianceId), actors.map((u) => key(u.id))];
    const counts: Record<string, number> = {};
    for (const [table, where, params] of [
      ["expense", "project_id = $1", [p]],
      ["time_declaration", "project_id = $1", [p]],
      ["audit_entry", "alliance_id = $1 OR actor_id = ANY($2)", [a, users]],
      ["event", "alliance_id = $1 OR project_id = $2 OR actor_id = ANY($3)", [a, p, users]],
    ] as const) {
      const [{ n }] = await t.app.deps.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, [...params]);
      counts[table] = n;
    }
    return counts;
  }

  it("today: reporting period 1, the first year, is submitted by the lead's ORG_ADMIN and reports the first year's figures to the cent", async () => {
    at(MONTHS + 1, 1);
    const created = ok(
      await period(orgs.lead.admin.token, "createReportingPeriod", { projectId, startMonth: 1, endMonth: 12 }),
    ).createReportingPeriod;
    expect(created).toMatchObject({ number: 1, startDate: START, endDate: lastDay(12), status: "OPEN", reports: [], currentReport: null });
    periodId = created.id;
    // The secretariat, the project's other manager, opens the second year's.
    expect(
      ok(await period(secretariat.token, "createReportingPeriod", { projectId, startMonth: 13, endMonth: 24 })).createReportingPeriod,
    ).toMatchObject({ number: 2, startDate: firstDay(13), endDate: END, status: "OPEN" });

    // The lead's ORG_ADMIN submits, not a partner's.
    expect(failure(await period(orgs.a.admin.token, "submitPeriodReport", { periodId })).extensions?.code).toBe("FORBIDDEN");
    const submitted = ok(await period(orgs.lead.admin.token, "submitPeriodReport", { periodId })).submitPeriodReport;
    expect(submitted.status).toBe("SUBMITTED");
    v1 = submitted.currentReport;
    expect(v1.version).toBe(1);
    expect(v1.snapshot).toMatchObject({ submittedAt: `${TODAY}T12:00:00.000Z`, submittedBy: { id: orgs.lead.admin.id } });
    expectReportOf(v1, FIRST_YEAR);

    // What the first year holds, in so many words: every partner spent or worked in it, none of the
    // second year is in it, and the late deliverable stands with its justification.
    const a = v1.snapshot.participants.find((p: { organization: { id: string } }) => p.organization.id === orgs.a.id);
    expect(a.deliverables).toEqual([
      expect.objectContaining({
        number: "D1.1",
        status: "ACCEPTED",
        late: true,
        delayJustification: "The glovebox was out of service for two months",
      }),
    ]);
    expect(v1.snapshot.participants.flatMap((p: { deliverables: { number: string }[] }) => p.deliverables.map((d) => d.number))).toEqual([
      "D1.1",
    ]);
    const wholeProject = periodFigures({ from: 1, to: MONTHS }).totals;
    expect(new Decimal(v1.totals.direct).lessThan(wholeProject.direct)).toBe(true);
    expect(v1.snapshot.participants.map((p: { totals: { direct: string } }) => new Decimal(p.totals.direct).greaterThan(0))).toEqual([
      true,
      true,
      true,
    ]);
    // The equipment partner B bought on the period's last day is in it, its purchase of month 23 is not.
    const b = v1.snapshot.participants.find((p: { organization: { id: string } }) => p.organization.id === orgs.b.id);
    expect(b.costs.find((c: { category: string }) => c.category === "EQUIPMENT")).toEqual({ category: "EQUIPMENT", amount: "45000.50" });
  });

  it("today: the submitted period is locked — a backdated expense and a declaration of its months are CONFLICT, and nothing is written", async () => {
    at(MONTHS + 1, 1);
    const writers = [person(backdated.key), orgs.lead.researcher];
    const before = await rowCounts(writers);
    expect(before).toMatchObject({ expense: ledger.expenses.length, time_declaration: ledger.declarations.length });
    const expense = failure(
      await requestExpense(t.url, person(backdated.key).token, {
        fundingSourceId: sources[backdated.source],
        amount: backdated.amount,
        category: backdated.category,
        workPackageId: wpIds[backdated.wp],
        incurredOn: day(backdated.month, 20),
      }),
    );
    expect(expense.extensions).toMatchObject({ code: "CONFLICT", field: "incurredOn" });
    const declaration = failure(
      await declareTime(t.url, orgs.lead.researcher.token, { workPackageId: wpIds.WP1, month: yyyyMm(5), hours: "12.00" }),
    );
    expect(declaration.extensions).toMatchObject({ code: "CONFLICT", field: "month" });
    expect(await rowCounts(writers)).toEqual(before);
    // The second year is not locked by the first's report.
    expect(
      ok(await declareTime(t.url, orgs.lead.researcher.token, { workPackageId: wpIds.WP2, month: yyyyMm(24), hours: "8.00" })).declareTime
        .status,
    ).toBe("PENDING");
    ledger.declarations.push({ person: "lead.researcher", wp: "WP2", month: 24, hours: "8.00", approved: false });
  });

  it("today: reopened by the secretariat with a reason, the period takes the backdated expense; version 2 reports the new sums, version 1 stays as it was", async () => {
    at(MONTHS + 1, 1);
    const reason = "Partner A's consumables invoice of month 8 was left out";
    expect(failure(await period(orgs.lead.admin.token, "reopenPeriod", { periodId, reason })).extensions?.code).toBe("FORBIDDEN");
    expect(ok(await period(secretariat.token, "reopenPeriod", { periodId, reason })).reopenPeriod).toMatchObject({
      status: "REOPENED",
      reopenReason: reason,
    });
    const audit = ok(
      await gql(
        t.url,
        `query($f: AuditEntryFilter) { auditEntries(filter: $f) { edges { node { action actor { id } changes } } } }`,
        { f: { entityId: { eq: periodId }, action: { eq: "reopenPeriod" } } },
        secretariat.token,
      ),
    ).auditEntries.edges.map((e: { node: unknown }) => e.node);
    expect(audit).toEqual([
      { action: "reopenPeriod", actor: { id: secretariat.id }, changes: expect.objectContaining({ reason, status: "REOPENED" }) },
    ]);

    const before = periodFigures(FIRST_YEAR).totals;
    await spent(backdated.key, backdated.wp, backdated.category, backdated.amount, backdated.source, backdated.month, { dayOfMonth: 20 });
    const after = periodFigures(FIRST_YEAR).totals;
    expect(after.direct.minus(before.direct).toFixed(2)).toBe(backdated.amount);

    const resubmitted = ok(await period(orgs.lead.admin.token, "submitPeriodReport", { periodId })).submitPeriodReport;
    expect(resubmitted.status).toBe("SUBMITTED");
    v2 = resubmitted.currentReport;
    expect(v2.version).toBe(2);
    expectReportOf(v2, FIRST_YEAR);
    expect(v2.sha256).not.toBe(v1.sha256);
    // Version 1 is still there, unchanged.
    expect(resubmitted.reports.map((r: Report) => r.version)).toEqual([2, 1]);
    const [, first] = resubmitted.reports as Report[];
    expect(first).toEqual(v1);
    expect(sha256(first.snapshot)).toBe(v1.sha256);
  });

  it("today: the government supervisor reads the project's costs, hours and both report versions, and nothing of its benefit plans or of a bank-funded project", async () => {
    at(MONTHS + 1, 1);
    const bureau = await createOrganization(t.url, t.admin, { name: "Provincial Department of Science and Technology" });
    supervisor = await createUser(t.url, t.admin, bureau.id, { name: "Supervisor" });
    await grantRole(t.url, t.admin, allianceId, supervisor.id, "GOVERNMENT_SUPERVISOR");

    // A benefit plan of the project, agreed by its three partners.
    const planId = await agreedPlan(t.url, orgs.lead.admin.token, { projectId }, [
      [orgs.lead, 4000],
      [orgs.a, 3500],
      [orgs.b, 2500],
    ]);
    // A second project of the alliance, funded by a bank, with a submitted report of its own.
    const bank = await createProject(t.url, orgs.lead.admin.token, allianceId, {
      startDate: START,
      endDate: END,
      title: "Cathode coating line",
    });
    ok(await addParticipant(t.url, orgs.lead.admin.token, bank.id, orgs.b.id));
    ok(
      await addFundingSource(t.url, secretariat.token, {
        projectId: bank.id,
        kind: "BANK_LOAN",
        provider: "Policy bank",
        amount: "300000.00",
      }),
    );
    const bankPeriod = ok(
      await period(orgs.lead.admin.token, "createReportingPeriod", { projectId: bank.id, startMonth: 1, endMonth: 6 }),
    ).createReportingPeriod;
    const bankReport = ok(await period(orgs.lead.admin.token, "submitPeriodReport", { periodId: bankPeriod.id })).submitPeriodReport
      .currentReport as Report;

    // The cost statement: what the lead reads, and the test's own totals.
    const asLead = ok(await gql(t.url, BUDGET, { id: projectId }, orgs.lead.admin.token)).project;
    const asSupervisor = ok(await gql(t.url, BUDGET, { id: projectId }, supervisor.token)).project;
    expect(asSupervisor).toEqual(asLead);
    const perParticipant = [...participantTotals().values()];
    const sum = (key: keyof Totals) => perParticipant.reduce((s, x) => s.plus(x[key]), new Decimal(0));
    expect(asSupervisor.budgetStatus.total).toEqual(
      written({
        plannedDirect: sum("plannedDirect"),
        actualDirect: sum("actualDirect"),
        plannedIndirect: sum("plannedIndirect"),
        actualIndirect: sum("actualIndirect"),
      }),
    );

    // Every time declaration of the project, as declared.
    const declarations = ok(
      await gql(
        t.url,
        `query($f: TimeDeclarationFilter) { timeDeclarations(filter: $f, first: 100) { totalCount edges { node { month hours status user { id } } } } }`,
        { f: { projectId: { eq: projectId } } },
        supervisor.token,
      ),
    ).timeDeclarations;
    const declared = (rows: { person: string; month: string; hours: string }[]) =>
      rows.map((r) => `${r.person} ${r.month} ${r.hours}`).sort();
    expect(declarations.totalCount).toBe(ledger.declarations.length);
    expect(
      declared(
        declarations.edges.map(({ node }: { node: { month: string; hours: string; user: { id: string } } }) => ({
          person: node.user.id,
          month: node.month,
          hours: node.hours,
        })),
      ),
    ).toEqual(declared(ledger.declarations.map((d) => ({ person: person(d.person).id, month: yyyyMm(d.month), hours: d.hours }))));

    // Both versions of the period's report, as stored.
    const read = ok(
      await gql(t.url, `query($id: ID!) { reportingPeriod(id: $id) { ${PERIOD_FIELDS} } }`, { id: periodId }, supervisor.token),
    ).reportingPeriod;
    expect(read.reports).toEqual([v2, v1]);
    expect(read.currentReport).toEqual(v2);
    for (const report of [v1, v2]) {
      const node = ok(
        await gql(
          t.url,
          `query($id: ID!) { node(id: $id) { ... on PeriodReport { version sha256 } } }`,
          { id: report.id },
          supervisor.token,
        ),
      ).node;
      expect(node).toEqual({ version: report.version, sha256: report.sha256 });
    }

    // Not the benefit plan: neither by id nor in the list.
    const NODE = `query($id: ID!) { node(id: $id) { id } }`;
    expect(ok(await gql(t.url, NODE, { id: planId }, orgs.a.admin.token)).node).toEqual({ id: planId });
    expect(failure(await gql(t.url, NODE, { id: planId }, supervisor.token)).extensions?.code).toBe("NOT_FOUND");
    const PLANS = `query($f: BenefitPlanFilter) { benefitPlans(filter: $f) { totalCount } }`;
    expect(ok(await gql(t.url, PLANS, { f: { projectId: { eq: projectId } } }, supervisor.token)).benefitPlans.totalCount).toBe(0);

    // Not the bank-funded project, nor anything of it, though its lead sees it all.
    const PROJECT = `query($id: ID!) { project(id: $id) { id } }`;
    expect(ok(await gql(t.url, PROJECT, { id: bank.id }, orgs.lead.admin.token)).project).toEqual({ id: bank.id });
    expect(failure(await gql(t.url, PROJECT, { id: bank.id }, supervisor.token)).extensions?.code).toBe("NOT_FOUND");
    for (const id of [bankPeriod.id, bankReport.id]) {
      expect(ok(await gql(t.url, NODE, { id }, orgs.lead.admin.token)).node).toEqual({ id });
      expect(failure(await gql(t.url, NODE, { id }, supervisor.token)).extensions?.code).toBe("NOT_FOUND");
    }
    const PERIODS = `query($f: ReportingPeriodFilter) { reportingPeriods(filter: $f) { totalCount } }`;
    expect(ok(await gql(t.url, PERIODS, { f: { projectId: { eq: bank.id } } }, supervisor.token)).reportingPeriods.totalCount).toBe(0);
    expect(ok(await gql(t.url, PERIODS, { f: { projectId: { eq: projectId } } }, supervisor.token)).reportingPeriods.totalCount).toBe(2);
    expect((await download(bankReport.id, "csv", supervisor.token)).status).toBe(404);
    expect((await download(bankReport.id, "csv", orgs.lead.admin.token)).status).toBe(200);
  });

  it("today: the supervisor downloads version 2 as CSV and PDF, each carrying its SHA-256", async () => {
    at(MONTHS + 1, 1);
    const csv = await download(v2.id, "csv", supervisor.token);
    expect(csv.status).toBe(200);
    const rows = parse<Record<string, string>>(await csv.text(), { columns: true, bom: true });
    expect(rows).toContainEqual(expect.objectContaining({ section: "HEADER", item: "version", label: "2" }));
    expect(rows).toContainEqual(expect.objectContaining({ section: "HEADER", item: "sha256", label: v2.sha256 }));
    // The government's money used in the first year, on its own line.
    const government = periodFigures(FIRST_YEAR).funding.find((f) => f.source === "government")!.used;
    expect(rows.filter((r) => r.section === "GOVERNMENT_FUNDING" && r.organization === "").map((r) => r.amount)).toEqual([government]);

    const pdf = await download(v2.id, "pdf", supervisor.token);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const text = (await pdfText(Buffer.from(await pdf.arrayBuffer()))).text;
    expect(text).toContain(v2.sha256);
    expect(text).not.toContain(v1.sha256);
  });
});
