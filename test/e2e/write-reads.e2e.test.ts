/**
 * A write starts the request's reads over: what a mutation read before it committed (rows, the
 * viewer's rights) is not what the rest of the document sees. Both mutations of one document run
 * in one request, so the second one would read the first one's caches if they survived the write.
 */
import { gql, ok } from "../support/client";
import { createAllianceWithMembers, type TestOrg } from "../support/factories";
import { createFacility } from "../support/funds-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

async function membershipOf(member: TestOrg): Promise<string> {
  const read = ok(
    await gql(
      t.url,
      `query($id: ID!) { organization(id: $id) { memberships { edges { node { id } } } } }`,
      { id: member.id },
      member.admin.token,
    ),
  );
  return read.organization.memberships.edges[0].node.id;
}

it("lets the second mutation of a document see the row the first one changed", async () => {
  const w = await createAllianceWithMembers(t.url, t.admin, 2);
  const membershipId = await membershipOf(w.members[1]);
  const both = `mutation($m: ChangeMembershipInput!) {
    suspended: suspendMembership(input: $m) { status }
    reinstated: reinstateMembership(input: $m) { status }
  }`;
  // Reinstating needs the SUSPENDED membership the first mutation wrote, not the ACTIVE one it read.
  const result = ok(await gql(t.url, both, { m: { membershipId } }, w.secretariat.token));
  expect(result).toEqual({ suspended: { status: "SUSPENDED" }, reinstated: { status: "ACTIVE" } });
});

it("checks the second mutation of a document against the rights the first one left", async () => {
  const w = await createAllianceWithMembers(t.url, t.admin, 3);
  const facility = ok(
    await createFacility(t.url, w.secretariat.token, {
      allianceId: w.allianceId,
      hostOrganizationId: w.members[1].id,
      name: "Formation line",
    }),
  ).createSharedFacility;
  const leaving = w.members[2];
  const membershipId = await membershipOf(leaving);
  const both = `mutation($m: ChangeMembershipInput!, $b: BookFacilityInput!) {
    withdrawMembership(input: $m) { status }
    bookFacility(input: $b) { id }
  }`;
  const booking = { facilityId: facility.id, start: "2026-09-01T08:00:00Z", end: "2026-09-01T12:00:00Z", purpose: "cell tests" };
  const result = await gql(t.url, both, { m: { membershipId }, b: booking }, leaving.admin.token);
  // Withdrawn, the organization no longer sees the alliance's facilities, let alone books them.
  expect(result.errors).toMatchObject([{ path: ["bookFacility"], extensions: { code: "NOT_FOUND" } }]);
  const status = ok(
    await gql(t.url, `query($id: ID!) { node(id: $id) { ... on Membership { status } } }`, { id: membershipId }, w.secretariat.token),
  );
  expect(status.node.status).toBe("WITHDRAWN");
  const bookings = ok(
    await gql(
      t.url,
      `query($f: BookingFilter) { bookings(filter: $f) { totalCount } }`,
      { f: { facilityId: { eq: facility.id } } },
      w.secretariat.token,
    ),
  );
  expect(bookings.bookings.totalCount).toBe(0);
});
