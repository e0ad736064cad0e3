/**
 * Live updates as partners see them: the right side receives assignments and talent-exchange
 * decisions, nobody else does, and what you may not see cannot be subscribed to.
 *
 * Asserting that something was NOT delivered uses a sentinel instead of a sleep: events of one
 * subscription are resolved in order, so once a later event the subscriber may see has arrived,
 * every earlier one has been checked and skipped.
 */
import { ok } from "../support/client";
import { createOrgWithAdmin, createUser, type TestOrg, type TestUser } from "../support/factories";
import {
  addParticipant,
  assignTask,
  createMilestone,
  createProject,
  createTask,
  decideTalentExchange,
  partnerProject,
  proposeTalentExchange,
  setProjectStatus,
  updateTalentExchange,
  updateTask,
  type PartnerProject,
} from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import { subscribe, waitUntil } from "../support/ws-client";

const t = appPerFile();
const { client, live } = liveClients(t);

const TASK_ASSIGNED = `subscription($p: ID!, $o: ID!) { taskAssigned(projectId: $p, organizationId: $o) {
  eventId topic task { id title assignee { id } assigneeOrganization { id } } actor { id } } }`;
const TASK_UPDATED = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId topic task { id title version status } } }`;
const EXCHANGES = `subscription($a: ID!, $o: ID) { talentExchangeUpdated(allianceId: $a, organizationId: $o) {
  eventId topic talentExchange { id status fromOrganization { id } toOrganization { id } person { id } } } }`;
const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { eventId topic subjectType project { id }
  subject { id ... on Task { title } ... on Milestone { title } ... on ProjectParticipant { organization { id } } ... on Project { status } } } }`;

interface World extends PartnerProject {
  other: TestOrg & { engineer: TestUser };
  project: { id: string };
}

/** Three members: the lead and a partner run a participants-only project; the third stays out. */
async function world(): Promise<World> {
  const w = await partnerProject(t.url, t.admin, 3);
  const other = w.members[2];
  return { ...w, other: { ...other, engineer: await createUser(t.url, other.admin.token, other.id) }, project: { id: w.projectId } };
}

it("delivers taskAssigned to the assignee organization's user within a second, with the assignee and the actor", async () => {
  const w = await world();
  const sub = await live(w.partner.engineer.token, TASK_ASSIGNED, { p: w.project.id, o: w.partner.id });
  const task = await createTask(t.url, w.lead.admin.token, w.project.id);
  ok(
    await assignTask(t.url, w.lead.admin.token, {
      taskId: task.id,
      assigneeOrganizationId: w.partner.id,
      assigneeId: w.partner.engineer.id,
    }),
  );
  // The promptness requirement: delivered within a second of the mutation's answer.
  const [event] = await sub.waitFor(1, 1000);
  expect(event.taskAssigned).toEqual({
    eventId: expect.stringMatching(/^\d+$/),
    topic: "task.assigned",
    task: { id: task.id, title: task.title, assignee: { id: w.partner.engineer.id }, assigneeOrganization: { id: w.partner.id } },
    actor: { id: w.lead.admin.id },
  });
});

it("gives a non-participant nothing in its own scope until it takes part itself", async () => {
  const w = await world();
  const open = await createProject(t.url, w.lead.admin.token, w.allianceId, { visibility: "ALLIANCE" });
  ok(await addParticipant(t.url, w.lead.admin.token, open.id, w.partner.id));
  const mine = await live(w.other.engineer.token, TASK_ASSIGNED, { p: open.id, o: w.other.id });
  const theirs = await live(w.partner.engineer.token, TASK_ASSIGNED, { p: open.id, o: w.partner.id });
  for (let i = 0; i < 3; i++) {
    const task = await createTask(t.url, w.lead.admin.token, open.id);
    ok(await assignTask(t.url, w.lead.admin.token, { taskId: task.id, assigneeOrganizationId: w.partner.id }));
  }
  await theirs.waitFor(3);
  ok(await addParticipant(t.url, w.lead.admin.token, open.id, w.other.id));
  const sentinel = await createTask(t.url, w.lead.admin.token, open.id);
  ok(await assignTask(t.url, w.lead.admin.token, { taskId: sentinel.id, assigneeOrganizationId: w.other.id }));
  await mine.waitFor(1);
  await theirs.waitFor(3);
  expect(mine.received.map((e) => e.taskAssigned.task.id)).toEqual([sentinel.id]);
  expect(theirs.received).toHaveLength(3);
});

it("refuses subscriptions to what the viewer may not see with NOT_FOUND, and bad ids with BAD_USER_INPUT", async () => {
  const w = await world();
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  const refused = async (token: string, query: string, variables: Record<string, unknown>) =>
    subscribe(client(token), query, variables).waitForError();
  expect(await refused(w.other.engineer.token, TASK_ASSIGNED, { p: w.project.id, o: w.other.id })).toMatchObject({
    extensions: { code: "NOT_FOUND", field: "projectId" },
  });
  expect((await refused(w.other.engineer.token, TASK_UPDATED, { p: w.project.id })).extensions?.code).toBe("NOT_FOUND");
  expect((await refused(w.other.engineer.token, ACTIVITY, { p: w.project.id })).extensions?.code).toBe("NOT_FOUND");
  expect(await refused(w.other.engineer.token, EXCHANGES, { a: w.allianceId, o: w.lead.id })).toMatchObject({
    extensions: { code: "NOT_FOUND", field: "organizationId" },
  });
  expect(await refused(outsider.admin.token, EXCHANGES, { a: w.allianceId, o: outsider.id })).toMatchObject({
    extensions: { code: "NOT_FOUND", field: "allianceId" },
  });
  expect(await refused(w.lead.admin.token, TASK_UPDATED, { p: w.lead.id })).toMatchObject({
    extensions: { code: "BAD_USER_INPUT", field: "projectId" },
  });
  const anonymous = await subscribe(client(null), TASK_UPDATED, { p: w.project.id }).waitForError();
  expect(anonymous.extensions?.code).toBe("UNAUTHENTICATED");
});

it("closes the socket with 4403 for a bad token", async () => {
  const c = client("not-a-token");
  const sub = subscribe(c, TASK_UPDATED, { p: "x" });
  await waitUntil(() => c.closed.code !== undefined, "the socket to close");
  expect(c.closed.code).toBe(4403);
  expect(sub.received).toEqual([]);
});

it("shows a talent exchange's proposal, decision and progress live to both sides and the secretariat only", async () => {
  const w = await world();
  const sending = await live(w.lead.admin.token, EXCHANGES, { a: w.allianceId, o: w.lead.id });
  const receiving = await live(w.partner.engineer.token, EXCHANGES, { a: w.allianceId, o: w.partner.id });
  const bystander = await live(w.other.engineer.token, EXCHANGES, { a: w.allianceId, o: w.other.id });
  const secretariat = await live(w.secretariat.token, EXCHANGES, { a: w.allianceId });
  const person = await createUser(t.url, w.lead.admin.token, w.lead.id);
  const exchange = ok(
    await proposeTalentExchange(t.url, w.lead.admin.token, {
      allianceId: w.allianceId,
      personId: person.id,
      fromOrganizationId: w.lead.id,
      toOrganizationId: w.partner.id,
      projectId: w.project.id,
    }),
  ).proposeTalentExchange;
  ok(await decideTalentExchange(t.url, w.partner.admin.token, exchange.id, "APPROVE"));
  ok(await updateTalentExchange(t.url, w.lead.admin.token, exchange.id, "ONGOING"));
  for (const sub of [sending, receiving, secretariat]) {
    const events = (await sub.waitFor(3)).map((e) => e.talentExchangeUpdated);
    expect(events.map((e) => e.topic)).toEqual(["talentExchange.proposed", "talentExchange.decided", "talentExchange.updated"]);
    // Events carry ids only: the exchange is shown as it is at delivery, so the last one is ONGOING.
    expect(events[2].talentExchange.status).toBe("ONGOING");
    for (const event of events) {
      expect(event.talentExchange).toMatchObject({
        id: exchange.id,
        fromOrganization: { id: w.lead.id },
        toOrganization: { id: w.partner.id },
        person: { id: person.id },
      });
    }
  }
  // Sentinel: an exchange the bystander takes part in arrives; the three before it were skipped.
  const visiting = ok(
    await proposeTalentExchange(t.url, w.other.admin.token, {
      allianceId: w.allianceId,
      personId: w.other.engineer.id,
      fromOrganizationId: w.other.id,
      toOrganizationId: w.lead.id,
      kind: "VISITING_RESEARCHER",
    }),
  ).proposeTalentExchange;
  await bystander.waitFor(1);
  expect(bystander.received.map((e) => e.talentExchangeUpdated.talentExchange.id)).toEqual([visiting.id]);
  await secretariat.waitFor(4);
  await sending.waitFor(4);
  expect(receiving.received).toHaveLength(3);
});

it("reports participants, milestones, tasks and status changes as project activity, in order", async () => {
  const w = await world();
  const activity = await live(w.partner.engineer.token, ACTIVITY, { p: w.project.id });
  const milestone = await createMilestone(t.url, w.lead.admin.token, w.project.id, { title: "Cell prototype", dueDate: "2026-06-30" });
  const task = await createTask(t.url, w.lead.admin.token, w.project.id, { milestoneId: milestone.id });
  ok(await assignTask(t.url, w.lead.admin.token, { taskId: task.id, assigneeOrganizationId: w.partner.id }));
  ok(await updateTask(t.url, w.lead.admin.token, { taskId: task.id, version: 2, title: "Cell prototype v2" }));
  ok(await addParticipant(t.url, w.lead.admin.token, w.project.id, w.other.id));
  ok(await setProjectStatus(t.url, w.secretariat.token, w.project.id, "APPROVED"));
  const events = (await activity.waitFor(6)).map((e) => e.projectActivity);
  expect(events.map((e) => [e.topic, e.subjectType])).toEqual([
    ["milestone.created", "Milestone"],
    ["task.created", "Task"],
    ["task.assigned", "Task"],
    ["task.updated", "Task"],
    ["participant.added", "ProjectParticipant"],
    ["project.statusChanged", "Project"],
  ]);
  expect(events[0].subject).toEqual({ id: milestone.id, title: "Cell prototype" });
  expect(events[4].subject.organization).toEqual({ id: w.other.id });
  expect(events[5].subject).toEqual({ id: w.project.id, status: "APPROVED" });
  const ids = events.map((e) => BigInt(e.eventId));
  expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
  expect(new Set(ids).size).toBe(6);
});
