/**
 * Rights are checked again for every event, at delivery: a subscriber whose organization
 * withdrew, was suspended or was removed from the project stops receiving with the next event —
 * and receives again once its rights are back, which is also how these tests prove that the
 * events in between were skipped (events of one subscription are resolved in order).
 */
import { startTestApp, type TestApp } from "../support/app";
import { ok } from "../support/client";
import {
  adminToken,
  applyForMembership,
  createAllianceWithMembers,
  createUser,
  decideMembership,
  type TestUser,
} from "../support/factories";
import {
  addParticipant,
  changeMembership,
  createProject,
  createTask,
  membershipId,
  removeParticipant,
  updateTask,
} from "../support/project-factories";
import { connect, subscribe, waitUntil, type LiveClient, type LiveSubscription } from "../support/ws-client";

let t: TestApp;
let admin: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t.url);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
afterAll(() => t.stop());

async function live<T = Record<string, any>>(
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<LiveSubscription<T>> {
  const c = connect(t.url, token);
  clients.push(c);
  const before = t.app.events.subscriberCount;
  const sub = subscribe<T>(c, query, variables);
  await waitUntil(() => t.app.events.subscriberCount > before || sub.done, "the subscription to be registered");
  if (sub.done) throw new Error(`subscription refused: ${JSON.stringify(sub.errors)}`);
  return sub;
}

const TASK_UPDATED = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId topic task { id title } } }`;
const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { eventId topic subjectType } }`;

interface World {
  allianceId: string;
  secretariat: TestUser;
  lead: { id: string; admin: TestUser };
  partner: { id: string; admin: TestUser; engineer: TestUser };
  projectId: string;
}

async function world(): Promise<World> {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, admin, 2);
  const [lead, partner] = members;
  const project = await createProject(t.url, lead.admin.token, allianceId);
  ok(await addParticipant(t.url, lead.admin.token, project.id, partner.id));
  const engineer = await createUser(t.url, partner.admin.token, partner.id);
  return { allianceId, secretariat, lead, partner: { ...partner, engineer }, projectId: project.id };
}

/** The tasks whose creation the subscriber saw (each step creates its own task). */
const seen = (sub: LiveSubscription<Record<string, any>>) => sub.received.map((e) => e.taskUpdated.task.id);

it("stops delivering when the subscriber's organization withdraws, and resumes when it is admitted again", async () => {
  const w = await world();
  const partner = await live(w.partner.engineer.token, TASK_UPDATED, { p: w.projectId });
  const control = await live(w.lead.admin.token, TASK_UPDATED, { p: w.projectId });
  const before = await createTask(t.url, w.lead.admin.token, w.projectId);
  await partner.waitFor(1);

  const membership = await membershipId(t.url, w.partner.admin.token, w.partner.id, w.allianceId);
  await changeMembership(t.url, w.partner.admin.token, "withdrawMembership", membership);
  const during = [await createTask(t.url, w.lead.admin.token, w.projectId), await createTask(t.url, w.lead.admin.token, w.projectId)];
  await control.waitFor(3);

  const again = ok(await applyForMembership(t.url, w.partner.admin.token, w.allianceId, w.partner.id)).applyForMembership;
  ok(await decideMembership(t.url, w.secretariat.token, again.id, "APPROVE"));
  const after = await createTask(t.url, w.lead.admin.token, w.projectId);
  await partner.waitFor(2);
  await control.waitFor(4);
  expect(seen(partner)).toEqual([before.id, after.id]);
  expect(seen(control)).toEqual([before.id, ...during.map((x) => x.id), after.id]);
});

it("stops delivering project activity when the organization is removed from the project", async () => {
  const w = await world();
  const partner = await live(w.partner.engineer.token, ACTIVITY, { p: w.projectId });
  const control = await live(w.lead.admin.token, ACTIVITY, { p: w.projectId });
  const task = await createTask(t.url, w.lead.admin.token, w.projectId);
  await partner.waitFor(1);

  ok(await removeParticipant(t.url, w.lead.admin.token, w.projectId, w.partner.id));
  ok(await updateTask(t.url, w.lead.admin.token, { taskId: task.id, version: 1, title: "after removal" }));
  await control.waitFor(3);
  ok(await addParticipant(t.url, w.lead.admin.token, w.projectId, w.partner.id));
  await partner.waitFor(2);
  await control.waitFor(4);
  expect(partner.received.map((e) => e.projectActivity.topic)).toEqual(["task.created", "participant.added"]);
  expect(control.received.map((e) => e.projectActivity.topic)).toEqual([
    "task.created",
    "participant.removed",
    "task.updated",
    "participant.added",
  ]);
});

it("stops delivering while the organization is suspended", async () => {
  const w = await world();
  const partner = await live(w.partner.engineer.token, TASK_UPDATED, { p: w.projectId });
  const control = await live(w.lead.admin.token, TASK_UPDATED, { p: w.projectId });
  const before = await createTask(t.url, w.lead.admin.token, w.projectId);
  await partner.waitFor(1);

  const membership = await membershipId(t.url, w.partner.admin.token, w.partner.id, w.allianceId);
  await changeMembership(t.url, w.secretariat.token, "suspendMembership", membership);
  const during = await createTask(t.url, w.lead.admin.token, w.projectId);
  await control.waitFor(2);
  await changeMembership(t.url, w.secretariat.token, "reinstateMembership", membership);
  const after = await createTask(t.url, w.lead.admin.token, w.projectId);
  await partner.waitFor(2);
  await control.waitFor(3);
  expect(seen(partner)).toEqual([before.id, after.id]);
  expect(seen(control)).toEqual([before.id, during.id, after.id]);
});
