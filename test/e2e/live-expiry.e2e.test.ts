/**
 * A WebSocket session lasts as long as its token: at expiry the server closes the socket with
 * 4403 (ending every subscription on it), and nothing more is delivered or started on it.
 */
import jwt from "jsonwebtoken";
import { issueToken } from "../../src/auth/tokens";
import { createTask, partnerProject } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import { subscribe, waitUntil } from "../support/ws-client";

const t = appPerFile();
const { client } = liveClients(t);

const TASK_UPDATED = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId task { id } } }`;

/** A token of the same user as `token` that expires in `seconds`. */
function shortLived(token: string, seconds: number): string {
  const userId = (jwt.decode(token, { json: true }) ?? {}).sub!;
  return issueToken({ jwtSecret: t.app.config.jwtSecret, tokenTtlSeconds: seconds }, userId);
}

it("ends the session's subscriptions with 4403 when the token expires, and delivers nothing after", async () => {
  const w = await partnerProject(t.url, t.admin, 2);
  const token = shortLived(w.lead.admin.token, 3);
  const expiresAt = jwt.decode(token, { json: true })!.exp! * 1000;
  const live = client(token);
  const before = t.app.events.subscriberCount;
  const sub = subscribe(live, TASK_UPDATED, { p: w.projectId });
  // A subscription delivers what commits after it has started: the task must come after.
  await waitUntil(() => t.app.events.subscriberCount > before || sub.done, "the subscription to be registered");
  await createTask(t.url, w.lead.admin.token, w.projectId);
  await sub.waitFor(1);

  await waitUntil(() => live.closed.code !== undefined, "the socket to close at expiry", 8000);
  expect(live.closed).toEqual({ code: 4403, reason: expect.stringMatching(/expired/i) });
  expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
  expect(sub.done).toBe(true);

  await createTask(t.url, w.lead.admin.token, w.projectId);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(sub.received).toHaveLength(1);
});

it("refuses a new connection and a new subscription with the expired token", async () => {
  const w = await partnerProject(t.url, t.admin, 2);
  const token = shortLived(w.lead.admin.token, 1);
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const live = client(token);
  const sub = subscribe(live, TASK_UPDATED, { p: w.projectId });
  await waitUntil(() => live.closed.code !== undefined, "the socket to be refused");
  expect(live.closed.code).toBe(4403);
  expect(sub.received).toHaveLength(0);
});
