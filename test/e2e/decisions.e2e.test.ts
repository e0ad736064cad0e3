/**
 * Governing bodies decide by vote (Art. 8.3): quorum and majorities, the qualified majority of
 * AMEND_AGREEMENT, closing time by the injected clock, admission by the decision body, one vote
 * per seat even when votes race, withdrawal, live motion events; and breach remedy periods.
 */
import { systemClock } from "../../src/clock";
import { gql, ok, failure, type GraphQLResponse } from "../support/client";
import { applyForMembership, createOrgWithAdmin, createUser, decideMembership, uniq, type TestUser } from "../support/factories";
import { createWorld, effectiveAllianceAgreement, readAgreement, type World } from "../support/ip-factories";
import { exportCsv } from "../support/analytics-factories";
import { startTestApp } from "../support/app";
import { appPerFile, liveClients } from "../support/suite";
import { subscribe } from "../support/ws-client";

const t = appPerFile();
const { live, client } = liveClients(t);
let world: World;
/** The three members' ORG_ADMINs, seated on each council a test sets up. */
let seats: TestUser[];
/** The alliance agreement, in force. */
let agreementId: string;

beforeAll(async () => {
  world = await createWorld(t.url, t.admin, 3);
  seats = world.members.map((m) => m.admin);
  agreementId = (await effectiveAllianceAgreement(t.url, world)).id as string;
});

afterEach(() => {
  t.app.deps.clock = systemClock;
});

const DAY = 86_400_000;
/** Moves the server's clock `days` ahead of now. */
const travel = (days: number) => {
  const at = new Date(Date.now() + days * DAY);
  t.app.deps.clock = { now: () => at };
};
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const MOTION = `id kind status title decidedAt closesAt
  tally { for against abstain eligible cast quorumMet }
  votes { choice castAt voter { id } organization { id } }
  body { id } subject { id } proposedBy { id }`;

async function council(kind = "DECISION", holders: TestUser[] = seats): Promise<string> {
  const s = world.secretariat.token;
  const body = ok(
    await gql(
      t.url,
      `mutation($i: CreateGoverningBodyInput!) { createGoverningBody(input: $i) { id quorumBasisPoints majorityBasisPoints qualifiedMajorityBasisPoints } }`,
      { i: { allianceId: world.allianceId, kind, name: uniq("Council") } },
      s,
    ),
  ).createGoverningBody;
  expect(body).toMatchObject({ quorumBasisPoints: 5000, majorityBasisPoints: 5000, qualifiedMajorityBasisPoints: 6667 });
  for (const user of holders) {
    ok(
      await gql(
        t.url,
        `mutation($i: AddBodySeatInput!) { addBodySeat(input: $i) { id } }`,
        { i: { governingBodyId: body.id, userId: user.id, position: "Member" } },
        s,
      ),
    );
  }
  return body.id;
}

function propose(token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(
    t.url,
    `mutation($i: ProposeMotionInput!) { proposeMotion(input: $i) { ${MOTION} } }`,
    {
      i: { kind: "GENERAL", title: uniq("Motion"), text: "Resolved: as written.", closesAt: inDays(7), ...input },
    },
    token,
  );
}

async function motion(bodyId: string, input: Record<string, unknown> = {}, token = seats[0].token): Promise<Record<string, any>> {
  return ok(await propose(token, { bodyId, ...input })).proposeMotion;
}

const vote = (token: string, motionId: string, choice: string) =>
  gql(t.url, `mutation($i: CastVoteInput!) { castVote(input: $i) { ${MOTION} } }`, { i: { motionId, choice } }, token);

const read = async (token: string, id: string) =>
  ok(await gql(t.url, `query($id: ID!) { node(id: $id) { ... on Motion { ${MOTION} } } }`, { id }, token)).node;

describe("deciding motions (Art. 8.3)", () => {
  it("rejects at closesAt when the quorum was not reached, and counts the seats of the decision", async () => {
    const body = await council();
    const m = await motion(body);
    expect(m).toMatchObject({ status: "OPEN", decidedAt: null, tally: { eligible: 3, cast: 0, quorumMet: false } });
    ok(await vote(seats[0].token, m.id, "FOR"));
    expect((await read(seats[0].token, m.id)).status).toBe("OPEN");

    travel(8);
    const closed = await read(world.secretariat.token, m.id);
    expect(closed).toMatchObject({ status: "REJECTED", tally: { for: 1, against: 0, abstain: 0, eligible: 3, cast: 1, quorumMet: false } });
    expect(closed.decidedAt).toBe(m.closesAt);
    expect(failure(await vote(seats[1].token, m.id, "FOR")).extensions).toMatchObject({ code: "CONFLICT", field: "motionId" });
  });

  it("passes a GENERAL motion with 2 of 3 FOR, and rejects an AMEND_AGREEMENT one that needs more than two thirds", async () => {
    const body = await council();
    const general = await motion(body);
    const amend = await motion(body, { kind: "AMEND_AGREEMENT", subjectId: agreementId });
    expect(amend.subject).toEqual({ id: agreementId });
    for (const m of [general, amend]) {
      ok(await vote(seats[0].token, m.id, "FOR"));
      ok(await vote(seats[1].token, m.id, "FOR"));
      // The last seat's vote decides the motion in its own transaction.
      const last = ok(await vote(seats[2].token, m.id, "AGAINST")).castVote;
      expect(last.tally).toEqual({ for: 2, against: 1, abstain: 0, eligible: 3, cast: 3, quorumMet: true });
      expect(last.decidedAt).not.toBeNull();
    }
    expect((await read(seats[0].token, general.id)).status).toBe("PASSED");
    expect((await read(seats[0].token, amend.id)).status).toBe("REJECTED");
  });

  it("admits an applicant by a passed ADMIT_MEMBER motion, which asks the new member to sign the agreement", async () => {
    const body = await council();
    const applicant = await createOrgWithAdmin(t.url, t.admin);
    const membershipId = ok(await applyForMembership(t.url, applicant.admin.token, world.allianceId, applicant.id)).applyForMembership.id;
    const m = await motion(body, { kind: "ADMIT_MEMBER", subjectId: membershipId }, world.secretariat.token);
    // The applicant's ORG_ADMIN follows its admission, though not the council itself.
    expect(await read(applicant.admin.token, m.id)).toMatchObject({ status: "OPEN", body: null, subject: { id: membershipId } });

    ok(await vote(seats[0].token, m.id, "FOR"));
    ok(await vote(seats[1].token, m.id, "FOR"));
    travel(8);
    const decided = await read(applicant.admin.token, m.id);
    expect(decided).toMatchObject({ status: "PASSED", tally: { for: 2, against: 0, cast: 2, eligible: 3, quorumMet: true } });

    const membership = ok(
      await gql(
        t.url,
        `query($id: ID!) { node(id: $id) { ... on Membership { status decidedAt } } }`,
        { id: membershipId },
        applicant.admin.token,
      ),
    ).node;
    expect(membership.status).toBe("ACTIVE");
    const version = ok(await readAgreement(t.url, applicant.admin.token, agreementId)).node.versions[0];
    expect(version.missingSignatories.map((o: { id: string }) => o.id)).toEqual([applicant.id]);
  });

  it("under admissionBy DECISION_BODY refuses decideMembership, and a rejected motion rejects the application", async () => {
    const body = await council();
    const s = world.secretariat.token;
    const set = (admissionBy: string) =>
      gql(
        t.url,
        `mutation($i: SetAdmissionByInput!) { setAdmissionBy(input: $i) { id admissionBy } }`,
        { i: { allianceId: world.allianceId, admissionBy } },
        s,
      );
    expect(ok(await set("DECISION_BODY")).setAdmissionBy.admissionBy).toBe("DECISION_BODY");
    try {
      const applicant = await createOrgWithAdmin(t.url, t.admin);
      const membershipId = ok(await applyForMembership(t.url, applicant.admin.token, world.allianceId, applicant.id)).applyForMembership.id;
      expect(failure(await decideMembership(t.url, s, membershipId, "APPROVE")).extensions?.code).toBe("FORBIDDEN");

      // An admission is the decision body's: not an advisory body's, and not one already pending.
      const advisory = await council("ADVISORY");
      expect(failure(await propose(s, { bodyId: advisory, kind: "ADMIT_MEMBER", subjectId: membershipId })).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "bodyId",
      });
      const m = await motion(body, { kind: "ADMIT_MEMBER", subjectId: membershipId }, s);
      expect(failure(await propose(s, { bodyId: body, kind: "ADMIT_MEMBER", subjectId: membershipId })).extensions).toMatchObject({
        code: "CONFLICT",
        field: "subjectId",
      });
      for (const seat of seats) ok(await vote(seat.token, m.id, "AGAINST"));
      expect((await read(s, m.id)).status).toBe("REJECTED");
      const membership = ok(
        await gql(t.url, `query($id: ID!) { node(id: $id) { ... on Membership { status } } }`, { id: membershipId }, s),
      ).node;
      expect(membership.status).toBe("REJECTED");
    } finally {
      ok(await set("SECRETARIAT"));
    }
  });

  it("checks the subject against the kind and the alliance", async () => {
    const body = await council();
    expect(failure(await propose(seats[0].token, { bodyId: body, kind: "AMEND_AGREEMENT" })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "subjectId",
    });
    expect(
      failure(await propose(seats[0].token, { bodyId: body, kind: "ADMIT_MEMBER", subjectId: world.members[1].id })).extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "subjectId" });
    expect(failure(await propose(seats[0].token, { bodyId: body, closesAt: inDays(-1) })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "closesAt",
    });
  });
});

describe("votes", () => {
  it("refuses a non-seat-holder with FORBIDDEN and a second vote with CONFLICT, and writes neither", async () => {
    const body = await council();
    const m = await motion(body);
    const colleague = await createUser(t.url, t.admin, world.members[0].id, { orgRole: "MEMBER" });
    expect(failure(await vote(colleague.token, m.id, "FOR")).extensions?.code).toBe("NOT_FOUND");
    expect(failure(await vote(world.secretariat.token, m.id, "FOR")).extensions?.code).toBe("FORBIDDEN");
    ok(await vote(seats[0].token, m.id, "FOR"));
    expect(failure(await vote(seats[0].token, m.id, "AGAINST")).extensions).toMatchObject({ code: "CONFLICT", field: "motionId" });
    expect((await read(seats[0].token, m.id)).votes).toEqual([
      { choice: "FOR", castAt: expect.any(String), voter: { id: seats[0].id }, organization: { id: world.members[0].id } },
    ]);
  });

  it("records one vote of racing duplicates", async () => {
    const body = await council();
    const m = await motion(body);
    const results = await Promise.all(["FOR", "AGAINST", "FOR", "ABSTAIN", "FOR"].map((choice) => vote(seats[1].token, m.id, choice)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code)).toEqual([
      "CONFLICT",
      "CONFLICT",
      "CONFLICT",
      "CONFLICT",
    ]);
    const after = await read(seats[1].token, m.id);
    expect(after.votes).toHaveLength(1);
    expect(after.tally.cast).toBe(1);
  });

  it("lets the proposer or the secretariat withdraw an open motion, and nobody vote on it then", async () => {
    const body = await council();
    const m = await motion(body);
    const withdraw = (token: string, motionId: string) =>
      gql(t.url, `mutation($i: WithdrawMotionInput!) { withdrawMotion(input: $i) { id status decidedAt } }`, { i: { motionId } }, token);
    expect(failure(await withdraw(seats[1].token, m.id)).extensions?.code).toBe("FORBIDDEN");
    expect(ok(await withdraw(seats[0].token, m.id)).withdrawMotion).toMatchObject({ status: "WITHDRAWN", decidedAt: expect.any(String) });
    expect(failure(await withdraw(seats[0].token, m.id)).extensions?.code).toBe("CONFLICT");
    expect(failure(await vote(seats[1].token, m.id, "FOR")).extensions?.code).toBe("CONFLICT");
    const other = await motion(body);
    expect(ok(await withdraw(world.secretariat.token, other.id)).withdrawMotion.status).toBe("WITHDRAWN");
  });

  it("lists a body's motions and the root collection by filter, aggregates and exports them", async () => {
    const body = await council();
    const m = await motion(body, { title: uniq("Listed") });
    const listed = ok(
      await gql(
        t.url,
        `query($b: ID!, $f: MotionFilter) { node(id: $b) { ... on GoverningBody { motions { totalCount edges { node { id } } } } }
           motions(filter: $f) { totalCount edges { node { id } } }
           motionsAggregate(filter: $f, groupBy: [STATUS]) { key { status } count } }`,
        { b: body, f: { bodyId: { eq: body }, status: { eq: "OPEN" } } },
        world.analyst.token,
      ),
    );
    expect(listed.node.motions.edges.map((e: any) => e.node.id)).toEqual([m.id]);
    expect(listed.motions.edges.map((e: any) => e.node.id)).toEqual([m.id]);
    expect(listed.motionsAggregate).toEqual([{ key: { status: "OPEN" }, count: 1 }]);

    // The CSV export: the same rows, under the same rule (a member without a seat gets none).
    const csv = async (token: string) =>
      (await (await exportCsv(t.url, token, "motions", { bodyId: { eq: body } })).text()).trim().split("\r\n");
    const [header, ...rows] = await csv(world.analyst.token);
    expect(header.replace(/^\uFEFF/, "")).toBe("id,bodyId,allianceId,kind,status,title,opensAt,closesAt,decidedAt");
    expect(rows).toHaveLength(1);
    expect(rows[0].startsWith(`${m.id},${body},`)).toBe(true);
    const colleague = await createUser(t.url, t.admin, world.members[1].id, { orgRole: "MEMBER" });
    expect(await csv(colleague.token)).toHaveLength(1);
  });
});

describe("motionUpdated", () => {
  const SUB = `subscription($b: ID!) { motionUpdated(bodyId: $b) { eventId topic motion { id status tally { cast } } } }`;

  it("delivers opened, vote-cast and decided events to a seat holder, and refuses an outsider", async () => {
    const body = await council("DECISION", seats.slice(0, 2));
    const holder = await live(seats[1].token, SUB, { b: body });
    const analyst = await live(world.analyst.token, SUB, { b: body });
    // An ORG_ADMIN of a member that holds no seat sees the body, not its motions.
    const outsider = subscribe(client(seats[2].token), SUB, { b: body });
    expect((await outsider.waitForError()).extensions?.code).toBe("FORBIDDEN");

    const m = await motion(body);
    ok(await vote(seats[0].token, m.id, "FOR"));
    ok(await vote(seats[1].token, m.id, "FOR"));
    const events = (await holder.waitFor(4)).map((e) => e.motionUpdated);
    expect(events.map((e) => e.topic)).toEqual(["motion.opened", "motion.voteCast", "motion.voteCast", "motion.decided"]);
    expect(events.every((e) => e.motion.id === m.id)).toBe(true);
    expect(events[3].motion).toMatchObject({ status: "PASSED", tally: { cast: 2 } });
    expect((await analyst.waitFor(4)).map((e) => e.motionUpdated.eventId)).toEqual(events.map((e) => e.eventId));
    expect(outsider.received).toEqual([]);
  });
});

describe("deciding at closesAt without a read", () => {
  it("is the periodic sweep's job when asked for (here in a second process), and subscribers of any process hear of it", async () => {
    const body = await council("DECISION", seats.slice(0, 2));
    const holder = await live(seats[1].token, `subscription($b: ID!) { motionUpdated(bodyId: $b) { topic motion { id status } } }`, {
      b: body,
    });
    const m = await motion(body, { closesAt: new Date(Date.now() + 2000).toISOString() });
    ok(await vote(seats[0].token, m.id, "FOR"));
    const sweeper = await startTestApp({ MOTION_SWEEP_SECONDS: "1" });
    try {
      const events = (await holder.waitFor(3, 15_000)).map((e) => e.motionUpdated);
      expect(events.map((e) => e.topic)).toEqual(["motion.opened", "motion.voteCast", "motion.decided"]);
      // One vote of two seats is no quorum.
      expect(events[2].motion).toEqual({ id: m.id, status: "REJECTED" });
    } finally {
      await sweeper.stop();
    }
  });
});

describe("breach remedy periods", () => {
  const RECORD = `mutation($i: RecordBreachInput!) { recordBreach(input: $i) { id status remedyDueOn overdue } }`;
  const READ = `query($id: ID!) { node(id: $id) { ... on BreachRecord { status remedyDueOn overdue escalatedAt } } }`;

  it("gives 30 days by default, reads overdue once the injected clock passes them, and escalates or remedies", async () => {
    const s = world.secretariat.token;
    const input = { agreementId: agreementId, organizationId: world.members[2].id, description: "Late report" };
    const today = new Date().toISOString().slice(0, 10);
    const plus = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
    const byDefault = ok(await gql(t.url, RECORD, { i: input }, s)).recordBreach;
    expect(byDefault).toMatchObject({ status: "NOTIFIED", remedyDueOn: plus(30), overdue: false });
    const short = ok(await gql(t.url, RECORD, { i: { ...input, remedyDays: 5 } }, s)).recordBreach;
    expect(short.remedyDueOn).toBe(plus(5));
    expect(failure(await gql(t.url, RECORD, { i: { ...input, remedyDays: 0 } }, s)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "remedyDays",
    });

    travel(5);
    expect(ok(await gql(t.url, READ, { id: short.id }, s)).node.overdue).toBe(false);
    travel(7);
    expect(ok(await gql(t.url, READ, { id: short.id }, s)).node).toMatchObject({ status: "NOTIFIED", overdue: true });
    expect(ok(await gql(t.url, READ, { id: byDefault.id }, s)).node.overdue).toBe(false);

    const escalated = ok(
      await gql(
        t.url,
        `mutation($i: EscalateBreachInput!) { escalateBreach(input: $i) { status overdue escalatedAt } }`,
        { i: { breachRecordId: short.id } },
        s,
      ),
    ).escalateBreach;
    expect(escalated).toMatchObject({ status: "ESCALATED", overdue: true, escalatedAt: expect.any(String) });
    const remedied = ok(
      await gql(
        t.url,
        `mutation($i: RemedyBreachInput!) { remedyBreach(input: $i) { status overdue closedAt resolution } }`,
        { i: { breachRecordId: short.id, resolution: "Report delivered" } },
        s,
      ),
    ).remedyBreach;
    expect(remedied).toMatchObject({ status: "REMEDIED", overdue: false, resolution: "Report delivered" });
    expect(
      failure(
        await gql(t.url, `mutation($i: EscalateBreachInput!) { escalateBreach(input: $i) { id } }`, { i: { breachRecordId: short.id } }, s),
      ).extensions?.code,
    ).toBe("CONFLICT");
  });
});
