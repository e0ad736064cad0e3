/** tasksAggregate and talentExchangesAggregate: equal to the listed rows, over visible rows only. */
import { gql, ok } from "../support/client";
import { createUser } from "../support/factories";
import { analystOf, projectWorld } from "../support/funds-factories";
import {
  addParticipant,
  assignTask,
  createProject,
  createTask,
  decideTalentExchange,
  proposeTalentExchange,
  updateTask,
} from "../support/project-factories";
import { exportCsv, groupsBy, listAll, totalsBy } from "../support/analytics-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const today = new Date().toISOString().slice(0, 10);
const OPEN = ["TODO", "IN_PROGRESS", "BLOCKED"];

it("answers overdue tasks by lead organization in one query, equal to the listed tasks, without others' private projects", async () => {
  const w = await projectWorld(t.url, t.admin, 3);
  const [a, b, c] = w.members;
  // A second project led by b, visible to its participants only (b and a).
  const other = await createProject(t.url, b.admin.token, w.allianceId);
  ok(await addParticipant(t.url, b.admin.token, other.id, a.id));
  const tasks: [string, string, string | null, string | null][] = [
    [w.projectId, a.admin.token, "2025-01-01", null],
    [w.projectId, a.admin.token, "2025-06-30", "DONE"],
    [w.projectId, a.admin.token, "2099-01-01", null],
    [w.projectId, a.admin.token, null, null],
    [other.id, b.admin.token, "2024-12-31", null],
    [other.id, b.admin.token, "2025-02-01", "CANCELLED"],
    [other.id, b.admin.token, "2025-03-01", "IN_PROGRESS"],
  ];
  for (const [projectId, token, dueDate, status] of tasks) {
    const task = await createTask(t.url, token, projectId, { dueDate, priority: dueDate === "2025-01-01" ? "HIGH" : "MEDIUM" });
    const assigned = ok(
      await assignTask(t.url, token, { taskId: task.id, assigneeOrganizationId: projectId === other.id ? b.id : c.id }),
    ).assignTask;
    if (status) ok(await updateTask(t.url, token, { taskId: task.id, version: assigned.version, status }));
  }
  const analyst = await analystOf(t.url, t.admin, w);
  const overdue = { project: { allianceId: { eq: w.allianceId } }, dueDate: { lt: today }, status: { in: OPEN } };
  const QUERY = `query($f: TaskFilter) {
    tasksAggregate(filter: $f, groupBy: [LEAD_ORGANIZATION]) { key { leadOrganizationId leadOrganization { id name } leadOrganizationType } count }
  }`;
  const listQuery = { field: "tasks", filterType: "TaskFilter", nodeFields: "id project { participants { role organization { id } } }" };
  const leadOf = (task: any) => task.project.participants.find((p: any) => p.role === "LEAD").organization.id;
  const expectations: [string, Record<string, number>][] = [
    [analyst.token, { [a.id]: 1, [b.id]: 2 }],
    [a.admin.token, { [a.id]: 1, [b.id]: 2 }],
    [c.admin.token, { [a.id]: 1 }],
  ];
  for (const [token, perLead] of expectations) {
    const groups = ok(await gql(t.url, QUERY, { f: overdue }, token)).tasksAggregate;
    expect(Object.fromEntries(groups.map((g: any) => [g.key.leadOrganizationId, g.count]))).toEqual(perLead);
    for (const g of groups) expect(g.key.leadOrganization.id).toBe(g.key.leadOrganizationId);
    const listed = await listAll<any>(t.url, token, listQuery, overdue);
    expect(groupsBy(groups, (k) => k.leadOrganizationId)).toEqual(totalsBy(listed, leadOf));
  }

  // By assignee organization type and status, bucketed by the due date's year.
  const byYear = ok(
    await gql(
      t.url,
      `query($f: TaskFilter) { tasksAggregate(filter: $f, groupBy: [ORGANIZATION_TYPE, STATUS, YEAR]) { key { organizationType status period } count } }`,
      { f: { project: { allianceId: { eq: w.allianceId } } } },
      analyst.token,
    ),
  ).tasksAggregate;
  const all = await listAll<any>(
    t.url,
    analyst.token,
    { field: "tasks", filterType: "TaskFilter", nodeFields: "id status dueDate assigneeOrganization { type }" },
    { project: { allianceId: { eq: w.allianceId } } },
  );
  expect(groupsBy(byYear, (k) => `${k.organizationType}|${k.status}|${k.period}`)).toEqual(
    totalsBy(all, (x) => `${x.assigneeOrganization.type}|${x.status}|${x.dueDate ? x.dueDate.slice(0, 4) : null}`),
  );

  // Keys resolve their alliance and project for whoever may see them.
  const byProject = ok(
    await gql(
      t.url,
      `query($f: TaskFilter) { tasksAggregate(filter: $f, groupBy: [ALLIANCE, PROJECT]) { key { allianceId alliance { id } projectId project { id } } count } }`,
      { f: overdue },
      c.admin.token,
    ),
  ).tasksAggregate;
  expect(byProject).toEqual([
    { key: { allianceId: w.allianceId, alliance: { id: w.allianceId }, projectId: w.projectId, project: { id: w.projectId } }, count: 1 },
  ]);

  // The rows behind the question, as CSV.
  const csv = await (await exportCsv(t.url, analyst.token, "tasks", overdue)).text();
  // (text() drops the byte order mark, as a UTF-8 decoder does.)
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe(
    "id,projectId,projectCode,milestoneId,title,status,priority,dueDate,assigneeOrganizationId,assigneeOrganizationName,leadOrganizationId,leadOrganizationName,version,createdAt,updatedAt,workPackageId",
  );
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(
    (await listAll<any>(t.url, analyst.token, listQuery, overdue)).map((x) => x.id),
  );
});

it("groups talent exchanges by kind and receiving organization type with their durations, over visible exchanges only", async () => {
  const w = await projectWorld(t.url, t.admin, 3);
  const [a, b, c] = w.members;
  const people = [await createUser(t.url, t.admin, a.id), await createUser(t.url, t.admin, a.id), await createUser(t.url, t.admin, b.id)];
  const exchanges: [number, string, string, string, string, string][] = [
    [0, a.id, b.id, "SECONDMENT", "2026-01-01", "2026-03-31"],
    [1, a.id, c.id, "JOINT_TRAINING", "2026-02-01", "2026-02-28"],
    [2, b.id, c.id, "SECONDMENT", "2026-05-01", "2026-05-10"],
  ];
  for (const [person, from, to, kind, startDate, endDate] of exchanges) {
    const proposer = w.members.find((m) => m.id === from)!;
    const receiver = w.members.find((m) => m.id === to)!;
    const proposed = ok(
      await proposeTalentExchange(t.url, proposer.admin.token, {
        allianceId: w.allianceId,
        personId: people[person].id,
        fromOrganizationId: from,
        toOrganizationId: to,
        kind,
        startDate,
        endDate,
      }),
    ).proposeTalentExchange;
    ok(await decideTalentExchange(t.url, receiver.admin.token, proposed.id, "APPROVE"));
  }
  const analyst = await analystOf(t.url, t.admin, w);
  const filter = { allianceId: { eq: w.allianceId } };
  const QUERY = `query($f: TalentExchangeFilter) {
    talentExchangesAggregate(filter: $f, groupBy: [KIND, TO_ORGANIZATION_TYPE]) {
      key { kind toOrganizationType } count sum { durationDays } avg { durationDays } max { durationDays }
    }
  }`;
  const listQuery = {
    field: "talentExchanges",
    filterType: "TalentExchangeFilter",
    nodeFields: "id kind startDate endDate toOrganization { type }",
  };
  const days = (x: any) => String((Date.parse(x.endDate) - Date.parse(x.startDate)) / 86_400_000 + 1);
  for (const [token, count] of [
    [analyst.token, 3],
    [a.admin.token, 2],
    [c.admin.token, 2],
    [b.admin.token, 2],
  ] as const) {
    const groups = ok(await gql(t.url, QUERY, { f: filter }, token)).talentExchangesAggregate;
    const listed = await listAll<any>(t.url, token, listQuery, filter);
    expect(listed).toHaveLength(count);
    expect(groupsBy(groups, (k) => `${k.kind}|${k.toOrganizationType}`, "durationDays")).toEqual(
      totalsBy(listed, (x) => `${x.kind}|${x.toOrganization.type}`, days),
    );
  }
  const all = ok(await gql(t.url, QUERY, { f: filter }, analyst.token)).talentExchangesAggregate;
  expect(all).toContainEqual({
    key: { kind: "SECONDMENT", toOrganizationType: "ENTERPRISE" },
    count: 1,
    sum: { durationDays: "10.00" },
    avg: { durationDays: "10.00" },
    max: { durationDays: "10.00" },
  });
  expect(all).toContainEqual({
    key: { kind: "SECONDMENT", toOrganizationType: "UNIVERSITY" },
    count: 1,
    sum: { durationDays: "90.00" },
    avg: { durationDays: "90.00" },
    max: { durationDays: "90.00" },
  });
});
