import { failure, gql, ok } from "../support/client";
import { createUser, type TestOrg, type TestUser } from "../support/factories";
import {
  addParticipant,
  assignTask,
  createMilestone,
  createProject,
  createTask,
  partnerProject,
  removeParticipant,
  setProjectStatus,
  updateTask,
  type PartnerProject,
} from "../support/project-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

interface World extends PartnerProject {
  partner: PartnerProject["partner"] & { colleague: TestUser };
  other: TestOrg;
}

async function world(): Promise<World> {
  const w = await partnerProject(t.url, t.admin, 3, { name: "Partner Engineer" });
  return { ...w, partner: { ...w.partner, colleague: await createUser(t.url, w.partner.admin.token, w.partner.id) }, other: w.members[2] };
}

const TASK = `query($id: ID!) { task(id: $id) { id title status priority dueDate version
  project { id } milestone { id title } assigneeOrganization { id } assignee { id name organization { id } } } }`;

it("creates a task in a milestone, assigns it to a partner's user and reads it with its relations", async () => {
  const w = await world();
  const milestone = await createMilestone(t.url, w.lead.admin.token, w.projectId, { dueDate: "2026-09-30" });
  const task = await createTask(t.url, w.lead.admin.token, w.projectId, {
    title: "Electrolyte screening",
    priority: "HIGH",
    dueDate: "2026-08-01",
    milestoneId: milestone.id,
  });
  expect(task).toMatchObject({ status: "TODO", version: 1 });
  const assigned = ok(
    await assignTask(t.url, w.lead.admin.token, {
      taskId: task.id,
      assigneeOrganizationId: w.partner.id,
      assigneeId: w.partner.engineer.id,
    }),
  ).assignTask;
  expect(assigned).toMatchObject({ version: 2, assignee: { id: w.partner.engineer.id }, assigneeOrganization: { id: w.partner.id } });
  const read = ok(await gql(t.url, TASK, { id: task.id }, w.partner.engineer.token)).task;
  expect(read).toEqual({
    id: task.id,
    title: "Electrolyte screening",
    status: "TODO",
    priority: "HIGH",
    dueDate: "2026-08-01",
    version: 2,
    project: { id: w.projectId },
    milestone: { id: milestone.id, title: milestone.title },
    assigneeOrganization: { id: w.partner.id },
    assignee: { id: w.partner.engineer.id, name: "Partner Engineer", organization: { id: w.partner.id } },
  });
  expect(failure(await gql(t.url, TASK, { id: task.id }, w.other.admin.token)).extensions?.code).toBe("NOT_FOUND");
  expect(ok(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: task.id }, w.secretariat.token)).node).toEqual({
    id: task.id,
  });
});

it("assigns only to users of current participant organizations, by the lead or the secretariat", async () => {
  const w = await world();
  const task = await createTask(t.url, w.lead.admin.token, w.projectId);
  const assign = (token: string, input: Record<string, unknown>) => assignTask(t.url, token, { taskId: task.id, ...input } as never);
  expect(failure(await assign(w.lead.admin.token, { assigneeOrganizationId: w.other.id })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "assigneeOrganizationId",
  });
  expect(
    failure(await assign(w.lead.admin.token, { assigneeOrganizationId: w.partner.id, assigneeId: w.other.admin.id })).extensions,
  ).toMatchObject({ code: "BAD_USER_INPUT", field: "assigneeId" });
  expect(failure(await assign(w.lead.admin.token, { assigneeOrganizationId: w.projectId })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "assigneeOrganizationId",
  });
  expect(failure(await assign(w.partner.admin.token, { assigneeOrganizationId: w.partner.id })).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await assign(w.other.admin.token, { assigneeOrganizationId: w.other.id })).extensions).toMatchObject({
    code: "NOT_FOUND",
    field: "taskId",
  });
  const bySecretariat = ok(await assign(w.secretariat.token, { assigneeOrganizationId: w.partner.id, assigneeId: w.partner.engineer.id }));
  expect(bySecretariat.assignTask.version).toBe(2);
  expect(failure(await assign(w.lead.admin.token, { assigneeOrganizationId: w.lead.id, version: 1 })).extensions).toMatchObject({
    code: "CONFLICT",
    field: "version",
  });

  ok(await removeParticipant(t.url, w.lead.admin.token, w.projectId, w.partner.id));
  const next = await createTask(t.url, w.lead.admin.token, w.projectId);
  expect(
    failure(await assignTask(t.url, w.lead.admin.token, { taskId: next.id, assigneeOrganizationId: w.partner.id })).extensions,
  ).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "assigneeOrganizationId",
  });
});

it("refuses a stale version with CONFLICT and changes nothing", async () => {
  const w = await world();
  const task = await createTask(t.url, w.lead.admin.token, w.projectId, { title: "original" });
  ok(await updateTask(t.url, w.lead.admin.token, { taskId: task.id, version: 1, title: "first writer" }));
  const stale = await updateTask(t.url, w.secretariat.token, { taskId: task.id, version: 1, title: "second writer", status: "BLOCKED" });
  expect(failure(stale).extensions).toMatchObject({ code: "CONFLICT", field: "version" });
  const read = ok(await gql(t.url, TASK, { id: task.id }, w.lead.admin.token)).task;
  expect(read).toMatchObject({ title: "first writer", status: "TODO", version: 2 });
  const retried = ok(
    await updateTask(t.url, w.secretariat.token, { taskId: task.id, version: 2, title: "second writer", status: "BLOCKED" }),
  );
  expect(retried.updateTask).toMatchObject({ title: "second writer", status: "BLOCKED", version: 3 });
});

it("lets the assignee move the status only, the lead and secretariat change anything, and forbids everyone else", async () => {
  const w = await world();
  const task = await createTask(t.url, w.lead.admin.token, w.projectId, {
    assigneeOrganizationId: w.partner.id,
    assigneeId: w.partner.engineer.id,
  });
  expect(task.version).toBe(2);
  const moved = ok(await updateTask(t.url, w.partner.engineer.token, { taskId: task.id, version: 2, status: "IN_PROGRESS" }));
  expect(moved.updateTask).toMatchObject({ status: "IN_PROGRESS", version: 3 });
  expect(
    failure(await updateTask(t.url, w.partner.engineer.token, { taskId: task.id, version: 3, title: "mine now" })).extensions?.code,
  ).toBe("FORBIDDEN");
  expect(
    failure(await updateTask(t.url, w.partner.colleague.token, { taskId: task.id, version: 3, status: "DONE" })).extensions?.code,
  ).toBe("FORBIDDEN");
  expect(failure(await updateTask(t.url, w.partner.admin.token, { taskId: task.id, version: 3, status: "DONE" })).extensions?.code).toBe(
    "FORBIDDEN",
  );
  expect(failure(await updateTask(t.url, w.other.admin.token, { taskId: task.id, version: 3, status: "DONE" })).extensions?.code).toBe(
    "NOT_FOUND",
  );
  const byLead = ok(
    await updateTask(t.url, w.lead.admin.token, { taskId: task.id, version: 3, priority: "URGENT", dueDate: "2026-12-01" }),
  );
  expect(byLead.updateTask).toMatchObject({ priority: "URGENT", dueDate: "2026-12-01", version: 4 });
  const bySecretariat = ok(await updateTask(t.url, w.secretariat.token, { taskId: task.id, version: 4, dueDate: null, status: "DONE" }));
  expect(bySecretariat.updateTask).toMatchObject({ dueDate: null, status: "DONE", version: 5 });
  expect(failure(await updateTask(t.url, w.lead.admin.token, { taskId: task.id, version: 5, title: "  " })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
  });

  // Once its organization leaves the project, the assignee no longer sees the task.
  ok(await removeParticipant(t.url, w.partner.admin.token, w.projectId, w.partner.id));
  expect(failure(await updateTask(t.url, w.partner.engineer.token, { taskId: task.id, version: 5, status: "TODO" })).extensions?.code).toBe(
    "NOT_FOUND",
  );
});

it("creates tasks only in open projects, by the lead or the secretariat, with a milestone of the same project", async () => {
  const w = await world();
  const elsewhere = await createProject(t.url, w.lead.admin.token, w.allianceId);
  const foreignMilestone = await createMilestone(t.url, w.lead.admin.token, elsewhere.id);
  const create = (token: string, input: Record<string, unknown>) =>
    gql(
      t.url,
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
      { input: { projectId: w.projectId, title: "x", ...input } },
      token,
    );
  expect(failure(await create(w.lead.admin.token, { milestoneId: foreignMilestone.id })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "milestoneId",
  });
  expect(failure(await create(w.partner.admin.token, {})).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await create(w.other.admin.token, {})).extensions).toMatchObject({ code: "NOT_FOUND", field: "projectId" });
  expect(failure(await create(w.lead.admin.token, { title: "" })).extensions?.code).toBe("BAD_USER_INPUT");
  ok(await create(w.secretariat.token, {}));
  ok(await setProjectStatus(t.url, w.secretariat.token, w.projectId, "APPROVED"));
  ok(await setProjectStatus(t.url, w.lead.admin.token, w.projectId, "ACTIVE"));
  ok(await setProjectStatus(t.url, w.lead.admin.token, w.projectId, "TERMINATED"));
  expect(failure(await create(w.lead.admin.token, {})).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "projectId" });
});

it("filters tasks across the project and the assignee organization, orders and pages them, in SQL under the viewer's rights", async () => {
  const w = await world();
  const active = await createProject(t.url, w.lead.admin.token, w.allianceId, { code: "ACT-1" });
  ok(await addParticipant(t.url, w.lead.admin.token, active.id, w.partner.id));
  ok(await setProjectStatus(t.url, w.secretariat.token, active.id, "APPROVED"));
  ok(await setProjectStatus(t.url, w.lead.admin.token, active.id, "ACTIVE"));
  const make = (projectId: string, priority: string, dueDate: string | null, assigneeOrganizationId?: string) =>
    createTask(t.url, w.lead.admin.token, projectId, { priority, dueDate, assigneeOrganizationId });
  const a = await make(active.id, "HIGH", "2026-03-01", w.partner.id);
  const b = await make(active.id, "URGENT", "2026-01-15", w.lead.id);
  const c = await make(active.id, "LOW", null, w.partner.id);
  const d = await make(w.projectId, "URGENT", "2026-02-01", w.partner.id);

  const query = `query($filter: TaskFilter, $orderBy: [TaskOrder!], $first: Int, $after: String) {
    tasks(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
  const ids = (data: any) => data.tasks.edges.map((e: any) => e.node.id);
  const mine = { project: { allianceId: { eq: w.allianceId } } };

  const urgentOrHighInActive = ok(
    await gql(
      t.url,
      query,
      {
        filter: { ...mine, project: { status: { eq: "ACTIVE" }, allianceId: { eq: w.allianceId } }, priority: { in: ["HIGH", "URGENT"] } },
        orderBy: [{ field: "DUE_DATE", direction: "ASC" }],
      },
      w.partner.engineer.token,
    ),
  );
  expect(ids(urgentOrHighInActive)).toEqual([b.id, a.id]);

  const byEnterpriseAssignee = ok(
    await gql(t.url, query, { filter: { ...mine, assigneeOrganization: { id: { eq: w.lead.id } } } }, w.lead.admin.token),
  );
  expect(ids(byEnterpriseAssignee)).toEqual([b.id]);

  const notLowOrUnscheduled = ok(
    await gql(
      t.url,
      query,
      {
        filter: { ...mine, not: { or: [{ priority: { eq: "LOW" } }, { dueDate: { isNull: true } }] } },
        orderBy: [
          { field: "PRIORITY", direction: "DESC" },
          { field: "DUE_DATE", direction: "ASC" },
        ],
      },
      w.lead.admin.token,
    ),
  );
  expect(ids(notLowOrUnscheduled)).toEqual([b.id, d.id, a.id]);

  // Pages follow the order; the cursor continues where the last page ended.
  const order = [{ field: "DUE_DATE", direction: "ASC" }];
  const page1 = ok(await gql(t.url, query, { filter: mine, orderBy: order, first: 2 }, w.lead.admin.token));
  expect(page1.tasks.totalCount).toBe(4);
  expect(page1.tasks.pageInfo.hasNextPage).toBe(true);
  const page2 = ok(
    await gql(t.url, query, { filter: mine, orderBy: order, first: 2, after: page1.tasks.pageInfo.endCursor }, w.lead.admin.token),
  );
  expect([...ids(page1), ...ids(page2)]).toEqual([b.id, d.id, a.id, c.id]);
  expect(page2.tasks.pageInfo.hasNextPage).toBe(false);

  // The third member sees none of them; a participant-only filter never widens what one may see.
  expect(ok(await gql(t.url, query, { filter: mine }, w.other.admin.token)).tasks.totalCount).toBe(0);

  // Nested under a project, with its own filter and order.
  const nested = ok(
    await gql(
      t.url,
      `query($id: ID!) { project(id: $id) { tasks(filter: { assigneeOrganizationId: { eq: "${w.partner.id}" } }, orderBy: [{ field: PRIORITY, direction: DESC }]) {
        totalCount edges { node { id } } } } }`,
      { id: active.id },
      w.partner.engineer.token,
    ),
  );
  expect(nested.project.tasks.totalCount).toBe(2);
  expect(nested.project.tasks.edges.map((e: any) => e.node.id)).toEqual([a.id, c.id]);
});

it("assigns a task in a fixed number of SQL statements, writing its audit entry and event with the change", async () => {
  const w = await world();
  const task = await createTask(t.url, w.lead.admin.token, w.projectId);
  const ASSIGN = `mutation($input: AssignTaskInput!) { assignTask(input: $input) { id version } }`;
  const assign = async (token: string, assigneeOrganizationId: string, assigneeId: string) => {
    const before = t.statements();
    const result = ok(await gql(t.url, ASSIGN, { input: { taskId: task.id, assigneeOrganizationId, assigneeId } }, token));
    return { version: result.assignTask.version, statements: t.statements() - before };
  };
  // The task with its project, the assignee, then BEGIN, the participation check, the update, the
  // audit entry with the event, COMMIT; the viewer's row and standing are the process's already
  // (src/auth/standing-cache.ts: both viewers made requests before). The lead's ORG_ADMIN also
  // needs its organization's participation in the project.
  expect(await assign(w.secretariat.token, w.partner.id, w.partner.engineer.id)).toEqual({ version: 2, statements: 7 });
  expect(await assign(w.secretariat.token, w.lead.id, w.lead.admin.id)).toEqual({ version: 3, statements: 7 });
  expect(await assign(w.lead.admin.token, w.partner.id, w.partner.colleague.id)).toEqual({ version: 4, statements: 8 });

  const entries = ok(
    await gql(
      t.url,
      `query($f: AuditEntryFilter) { auditEntries(filter: $f, first: 10) { edges { node { action changes actor { id } } } } }`,
      { f: { entityId: { eq: task.id }, action: { eq: "assignTask" } } },
      w.secretariat.token,
    ),
  ).auditEntries.edges.map((e: any) => e.node);
  expect(entries).toHaveLength(3);
  expect(entries).toContainEqual({
    action: "assignTask",
    actor: { id: w.lead.admin.id },
    changes: { assigneeOrganizationId: rowKey(w.partner.id), assigneeId: rowKey(w.partner.colleague.id), version: 4 },
  });
});

/** The row key behind a global id: audit entries record keys. */
function rowKey(globalId: string): string {
  return Buffer.from(globalId, "base64url").toString("utf8").split(":")[1];
}
