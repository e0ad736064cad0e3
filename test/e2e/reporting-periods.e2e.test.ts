/**
 * Reporting periods (Art. 8.4): who creates, submits, approves and reopens them; the frozen report's
 * figures to the cent and its SHA-256; the lock a submitted period puts on its expenses and time
 * declarations, also against a racing approval; lists, filters, the aggregate and the CSV export.
 */
import { parse } from "csv-parse/sync";
import Decimal from "decimal.js";
import { systemClock } from "../../src/clock";
import { gql, ok, failure, type GraphQLResponse } from "../support/client";
import { createUser, grantRole } from "../support/factories";
import { addFundingSource, decideExpense, requestExpense } from "../support/funds-factories";
import { exportCsv } from "../support/analytics-factories";
import { createMilestone, createProject } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import { pdfText } from "../support/pdf-text";
import { sha256 } from "../support/period-report-hash";
import {
  createDeliverable,
  declareTime,
  decideTimeDeclaration,
  setPersonnelRate,
  submitDeliverable,
  workPackage,
  workPlanWorld,
  type WorkPlanWorld,
} from "../support/work-plan-factories";

const t = appPerFile();
const sockets = liveClients(t);

/** Moves the server's clock to noon UTC of `day`. */
const today = (day: string) => {
  t.app.deps.clock = { now: () => new Date(`${day}T12:00:00.000Z`) };
};
beforeEach(() => today("2026-06-15"));
afterEach(() => {
  t.app.deps.clock = systemClock;
});

const PERIOD_FIELDS = `id number startMonth endMonth startDate endDate status reopenReason
  reports { id version sha256 submittedAt submittedBy { id } }
  currentReport { id version sha256 snapshot totals { direct indirect total personMonths } }`;

function mutate(token: string, name: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return gql(t.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${PERIOD_FIELDS} } }`, { input }, token);
}
const createPeriod = (token: string, input: Record<string, unknown>) => mutate(token, "createReportingPeriod", input);
const submit = (token: string, periodId: string) => mutate(token, "submitPeriodReport", { periodId });
const approve = (token: string, periodId: string) => mutate(token, "approvePeriodReport", { periodId });
const reopen = (token: string, periodId: string, reason: string) => mutate(token, "reopenPeriod", { periodId, reason });

const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
/** Hours at a monthly rate over 1720 productive hours a year, to the cent (docs/work-plan.md). */
const personnel = (hours: string, rate: string) => cents(new Decimal(hours).times(12).times(rate).dividedBy(1720));
/** 25% (the default indirectCostRate) of a base, to the cent. */
const indirect = (base: Decimal) => cents(base.times(2500).dividedBy(10000));

const secondAdmin = (w: WorkPlanWorld) => createUser(t.url, w.partner.admin.token, w.partner.id, { orgRole: "ORG_ADMIN" });

async function governmentSource(w: WorkPlanWorld): Promise<{ id: string }> {
  return ok(
    await addFundingSource(t.url, w.secretariat.token, {
      projectId: w.projectId,
      kind: "GOVERNMENT",
      provider: "MOST",
      amount: "500000.00",
    }),
  ).addFundingSource;
}

async function expense(w: WorkPlanWorld, token: string, sourceId: string, input: Record<string, unknown>, approveIt = true) {
  const e = ok(await requestExpense(t.url, token, { fundingSourceId: sourceId, ...input })).requestExpense as { id: string };
  if (approveIt) ok(await decideExpense(t.url, w.secretariat.token, e.id, "APPROVE"));
  return e.id;
}

describe("creating periods", () => {
  it("numbers a project's periods, keeps them within its months and apart, and leaves it to its managers", async () => {
    const w = await workPlanWorld(t.url, t.admin);
    const first = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 6 })).createReportingPeriod;
    expect(first).toMatchObject({
      number: 1,
      startMonth: 1,
      endMonth: 6,
      startDate: "2026-01-01",
      endDate: "2026-06-30",
      status: "OPEN",
      reports: [],
      currentReport: null,
    });
    const second = ok(
      await createPeriod(w.secretariat.token, { projectId: w.projectId, startMonth: 7, endMonth: 12 }),
    ).createReportingPeriod;
    expect(second).toMatchObject({ number: 2, startDate: "2026-07-01", endDate: "2026-12-31" });

    const refused = async (token: string, input: Record<string, unknown>) =>
      failure(await createPeriod(token, { projectId: w.projectId, ...input })).extensions;
    expect(await refused(w.lead.admin.token, { startMonth: 6, endMonth: 8 })).toMatchObject({ code: "CONFLICT", field: "startMonth" });
    expect(await refused(w.lead.admin.token, { startMonth: 13, endMonth: 25 })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "endMonth",
    });
    expect(await refused(w.lead.admin.token, { startMonth: 0, endMonth: 3 })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "startMonth",
    });
    expect(await refused(w.lead.admin.token, { startMonth: 18, endMonth: 14 })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "endMonth",
    });
    expect((await refused(w.partner.admin.token, { startMonth: 13, endMonth: 18 }))?.code).toBe("FORBIDDEN");
    expect((await refused(w.engineer.token, { startMonth: 13, endMonth: 18 }))?.code).toBe("FORBIDDEN");
    expect(await refused(w.outsider.admin.token, { startMonth: 13, endMonth: 18 })).toMatchObject({
      code: "NOT_FOUND",
      field: "projectId",
    });
    // Refusals wrote nothing: the next period is still number 3.
    expect(
      ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 13, endMonth: 24 })).createReportingPeriod.number,
    ).toBe(3);

    // Months need a start date to mean days.
    const undated = await createProject(t.url, w.lead.admin.token, w.allianceId);
    expect(failure(await createPeriod(w.lead.admin.token, { projectId: undated.id, startMonth: 1, endMonth: 6 })).extensions).toMatchObject(
      {
        code: "BAD_USER_INPUT",
        field: "startMonth",
      },
    );

    // The periods' days move with the project's start date.
    ok(
      await gql(
        t.url,
        `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`,
        { input: { projectId: w.projectId, startDate: "2026-02-15" } },
        w.lead.admin.token,
      ),
    );
    const moved = ok(
      await gql(t.url, `query($id: ID!) { reportingPeriod(id: $id) { startDate endDate } }`, { id: first.id }, w.lead.admin.token),
    );
    expect(moved.reportingPeriod).toEqual({ startDate: "2026-02-01", endDate: "2026-07-31" });
  });
});

describe("submitting, approving and reopening", () => {
  it("freezes the period's figures to the cent, with a SHA-256 anyone can recompute, and locks the period until it is reopened", async () => {
    const w = await workPlanWorld(t.url, t.admin);
    const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.lead.id, {
      plannedBudget: [
        { organizationId: w.partner.id, category: "TRAVEL", amount: "10000.00" },
        { organizationId: w.lead.id, category: "SUBCONTRACTING", amount: "5000.00" },
      ],
    });
    const source = await governmentSource(w);
    const period = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 6 })).createReportingPeriod;
    const approver = await secondAdmin(w);
    today("2026-07-20");

    // In the period: two approved expenses, a personnel cost of 86 hours at 30,000.00 a month.
    ok(await setPersonnelRate(t.url, w.partner.admin.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "30000.00" }));
    await expense(w, w.engineer.token, source.id, {
      amount: "1234.57",
      category: "TRAVEL",
      workPackageId: wp.id,
      incurredOn: "2026-02-10",
    });
    await expense(w, w.lead.admin.token, source.id, {
      amount: "1000.00",
      category: "SUBCONTRACTING",
      workPackageId: wp.id,
      incurredOn: "2026-06-30",
    });
    const march = ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-03", hours: "86.00" })).declareTime;
    ok(await decideTimeDeclaration(t.url, approver.token, march.id));
    // Not in its figures: a pending expense of the period, and whatever is dated after it.
    const pending = await expense(w, w.engineer.token, source.id, { amount: "50.00", category: "OTHER", incurredOn: "2026-04-01" }, false);
    const pendingMay = ok(
      await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-05", hours: "10.00" }),
    ).declareTime;
    await expense(w, w.engineer.token, source.id, { amount: "999.00", category: "TRAVEL", workPackageId: wp.id, incurredOn: "2026-07-02" });
    const july = ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-07", hours: "20.00" })).declareTime;
    ok(await decideTimeDeclaration(t.url, approver.token, july.id));

    // A deliverable due in month 3 submitted late; a milestone due in month 4 reached before it was due.
    const deliverable = ok(
      await createDeliverable(t.url, w.lead.admin.token, {
        workPackageId: wp.id,
        number: "D1.1",
        dueMonth: 3,
        responsibleOrganizationId: w.partner.id,
      }),
    ).createDeliverable;
    ok(await submitDeliverable(t.url, w.engineer.token, { deliverableId: deliverable.id, delayJustification: "Supplier delay" }));
    const milestone = await createMilestone(t.url, w.lead.admin.token, w.projectId, {
      title: "Prototype",
      dueMonth: 4,
      verification: "Demo",
    });
    const achieved = ok(
      await gql(
        t.url,
        `mutation($input: AchieveMilestoneInput!) { achieveMilestone(input: $input) { id achievedOn } }`,
        { input: { milestoneId: milestone.id, achievedOn: "2026-04-10" } },
        w.lead.admin.token,
      ),
    ).achieveMilestone;
    expect(achieved.achievedOn).toBe("2026-04-10");

    // Not before the period's last day has passed.
    today("2026-06-30");
    expect(failure(await submit(w.lead.admin.token, period.id)).extensions).toMatchObject({ code: "CONFLICT", field: "endDate" });
    expect(failure(await submit(w.lead.admin.token, period.id)).message).toContain("2026-06-30");
    today("2026-07-21");
    // Only an ORG_ADMIN of the lead organization submits.
    for (const who of [w.partner.admin, w.engineer, w.secretariat]) {
      expect(failure(await submit(who.token, period.id)).extensions?.code).toBe("FORBIDDEN");
    }
    expect(failure(await submit(w.outsider.admin.token, period.id)).extensions).toMatchObject({ code: "NOT_FOUND", field: "periodId" });

    const submitted = ok(await submit(w.lead.admin.token, period.id)).submitPeriodReport;
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.reports.map((r: { version: number }) => r.version)).toEqual([1]);
    expect(submitted.reports[0].submittedBy.id).toBe(w.lead.admin.id);
    const report = submitted.currentReport;
    expect(report.version).toBe(1);
    expect(report.sha256).toBe(sha256(report.snapshot));
    expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);

    // The figures, computed here from the documented rules.
    const partnerPersonnel = personnel("86.00", "30000.00");
    const partnerDirect = new Decimal("1234.57").plus(partnerPersonnel);
    const partnerIndirect = indirect(partnerDirect);
    const leadDirect = new Decimal("1000.00");
    const snapshot = report.snapshot;
    expect(snapshot).toMatchObject({
      format: 1,
      version: 1,
      submittedAt: "2026-07-21T12:00:00.000Z",
      submittedBy: { id: w.lead.admin.id },
      project: { id: w.projectId, currency: "CNY", indirectCostRate: 2500, startDate: "2026-01-01" },
      period: { id: period.id, number: 1, startMonth: 1, endMonth: 6, startDate: "2026-01-01", endDate: "2026-06-30" },
    });
    const partner = snapshot.participants.find((p: { organization: { id: string } }) => p.organization.id === w.partner.id);
    const lead = snapshot.participants.find((p: { organization: { id: string } }) => p.organization.id === w.lead.id);
    expect(lead.lead).toBe(true);
    expect(partner.lead).toBe(false);
    expect(partner.costs).toEqual([
      { category: "PERSONNEL", amount: partnerPersonnel.toFixed(2) },
      { category: "TRAVEL", amount: "1234.57" },
      { category: "EQUIPMENT", amount: "0.00" },
      { category: "CONSUMABLES", amount: "0.00" },
      { category: "SUBCONTRACTING", amount: "0.00" },
      { category: "OTHER", amount: "0.00" },
    ]);
    const pm = new Decimal("86.00").times(12).dividedBy(1720).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
    expect(partner.effort).toEqual([{ workPackage: "WP1", personMonths: pm.toFixed(4) }]);
    expect(partner.totals).toEqual({
      direct: partnerDirect.toFixed(2),
      indirect: partnerIndirect.toFixed(2),
      total: partnerDirect.plus(partnerIndirect).toFixed(2),
      personMonths: pm.toFixed(4),
    });
    // SUBCONTRACTING carries no indirect costs.
    expect(lead.totals).toEqual({ direct: "1000.00", indirect: "0.00", total: "1000.00", personMonths: "0.0000" });
    const total = partnerDirect.plus(partnerIndirect).plus(leadDirect);
    expect(snapshot.totals).toEqual({
      direct: partnerDirect.plus(leadDirect).toFixed(2),
      indirect: partnerIndirect.toFixed(2),
      total: total.toFixed(2),
      personMonths: pm.toFixed(4),
    });
    expect(report.totals).toEqual(snapshot.totals);
    // Funding used in the period: the approved expenses dated in it, government money apart.
    expect(snapshot.funding).toEqual([
      { fundingSourceId: source.id, kind: "GOVERNMENT", provider: "MOST", government: true, currency: "CNY", used: "2234.57" },
    ]);
    expect(partner.funding).toEqual([{ ...snapshot.funding[0], used: "1234.57" }]);
    expect(partner.deliverables).toEqual([
      expect.objectContaining({
        number: "D1.1",
        workPackage: "WP1",
        dueMonth: 3,
        dueDate: "2026-03-31",
        status: "SUBMITTED",
        late: true,
        delayJustification: "Supplier delay",
      }),
    ]);
    expect(snapshot.milestones).toEqual([
      { title: "Prototype", dueDate: "2026-04-30", achievedOn: "2026-04-10", late: false, verification: "Demo" },
    ]);
    // Submitting again is a conflict.
    expect(failure(await submit(w.lead.admin.token, period.id)).extensions?.code).toBe("CONFLICT");

    // Locked: no expense or declaration of the period is written or decided.
    const locked = async (response: GraphQLResponse, field: string) =>
      expect(failure(response).extensions).toMatchObject({ code: "CONFLICT", field });
    await locked(
      await requestExpense(t.url, w.engineer.token, {
        fundingSourceId: source.id,
        amount: "10.00",
        category: "TRAVEL",
        incurredOn: "2026-03-01",
      }),
      "incurredOn",
    );
    await locked(await decideExpense(t.url, w.secretariat.token, pending, "APPROVE"), "incurredOn");
    await locked(await decideExpense(t.url, w.secretariat.token, pending, "REJECT", "no"), "incurredOn");
    await locked(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-02", hours: "5.00" }), "month");
    await locked(await decideTimeDeclaration(t.url, approver.token, pendingMay.id), "month");
    // After the period it goes on; a future day is bad input.
    ok(
      await requestExpense(t.url, w.engineer.token, {
        fundingSourceId: source.id,
        amount: "10.00",
        category: "TRAVEL",
        incurredOn: "2026-07-01",
      }),
    );
    expect(
      failure(
        await requestExpense(t.url, w.engineer.token, {
          fundingSourceId: source.id,
          amount: "10.00",
          category: "TRAVEL",
          incurredOn: "2026-07-22",
        }),
      ).extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "incurredOn" });

    // The secretariat approves; it stays locked.
    expect(failure(await approve(w.lead.admin.token, period.id)).extensions?.code).toBe("FORBIDDEN");
    expect(ok(await approve(w.secretariat.token, period.id)).approvePeriodReport.status).toBe("APPROVED");
    expect(failure(await approve(w.secretariat.token, period.id)).extensions?.code).toBe("CONFLICT");
    await locked(await decideExpense(t.url, w.secretariat.token, pending, "APPROVE"), "incurredOn");

    // Reopening needs the secretariat and a reason; then the period's writes go through again.
    expect(failure(await reopen(w.lead.admin.token, period.id, "Corrections")).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await reopen(w.secretariat.token, period.id, "   ")).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reason",
    });
    const reopened = ok(await reopen(w.secretariat.token, period.id, "The April expense was left out")).reopenPeriod;
    expect(reopened).toMatchObject({ status: "REOPENED", reopenReason: "The April expense was left out" });
    expect(failure(await reopen(w.secretariat.token, period.id, "again")).extensions?.code).toBe("CONFLICT");
    ok(await decideExpense(t.url, w.secretariat.token, pending, "APPROVE"));

    // The next submission is version 2; version 1 stays as it was.
    const resubmitted = ok(await submit(w.lead.admin.token, period.id)).submitPeriodReport;
    expect(resubmitted.reports.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(resubmitted.reports[1].sha256).toBe(report.sha256);
    const v2 = resubmitted.currentReport;
    expect(v2.version).toBe(2);
    expect(v2.sha256).toBe(sha256(v2.snapshot));
    expect(v2.snapshot.funding[0].used).toBe("2284.57");
    const otherIndirect = indirect(partnerDirect.plus("50.00")).minus(partnerIndirect);
    expect(v2.totals.total).toBe(total.plus("50.00").plus(otherIndirect).toFixed(2));

    // The submission reached projectActivity and the audit trail.
    const audit = ok(
      await gql(
        t.url,
        `query($f: AuditEntryFilter) { auditEntries(filter: $f) { edges { node { action } } } }`,
        { f: { entityId: { eq: period.id } } },
        w.secretariat.token,
      ),
    );
    expect(audit.auditEntries.edges.map((e: { node: { action: string } }) => e.node.action).sort()).toEqual([
      "approvePeriodReport",
      "createReportingPeriod",
      "reopenPeriod",
      "submitPeriodReport",
      "submitPeriodReport",
    ]);
  });

  it("agrees with the budget status to the cent when one period spans the whole project", async () => {
    const w = await workPlanWorld(t.url, t.admin, { startDate: "2026-01-10", endDate: "2026-03-20" });
    const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id, { endMonth: 3 });
    const source = await governmentSource(w);
    const period = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 3 })).createReportingPeriod;
    expect(period).toMatchObject({ startDate: "2026-01-01", endDate: "2026-03-31" });
    const approver = await secondAdmin(w);
    today("2026-03-25");
    ok(await setPersonnelRate(t.url, w.partner.admin.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "27777.77" }));
    for (const [month, hours] of [
      ["2026-01", "33.33"],
      ["2026-02", "101.01"],
      ["2026-03", "7.77"],
    ]) {
      const d = ok(await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month, hours })).declareTime;
      ok(await decideTimeDeclaration(t.url, approver.token, d.id));
    }
    await expense(w, w.engineer.token, source.id, {
      amount: "333.33",
      category: "CONSUMABLES",
      workPackageId: wp.id,
      incurredOn: "2026-01-31",
    });
    await expense(w, w.lead.admin.token, source.id, { amount: "0.01", category: "OTHER", incurredOn: "2026-03-01" });
    today("2026-04-01");
    const totals = ok(await submit(w.lead.admin.token, period.id)).submitPeriodReport.currentReport.totals;
    const budget = ok(
      await gql(
        t.url,
        `query($id: ID!) { project(id: $id) { budgetStatus { total { actualDirect actualIndirect actualTotal } } } }`,
        { id: w.projectId },
        w.lead.admin.token,
      ),
    ).project.budgetStatus.total;
    expect(totals).toMatchObject({ direct: budget.actualDirect, indirect: budget.actualIndirect, total: budget.actualTotal });
  });

  it("reports submissions, approvals and reopenings on projectActivity", async () => {
    const w = await workPlanWorld(t.url, t.admin);
    const period = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 3 })).createReportingPeriod;
    const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { topic subjectType subject { id } } }`;
    const partner = await sockets.live<{ projectActivity: { topic: string; subjectType: string; subject: { id: string } } }>(
      w.partner.admin.token,
      ACTIVITY,
      { p: w.projectId },
    );
    today("2026-04-01");
    const report = ok(await submit(w.lead.admin.token, period.id)).submitPeriodReport.currentReport;
    ok(await reopen(w.secretariat.token, period.id, "Missing figures"));
    const seen = await partner.waitFor(2);
    expect(seen.map((e) => [e.projectActivity.topic, e.projectActivity.subject.id])).toEqual([
      ["periodReport.submitted", report.id],
      ["reportingPeriod.reopened", period.id],
    ]);
  });

  it("serializes a submission and a racing approval of an expense of the period: the expense is in the report or refused", async () => {
    const w = await workPlanWorld(t.url, t.admin);
    const source = await governmentSource(w);
    const period = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 3 })).createReportingPeriod;
    let approvedTotal = new Decimal(0);
    for (let round = 0; round < 6; round++) {
      today("2026-03-20");
      const amount = `${100 + round}.00`;
      const id = await expense(w, w.engineer.token, source.id, { amount, category: "TRAVEL", incurredOn: "2026-03-10" }, false);
      today("2026-04-02");
      const [submission, decision] = await Promise.all([
        submit(w.lead.admin.token, period.id),
        decideExpense(t.url, w.secretariat.token, id, "APPROVE"),
      ]);
      const snapshot = ok(submission).submitPeriodReport.currentReport.snapshot;
      if (decision.errors) {
        expect(failure(decision).extensions).toMatchObject({ code: "CONFLICT", field: "incurredOn" });
      } else {
        expect(decision.data?.decideExpense.status).toBe("APPROVED");
        approvedTotal = approvedTotal.plus(amount);
      }
      // Either way the report holds exactly the approved expenses: never approved but missing.
      expect(snapshot.funding[0].used).toBe(approvedTotal.toFixed(2));
      const status = ok(await gql(t.url, `query($id: ID!) { node(id: $id) { ... on Expense { status } } }`, { id }, w.secretariat.token));
      expect(status.node.status).toBe(decision.errors ? "PENDING" : "APPROVED");
      ok(await reopen(w.secretariat.token, period.id, `round ${round}`));
    }
  });
});

describe("downloads", () => {
  const download = (reportId: string, format: "csv" | "pdf", token?: string) =>
    fetch(`${t.url.replace(/\/graphql$/, "")}/export/period-reports/${reportId}.${format}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it("renders a stored version as CSV and PDF with its SHA-256, for whoever may see it, and 404 for anyone else", async () => {
    const w = await workPlanWorld(t.url, t.admin);
    const source = await governmentSource(w);
    const period = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 3 })).createReportingPeriod;
    today("2026-03-20");
    await expense(w, w.engineer.token, source.id, { amount: "4321.09", category: "EQUIPMENT", incurredOn: "2026-02-02" });
    today("2026-04-01");
    const report = ok(await submit(w.lead.admin.token, period.id)).submitPeriodReport.currentReport;

    const csvResponse = await download(report.id, "csv", w.partner.admin.token);
    expect(csvResponse.status).toBe(200);
    expect(csvResponse.headers.get("content-type")).toContain("text/csv");
    const rows = parse<Record<string, string>>(await csvResponse.text(), { columns: true, bom: true });
    expect(rows).toContainEqual(expect.objectContaining({ section: "HEADER", item: "sha256", label: report.sha256 }));
    expect(rows).toContainEqual(expect.objectContaining({ section: "GOVERNMENT_FUNDING", amount: "4321.09" }));

    const pdfResponse = await download(report.id, "pdf", w.secretariat.token);
    expect(pdfResponse.status).toBe(200);
    expect(pdfResponse.headers.get("content-type")).toBe("application/pdf");
    const pdf = await pdfText(Buffer.from(await pdfResponse.arrayBuffer()));
    expect(pdf.text).toContain(report.sha256);
    expect(pdf.text).toContain("4321.09");

    // Invisible is not found, like a report that does not exist; no token is unauthenticated.
    expect((await download(report.id, "pdf", w.outsider.admin.token)).status).toBe(404);
    expect((await download(report.id, "csv", w.outsider.admin.token)).status).toBe(404);
    expect((await download(period.id, "csv", w.partner.admin.token)).status).toBe(400);
    expect((await download(report.id, "csv")).status).toBe(401);
  });
});

describe("lists, aggregates and exports", () => {
  it("filters, groups and exports periods under the project's visibility", async () => {
    const w = await workPlanWorld(t.url, t.admin);
    const one = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 3 })).createReportingPeriod;
    ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 4, endMonth: 6 }));
    ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 7, endMonth: 9 }));
    today("2026-04-05");
    const submitted = ok(await submit(w.lead.admin.token, one.id)).submitPeriodReport;

    const LIST = `query($f: ReportingPeriodFilter) { reportingPeriods(filter: $f) { totalCount edges { node { id number status } } } }`;
    const list = async (token: string, f: Record<string, unknown>) => ok(await gql(t.url, LIST, { f }, token)).reportingPeriods;
    const mine = { projectId: { eq: w.projectId } };
    expect((await list(w.partner.admin.token, mine)).totalCount).toBe(3);
    const onlySubmitted = await list(w.partner.admin.token, { ...mine, status: { eq: "SUBMITTED" } });
    expect(onlySubmitted.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([1]);
    expect((await list(w.partner.admin.token, { ...mine, endDate: { gt: "2026-04-01" } })).totalCount).toBe(2);
    // The outsider's organization takes no part in the project: nothing, in every path.
    expect((await list(w.outsider.admin.token, mine)).totalCount).toBe(0);
    expect(
      failure(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: one.id }, w.outsider.admin.token)).extensions?.code,
    ).toBe("NOT_FOUND");
    expect(
      failure(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: submitted.currentReport.id }, w.outsider.admin.token))
        .extensions?.code,
    ).toBe("NOT_FOUND");

    const nested = ok(
      await gql(
        t.url,
        `query($id: ID!) { project(id: $id) { reportingPeriods(filter: { status: { eq: OPEN } }) { totalCount edges { node { number } } } } }`,
        { id: w.projectId },
        w.partner.admin.token,
      ),
    ).project.reportingPeriods;
    expect(nested.edges.map((e: { node: { number: number } }) => e.node.number)).toEqual([2, 3]);

    const AGG = `query($f: ReportingPeriodFilter) { reportingPeriodsAggregate(filter: $f, groupBy: [STATUS]) { key { status } count } }`;
    const groups = async (token: string) => ok(await gql(t.url, AGG, { f: mine }, token)).reportingPeriodsAggregate;
    expect(await groups(w.partner.admin.token)).toEqual(
      expect.arrayContaining([
        { key: { status: "OPEN" }, count: 2 },
        { key: { status: "SUBMITTED" }, count: 1 },
      ]),
    );
    expect(await groups(w.outsider.admin.token)).toEqual([]);

    const csv = async (token: string) =>
      parse<Record<string, string>>(await (await exportCsv(t.url, token, "reportingPeriods", mine)).text(), { columns: true, bom: true });
    const rows = await csv(w.partner.admin.token);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      id: one.id,
      projectId: w.projectId,
      number: "1",
      startMonth: "1",
      endMonth: "3",
      startDate: "2026-01-01",
      endDate: "2026-03-31",
      status: "SUBMITTED",
      currentVersion: "1",
      currentSha256: submitted.currentReport.sha256,
    });
    expect(rows[1]).toMatchObject({ number: "2", status: "OPEN", currentVersion: "", currentSha256: "" });
    expect(await csv(w.outsider.admin.token)).toEqual([]);

    // Expenses filter by the day they were incurred.
    const source = await governmentSource(w);
    today("2026-06-01");
    await expense(w, w.engineer.token, source.id, { amount: "10.00", category: "TRAVEL", incurredOn: "2026-05-02" }, false);
    await expense(w, w.engineer.token, source.id, { amount: "20.00", category: "TRAVEL" }, false);
    const byDay = ok(
      await gql(
        t.url,
        `query($f: ExpenseFilter) { expenses(filter: $f) { edges { node { amount incurredOn } } } }`,
        { f: { projectId: { eq: w.projectId }, incurredOn: { lt: "2026-06-01" } } },
        w.lead.admin.token,
      ),
    ).expenses.edges;
    expect(byDay.map((e: { node: unknown }) => e.node)).toEqual([{ amount: "10.00", incurredOn: "2026-05-02" }]);
  });

  it("keeps an alliance-visible project's periods and reports to its participants, not the alliance at large", async () => {
    const w = await workPlanWorld(t.url, t.admin, { visibility: "ALLIANCE" });
    const period = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 3 })).createReportingPeriod;
    today("2026-04-01");
    const report = ok(await submit(w.lead.admin.token, period.id)).submitPeriodReport.currentReport;
    const Q = `query($p: ID!, $id: ID!, $r: ID!, $f: ReportingPeriodFilter) {
      project(id: $p) { id reportingPeriods { totalCount } }
      reportingPeriods(filter: $f) { totalCount }
      reportingPeriodsAggregate(filter: $f, groupBy: [STATUS]) { count }
      period: node(id: $id) { id } report: node(id: $r) { id } }`;
    const read = (token: string) =>
      gql(t.url, Q, { p: w.projectId, id: period.id, r: report.id, f: { projectId: { eq: w.projectId } } }, token);
    // A member outside the project sees the project, but none of its periods or reports.
    const outsider = await read(w.outsider.admin.token);
    expect(outsider.data).toMatchObject({
      project: { id: w.projectId, reportingPeriods: { totalCount: 0 } },
      reportingPeriods: { totalCount: 0 },
      reportingPeriodsAggregate: [],
      period: null,
      report: null,
    });
    const csv = await exportCsv(t.url, w.outsider.admin.token, "reportingPeriods", { projectId: { eq: w.projectId } });
    expect(
      (await csv.text())
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n"),
    ).toHaveLength(1);
    const download = await fetch(`${t.url.replace(/\/graphql$/, "")}/export/period-reports/${report.id}.csv`, {
      headers: { authorization: `Bearer ${w.outsider.admin.token}` },
    });
    expect(download.status).toBe(404);
    // Any user of a participant does.
    expect(ok(await read(w.engineer.token))).toMatchObject({
      project: { reportingPeriods: { totalCount: 1 } },
      reportingPeriods: { totalCount: 1 },
      period: { id: period.id },
      report: { id: report.id },
    });
  });

  it("shows periods to analysts of the alliance and the secretariat, not to another alliance's members", async () => {
    const w = await workPlanWorld(t.url, t.admin);
    const period = ok(await createPeriod(w.lead.admin.token, { projectId: w.projectId, startMonth: 1, endMonth: 3 })).createReportingPeriod;
    const analyst = await createUser(t.url, t.admin, w.outsider.id);
    await grantRole(t.url, t.admin, w.allianceId, analyst.id, "ANALYST");
    const Q = `query($id: ID!) { reportingPeriod(id: $id) { number } }`;
    expect(ok(await gql(t.url, Q, { id: period.id }, analyst.token)).reportingPeriod.number).toBe(1);
    expect(ok(await gql(t.url, Q, { id: period.id }, w.secretariat.token)).reportingPeriod.number).toBe(1);
    expect(failure(await gql(t.url, Q, { id: period.id }, w.outsider.admin.token)).extensions?.code).toBe("NOT_FOUND");
  });
});
