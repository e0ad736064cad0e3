/**
 * A subscriber that stops reading cannot make the server buffer without bound: once its
 * connection holds more unsent frames than the bound (src/graphql/shared-subscribe.ts), its
 * subscription fails with CONFLICT, telling it to come back with afterEventId, and the frames
 * already queued are all it gets. The other members of its audience are not held up, and a
 * resubscription with the last eventId it received replays exactly what it missed.
 *
 * The stalled client is a bare `ws` socket speaking graphql-ws's protocol, so the test can stop
 * reading from it (`pause()` on its TCP socket) the way a stuck browser tab or a hostile client
 * would. Frames are made large (a 20,000-character description under ten aliases, about 200 KB)
 * so that the kernel's socket buffers and then the bound fill within a few hundred events.
 */
import WebSocket from "ws";
import { createTask, partnerProject } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import { bareConnection, waitUntil } from "../support/ws-client";

const t = appPerFile();
const { live } = liveClients(t);

const DESCRIPTION = "x".repeat(20_000);
const ALIASES = Array.from({ length: 10 }, (_, i) => `d${i}: description`).join(" ");
const WIDE = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId task { id ${ALIASES} } } }`;
const IDS = `subscription($p: ID!, $after: ID) { taskUpdated(projectId: $p, afterEventId: $after) { eventId task { id } } }`;
/** Far more than the bound and the kernel's buffers hold at 200 KB a frame; the test stops at the failure. */
const MAX_EVENTS = 600;

/** A graphql-ws connection on a bare socket, subscribed once, whose reading the test controls. */
async function stallableSubscription(token: string, query: string, variables: Record<string, unknown>) {
  const { socket, messages } = await bareConnection(t.url, token);
  const before = t.app.events.subscriberCount;
  socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query, variables } }));
  await waitUntil(() => t.app.events.subscriberCount > before, "the subscription to be registered");
  // ws keeps the TCP socket it reads from here; pausing it stops reading as a stalled peer would.
  const tcp = (socket as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  return {
    socket,
    messages,
    ofSubscription: () => messages.filter((m) => m.id === "1"),
    pause: () => tcp.pause(),
    resume: () => tcp.resume(),
  };
}

it("fails a subscription whose connection stopped reading, without holding up its audience or losing its events", async () => {
  const { projectId, lead, partner } = await partnerProject(t.url, t.admin, 2);
  const reader = await live(partner.engineer.token, WIDE, { p: projectId });
  const stalled = await stallableSubscription(partner.engineer.token, WIDE, { p: projectId });
  try {
    stalled.pause();
    const registered = t.app.events.subscriberCount;
    const created: string[] = [];
    while (t.app.events.subscriberCount === registered) {
      if (created.length === MAX_EVENTS) throw new Error(`the stalled subscription still stood after ${MAX_EVENTS} events`);
      created.push((await createTask(t.url, lead.admin.token, projectId, { description: DESCRIPTION })).id);
    }
    // The member that stopped reading left its audience; the one that reads had every event, in order.
    await reader.waitFor(created.length, 60_000);
    expect(reader.received.map((e) => e.taskUpdated.task.id)).toEqual(created);
    expect(reader.received[0].taskUpdated.task.d9).toBe(DESCRIPTION);

    stalled.resume();
    await waitUntil(() => stalled.ofSubscription().some((m) => m.type !== "next"), "the stalled subscription's end", 60_000);
    const frames = stalled.ofSubscription();
    const next = frames.filter((m) => m.type === "next");
    const end = frames[frames.length - 1];
    // Its frames came in order, up to the bound, then one error; nothing after it.
    expect(frames.slice(0, -1).every((m) => m.type === "next")).toBe(true);
    expect(next.length).toBeGreaterThan(0);
    expect(next.length).toBeLessThan(created.length);
    expect(next.map((m) => m.payload.data.taskUpdated.task.id)).toEqual(created.slice(0, next.length));
    expect(end.type).toBe("error");
    expect(end.payload).toEqual([
      expect.objectContaining({
        message: expect.stringContaining("afterEventId"),
        extensions: expect.objectContaining({ code: "CONFLICT" }),
      }),
    ]);
    // The connection itself stays usable.
    expect(stalled.socket.readyState).toBe(WebSocket.OPEN);

    // Coming back with the last eventId it received replays exactly the rest.
    const lastEventId = next[next.length - 1].payload.data.taskUpdated.eventId as string;
    const again = await live(partner.engineer.token, IDS, { p: projectId, after: lastEventId });
    await again.waitFor(created.length - next.length, 30_000);
    expect(again.received.map((e) => e.taskUpdated.task.id)).toEqual(created.slice(next.length));
  } finally {
    stalled.socket.terminate();
  }
});
