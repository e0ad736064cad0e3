/**
 * The work plan (Art. 8.2): work packages with planned effort and budget, deliverables and their
 * review, milestones and tasks placed in it, and who sees a CONFIDENTIAL deliverable.
 */
import { parse } from "csv-parse/sync";
import { systemClock } from "../../src/clock";
import { gql, ok, failure } from "../support/client";
import { createUser, grantRole } from "../support/factories";
import { exportCsv } from "../support/analytics-factories";
import { createTask } from "../support/project-factories";
import { appPerFile } from "../support/suite";
import {
  createDeliverable,
  createWorkPackage,
  reviewDeliverable,
  submitDeliverable,
  updateWorkPackage,
  workPackage,
  workPlanWorld,
} from "../support/work-plan-factories";

const t = appPerFile();

const today = (day: string) => {
  t.app.deps.clock = { now: () => new Date(`${day}T12:00:00.000Z`) };
};
afterEach(() => {
  t.app.deps.clock = systemClock;
});

const WORK_PACKAGES = `query($f: WorkPackageFilter) { workPackages(filter: $f) { totalCount edges { node { id number } } } }`;
const DELIVERABLES = `query($f: DeliverableFilter) { deliverables(filter: $f) { totalCount edges { node { id number overdue } } } }`;

it("creates a work package with each participant's planned effort and budget, and refuses what does not fit the project", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const input = {
    projectId: w.projectId,
    number: "WP1",
    title: "Electrolyte synthesis",
    objectives: "A sulfide electrolyte at 10 mS/cm",
    leadOrganizationId: w.partner.id,
    startMonth: 1,
    endMonth: 18,
    plannedEffort: [
      { organizationId: w.partner.id, personMonths: "12.50" },
      { organizationId: w.lead.id, personMonths: "3.00" },
    ],
    plannedBudget: [
      { organizationId: w.partner.id, category: "PERSONNEL", amount: "120000.00" },
      { organizationId: w.partner.id, category: "CONSUMABLES", amount: "30000.50" },
    ],
  };
  const wp = ok(await createWorkPackage(t.url, w.lead.admin.token, input)).createWorkPackage;
  expect(wp).toMatchObject({ number: "WP1", startMonth: 1, endMonth: 18, leadOrganization: { id: w.partner.id } });
  expect(wp.plannedEffort).toEqual(
    expect.arrayContaining([
      { organization: { id: w.partner.id }, personMonths: "12.50" },
      { organization: { id: w.lead.id }, personMonths: "3.00" },
    ]),
  );
  expect(wp.plannedBudget).toHaveLength(2);

  const refused = async (token: string, change: Record<string, unknown>) =>
    failure(await createWorkPackage(t.url, token, { ...input, number: "WP9", ...change })).extensions;
  expect(await refused(w.lead.admin.token, { number: "WP1" })).toMatchObject({ code: "CONFLICT", field: "number" });
  expect(await refused(w.lead.admin.token, { endMonth: 25 })).toMatchObject({ code: "BAD_USER_INPUT", field: "endMonth" });
  expect(await refused(w.lead.admin.token, { startMonth: 0 })).toMatchObject({ code: "BAD_USER_INPUT", field: "startMonth" });
  expect(await refused(w.lead.admin.token, { startMonth: 6, endMonth: 5 })).toMatchObject({ code: "BAD_USER_INPUT", field: "endMonth" });
  expect(await refused(w.lead.admin.token, { leadOrganizationId: w.outsider.id })).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "leadOrganizationId",
  });
  expect(await refused(w.lead.admin.token, { plannedEffort: [{ organizationId: w.outsider.id, personMonths: "1.00" }] })).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "plannedEffort",
  });
  expect(
    await refused(w.lead.admin.token, {
      plannedBudget: [
        { organizationId: w.partner.id, category: "TRAVEL", amount: "1.00" },
        { organizationId: w.partner.id, category: "TRAVEL", amount: "2.00" },
      ],
    }),
  ).toMatchObject({ code: "BAD_USER_INPUT", field: "plannedBudget" });
  expect(
    await refused(w.lead.admin.token, { plannedBudget: [{ organizationId: w.partner.id, category: "TRAVEL", amount: "0.00" }] }),
  ).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "plannedBudget",
  });
  // Only the project's managers write the plan; the project is invisible outside it.
  expect(await refused(w.partner.admin.token, {})).toMatchObject({ code: "FORBIDDEN" });
  expect(await refused(w.outsider.admin.token, {})).toMatchObject({ code: "NOT_FOUND", field: "projectId" });
  expect(ok(await gql(t.url, WORK_PACKAGES, { f: { projectId: { eq: w.projectId } } }, w.secretariat.token)).workPackages.totalCount).toBe(
    1,
  );
  ok(await createWorkPackage(t.url, w.secretariat.token, { ...input, number: "WP2", plannedEffort: [], plannedBudget: [] }));

  // An update changes what it names; a list given replaces the one before.
  const updated = ok(
    await updateWorkPackage(t.url, w.lead.admin.token, {
      workPackageId: wp.id,
      title: "Electrolyte synthesis and scale-up",
      plannedBudget: [{ organizationId: w.lead.id, category: "EQUIPMENT", amount: "80000.00" }],
    }),
  ).updateWorkPackage;
  expect(updated).toMatchObject({ title: "Electrolyte synthesis and scale-up", startMonth: 1, endMonth: 18 });
  expect(updated.plannedBudget).toEqual([{ organization: { id: w.lead.id }, category: "EQUIPMENT", amount: "80000.00" }]);
  expect(updated.plannedEffort).toHaveLength(2);
  expect(failure(await updateWorkPackage(t.url, w.lead.admin.token, { workPackageId: wp.id, number: "WP2" })).extensions).toMatchObject({
    code: "CONFLICT",
    field: "number",
  });
  const project = ok(
    await gql(t.url, `query($id: ID!) { project(id: $id) { workPackages { number } } }`, { id: w.projectId }, w.engineer.token),
  ).project;
  expect(project.workPackages).toEqual([{ number: "WP1" }, { number: "WP2" }]);
});

it("derives a deliverable's due date and takes it through submission and review", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id);
  const create = (token: string, extra: Record<string, unknown> = {}) =>
    createDeliverable(t.url, token, {
      workPackageId: wp.id,
      number: "D1.1",
      dueMonth: 2,
      responsibleOrganizationId: w.partner.id,
      ...extra,
    });
  // Month 2 of a project starting in January 2026 ends on 28 February.
  const d = ok(await create(w.lead.admin.token)).createDeliverable;
  expect(d).toMatchObject({ dueMonth: 2, dueDate: "2026-02-28", status: "PENDING", submissionCount: 0 });
  expect(failure(await create(w.lead.admin.token)).extensions).toMatchObject({ code: "CONFLICT", field: "number" });
  expect(failure(await create(w.lead.admin.token, { number: "D9", dueMonth: 25 })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "dueMonth",
  });
  expect(failure(await create(w.lead.admin.token, { number: "D9", responsibleOrganizationId: w.outsider.id })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "responsibleOrganizationId",
  });
  expect(failure(await create(w.partner.admin.token, { number: "D9" })).extensions?.code).toBe("FORBIDDEN");

  today("2026-02-10");
  // Only a user of the responsible organization submits; only the lead's ORG_ADMIN or the secretariat reviews.
  expect(failure(await submitDeliverable(t.url, w.lead.admin.token, { deliverableId: d.id })).extensions?.code).toBe("FORBIDDEN");
  const submitted = ok(await submitDeliverable(t.url, w.engineer.token, { deliverableId: d.id })).submitDeliverable;
  expect(submitted).toMatchObject({ status: "SUBMITTED", submissionCount: 1, delayJustification: null });
  expect(failure(await submitDeliverable(t.url, w.engineer.token, { deliverableId: d.id })).extensions?.code).toBe("CONFLICT");
  expect(failure(await reviewDeliverable(t.url, w.partner.admin.token, { deliverableId: d.id, accept: true })).extensions?.code).toBe(
    "FORBIDDEN",
  );
  expect(failure(await reviewDeliverable(t.url, w.lead.admin.token, { deliverableId: d.id, accept: false })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "comment",
  });
  const sentBack = ok(
    await reviewDeliverable(t.url, w.lead.admin.token, { deliverableId: d.id, accept: false, comment: "Add the impedance data" }),
  ).reviewDeliverable;
  expect(sentBack).toMatchObject({ status: "REVISION_REQUESTED", reviewComment: "Add the impedance data" });
  ok(await submitDeliverable(t.url, w.partner.admin.token, { deliverableId: d.id }));
  const accepted = ok(await reviewDeliverable(t.url, w.secretariat.token, { deliverableId: d.id, accept: true })).reviewDeliverable;
  expect(accepted).toMatchObject({ status: "ACCEPTED", submissionCount: 2 });
  // Moments are recorded by the server's clock, the one that also decides what is late.
  const stamped = ok(
    await gql(t.url, `query($id: ID!) { deliverable(id: $id) { submittedAt reviewedAt } }`, { id: d.id }, w.engineer.token),
  );
  expect(stamped.deliverable).toEqual({ submittedAt: "2026-02-10T12:00:00.000Z", reviewedAt: "2026-02-10T12:00:00.000Z" });
  expect(failure(await reviewDeliverable(t.url, w.secretariat.token, { deliverableId: d.id, accept: true })).extensions?.code).toBe(
    "CONFLICT",
  );

  const audit = ok(
    await gql(
      t.url,
      `query($f: AuditEntryFilter) { auditEntries(first: 20, filter: $f) { edges { node { action } } } }`,
      { f: { entityId: { eq: d.id } } },
      w.secretariat.token,
    ),
  ).auditEntries.edges.map((e: { node: { action: string } }) => e.node.action);
  expect(audit.sort()).toEqual(["createDeliverable", "reviewDeliverable", "reviewDeliverable", "submitDeliverable", "submitDeliverable"]);
});

it("reads a deliverable overdue past its due date and asks a late submission for a delay justification", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id);
  const late = ok(
    await createDeliverable(t.url, w.lead.admin.token, {
      workPackageId: wp.id,
      number: "D1.1",
      dueMonth: 2,
      responsibleOrganizationId: w.partner.id,
    }),
  ).createDeliverable;
  ok(
    await createDeliverable(t.url, w.lead.admin.token, {
      workPackageId: wp.id,
      number: "D1.2",
      dueMonth: 6,
      responsibleOrganizationId: w.partner.id,
    }),
  );
  const inProject = { projectId: { eq: w.projectId } };

  today("2026-02-28");
  expect(ok(await gql(t.url, DELIVERABLES, { f: { ...inProject, overdue: { eq: true } } }, w.engineer.token)).deliverables.totalCount).toBe(
    0,
  );
  today("2026-03-01");
  const overdue = ok(await gql(t.url, DELIVERABLES, { f: { ...inProject, overdue: { eq: true } } }, w.engineer.token)).deliverables;
  expect(overdue.edges.map((e: { node: { number: string; overdue: boolean } }) => e.node)).toEqual([
    { id: late.id, number: "D1.1", overdue: true },
  ]);
  expect(
    failure(await submitDeliverable(t.url, w.engineer.token, { deliverableId: late.id, delayJustification: "  " })).extensions,
  ).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "delayJustification",
  });
  const submitted = ok(
    await submitDeliverable(t.url, w.engineer.token, { deliverableId: late.id, delayJustification: "Furnace repair" }),
  ).submitDeliverable;
  expect(submitted).toMatchObject({ status: "SUBMITTED", overdue: false, delayJustification: "Furnace repair" });
  expect(ok(await gql(t.url, DELIVERABLES, { f: { ...inProject, overdue: { eq: true } } }, w.engineer.token)).deliverables.totalCount).toBe(
    0,
  );

  // Moving the project's start moves every due date with it.
  ok(
    await gql(
      t.url,
      `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { id } }`,
      { i: { projectId: w.projectId, startDate: "2026-03-15" } },
      w.lead.admin.token,
    ),
  );
  const moved = ok(await gql(t.url, `query($id: ID!) { deliverable(id: $id) { dueDate } }`, { id: late.id }, w.engineer.token)).deliverable;
  expect(moved.dueDate).toBe("2026-04-30");
});

it("shows a CONFIDENTIAL deliverable to participants and the secretariat only, even on an ALLIANCE project", async () => {
  const w = await workPlanWorld(t.url, t.admin, { visibility: "ALLIANCE" });
  const analyst = await createUser(t.url, t.admin, w.outsider.id);
  await grantRole(t.url, t.admin, w.allianceId, analyst.id, "ANALYST");
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id);
  const make = async (number: string, disseminationLevel: string) =>
    ok(
      await createDeliverable(t.url, w.lead.admin.token, {
        workPackageId: wp.id,
        number,
        dueMonth: 3,
        disseminationLevel,
        responsibleOrganizationId: w.partner.id,
      }),
    ).createDeliverable.id as string;
  const open = await make("D1.1", "PUBLIC");
  const secret = await make("D1.2", "CONFIDENTIAL");
  const sees = async (token: string) => {
    const byId = await gql(t.url, `query($id: ID!) { deliverable(id: $id) { id } }`, { id: secret }, token);
    const list = ok(await gql(t.url, DELIVERABLES, { f: { projectId: { eq: w.projectId } } }, token)).deliverables;
    const nested = ok(
      await gql(t.url, `query($id: ID!) { node(id: $id) { ... on WorkPackage { deliverables { id } } } }`, { id: wp.id }, token),
    );
    const agg = ok(
      await gql(
        t.url,
        `query($f: DeliverableFilter) { deliverablesAggregate(filter: $f) { count } }`,
        { f: { id: { eq: secret } } },
        token,
      ),
    ).deliverablesAggregate;
    return {
      byId: byId.errors ? byId.errors[0].extensions?.code : "seen",
      list: list.edges.map((e: { node: { id: string } }) => e.node.id).sort(),
      nested: nested.node.deliverables.map((d: { id: string }) => d.id).sort(),
      counted: agg.reduce((s: number, g: { count: number }) => s + g.count, 0),
    };
  };
  const both = [open, secret].sort();
  expect(await sees(w.engineer.token)).toEqual({ byId: "seen", list: both, nested: both, counted: 1 });
  expect(await sees(w.secretariat.token)).toEqual({ byId: "seen", list: both, nested: both, counted: 1 });
  expect(await sees(w.outsider.admin.token)).toEqual({ byId: "NOT_FOUND", list: [open], nested: [open], counted: 0 });
  expect(await sees(analyst.token)).toEqual({ byId: "NOT_FOUND", list: [open], nested: [open], counted: 0 });
  const csv = parse<{ id: string }>(
    await (await exportCsv(t.url, w.outsider.admin.token, "deliverables", { projectId: { eq: w.projectId } })).text(),
    { columns: true, bom: true },
  );
  expect(csv.map((r) => r.id)).toEqual([open]);
});

it("places milestones in project months and tasks in work packages", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id);
  const milestone = ok(
    await gql(
      t.url,
      `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { dueMonth dueDate verification } }`,
      { i: { projectId: w.projectId, title: "Pilot line", dueMonth: 14, verification: "Site acceptance test report" } },
      w.lead.admin.token,
    ),
  ).createMilestone;
  expect(milestone).toEqual({ dueMonth: 14, dueDate: "2027-02-28", verification: "Site acceptance test report" });
  expect(
    failure(
      await gql(
        t.url,
        `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }`,
        { i: { projectId: w.projectId, title: "Too late", dueMonth: 30 } },
        w.lead.admin.token,
      ),
    ).extensions,
  ).toMatchObject({ code: "BAD_USER_INPUT", field: "dueMonth" });

  const task = await createTask(t.url, w.lead.admin.token, w.projectId, { workPackageId: wp.id });
  const read = ok(
    await gql(t.url, `query($id: ID!) { task(id: $id) { version workPackage { id } } }`, { id: task.id }, w.engineer.token),
  ).task;
  expect(read.workPackage).toEqual({ id: wp.id });
  const other = await workPlanWorld(t.url, t.admin);
  const foreign = await workPackage(t.url, other.lead.admin.token, other.projectId, other.partner.id);
  const moved = await gql(
    t.url,
    `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { workPackage { id } } }`,
    { i: { taskId: task.id, version: read.version, workPackageId: foreign.id } },
    w.lead.admin.token,
  );
  expect(failure(moved).extensions).toMatchObject({ code: "NOT_FOUND", field: "workPackageId" });
  const filtered = ok(
    await gql(
      t.url,
      `query($f: TaskFilter) { tasks(filter: $f) { totalCount } }`,
      { f: { workPackageId: { eq: wp.id } } },
      w.engineer.token,
    ),
  ).tasks;
  expect(filtered.totalCount).toBe(1);
});

it("aggregates deliverables by status and due quarter over what the viewer may see", async () => {
  const w = await workPlanWorld(t.url, t.admin);
  const wp = await workPackage(t.url, w.lead.admin.token, w.projectId, w.partner.id);
  for (const [number, dueMonth] of [
    ["D1", 1],
    ["D2", 2],
    ["D3", 5],
  ] as const) {
    ok(
      await createDeliverable(t.url, w.lead.admin.token, {
        workPackageId: wp.id,
        number,
        dueMonth,
        responsibleOrganizationId: w.partner.id,
      }),
    );
  }
  const groups = ok(
    await gql(
      t.url,
      `query($f: DeliverableFilter) { deliverablesAggregate(filter: $f, groupBy: [STATUS, QUARTER]) { key { status period } count } }`,
      { f: { projectId: { eq: w.projectId } } },
      w.engineer.token,
    ),
  ).deliverablesAggregate;
  expect(groups).toEqual(
    expect.arrayContaining([
      { key: { status: "PENDING", period: "2026-Q1" }, count: 2 },
      { key: { status: "PENDING", period: "2026-Q2" }, count: 1 },
    ]),
  );
  expect(groups).toHaveLength(2);
  expect(
    ok(await gql(t.url, WORK_PACKAGES, { f: { projectId: { eq: w.projectId } } }, w.outsider.admin.token)).workPackages.totalCount,
  ).toBe(0);
});
