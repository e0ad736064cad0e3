/**
 * The authorization matrix for subscriptions, and the per-connection limit on concurrent
 * operations over WebSocket (MAX_WS_OPERATIONS).
 */
import { startTestApp, type TestApp } from "../../support/app";
import { buildAuthzWorld, type AuthzWorld } from "../../support/authz-world";
import { adminToken } from "../../support/factories";
import { connect, subscribe, waitUntil, type LiveClient } from "../../support/ws-client";
import { actual } from "./matrix";
import { subscriptionRows } from "./subscription-rows";

let t: TestApp;
let w: AuthzWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildAuthzWorld(t.url);
  w.subscriberCount = () => t.app.events.subscriberCount;
}, 120_000);
afterAll(() => t.stop());

//                      anon member orgAdmin legalRep other secretariat analyst supervisor admin
it.each(subscriptionRows.map((row) => [row.path, row] as const))(
  "%s",
  async (_path, row) => {
    expect(`${row.path}: ${await actual(row, w)}`).toBe(`${row.path}: ${row.expect}`);
  },
  60_000,
);

describe("at most MAX_WS_OPERATIONS operations per connection", () => {
  let limited: TestApp;
  let live: LiveClient | undefined;

  beforeAll(async () => {
    limited = await startTestApp({ MAX_WS_OPERATIONS: "2" });
  });
  afterAll(async () => {
    await live?.dispose();
    await limited.stop();
  });

  it("refuses a third concurrent subscription with RATE_LIMITED and accepts a new one after one completed", async () => {
    const token = await adminToken(limited.url);
    live = connect(limited.url, token);
    const query = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId } }`;
    const count = () => limited.app.events.subscriberCount;
    const base = count();

    const first = subscribe(live, query, { p: w.privateProjectId });
    const second = subscribe(live, query, { p: w.allianceProjectId });
    await waitUntil(() => count() === base + 2 || first.done || second.done, "two subscriptions to be registered");
    expect([first.errors, second.errors]).toEqual([[], []]);
    expect(count()).toBe(base + 2);

    const third = subscribe(live, query, { p: w.privateProjectId });
    expect((await third.waitForError()).extensions?.code).toBe("RATE_LIMITED");
    expect(count()).toBe(base + 2);

    first.stop();
    await waitUntil(() => count() === base + 1, "the first subscription to complete");
    const fourth = subscribe(live, query, { p: w.privateProjectId });
    await waitUntil(() => count() === base + 2 || fourth.done, "a new subscription to be registered");
    expect(fourth.errors).toEqual([]);
    expect(count()).toBe(base + 2);
    expect(live.closed.code).toBeUndefined();
  });
});
