/**
 * Rights are checked again for every event, at delivery: a subscriber whose organization
 * withdrew, was suspended or was removed from the project stops receiving with the next event —
 * and receives again once its rights are back, which is also how these tests prove that the
 * events in between were skipped (events of one subscription are resolved in order).
 */
import { ok } from "../support/client";
import { applyForMembership, decideMembership } from "../support/factories";
import {
  addParticipant,
  changeMembership,
  createTask,
  membershipId,
  partnerProject,
  removeParticipant,
  updateTask,
} from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import type { LiveSubscription } from "../support/ws-client";

const t = appPerFile();
const { live } = liveClients(t);

const TASK_UPDATED = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId topic task { id title } } }`;
const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { eventId topic subjectType } }`;

/** The partner's engineer and the lead (the control) watch `query`, and the partner has seen a first task. */
async function watched(query: string) {
  const w = await partnerProject(t.url, t.admin, 2);
  const partner = await live(w.partner.engineer.token, query, { p: w.projectId });
  const control = await live(w.lead.admin.token, query, { p: w.projectId });
  const first = await createTask(t.url, w.lead.admin.token, w.projectId);
  await partner.waitFor(1);
  return { w, partner, control, first };
}

/** The tasks whose creation the subscriber saw (each step creates its own task). */
const seen = (sub: LiveSubscription<Record<string, any>>) => sub.received.map((e) => e.taskUpdated.task.id);

it("stops delivering when the subscriber's organization withdraws, and resumes when it is admitted again", async () => {
  const { w, partner, control, first: before } = await watched(TASK_UPDATED);

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
  const { w, partner, control, first: task } = await watched(ACTIVITY);

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
  const { w, partner, control, first: before } = await watched(TASK_UPDATED);

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
