import { failure, gql, ok } from "../support/client";
import { admitMember, createWorld } from "../support/ip-factories";
import { listAll } from "../support/analytics-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const FIELDS = "id action entityType entityId createdAt changes actor { id }";
const entries = { field: "auditEntries", filterType: "AuditEntryFilter", nodeFields: FIELDS };

describe("auditEntries for the secretariat", () => {
  it("filters by actor, entity (type and id), action and time, and orders by several keys", async () => {
    const w = await createWorld(t.url, t.admin, 2);
    const newcomer = await admitMember(t.url, t.admin, w);
    const scope = { allianceId: { eq: w.allianceId } };
    const all = await listAll<any>(t.url, w.secretariat.token, entries, scope);
    expect(all.length).toBeGreaterThanOrEqual(6);

    // Who did what to which entity: the newcomer's membership has its application and the decision.
    const ofMembership = await listAll<any>(t.url, w.secretariat.token, entries, { ...scope, entityId: { eq: newcomer.membershipId } });
    expect(ofMembership.map((e) => [e.action, e.entityType, e.entityId])).toEqual([
      ["decideMembership", "Membership", newcomer.membershipId],
      ["applyForMembership", "Membership", newcomer.membershipId],
    ]);
    expect(ofMembership[0].actor.id).toBe(w.secretariat.id);
    expect(ofMembership[0].changes).toMatchObject({ decision: "APPROVE", status: "ACTIVE" });

    const byActor = await listAll<any>(t.url, w.secretariat.token, entries, { ...scope, actorId: { eq: w.secretariat.id } });
    expect(byActor.map((e) => e.id)).toEqual(all.filter((e) => e.actor?.id === w.secretariat.id).map((e) => e.id));

    const decisions = await listAll<any>(t.url, w.secretariat.token, entries, {
      ...scope,
      action: { eq: "decideMembership" },
      entityType: { eq: "Membership" },
    });
    expect(decisions.map((e) => e.id)).toEqual(all.filter((e) => e.action === "decideMembership").map((e) => e.id));

    const since = ofMembership[1].createdAt;
    const recent = await listAll<any>(t.url, w.secretariat.token, entries, { ...scope, createdAt: { gte: since } });
    expect(recent.map((e) => e.id)).toEqual(all.filter((e) => e.createdAt >= since).map((e) => e.id));

    const notThisEntity = await listAll<any>(t.url, w.secretariat.token, entries, { ...scope, entityId: { ne: newcomer.membershipId } });
    expect(notThisEntity).toHaveLength(all.length - 2);
    const either = await listAll<any>(t.url, w.secretariat.token, entries, {
      ...scope,
      entityId: { in: [newcomer.membershipId, w.allianceId] },
    });
    expect(either.map((e) => e.id)).toEqual(all.filter((e) => [newcomer.membershipId, w.allianceId].includes(e.entityId)).map((e) => e.id));

    const ordered = await listAll<any>(
      t.url,
      w.secretariat.token,
      { ...entries, orderBy: { type: "AuditEntryOrder", value: [{ field: "ACTION" }, { field: "CREATED_AT", direction: "DESC" }] } },
      scope,
    );
    const expected = [...all].sort((x, y) =>
      x.action === y.action ? (x.createdAt < y.createdAt ? 1 : x.createdAt > y.createdAt ? -1 : 0) : x.action < y.action ? -1 : 1,
    );
    expect(ordered.map((e) => [e.action, e.createdAt])).toEqual(expected.map((e) => [e.action, e.createdAt]));
  });

  it("shows nothing to analysts and members, and refuses an entity id that is not a global id", async () => {
    const w = await createWorld(t.url, t.admin, 2);
    const scope = { allianceId: { eq: w.allianceId } };
    for (const token of [w.analyst.token, w.members[1].admin.token]) {
      expect(
        ok(await gql(t.url, `query($f: AuditEntryFilter) { auditEntries(filter: $f) { totalCount } }`, { f: scope }, token)).auditEntries
          .totalCount,
      ).toBe(0);
    }
    const bad = failure(
      await gql(
        t.url,
        `query($f: AuditEntryFilter) { auditEntries(filter: $f) { totalCount } }`,
        { f: { entityId: { eq: "not-an-id" } } },
        w.secretariat.token,
      ),
    );
    expect(bad.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.entityId.eq" });
  });
});
