/**
 * A live event is resolved and executed once per audience (the same viewer, the same
 * subscription, document and variables), not once per subscriber, and the audiences of one
 * event read their rights and the rows together: the SQL an event costs does not grow with the
 * number of subscriptions, and grows with the number of viewers only by what depends on the
 * viewer itself. Sharing never crosses what makes answers differ: other selections, other
 * variables each get their own answer.
 */
import type { TestUser } from "../support/factories";
import { createProject, createTask, partnerProject } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import type { LiveSubscription } from "../support/ws-client";

const t = appPerFile();
/** `count` (by default one) subscriptions of one viewer on as many connections, all registered. */
const { liveMany: live } = liveClients(t);

const TASK_UPDATED = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId topic task { id title project { title } } actor { name } } }`;
const TASK_IDS = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId task { id } } }`;

interface World {
  allianceId: string;
  projectId: string;
  lead: TestUser;
  partner: TestUser;
  engineer: TestUser;
}

async function world(): Promise<World> {
  const { allianceId, projectId, lead, partner } = await partnerProject(t.url, t.admin, 2);
  return { allianceId, projectId, lead: lead.admin, partner: partner.admin, engineer: partner.engineer };
}

/** SQL statements sent while one task is created and delivered to every subscription given. */
async function statementsOfOneEvent(w: World, subs: LiveSubscription<any>[]): Promise<number> {
  const counts = subs.map((s) => s.received.length);
  const before = t.statements();
  await createTask(t.url, w.lead.token, w.projectId);
  await Promise.all(subs.map((s, i) => s.waitFor(counts[i] + 1)));
  return t.statements() - before;
}

it("resolves and executes an event once for all the subscriptions of one viewer", async () => {
  const w = await world();
  const [first] = await live(w.engineer.token, TASK_UPDATED, { p: w.projectId });
  const warm = await statementsOfOneEvent(w, [first]);
  const one = await statementsOfOneEvent(w, [first]);
  const many = [first, ...(await live(w.engineer.token, TASK_UPDATED, { p: w.projectId }, 19))];
  const twenty = await statementsOfOneEvent(w, many);

  expect(twenty).toBe(one);
  expect(warm).toBe(one);
  // Every subscription got the same, complete answer.
  const last = many.map((s) => s.received[s.received.length - 1].taskUpdated);
  expect(new Set(last.map((e) => JSON.stringify(e))).size).toBe(1);
  expect(last[0]).toMatchObject({
    topic: "task.created",
    task: { title: expect.any(String), project: { title: expect.any(String) } },
    actor: { name: expect.any(String) },
  });
});

/** Statements of one event with the engineer's 5 subscriptions, then with 5 more of two other viewers. */
async function oneViewerThenThree(query: string) {
  const w = await world();
  const engineer = await live(w.engineer.token, query, { p: w.projectId }, 5);
  const alone = await statementsOfOneEvent(w, engineer);
  const all = [
    ...engineer,
    ...(await live(w.partner.token, query, { p: w.projectId }, 5)),
    ...(await live(w.lead.token, query, { p: w.projectId }, 5)),
  ];
  const three = await statementsOfOneEvent(w, all);
  return { alone, three, last: all.map((s) => s.received[s.received.length - 1].taskUpdated) };
}

it("reads the rights of every audience of an event together: more viewers, no more statements", async () => {
  const { alone, three, last } = await oneViewerThenThree(TASK_IDS);

  expect(three).toBe(alone);
  expect(new Set(last.map((e) => e.task.id)).size).toBe(1);
});

it("reads what depends on the viewer (who may see the actor) once per audience", async () => {
  const { alone, three, last } = await oneViewerThenThree(TASK_UPDATED);

  expect(three).toBe(alone + 2);
  for (const e of last) expect(e.actor).toEqual({ name: expect.any(String) });
});

it("gives each selection and each set of variables of one viewer its own answer", async () => {
  const w = await world();
  const [full] = await live(w.engineer.token, TASK_UPDATED, { p: w.projectId });
  const [ids] = await live(w.engineer.token, TASK_IDS, { p: w.projectId });
  const task = await createTask(t.url, w.lead.token, w.projectId);
  await full.waitFor(1);
  await ids.waitFor(1);

  expect(full.received[0].taskUpdated).toMatchObject({ topic: "task.created", task: { id: task.id, title: task.title } });
  expect(ids.received[0].taskUpdated).toEqual({ eventId: full.received[0].taskUpdated.eventId, task: { id: task.id } });
});

it("keeps the answers of one viewer's subscriptions to different projects apart", async () => {
  const w = await world();
  const second = await createProject(t.url, w.lead.token, w.allianceId);
  const [a] = await live(w.lead.token, TASK_IDS, { p: w.projectId });
  const [b] = await live(w.lead.token, TASK_IDS, { p: second.id });
  const inA = await createTask(t.url, w.lead.token, w.projectId);
  const inB = await createTask(t.url, w.lead.token, second.id);
  await a.waitFor(1);
  await b.waitFor(1);
  await createTask(t.url, w.lead.token, w.projectId);
  await a.waitFor(2);

  expect(a.received.map((e) => e.taskUpdated.task.id)).toEqual([inA.id, expect.any(String)]);
  expect(b.received.map((e) => e.taskUpdated.task.id)).toEqual([inB.id]);
});

it("lets a subscription that replayed join its audience's live delivery with no event missed or repeated", async () => {
  const w = await world();
  const AFTER = `subscription($p: ID!, $after: ID) { taskUpdated(projectId: $p, afterEventId: $after) { eventId task { id } } }`;
  const [steady] = await live(w.engineer.token, AFTER, { p: w.projectId });
  const first = await createTask(t.url, w.lead.token, w.projectId);
  const [{ taskUpdated: start }] = await steady.waitFor(1);
  const missed = [await createTask(t.url, w.lead.token, w.projectId), await createTask(t.url, w.lead.token, w.projectId)];
  await steady.waitFor(3);
  // Replays the two it missed, then takes live events from the audience `steady` is in.
  const [late] = await live(w.engineer.token, AFTER, { p: w.projectId, after: start.eventId });
  await late.waitFor(2);
  const after = [await createTask(t.url, w.lead.token, w.projectId), await createTask(t.url, w.lead.token, w.projectId)];
  await late.waitFor(4);
  await steady.waitFor(5);

  const ids = (s: LiveSubscription<any>) => s.received.map((e) => e.taskUpdated.task.id);
  expect(ids(late)).toEqual([...missed, ...after].map((task) => task.id));
  expect(ids(steady)).toEqual([first, ...missed, ...after].map((task) => task.id));
  expect(late.received.map((e) => e.taskUpdated.eventId)).toEqual(steady.received.slice(1).map((e) => e.taskUpdated.eventId));
});
