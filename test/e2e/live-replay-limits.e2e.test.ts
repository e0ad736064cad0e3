/**
 * Replays (`afterEventId`) are bounded: a window of events, slots per connection and per
 * organization (the rest wait their turn and still get every event), and a cost charged to the
 * organization's budget.
 */
import { startTestApp } from "../support/app";
import { adminToken } from "../support/factories";
import { createTask, partnerProject } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import { connect, subscribe, waitUntil } from "../support/ws-client";

const t = appPerFile({ MAX_REPLAY_EVENTS: "5", REPLAY_SLOTS_PER_CONNECTION: "1", REPLAY_SLOTS_PER_ORGANIZATION: "2" });
const { client, live } = liveClients(t);

const TASK_UPDATED = `subscription($p: ID!, $after: ID) { taskUpdated(projectId: $p, afterEventId: $after) { eventId task { id } } }`;

/** A project with `count` task events, and their event ids as the partner's engineer received them. */
async function projectWithEvents(url: string, admin: string, count: number) {
  const w = await partnerProject(url, admin, 2);
  const sub = await live(w.partner.engineer.token, TASK_UPDATED, { p: w.projectId }, undefined);
  for (let i = 0; i < count; i++) await createTask(url, w.lead.admin.token, w.projectId);
  const ids = (await sub.waitFor(count)).map((e) => e.taskUpdated.eventId as string);
  return { w, ids };
}

it("refuses a replay longer than MAX_REPLAY_EVENTS, naming afterEventId, and serves one within it", async () => {
  const { w, ids } = await projectWithEvents(t.url, t.admin, 7);
  const tooOld = subscribe(client(w.partner.engineer.token), TASK_UPDATED, { p: w.projectId, after: "0" });
  expect(await tooOld.waitForError()).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "afterEventId" } });
  const recent = await live(w.partner.engineer.token, TASK_UPDATED, { p: w.projectId, after: ids[1] });
  expect((await recent.waitFor(5)).map((e) => e.taskUpdated.eventId)).toEqual(ids.slice(2));
});

it("runs one replay at a time per connection; the others wait their turn and miss nothing", async () => {
  const { w, ids } = await projectWithEvents(t.url, t.admin, 5);
  const slots = t.app.events.replaySlots.connection;
  let most = 0;
  const sampler = setInterval(() => (most = Math.max(most, slots.taken)), 1);
  try {
    const connection = client(w.partner.engineer.token);
    const replays = Array.from({ length: 4 }, () => subscribe(connection, TASK_UPDATED, { p: w.projectId, after: "0" }));
    for (const replay of replays) expect((await replay.waitFor(5)).map((e) => e.taskUpdated.eventId)).toEqual(ids);
  } finally {
    clearInterval(sampler);
  }
  expect(most).toBe(1);
  expect(slots.taken).toBe(0);
});

it("charges a replay to the organization's cost budget", async () => {
  const budgeted = await startTestApp({ COST_BUDGET_PER_MINUTE: "500" });
  try {
    const w = await partnerProject(budgeted.url, await adminToken(budgeted.url), 2);
    const connection = connect(budgeted.url, w.partner.engineer.token);
    try {
      const replays = [0, 1, 2].map(() => subscribe(connection, TASK_UPDATED, { p: w.projectId, after: "0" }));
      expect(await replays[2].waitForError()).toMatchObject({ extensions: { code: "RATE_LIMITED" } });
      expect(replays[0].errors.concat(replays[1].errors)).toEqual([]);
      // A subscription without a replay costs a few points and still fits.
      const plain = subscribe(connection, TASK_UPDATED, { p: w.projectId });
      // It delivers what commits after it has started: the two replays and it registered, then the task.
      await waitUntil(() => budgeted.app.events.subscriberCount >= 3 || plain.done, "the subscriptions to be registered");
      await createTask(budgeted.url, w.lead.admin.token, w.projectId);
      await plain.waitFor(1);
    } finally {
      await connection.dispose();
    }
  } finally {
    await budgeted.stop();
  }
});
