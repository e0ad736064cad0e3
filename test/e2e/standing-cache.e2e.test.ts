/**
 * Each process keeps its viewers' user rows and alliance standings (src/auth/standing-cache.ts):
 * a repeated request reads neither. It keeps the organization rows it read as well, until the
 * organization's productive hours change. Every change of a standing — a role granted or revoked, a
 * membership applied for, decided, suspended, reinstated or withdrawn — is heard by the cache of
 * the process that made it before the mutation answers, and by every other process as soon as
 * its LISTEN connection brings the event: the very next request sees the change.
 *
 * The probes ask for rights the cached standing decides, and change nothing whatever they answer:
 * - the secretariat role: deciding an ACTIVE membership again is CONFLICT for the secretariat,
 *   FORBIDDEN for anyone else;
 * - an ACTIVE membership: an ORG_ADMIN registering an IP asset with a malformed jurisdiction is
 *   BAD_USER_INPUT when its organization is an ACTIVE member, FORBIDDEN otherwise.
 */
import { failure, gql, ok, type GraphQLResponse } from "../support/client";
import {
  applyForMembership,
  createAllianceWithMembers,
  createUser,
  decideMembership,
  grantRole,
  login,
  type TestUser,
} from "../support/factories";
import { keyOf } from "../../src/graphql/global-id";
import { changeMembership, membershipId } from "../support/project-factories";
import { startServerProcess } from "../support/server-process";
import { appPerFile } from "../support/suite";
import { waitUntil } from "../support/ws-client";

const t = appPerFile();

const PASSWORD = "correct horse battery";

function decideAgain(url: string, token: string, membership: string): Promise<GraphQLResponse> {
  return decideMembership(url, token, membership, "APPROVE");
}

/** What the secretariat probe answers: CONFLICT (secretariat) or FORBIDDEN. */
async function roleProbe(url: string, token: string, membership: string): Promise<string | undefined> {
  return failure(await decideAgain(url, token, membership)).extensions?.code;
}

/** What the membership probe answers: BAD_USER_INPUT (ACTIVE member's ORG_ADMIN) or FORBIDDEN. */
async function memberProbe(url: string, token: string, allianceId: string): Promise<string | undefined> {
  const response = await gql(
    url,
    `mutation($input: RegisterIpAssetInput!) { registerIpAsset(input: $input) { id } }`,
    { input: { allianceId, kind: "INVENTION_PATENT", title: "Probe", jurisdiction: "not a code" } },
    token,
  );
  return failure(response).extensions?.code;
}

/** SQL statements this server sends while `request` runs. */
async function statementsOf(request: () => Promise<unknown>): Promise<number> {
  const before = t.statements();
  await request();
  return t.statements() - before;
}

/**
 * An alliance of two ACTIVE members, a plain user of the first, and the first's ACTIVE membership.
 * The second's ORG_ADMIN is also an ANALYST, so the alliance's directory stays visible to them
 * whatever their membership: the membership probe answers from the standing alone.
 */
async function world() {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 2);
  const [host, member] = members;
  await grantRole(t.url, t.admin, allianceId, member.admin.id, "ANALYST");
  const plain: TestUser = await createUser(t.url, t.admin, host.id);
  const hostMembership = await membershipId(t.url, host.admin.token, host.id, allianceId);
  return { allianceId, secretariat, host, member, plain, hostMembership };
}

it("answers a repeated request without reading the viewer's user row or standing again", async () => {
  const w = await world();
  const me = () => statementsOf(() => gql(t.url, `{ me { name } }`, {}, w.plain.token).then(ok));
  // Signing in answered as the user (the login payload), which read their row already.
  expect(await me()).toBe(0);
  // A role granted drops what was kept of the user: the next request reads their row, the later ones nothing.
  await grantRole(t.url, t.admin, w.allianceId, w.plain.id, "ANALYST");
  expect([await me(), await me(), await me()]).toEqual([1, 0, 0]);

  // The probe's own read (the alliance, checked against the directory rule) is all that remains.
  await statementsOf(() => memberProbe(t.url, w.member.admin.token, w.allianceId));
  expect(await statementsOf(() => memberProbe(t.url, w.member.admin.token, w.allianceId))).toBe(1);
  expect(await memberProbe(t.url, w.member.admin.token, w.allianceId)).toBe("BAD_USER_INPUT");
});

it("hears its own change once: the dispatcher's later read of the event does not drop the standing read since", async () => {
  const w = await world();
  const heard: string[] = [];
  const stop = t.app.events.observe({
    listen: () => undefined,
    observe: (event) => {
      if (event.entityId === keyOf(w.plain.id, "User", "id")) heard.push(event.topic);
    },
  });
  try {
    await grantRole(t.url, t.admin, w.allianceId, w.plain.id, "ANALYST");
    // Told at commit, before the mutation answered.
    expect(heard).toEqual(["standing.changed"]);
    const [{ id }] = await t.app.deps.db.query(`SELECT max(id)::text AS id FROM event`);
    await waitUntil(() => BigInt(t.app.events.lastDeliveredId) >= BigInt(id), "the dispatcher to read the grant's event");
    expect(heard).toEqual(["standing.changed"]);
  } finally {
    stop();
  }
});

it("keeps the standing it read: a change written without its event is not seen (so the tests below can fail)", async () => {
  const w = await world();
  const probe = () => memberProbe(t.url, w.member.admin.token, w.allianceId);
  expect(await probe()).toBe("BAD_USER_INPUT");
  const membership = await membershipId(t.url, w.member.admin.token, w.member.id, w.allianceId);
  const db = t.app.deps.db;
  await db.query(`UPDATE membership SET status = 'SUSPENDED' WHERE id = $1`, [keyOf(membership, "Membership", "membershipId")]);
  try {
    expect(await probe()).toBe("BAD_USER_INPUT");
  } finally {
    await db.query(`UPDATE membership SET status = 'ACTIVE' WHERE id = $1`, [keyOf(membership, "Membership", "membershipId")]);
  }
});

it("sees a role granted or revoked on the very next request", async () => {
  const w = await world();
  expect(await roleProbe(t.url, w.plain.token, w.hostMembership)).toBe("FORBIDDEN");
  expect(await roleProbe(t.url, w.plain.token, w.hostMembership)).toBe("FORBIDDEN");

  const granted = await grantRole(t.url, t.admin, w.allianceId, w.plain.id, "SECRETARIAT");
  expect(await roleProbe(t.url, w.plain.token, w.hostMembership)).toBe("CONFLICT");
  expect(await roleProbe(t.url, w.plain.token, w.hostMembership)).toBe("CONFLICT");

  ok(
    await gql(
      t.url,
      `mutation($id: ID!) { revokeAllianceRole(input: { grantId: $id }) { id } }`,
      { id: granted.grantAllianceRole.id },
      t.admin,
    ),
  );
  expect(await roleProbe(t.url, w.plain.token, w.hostMembership)).toBe("FORBIDDEN");
});

it("sees every change of a membership's status on the very next request of its organization's users", async () => {
  const w = await world();
  const admin = w.member.admin.token;
  const probe = () => memberProbe(t.url, admin, w.allianceId);
  expect(await probe()).toBe("BAD_USER_INPUT");
  expect(await probe()).toBe("BAD_USER_INPUT");

  const membership = await membershipId(t.url, admin, w.member.id, w.allianceId);
  await changeMembership(t.url, w.secretariat.token, "suspendMembership", membership);
  expect(await probe()).toBe("FORBIDDEN");
  await changeMembership(t.url, w.secretariat.token, "reinstateMembership", membership);
  expect(await probe()).toBe("BAD_USER_INPUT");
  await changeMembership(t.url, admin, "withdrawMembership", membership);
  expect(await probe()).toBe("FORBIDDEN");

  // Applying is itself a standing (APPLIED), and the decision another.
  const again = ok(await applyForMembership(t.url, admin, w.allianceId, w.member.id)).applyForMembership;
  expect(await probe()).toBe("FORBIDDEN");
  ok(await decideMembership(t.url, w.secretariat.token, again.id, "APPROVE"));
  expect(await probe()).toBe("BAD_USER_INPUT");
});

it("sees a change made through another server process on that process's next request, and the other way round", async () => {
  const w = await world();
  const other = await startServerProcess();
  try {
    const plainThere = await login(other.url, w.plain.email, PASSWORD);
    const adminThere = await login(other.url, "admin@alliance.local", "admin-password");
    const memberAdminThere = await login(other.url, w.member.admin.email, PASSWORD);
    const hits = async () => {
      const text = await (await fetch(other.url.replace(/\/graphql$/, "/metrics"))).text();
      return Number(/alliance_hub_standing_cache_lookups_total\{result="hit"\} (\d+)/.exec(text)?.[1] ?? 0);
    };
    // Within this bound, well under the cache's time limit (60 s): the event, not the limit, acts.
    const seenThere = (probe: () => Promise<string | undefined>, code: string) =>
      waitUntil(async () => (await probe()) === code, `the other process to answer ${code}`, 2_000);

    // Kept there: the repeated probe is answered from the other process's cache.
    expect(await roleProbe(other.url, plainThere, w.hostMembership)).toBe("FORBIDDEN");
    const before = await hits();
    expect(await roleProbe(other.url, plainThere, w.hostMembership)).toBe("FORBIDDEN");
    expect(await hits()).toBeGreaterThan(before);

    // Granted here, seen there.
    const granted = await grantRole(t.url, t.admin, w.allianceId, w.plain.id, "SECRETARIAT");
    await seenThere(() => roleProbe(other.url, plainThere, w.hostMembership), "CONFLICT");
    // Revoked there, seen here at once (this process had kept the role).
    expect(await roleProbe(t.url, w.plain.token, w.hostMembership)).toBe("CONFLICT");
    ok(
      await gql(
        other.url,
        `mutation($id: ID!) { revokeAllianceRole(input: { grantId: $id }) { id } }`,
        { id: granted.grantAllianceRole.id },
        adminThere,
      ),
    );
    expect(await roleProbe(other.url, plainThere, w.hostMembership)).toBe("FORBIDDEN");
    await seenThere(() => roleProbe(t.url, w.plain.token, w.hostMembership), "FORBIDDEN");

    // A membership suspended here, seen there.
    expect(await memberProbe(other.url, memberAdminThere, w.allianceId)).toBe("BAD_USER_INPUT");
    const membership = await membershipId(t.url, w.member.admin.token, w.member.id, w.allianceId);
    await changeMembership(t.url, w.secretariat.token, "suspendMembership", membership);
    await seenThere(() => memberProbe(other.url, memberAdminThere, w.allianceId), "FORBIDDEN");
  } finally {
    await other.stop();
  }
});

describe("organization rows", () => {
  const HOURS = `query($id: ID!) { organization(id: $id) { name productiveHoursPerYear } }`;
  const hoursOf = async (url: string, token: string, id: string) =>
    ok(await gql(url, HOURS, { id }, token)).organization.productiveHoursPerYear as string;
  const setHours = (url: string, token: string, organizationId: string, hours: string) =>
    gql(
      url,
      `mutation($input: SetProductiveHoursInput!) { setProductiveHours(input: $input) { productiveHoursPerYear } }`,
      { input: { organizationId, productiveHoursPerYear: hours } },
      token,
    ).then(ok);

  it("are read once per process: a repeated read costs no statement, and a change written without its event is not seen", async () => {
    const w = await world();
    const read = () => statementsOf(() => hoursOf(t.url, w.plain.token, w.member.id));
    await read();
    expect([await read(), await read()]).toEqual([0, 0]);
    const db = t.app.deps.db;
    const key = keyOf(w.member.id, "Organization", "id");
    await db.query(`UPDATE organization SET productive_hours_per_year = 1600 WHERE id = $1`, [key]);
    expect(await hoursOf(t.url, w.plain.token, w.member.id)).toBe("1720.00");
  });

  it("show a change of productive hours on the next request, in the process that wrote it and in another", async () => {
    const w = await world();
    const other = await startServerProcess();
    try {
      const plainThere = await login(other.url, w.plain.email, PASSWORD);
      expect(await hoursOf(t.url, w.plain.token, w.member.id)).toBe("1720.00");
      expect(await hoursOf(other.url, plainThere, w.member.id)).toBe("1720.00");

      await setHours(t.url, w.member.admin.token, w.member.id, "1600");
      expect(await hoursOf(t.url, w.plain.token, w.member.id)).toBe("1600.00");
      await waitUntil(
        async () => (await hoursOf(other.url, plainThere, w.member.id)) === "1600.00",
        "the other process to read 1600.00",
        2_000,
      );
      // Read again there, and kept again.
      expect(await hoursOf(t.url, w.plain.token, w.member.id)).toBe("1600.00");
    } finally {
      await other.stop();
    }
  });
});
