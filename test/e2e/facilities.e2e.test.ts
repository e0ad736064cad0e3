import { gql, ok, failure } from "../support/client";
import { applyForMembership, createAllianceWithMembers, createOrgWithAdmin, createUser } from "../support/factories";
import { bookFacility, createFacility } from "../support/funds-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

async function facilityWorld() {
  const world = await createAllianceWithMembers(t.url, t.admin, 3);
  const facility = ok(
    await createFacility(t.url, world.secretariat.token, {
      allianceId: world.allianceId,
      hostOrganizationId: world.members[1].id,
      name: "Pilot cell line",
      location: "Ningde",
    }),
  ).createSharedFacility;
  return { ...world, facilityId: facility.id as string };
}

const slot = (facilityId: string, start: string, end: string) => ({ facilityId, start, end, purpose: "cycling tests" });

it("lets the secretariat register a facility hosted by an active member, and nobody else", async () => {
  const w = await createAllianceWithMembers(t.url, t.admin, 2);
  const input = { allianceId: w.allianceId, hostOrganizationId: w.members[1].id, name: "Materials lab" };
  expect(failure(await createFacility(t.url, w.members[1].admin.token, input)).extensions?.code).toBe("FORBIDDEN");
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  expect(failure(await createFacility(t.url, w.secretariat.token, { ...input, hostOrganizationId: outsider.id })).extensions).toMatchObject(
    { code: "BAD_USER_INPUT", field: "hostOrganizationId" },
  );
  const created = ok(await createFacility(t.url, w.secretariat.token, input)).createSharedFacility;
  expect(created.hostOrganization.id).toBe(w.members[1].id);
  expect(failure(await createFacility(t.url, w.secretariat.token, input)).extensions).toMatchObject({ code: "CONFLICT", field: "name" });
  const LIST = `query($f: SharedFacilityFilter) { sharedFacilities(filter: $f) { totalCount } }`;
  const f = { allianceId: { eq: w.allianceId } };
  expect(ok(await gql(t.url, LIST, { f }, w.members[0].admin.token)).sharedFacilities.totalCount).toBe(1);
  expect(ok(await gql(t.url, LIST, { f }, outsider.admin.token)).sharedFacilities.totalCount).toBe(0);
});

it("books non-overlapping ranges, refuses an overlap with CONFLICT naming the field, and frees time on cancel", async () => {
  const w = await facilityWorld();
  const [a, b] = w.members;
  const first = ok(
    await bookFacility(t.url, a.admin.token, slot(w.facilityId, "2026-06-01T08:00:00Z", "2026-06-01T12:00:00Z")),
  ).bookFacility;
  expect(first).toMatchObject({ status: "CONFIRMED", organization: { id: a.id }, start: "2026-06-01T08:00:00.000Z" });
  // Touching ranges do not overlap: [08:00, 12:00) and [12:00, 14:00).
  ok(await bookFacility(t.url, b.admin.token, slot(w.facilityId, "2026-06-01T12:00:00Z", "2026-06-01T14:00:00Z")));
  const clash = failure(await bookFacility(t.url, b.admin.token, slot(w.facilityId, "2026-06-01T11:00:00Z", "2026-06-01T13:00:00Z")));
  expect(clash.extensions).toMatchObject({ code: "CONFLICT", field: "start" });
  expect(
    failure(await bookFacility(t.url, b.admin.token, slot(w.facilityId, "2026-06-02T10:00:00Z", "2026-06-02T10:00:00Z"))).extensions,
  ).toMatchObject({ code: "BAD_USER_INPUT", field: "end" });

  // Only the booker, its ORG_ADMIN or the secretariat may cancel.
  const CANCEL = `mutation($input: CancelBookingInput!) { cancelBooking(input: $input) { status } }`;
  expect(failure(await gql(t.url, CANCEL, { input: { bookingId: first.id } }, b.admin.token)).extensions?.code).toBe("FORBIDDEN");
  expect(ok(await gql(t.url, CANCEL, { input: { bookingId: first.id } }, a.admin.token)).cancelBooking.status).toBe("CANCELLED");
  expect(failure(await gql(t.url, CANCEL, { input: { bookingId: first.id } }, w.secretariat.token)).extensions).toMatchObject({
    code: "CONFLICT",
    field: "bookingId",
  });
  ok(await bookFacility(t.url, b.admin.token, slot(w.facilityId, "2026-06-01T09:00:00Z", "2026-06-01T11:00:00Z")));
  const BOOKINGS = `query($id: ID!) { node(id: $id) { ... on SharedFacility { bookings(filter: { status: { eq: CONFIRMED } }) { totalCount } } } }`;
  expect(ok(await gql(t.url, BOOKINGS, { id: w.facilityId }, a.admin.token)).node.bookings.totalCount).toBe(2);
});

it("lets exactly one of two concurrent overlapping bookings win; the other gets CONFLICT", async () => {
  const w = await facilityWorld();
  const [a, b, c] = w.members;
  for (let round = 0; round < 3; round++) {
    const day = `2026-07-0${round + 1}`;
    const results = await Promise.all([
      bookFacility(t.url, b.admin.token, slot(w.facilityId, `${day}T09:00:00Z`, `${day}T17:00:00Z`)),
      bookFacility(t.url, c.admin.token, slot(w.facilityId, `${day}T13:00:00Z`, `${day}T18:00:00Z`)),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(1);
  }
  const BOOKINGS = `query($f: BookingFilter) { bookings(filter: $f) { totalCount } }`;
  expect(ok(await gql(t.url, BOOKINGS, { f: { facilityId: { eq: w.facilityId } } }, a.admin.token)).bookings.totalCount).toBe(3);
});

it("lets only users of active members book", async () => {
  const w = await facilityWorld();
  const applicant = await createOrgWithAdmin(t.url, t.admin);
  ok(await applyForMembership(t.url, applicant.admin.token, w.allianceId, applicant.id));
  expect(
    failure(await bookFacility(t.url, applicant.admin.token, slot(w.facilityId, "2026-08-01T08:00:00Z", "2026-08-01T09:00:00Z")))
      .extensions,
  ).toMatchObject({ code: "NOT_FOUND", field: "facilityId" });
  const analyst = await createUser(t.url, t.admin, applicant.id);
  await gql(
    t.url,
    `mutation($input: GrantAllianceRoleInput!) { grantAllianceRole(input: $input) { id } }`,
    { input: { allianceId: w.allianceId, userId: analyst.id, role: "ANALYST" } },
    t.admin,
  );
  expect(
    failure(await bookFacility(t.url, analyst.token, slot(w.facilityId, "2026-08-01T08:00:00Z", "2026-08-01T09:00:00Z"))).extensions?.code,
  ).toBe("FORBIDDEN");
  const engineer = await createUser(t.url, w.members[2].admin.token, w.members[2].id);
  ok(await bookFacility(t.url, engineer.token, slot(w.facilityId, "2026-08-01T08:00:00Z", "2026-08-01T09:00:00Z")));
});
