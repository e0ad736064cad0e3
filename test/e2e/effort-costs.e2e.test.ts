/**
 * Effort and costs per partner (Art. 8.4): time declarations under four eyes, personnel rates,
 * categorized expenses, the project's budget status to the cent, and the budget alert.
 */
import Decimal from "decimal.js";
import { systemClock } from "../../src/clock";
import { exportCsv } from "../support/analytics-factories";
import { gql, ok, failure } from "../support/client";
import { createUser, grantRole } from "../support/factories";
import { addFundingSource, decideExpense, requestExpense } from "../support/funds-factories";
import { appPerFile, liveClients } from "../support/suite";
import { subscribe } from "../support/ws-client";
import {
  declareTime,
  decideTimeDeclaration,
  setPersonnelRate,
  workPackage,
  workPlanWorld,
  type WorkPlanWorld,
} from "../support/work-plan-factories";

const t = appPerFile();
const sockets = liveClients(t);

beforeEach(() => {
  t.app.deps.clock = { now: () => new Date("2026-07-15T12:00:00.000Z") };
});
afterEach(() => {
  t.app.deps.clock = systemClock;
});

const BUDGET = `query($id: ID!) { project(id: $id) { budgetStatus {
  currency indirectCostRate overrun
  lines { organization { id } workPackage { id } category planned actual remaining burnPercentage overrun }
  effort { organization { id } workPackage { id } planned approved burnPercentage overrun }
  participants { organization { id } plannedDirect actualDirect plannedIndirect actualIndirect plannedTotal actualTotal burnPercentage overrun }
  total { plannedDirect actualDirect plannedIndirect actualIndirect plannedTotal actualTotal overrun } } } }`;

const ALERTS = `subscription($p: ID!) { budgetAlert(projectId: $p) { topic subjectType
  subject { id } line { category planned actual overrun } effortLine { planned approved overrun } } }`;

/** A second ORG_ADMIN of the organization, who may decide its people's declarations. */
const secondAdmin = (w: WorkPlanWorld, org = w.partner) => createUser(t.url, org.admin.token, org.id, { orgRole: "ORG_ADMIN" });

/** 100,000.00 of government money for the project, from which the tests spend. */
const governmentSource = async (w: WorkPlanWorld): Promise<{ id: string }> =>
  ok(
    await addFundingSource(t.url, w.secretariat.token, {
      projectId: w.projectId,
      kind: "GOVERNMENT",
      provider: "MOST",
      amount: "100000.00",
    }),
  ).addFundingSource;

const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
/** Hours at a monthly rate over 1720 productive hours a year, to the cent (the documented rule). */
const cost = (hours: string, rate: string, yearly = "1720") => cents(new Decimal(hours).times(12).times(rate).dividedBy(yearly));

it("keeps time declarations under four eyes: the person declares, another ORG_ADMIN of the organization decides, once", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id);
  const approver = await secondAdmin(w);
  // An ORG_ADMIN declaring their own time may not approve it.
  const own = ok(await declareTime(t.url, w.partner.admin.token, { workPackageId: wp.id, month: "2026-05", hours: "86.00" })).declareTime;
  expect(own).toMatchObject({ status: "PENDING", hours: "86.00", personMonths: "0.60" });
  expect(failure(await decideTimeDeclaration(t.url, w.partner.admin.token, own.id)).extensions?.code).toBe("FORBIDDEN");
  // Nor may an ORG_ADMIN of another organization, nor a plain member.
  expect(failure(await decideTimeDeclaration(t.url, w.lead.admin.token, own.id)).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await decideTimeDeclaration(t.url, w.engineer.token, own.id)).extensions?.code).toBe("FORBIDDEN");
  const approved = ok(await decideTimeDeclaration(t.url, approver.token, own.id)).decideTimeDeclaration;
  expect(approved.status).toBe("APPROVED");
  // Approved is final: no second decision, no second declaration of the same month and work package.
  expect(failure(await decideTimeDeclaration(t.url, approver.token, own.id, "REJECT")).extensions?.code).toBe("CONFLICT");
  expect(
    failure(await declareTime(t.url, w.partner.admin.token, { workPackageId: wp.id, month: "2026-05", hours: "1.00" })).extensions,
  ).toMatchObject({
    code: "CONFLICT",
    field: "month",
  });
  // A refused month may be declared again.
  const refused = ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-06", hours: "10.00" })).declareTime;
  expect(ok(await decideTimeDeclaration(t.url, w.partner.admin.token, refused.id, "REJECT")).decideTimeDeclaration.status).toBe("REJECTED");
  ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-06", hours: "12.00" }));

  const bad = async (input: Record<string, unknown>) =>
    failure(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-04", hours: "8.00", ...input })).extensions;
  expect(await bad({ month: "2026-13" })).toMatchObject({ code: "BAD_USER_INPUT", field: "month" });
  expect(await bad({ month: "2026-08" })).toMatchObject({ code: "BAD_USER_INPUT", field: "month" });
  expect(await bad({ month: "2025-12" })).toMatchObject({ code: "BAD_USER_INPUT", field: "month" });
  expect(await bad({ hours: "0.00" })).toMatchObject({ code: "BAD_USER_INPUT", field: "hours" });
  expect(await bad({ hours: "744.01" })).toMatchObject({ code: "BAD_USER_INPUT", field: "hours" });
  // Not a participant: the project is invisible (NOT_FOUND); visible but not taking part: FORBIDDEN.
  expect(
    failure(await declareTime(t.url, w.outsider.admin.token, { workPackageId: wp.id, month: "2026-04", hours: "8.00" })).extensions,
  ).toMatchObject({ code: "NOT_FOUND", field: "workPackageId" });
  const analyst = await createUser(t.url, t.admin, w.outsider.id);
  await grantRole(t.url, t.admin, w.allianceId, analyst.id, "ANALYST");
  expect(failure(await declareTime(t.url, analyst.token, { workPackageId: wp.id, month: "2026-04", hours: "8.00" })).extensions?.code).toBe(
    "FORBIDDEN",
  );
  const listed = ok(
    await gql(
      t.url,
      `query($f: TimeDeclarationFilter) { timeDeclarations(filter: $f) { totalCount } }`,
      { f: { workPackageId: { eq: wp.id } } },
      w.lead.admin.token,
    ),
  ).timeDeclarations;
  expect(listed.totalCount).toBe(3);
});

it("keeps hours and costs of an alliance-visible project to its participants, not the alliance at large", async () => {
  const w = await workPlanWorld(t.url, t.admin, { visibility: "ALLIANCE" });
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id);
  const declared = ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-03", hours: "40.00" })).declareTime;
  const FINANCE = `query($p: ID!, $f: TimeDeclarationFilter, $id: ID!) {
    project(id: $p) { id budgetStatus { currency } }
    timeDeclarations(filter: $f) { totalCount }
    timeDeclarationsAggregate(filter: $f, groupBy: [PROJECT]) { count }
    node(id: $id) { id } }`;
  const read = (token: string) => gql(t.url, FINANCE, { p: w.projectId, f: { projectId: { eq: w.projectId } }, id: declared.id }, token);
  // The alliance at large sees the project, but not a person's hours nor the costs they make.
  const outsider = await read(w.outsider.admin.token);
  expect(outsider.data).toMatchObject({
    project: { id: w.projectId, budgetStatus: null },
    timeDeclarations: { totalCount: 0 },
    timeDeclarationsAggregate: [],
  });
  expect(outsider.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
  const csv = await exportCsv(t.url, w.outsider.admin.token, "timeDeclarations", { projectId: { eq: w.projectId } });
  expect(
    (await csv.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n"),
  ).toHaveLength(1);
  // Participants (any of their users) and the secretariat do.
  for (const token of [w.lead.admin.token, w.engineer.token, w.secretariat.token]) {
    expect(ok(await read(token))).toMatchObject({
      project: { budgetStatus: { currency: "CNY" } },
      timeDeclarations: { totalCount: 1 },
      timeDeclarationsAggregate: [{ count: 1 }],
    });
  }
});

it("keeps personnel rates to the person's organization and the secretariat", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const rate = ok(
    await setPersonnelRate(t.url, w.partner.admin.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "30000.00" }),
  ).setPersonnelRate;
  expect(rate).toMatchObject({ validFrom: "2026-01-01", monthlyRate: "30000.00" });
  // The same day again replaces the rate.
  ok(await setPersonnelRate(t.url, w.partner.admin.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "31000.00" }));
  expect(
    failure(await setPersonnelRate(t.url, w.lead.admin.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "1.00" }))
      .extensions?.code,
  ).toBe("FORBIDDEN");
  expect(
    failure(await setPersonnelRate(t.url, w.engineer.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "1.00" }))
      .extensions?.code,
  ).toBe("FORBIDDEN");
  expect(
    failure(await setPersonnelRate(t.url, w.partner.admin.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "0.00" }))
      .extensions,
  ).toMatchObject({ code: "BAD_USER_INPUT", field: "monthlyRate" });
  const rates = async (token: string) =>
    ok(
      await gql(
        t.url,
        `query($id: ID!) { node(id: $id) { ... on User { personnelRates { monthlyRate } } } }`,
        { id: w.engineer.id },
        token,
      ),
    ).node.personnelRates;
  expect(await rates(w.engineer.token)).toEqual([{ monthlyRate: "31000.00" }]);
  expect(await rates(w.secretariat.token)).toEqual([{ monthlyRate: "31000.00" }]);
  expect(await rates(w.lead.admin.token)).toEqual([]);
  expect(failure(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: rate.id }, w.lead.admin.token)).extensions?.code).toBe(
    "NOT_FOUND",
  );
});

it("reports planned against actual costs and effort per participant, work package and category, to the cent", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const approver = await secondAdmin(w);
  ok(
    await gql(
      t.url,
      `mutation($i: SetProductiveHoursInput!) { setProductiveHours(input: $i) { productiveHoursPerYear } }`,
      { i: { organizationId: w.partner.id, productiveHoursPerYear: "1600.00" } },
      w.partner.admin.token,
    ),
  );
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id, {
    plannedEffort: [{ organizationId: w.partner.id, personMonths: "1.50" }],
    plannedBudget: [
      { organizationId: w.partner.id, category: "PERSONNEL", amount: "50000.00" },
      { organizationId: w.partner.id, category: "TRAVEL", amount: "2000.00" },
      { organizationId: w.partner.id, category: "SUBCONTRACTING", amount: "5000.00" },
    ],
  });
  ok(await setPersonnelRate(t.url, w.partner.admin.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "30000.00" }));
  ok(await setPersonnelRate(t.url, w.partner.admin.token, { userId: w.engineer.id, validFrom: "2026-06-01", monthlyRate: "33333.33" }));
  for (const [month, hours] of [
    ["2026-05", "100.00"],
    ["2026-06", "37.50"],
  ]) {
    const d = ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month, hours })).declareTime;
    ok(await decideTimeDeclaration(t.url, approver.token, d.id));
  }
  ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-07", hours: "50.00" })); // pending: not counted
  const source = await governmentSource(w);
  const spend = async (category: string, amount: string, approve = true, workPackageId: string | null = wp.id) => {
    const e = ok(
      await requestExpense(t.url, w.engineer.token, { fundingSourceId: source.id, amount, category, workPackageId }),
    ).requestExpense;
    if (approve) ok(await decideExpense(t.url, w.secretariat.token, e.id, "APPROVE"));
  };
  await spend("TRAVEL", "1234.56");
  await spend("SUBCONTRACTING", "4000.00");
  await spend("TRAVEL", "99.99", false);
  await spend("OTHER", "10.01", true, null);

  const personnel = cost("100.00", "30000.00", "1600").plus(cost("37.50", "33333.33", "1600"));
  const travel = new Decimal("1234.56");
  const indirect = (base: Decimal) => cents(base.times(2500).dividedBy(10000));
  const actualDirect = personnel.plus(travel).plus("4000.00").plus("10.01");
  const actualIndirect = indirect(personnel.plus(travel).plus("10.01"));
  const plannedIndirect = indirect(new Decimal("52000.00"));

  const status = ok(await gql(t.url, BUDGET, { id: w.projectId }, w.engineer.token)).project.budgetStatus;
  const line = (category: string, workPackageId: string | null = wp.id) =>
    status.lines.find((l: any) => l.category === category && (l.workPackage?.id ?? null) === workPackageId);
  expect(status).toMatchObject({ currency: "CNY", indirectCostRate: 2500 });
  expect(line("PERSONNEL")).toEqual({
    organization: { id: w.partner.id },
    workPackage: { id: wp.id },
    category: "PERSONNEL",
    planned: "50000.00",
    actual: personnel.toFixed(2),
    remaining: new Decimal("50000.00").minus(personnel).toFixed(2),
    burnPercentage: cents(personnel.times(100).dividedBy(50000)).toFixed(2),
    overrun: false,
  });
  expect(line("TRAVEL")).toMatchObject({ planned: "2000.00", actual: "1234.56", burnPercentage: "61.73", overrun: false });
  expect(line("SUBCONTRACTING")).toMatchObject({ planned: "5000.00", actual: "4000.00", overrun: false });
  expect(line("OTHER", null)).toMatchObject({ planned: "0.00", actual: "10.01", burnPercentage: null, overrun: true });
  const months = new Decimal("137.50").times(12).dividedBy(1600);
  expect(status.effort).toEqual([
    {
      organization: { id: w.partner.id },
      workPackage: { id: wp.id },
      planned: "1.50",
      approved: cents(months).toFixed(2),
      burnPercentage: cents(cents(months).times(100).dividedBy("1.50")).toFixed(2),
      overrun: false,
    },
  ]);
  const expectedTotals = {
    plannedDirect: "57000.00",
    actualDirect: actualDirect.toFixed(2),
    plannedIndirect: plannedIndirect.toFixed(2),
    actualIndirect: actualIndirect.toFixed(2),
    plannedTotal: new Decimal("57000.00").plus(plannedIndirect).toFixed(2),
    actualTotal: actualDirect.plus(actualIndirect).toFixed(2),
    overrun: false,
  };
  expect(status.participants).toEqual([{ organization: { id: w.partner.id }, ...expectedTotals, burnPercentage: expect.any(String) }]);
  expect(status.total).toEqual(expectedTotals);
  expect(status.overrun).toBe(true);

  // Expenses by category and participant, over what the viewer may see.
  const groups = ok(
    await gql(
      t.url,
      `query($f: ExpenseFilter) { expensesAggregate(filter: $f, groupBy: [CATEGORY, ORGANIZATION]) { key { category organizationId currency } count sum { amount } } }`,
      { f: { projectId: { eq: w.projectId }, status: { eq: "APPROVED" } } },
      w.lead.admin.token,
    ),
  ).expensesAggregate;
  expect(groups).toEqual(
    expect.arrayContaining([
      { key: { category: "TRAVEL", organizationId: w.partner.id, currency: "CNY" }, count: 1, sum: { amount: "1234.56" } },
      { key: { category: "SUBCONTRACTING", organizationId: w.partner.id, currency: "CNY" }, count: 1, sum: { amount: "4000.00" } },
    ]),
  );
  expect(groups).toHaveLength(3);
});

it("alerts the lead's ORG_ADMINs and the secretariat when an approval makes a line overrun, once", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const approver = await secondAdmin(w);
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id, {
    plannedEffort: [{ organizationId: w.partner.id, personMonths: "0.50" }],
    plannedBudget: [{ organizationId: w.partner.id, category: "TRAVEL", amount: "2000.00" }],
  });
  const source = await governmentSource(w);
  const refusal = await subscribe(sockets.client(w.partner.admin.token), ALERTS, { p: w.projectId }).waitForError();
  expect(refusal.extensions?.code).toBe("FORBIDDEN");
  const lead = await sockets.live(w.lead.admin.token, ALERTS, { p: w.projectId });
  const secretariat = await sockets.live(w.secretariat.token, ALERTS, { p: w.projectId });

  const travel = async (amount: string) => {
    const e = ok(
      await requestExpense(t.url, w.engineer.token, { fundingSourceId: source.id, amount, category: "TRAVEL", workPackageId: wp.id }),
    ).requestExpense;
    ok(await decideExpense(t.url, w.secretariat.token, e.id, "APPROVE"));
    return e.id as string;
  };
  await travel("1999.99");
  const over = await travel("0.02");
  const [alert] = await lead.waitFor(1);
  expect(alert.budgetAlert).toEqual({
    topic: "budget.costOverrun",
    subjectType: "Expense",
    subject: { id: over },
    line: { category: "TRAVEL", planned: "2000.00", actual: "2000.01", overrun: true },
    effortLine: null,
  });
  expect((await secretariat.waitFor(1))[0].budgetAlert.subject).toEqual({ id: over });
  await travel("5.00"); // already over: no second alert (counted at the end)

  // 86 hours are 0.60 person-months at 1720 hours a year: over the 0.50 planned.
  const d = ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-06", hours: "86.00" })).declareTime;
  ok(await decideTimeDeclaration(t.url, approver.token, d.id));
  const [, effort] = await lead.waitFor(2);
  expect(effort.budgetAlert).toMatchObject({
    topic: "budget.effortOverrun",
    subjectType: "TimeDeclaration",
    subject: { id: d.id },
    effortLine: { planned: "0.50", approved: "0.60", overrun: true },
  });
  // Events arrive in order: had the 5.00 expense alerted again, it would have come second. Without a
  // rate the hours cost nothing, so no PERSONNEL line overran.
  expect(lead.received.map((r) => r.budgetAlert.topic)).toEqual(["budget.costOverrun", "budget.effortOverrun"]);
});

it("raises no alert on a project that has no planned budget yet", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const source = await governmentSource(w);
  const lead = await sockets.live(w.lead.admin.token, ALERTS, { p: w.projectId });
  const spend = async (amount: string, workPackageId?: string) => {
    const e = ok(
      await requestExpense(t.url, w.engineer.token, { fundingSourceId: source.id, amount, category: "OTHER", workPackageId }),
    ).requestExpense;
    ok(await decideExpense(t.url, w.secretariat.token, e.id, "APPROVE"));
    return e.id as string;
  };
  await spend("500.00");
  // Once something is planned, spending beyond the plan alerts: the first alert is about this expense.
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id, {
    plannedBudget: [{ organizationId: w.partner.id, category: "OTHER", amount: "100.00" }],
  });
  const over = await spend("100.01", wp.id);
  const [alert] = await lead.waitFor(1);
  expect(alert.budgetAlert).toMatchObject({ subject: { id: over }, line: { planned: "100.00", actual: "100.01" } });
});

it("applies the project's own indirect cost rate, in basis points from 0 to 10000", async () => {
  const w = await workPlanWorld(t.url, t.admin, { indirectCostRate: 1500 });
  await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id, {
    plannedBudget: [
      { organizationId: w.partner.id, category: "EQUIPMENT", amount: "1000.10" },
      { organizationId: w.partner.id, category: "SUBCONTRACTING", amount: "500.00" },
    ],
  });
  const update = (indirectCostRate: number) =>
    gql(
      t.url,
      `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { indirectCostRate } }`,
      { i: { projectId: w.projectId, indirectCostRate } },
      w.lead.admin.token,
    );
  expect(failure(await update(10001)).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "indirectCostRate" });
  const total = ok(await gql(t.url, BUDGET, { id: w.projectId }, w.engineer.token)).project.budgetStatus.total;
  // 15% of 1000.10 (subcontracting bears none) is 150.015, rounded half up.
  expect(total).toMatchObject({ plannedDirect: "1500.10", plannedIndirect: "150.02", plannedTotal: "1650.12" });
  expect(ok(await update(0)).updateProject.indirectCostRate).toBe(0);
  expect(ok(await gql(t.url, BUDGET, { id: w.projectId }, w.engineer.token)).project.budgetStatus.total.plannedIndirect).toBe("0.00");
});

it("alerts once when two concurrent approvals overrun a line only together", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id, {
    plannedBudget: [{ organizationId: w.partner.id, category: "TRAVEL", amount: "100.00" }],
  });
  const sources = [await governmentSource(w), await governmentSource(w)];
  const lead = await sockets.live(w.lead.admin.token, ALERTS, { p: w.projectId });
  const requested = [];
  for (const source of sources) {
    requested.push(
      ok(
        await requestExpense(t.url, w.engineer.token, {
          fundingSourceId: source.id,
          amount: "60.00",
          category: "TRAVEL",
          workPackageId: wp.id,
        }),
      ).requestExpense.id as string,
    );
  }
  await Promise.all(requested.map(async (id) => ok(await decideExpense(t.url, w.secretariat.token, id, "APPROVE"))));
  const [alert] = await lead.waitFor(1);
  expect(requested).toContain(alert.budgetAlert.subject.id);
  const status = ok(await gql(t.url, BUDGET, { id: w.projectId }, w.engineer.token)).project.budgetStatus;
  expect(status.lines).toEqual([expect.objectContaining({ category: "TRAVEL", actual: "120.00", overrun: true })]);
  // Events arrive in order: a second TRAVEL alert would come before the one this unplanned OTHER expense raises.
  const other = ok(
    await requestExpense(t.url, w.engineer.token, {
      fundingSourceId: sources[0].id,
      amount: "1.00",
      category: "OTHER",
      workPackageId: wp.id,
    }),
  ).requestExpense.id as string;
  ok(await decideExpense(t.url, w.secretariat.token, other, "APPROVE"));
  const [, next] = await lead.waitFor(2);
  expect(next.budgetAlert.subject).toEqual({ id: other });
});
