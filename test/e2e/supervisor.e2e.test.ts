/**
 * The government supervisor (Art. 8.4, DESIGN.md §7): over an alliance with a government-funded
 * and a bank-funded project, the supervisor reads the first's funding, expenses, costs, effort
 * and work plan — and nothing else of it, and nothing of the second — in fields, node(id), lists,
 * counts, aggregates, CSV exports, filters and live events; and writes nothing.
 */
import { systemClock } from "../../src/clock";
import { failure, gql, ok } from "../support/client";
import { createOrganization, createUser, grantRole, type TestUser } from "../support/factories";
import { addFundingSource, agreedPlan, requestExpense } from "../support/funds-factories";
import { exportCsv } from "../support/analytics-factories";
import { createMilestone, createProject, createTask, addParticipant } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import { subscribe } from "../support/ws-client";
import {
  createDeliverable,
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

interface SupervisedProject {
  id: string;
  wpId: string;
  sourceId: string;
  expenseId: string;
  milestoneId: string;
  taskId: string;
  deliverableId: string;
  confidentialId: string;
  declarationId: string;
  planId: string;
}

interface World extends WorkPlanWorld {
  supervisor: TestUser;
  /** A second ORG_ADMIN of the partner, who approves its people's hours. */
  approver: TestUser;
  rateId: string;
  gov: SupervisedProject;
  bank: SupervisedProject;
}

/** A project led by members[0] with members[1], funded by one source of `kind`, with one of everything. */
async function fill(w: WorkPlanWorld, approver: TestUser, projectId: string, kind: string): Promise<SupervisedProject> {
  const lead = w.lead.admin.token;
  const wp = await workPackage(t.url, lead, projectId, w.partner.id);
  const source = ok(
    await addFundingSource(t.url, w.secretariat.token, { projectId, kind, provider: `${kind} provider`, amount: "100000.00" }),
  ).addFundingSource;
  const expense = ok(
    await requestExpense(t.url, w.engineer.token, {
      fundingSourceId: source.id,
      amount: "120.00",
      category: "TRAVEL",
      workPackageId: wp.id,
    }),
  ).requestExpense;
  const milestone = await createMilestone(t.url, lead, projectId);
  const task = await createTask(t.url, lead, projectId);
  const deliverable = ok(
    await createDeliverable(t.url, lead, { workPackageId: wp.id, number: "D1.1", dueMonth: 12, responsibleOrganizationId: w.partner.id }),
  ).createDeliverable;
  const confidential = ok(
    await createDeliverable(t.url, lead, {
      workPackageId: wp.id,
      number: "D1.2",
      dueMonth: 12,
      disseminationLevel: "CONFIDENTIAL",
      responsibleOrganizationId: w.lead.id,
    }),
  ).createDeliverable;
  const declaration = ok(
    await declareTime(t.url, w.engineer.token, { workPackageId: wp.id, month: "2026-03", hours: "40.00" }),
  ).declareTime;
  ok(await decideTimeDeclaration(t.url, approver.token, declaration.id));
  const planId = await agreedPlan(t.url, lead, { projectId }, [
    [w.lead, 5000],
    [w.partner, 5000],
  ]);
  return {
    id: projectId,
    wpId: wp.id,
    sourceId: source.id,
    expenseId: expense.id,
    milestoneId: milestone.id,
    taskId: task.id,
    deliverableId: deliverable.id,
    confidentialId: confidential.id,
    declarationId: declaration.id,
    planId,
  };
}

async function world(): Promise<World> {
  const w = await workPlanWorld(t.url, t.admin, { title: "Solid-state cells" });
  const approver = await createUser(t.url, w.partner.admin.token, w.partner.id, { orgRole: "ORG_ADMIN" });
  const bankProject = await createProject(t.url, w.lead.admin.token, w.allianceId, {
    title: "Pilot line",
    visibility: "ALLIANCE",
    startDate: "2026-01-01",
    endDate: "2027-12-31",
  });
  ok(await addParticipant(t.url, w.lead.admin.token, bankProject.id, w.partner.id));
  const rate = ok(
    await setPersonnelRate(t.url, w.partner.admin.token, { userId: w.engineer.id, validFrom: "2026-01-01", monthlyRate: "30000.00" }),
  ).setPersonnelRate;
  const gov = await fill(w, approver, w.projectId, "GOVERNMENT");
  const bank = await fill(w, approver, bankProject.id, "BANK_LOAN");
  const bureau = await createOrganization(t.url, t.admin, { name: "Provincial Department of Science and Technology" });
  const supervisor = await createUser(t.url, t.admin, bureau.id);
  await grantRole(t.url, t.admin, w.allianceId, supervisor.id, "GOVERNMENT_SUPERVISOR");
  return { ...w, approver, supervisor, rateId: rate.id, gov, bank };
}

const asSupervisor = (w: World, query: string, variables: Record<string, unknown> = {}) => gql(t.url, query, variables, w.supervisor.token);
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id).sort();

const PROJECT = `query($id: ID!) { project(id: $id) {
  id title governmentFunded supervisorSeesPersonnelRates
  participants { organization { id name } }
  milestones { id }
  fundingSources { id kind }
  fundingSummary { sources { fundingSourceId } }
  workPackages { id deliverables { id } }
  budgetStatus { currency total { actualDirect } effort { approved } lines { category actual } }
  tasks { totalCount }
  talentExchanges { totalCount }
  ipAssets { totalCount }
  background { totalCount }
  accessRequests { totalCount }
  agreement { id }
} }`;

it("reads the government-funded project's funding, expenses, costs, effort and work plan, and nothing else of it", async () => {
  const w = await world();
  const project = ok(await asSupervisor(w, PROJECT, { id: w.gov.id })).project;
  expect(project).toMatchObject({ id: w.gov.id, governmentFunded: true, supervisorSeesPersonnelRates: false });
  expect(project.participants.map((p: any) => p.organization.id).sort()).toEqual([w.lead.id, w.partner.id].sort());
  expect(project.participants.every((p: any) => p.organization.name.length > 0)).toBe(true);
  expect(project.milestones.map((m: any) => m.id)).toEqual([w.gov.milestoneId]);
  expect(project.fundingSources).toEqual([{ id: w.gov.sourceId, kind: "GOVERNMENT" }]);
  expect(project.fundingSummary.sources.map((s: any) => s.fundingSourceId)).toEqual([w.gov.sourceId]);
  // Deliverables of the work plan, except the CONFIDENTIAL one.
  expect(project.workPackages).toEqual([{ id: w.gov.wpId, deliverables: [{ id: w.gov.deliverableId }] }]);
  // The cost statement: the approved 40 hours cost 40 × 12 × 30000 / 1720 = 8372.09.
  expect(project.budgetStatus.currency).toBe("CNY");
  expect(project.budgetStatus.lines).toContainEqual({ category: "PERSONNEL", actual: "8372.09" });
  // Nothing of the project's own affairs.
  expect(project).toMatchObject({
    tasks: { totalCount: 0 },
    talentExchanges: { totalCount: 0 },
    ipAssets: { totalCount: 0 },
    background: { totalCount: 0 },
    accessRequests: { totalCount: 0 },
    agreement: null,
  });

  // The bank-funded project does not exist for the supervisor.
  expect(codeOf(await asSupervisor(w, PROJECT, { id: w.bank.id }))).toBe("NOT_FOUND");
});

it("answers node(id) for what it may see and NOT_FOUND for everything else, exactly like a missing id", async () => {
  const w = await world();
  const node = async (type: string, id: string) => {
    const response = await asSupervisor(w, `query($id: ID!) { node(id: $id) { id __typename } }`, { id });
    if (!response.errors) expect(response.data?.node.__typename).toBe(type);
    return response.errors ? codeOf(response) : "seen";
  };
  const seen: [string, string][] = [
    ["Project", w.gov.id],
    ["WorkPackage", w.gov.wpId],
    ["FundingSource", w.gov.sourceId],
    ["Expense", w.gov.expenseId],
    ["Milestone", w.gov.milestoneId],
    ["Deliverable", w.gov.deliverableId],
    ["TimeDeclaration", w.gov.declarationId],
    // The person whose effort is declared: a name to attribute the hours to.
    ["User", w.engineer.id],
  ];
  for (const [type, id] of seen) expect({ type, outcome: await node(type, id) }).toEqual({ type, outcome: "seen" });
  const hidden: [string, string][] = [
    ["Deliverable", w.gov.confidentialId],
    ["Task", w.gov.taskId],
    ["BenefitPlan", w.gov.planId],
    // Rates: not unless the project opts in.
    ["PersonnelRate", w.rateId],
    // Other people of the alliance.
    ["User", w.outsider.admin.id],
    // Nothing of the bank-funded project.
    ["Project", w.bank.id],
    ["WorkPackage", w.bank.wpId],
    ["FundingSource", w.bank.sourceId],
    ["Expense", w.bank.expenseId],
    ["Milestone", w.bank.milestoneId],
    ["Task", w.bank.taskId],
    ["Deliverable", w.bank.deliverableId],
    ["TimeDeclaration", w.bank.declarationId],
    ["BenefitPlan", w.bank.planId],
  ];
  // The alliance itself (its name) is readable: its projects name it.
  expect(await node("Alliance", w.allianceId)).toBe("seen");
  for (const [type, id] of hidden) expect({ type, id, outcome: await node(type, id) }).toEqual({ type, id, outcome: "NOT_FOUND" });
  // The alliance's directory (members, role holders) is not the supervisor's.
  expect(codeOf(await asSupervisor(w, `query($id: ID!) { alliance(id: $id) { members { totalCount } } }`, { id: w.allianceId }))).toBe(
    "NOT_FOUND",
  );
});

it("lists, counts, groups and exports only the supervised project's rows; a filter on the other project counts 0", async () => {
  const w = await world();
  const inAlliance = { allianceId: { eq: w.allianceId } };
  const lists = ok(
    await asSupervisor(
      w,
      `query($a: ProjectFilter) {
        projects(filter: $a, first: 100) { totalCount edges { node { id } } }
        expenses(first: 100) { totalCount }
        timeDeclarations(first: 100) { totalCount edges { node { id } } }
        deliverables(first: 100) { totalCount edges { node { id } } }
        tasks(first: 100) { totalCount }
        benefitPlans(first: 100) { totalCount }
        distributions(first: 100) { totalCount }
        talentExchanges(first: 100) { totalCount }
        ipAssets(first: 100) { totalCount }
      }`,
      { a: inAlliance },
    ),
  );
  expect(ids(lists.projects)).toEqual([w.gov.id]);
  expect(lists.projects.totalCount).toBe(1);
  expect(lists.expenses.totalCount).toBe(1);
  expect(ids(lists.timeDeclarations)).toEqual([w.gov.declarationId]);
  expect(ids(lists.deliverables)).toEqual([w.gov.deliverableId]);
  for (const hidden of ["tasks", "benefitPlans", "distributions", "talentExchanges", "ipAssets"]) {
    expect({ hidden, totalCount: lists[hidden].totalCount }).toEqual({ hidden, totalCount: 0 });
  }

  // No oracle: filters on the hidden project's id count nothing.
  const filtered = ok(
    await asSupervisor(
      w,
      `query($p: ID!) {
        projects(filter: { id: { eq: $p } }) { totalCount }
        expenses(filter: { projectId: { eq: $p } }) { totalCount }
        timeDeclarations(filter: { projectId: { eq: $p } }) { totalCount }
        expensesAggregate(filter: { projectId: { eq: $p } }, groupBy: [PROJECT]) { count }
        timeDeclarationsAggregate(filter: { projectId: { eq: $p } }, groupBy: [PROJECT]) { count }
      }`,
      { p: w.bank.id },
    ),
  );
  expect(filtered).toEqual({
    projects: { totalCount: 0 },
    expenses: { totalCount: 0 },
    timeDeclarations: { totalCount: 0 },
    expensesAggregate: [],
    timeDeclarationsAggregate: [],
  });

  // Aggregates: one group, keyed by the supervised project only.
  const groups = ok(
    await asSupervisor(
      w,
      `{
        timeDeclarationsAggregate(groupBy: [PROJECT]) { key { projectId } count sum { hours } }
        expensesAggregate(groupBy: [PROJECT]) { key { projectId } count }
        tasksAggregate(groupBy: [PROJECT]) { count }
        projectsAggregate { count }
      }`,
    ),
  );
  expect(groups.timeDeclarationsAggregate).toEqual([{ key: { projectId: w.gov.id }, count: 1, sum: { hours: "40.00" } }]);
  expect(groups.expensesAggregate).toEqual([{ key: { projectId: w.gov.id }, count: 1 }]);
  expect(groups.tasksAggregate).toEqual([]);
  expect(groups.projectsAggregate).toEqual([{ count: 1 }]);

  // CSV exports hold the same rows.
  const csvIds = async (collection: string) => {
    const response = await exportCsv(t.url, w.supervisor.token, collection);
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    return lines.slice(1).map((line) => line.split(",")[0]);
  };
  expect(await csvIds("timeDeclarations")).toEqual([w.gov.declarationId]);
  expect(await csvIds("expenses")).toEqual([w.gov.expenseId]);
  expect(await csvIds("tasks")).toEqual([]);
});

const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { subjectType subject { id } actor { id } } }`;

it("follows the supervised project's activity, receiving only events about what it may see", async () => {
  const w = await world();
  const refused = subscribe(sockets.client(w.supervisor.token), ACTIVITY, { p: w.bank.id });
  expect((await refused.waitForError()).extensions?.code).toBe("NOT_FOUND");
  // Tasks are not the supervisor's to follow.
  const tasks = subscribe(sockets.client(w.supervisor.token), `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId } }`, {
    p: w.gov.id,
  });
  expect((await tasks.waitForError()).extensions?.code).toBe("FORBIDDEN");

  const live = await sockets.live<any>(w.supervisor.token, ACTIVITY, { p: w.gov.id });
  const lead = w.lead.admin.token;
  // Hidden: a task, a CONFIDENTIAL deliverable, a benefit plan. Seen: a milestone, a deliverable, hours.
  await createTask(t.url, lead, w.gov.id);
  ok(
    await createDeliverable(t.url, lead, {
      workPackageId: w.gov.wpId,
      number: "D1.3",
      dueMonth: 12,
      disseminationLevel: "CONFIDENTIAL",
      responsibleOrganizationId: w.lead.id,
    }),
  );
  const milestone = await createMilestone(t.url, lead, w.gov.id);
  const deliverable = ok(
    await createDeliverable(t.url, lead, {
      workPackageId: w.gov.wpId,
      number: "D1.4",
      dueMonth: 12,
      responsibleOrganizationId: w.partner.id,
    }),
  ).createDeliverable;
  const hours = ok(await declareTime(t.url, w.engineer.token, { workPackageId: w.gov.wpId, month: "2026-04", hours: "8.00" })).declareTime;
  const received = (await live.waitFor(3)).map((e) => e.projectActivity);
  expect(received.map((e) => [e.subjectType, e.subject.id])).toEqual([
    ["Milestone", milestone.id],
    ["Deliverable", deliverable.id],
    ["TimeDeclaration", hours.id],
  ]);
  // The engineer declared time on the project: their name is theirs to see; the lead's ORG_ADMIN is not.
  expect(received.map((e) => e.actor?.id ?? null)).toEqual([null, null, w.engineer.id]);
  expect(live.received).toHaveLength(3);
});

it("sees personnel rates only of a project that opts in, which only its managers decide; writes nothing", async () => {
  const w = await world();
  const RATES = `query($u: ID!, $r: ID!) { user: node(id: $u) { ... on User { name personnelRates { id monthlyRate } } } node(id: $r) { id } }`;
  const rates = (token: string) => gql(t.url, RATES, { u: w.engineer.id, r: w.rateId }, token);
  const before = await rates(w.supervisor.token);
  expect(before.data?.user.personnelRates).toEqual([]);
  expect(codeOf(before)).toBe("NOT_FOUND");

  const OPT_IN = `mutation($i: UpdateProjectInput!) { updateProject(input: $i) { supervisorSeesPersonnelRates } }`;
  const optIn = (token: string, projectId: string) => gql(t.url, OPT_IN, { i: { projectId, supervisorSeesPersonnelRates: true } }, token);
  expect(codeOf(await optIn(w.supervisor.token, w.gov.id))).toBe("FORBIDDEN");
  expect(codeOf(await optIn(w.partner.admin.token, w.gov.id))).toBe("FORBIDDEN");
  expect(
    failure(await gql(t.url, OPT_IN, { i: { projectId: w.gov.id, supervisorSeesPersonnelRates: null } }, w.lead.admin.token)).extensions,
  ).toMatchObject({ code: "BAD_USER_INPUT", field: "supervisorSeesPersonnelRates" });
  // The bank-funded project opting in shows nothing: the supervisor does not supervise it.
  ok(await optIn(w.lead.admin.token, w.bank.id));
  expect((await rates(w.supervisor.token)).data?.user.personnelRates).toEqual([]);
  expect(ok(await optIn(w.lead.admin.token, w.gov.id)).updateProject).toEqual({ supervisorSeesPersonnelRates: true });
  expect(ok(await rates(w.supervisor.token))).toEqual({
    user: { name: expect.any(String), personnelRates: [{ id: expect.any(String), monthlyRate: "30000.00" }] },
    node: { id: w.rateId },
  });
  // Still no one else's: a member of the alliance outside the projects.
  expect((await rates(w.outsider.admin.token)).data?.user.personnelRates).toEqual([]);

  // No write: the supervisor neither declares, requests, decides nor manages.
  const writes = [
    await declareTime(t.url, w.supervisor.token, { workPackageId: w.gov.wpId, month: "2026-05", hours: "1.00" }),
    await requestExpense(t.url, w.supervisor.token, { fundingSourceId: w.gov.sourceId, amount: "1.00", category: "TRAVEL" }),
    await gql(
      t.url,
      `mutation($i: DecideExpenseInput!) { decideExpense(input: $i) { id } }`,
      { i: { expenseId: w.gov.expenseId, decision: "APPROVE" } },
      w.supervisor.token,
    ),
    await gql(
      t.url,
      `mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { id } }`,
      { i: { projectId: w.gov.id, title: "Audit" } },
      w.supervisor.token,
    ),
  ];
  expect(writes.map(codeOf)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
});
