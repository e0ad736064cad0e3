/**
 * What the standing cache drops for each event, and when it keeps nothing: while its process's
 * LISTEN connection may miss events, and for a read that raced an invalidation.
 * test/e2e/standing-cache.e2e.test.ts shows the same through the API, across processes.
 */
import { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { StandingCache, standingChanged, standingKey, type AllianceStanding } from "../../src/auth/standing-cache";

const ORG_A = "00000000-0000-4000-8000-00000000000a";
const ORG_B = "00000000-0000-4000-8000-00000000000b";
const ANN = "00000000-0000-4000-8000-000000000001"; // of A
const BOB = "00000000-0000-4000-8000-000000000002"; // of A
const CAT = "00000000-0000-4000-8000-000000000003"; // of B

const standings = (): Map<string, AllianceStanding> =>
  new Map([["alliance", { membershipStatus: MembershipStatus.ACTIVE, roles: new Set([AllianceRole.ANALYST]) }]]);

/** A listening cache holding the rows and standings of Ann, Bob and Cat. */
function filled(): StandingCache {
  const cache = new StandingCache();
  cache.listen(true);
  const ticket = cache.ticket();
  for (const [org, user] of [
    [ORG_A, ANN],
    [ORG_A, BOB],
    [ORG_B, CAT],
  ]) {
    cache.storeUser(ticket, user, { u_id: user });
    cache.storeStandings(ticket, standingKey(org, user), standings());
  }
  return cache;
}

const kept = (cache: StandingCache) => ({
  users: [ANN, BOB, CAT].filter((u) => cache.user(u) !== undefined),
  standings: [
    [ORG_A, ANN],
    [ORG_A, BOB],
    [ORG_B, CAT],
  ]
    .filter(([org, user]) => cache.standingsOf(standingKey(org, user)) !== undefined)
    .map(([, user]) => user),
});

it("keeps what was stored while listening", () => {
  expect(kept(filled())).toEqual({ users: [ANN, BOB, CAT], standings: [ANN, BOB, CAT] });
});

it("drops a user's row and standings on their event, and nothing of anyone else", () => {
  const cache = filled();
  cache.observe(standingChanged({ userId: ANN }, "alliance"));
  expect(kept(cache)).toEqual({ users: [BOB, CAT], standings: [BOB, CAT] });
});

it("drops the standings of every user of an organization on its event, and keeps their rows", () => {
  const cache = filled();
  cache.observe(standingChanged({ organizationId: ORG_A }, "alliance"));
  expect(kept(cache)).toEqual({ users: [ANN, BOB, CAT], standings: [CAT] });
});

it("ignores events of other topics", () => {
  const cache = filled();
  cache.observe({ topic: "task.updated", entityType: "Task", entityId: ANN });
  expect(kept(cache)).toEqual({ users: [ANN, BOB, CAT], standings: [ANN, BOB, CAT] });
});

it("drops everything for a standing event of a subject it does not know", () => {
  const cache = filled();
  cache.observe({ topic: standingChanged({ userId: ANN }).topic, entityType: "Alliance", entityId: ORG_A });
  expect(kept(cache)).toEqual({ users: [], standings: [] });
});

it("does not store a read that began before an invalidation", () => {
  const cache = filled();
  const before = cache.ticket();
  cache.observe(standingChanged({ userId: ANN }));
  cache.storeUser(before, ANN, { u_id: ANN });
  cache.storeStandings(before, standingKey(ORG_A, ANN), standings());
  expect(kept(cache)).toEqual({ users: [BOB, CAT], standings: [BOB, CAT] });
  const after = cache.ticket();
  cache.storeUser(after, ANN, { u_id: ANN });
  expect(kept(cache).users).toEqual([ANN, BOB, CAT]);
});

it("keeps nothing and answers nothing while events may be missed, until it listens again", () => {
  const cache = filled();
  const before = cache.ticket();
  cache.listen(false);
  expect(kept(cache)).toEqual({ users: [], standings: [] });
  cache.storeUser(cache.ticket(), ANN, { u_id: ANN });
  cache.listen(true);
  // Neither what was stored while deaf nor a read begun before it counts.
  cache.storeUser(before, BOB, { u_id: BOB });
  expect(kept(cache)).toEqual({ users: [], standings: [] });
});

it("stores a read that began before an invalidation of someone else's standing", () => {
  const cache = filled();
  cache.observe(standingChanged({ userId: ANN }));
  const before = cache.ticket();
  // Meanwhile Cat's role and organization B's membership change.
  cache.observe(standingChanged({ userId: CAT }));
  cache.observe(standingChanged({ organizationId: ORG_B }));
  cache.storeUser(before, ANN, { u_id: ANN });
  cache.storeStandings(before, standingKey(ORG_A, ANN), standings());
  expect(kept(cache)).toEqual({ users: [ANN, BOB], standings: [ANN, BOB] });
  // A change of Ann's organization, though, concerns her standing (not her row).
  const again = cache.ticket();
  cache.observe(standingChanged({ userId: ANN }));
  cache.observe(standingChanged({ organizationId: ORG_A }));
  cache.storeUser(again, BOB, { u_id: BOB });
  cache.storeStandings(again, standingKey(ORG_A, BOB), standings());
  expect(kept(cache)).toEqual({ users: [BOB], standings: [] });
});

it("stores no read that began before an invalidation it no longer remembers", () => {
  const cache = new StandingCache({ max: 2 });
  cache.listen(true);
  const before = cache.ticket();
  cache.observe(standingChanged({ userId: ANN }));
  // Two more subjects push Ann's note out: a read of hers begun before it must still not be kept.
  cache.observe(standingChanged({ userId: BOB }));
  cache.observe(standingChanged({ userId: CAT }));
  cache.storeUser(before, ANN, { u_id: ANN });
  expect(cache.user(ANN)).toBeUndefined();
  const after = cache.ticket();
  cache.storeUser(after, ANN, { u_id: ANN });
  expect(cache.user(ANN)).toEqual({ u_id: ANN });
});
