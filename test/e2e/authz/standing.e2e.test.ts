/**
 * DESIGN.md §3 beyond the role table: the directory and projects are visible only while the
 * organization is an ACTIVE member; an invisible id answers exactly like a missing one; analysts
 * write nothing.
 */
import { randomUUID } from "node:crypto";
import { toGlobalId } from "../../../src/graphql/global-id";
import { failure, gql, ok } from "../../support/client";
import { appPerFile } from "../../support/suite";
import { buildAuthzWorld, ROLES, type AuthzWorld } from "../../support/authz-world";
import { applyForMembership, createOrgWithAdmin, decideMembership } from "../../support/factories";
import { addParticipant, createProject } from "../../support/project-factories";
import { mutationRows } from "./mutation-rows";

const t = appPerFile();
let w: AuthzWorld;

beforeAll(async () => {
  w = await buildAuthzWorld(t.url);
}, 120_000);

it("shows the directory and the projects an organization takes part in only while it is an ACTIVE member", async () => {
  const org = await createOrgWithAdmin(t.url, w.admin);
  const membershipId = ok(await applyForMembership(t.url, org.admin.token, w.allianceId, org.id)).applyForMembership.id;
  const project = await createProject(t.url, w.a.admin.token, w.allianceId);
  const read = (token: string) =>
    gql(t.url, `query($a: ID!, $p: ID!) { alliance(id: $a) { id } project(id: $p) { id } }`, { a: w.allianceId, p: project.id }, token);
  const members = (token: string) =>
    gql(t.url, `query($a: ID!) { alliance(id: $a) { members { totalCount } } }`, { a: w.allianceId }, token);

  // Applied: the alliance it applied to, not its directory.
  expect(ok(await gql(t.url, `query($a: ID!) { alliance(id: $a) { id } }`, { a: w.allianceId }, org.admin.token)).alliance.id).toBe(
    w.allianceId,
  );
  expect(failure(await members(org.admin.token)).extensions?.code).toBe("NOT_FOUND");

  // Active and taking part: the directory and the project.
  ok(await decideMembership(t.url, w.users.secretariat.token, membershipId, "APPROVE"));
  ok(await addParticipant(t.url, w.a.admin.token, project.id, org.id));
  expect(ok(await read(org.admin.token)).project.id).toBe(project.id);
  expect(ok(await members(org.admin.token)).alliance.members.totalCount).toBeGreaterThan(3);

  // Suspended: still the alliance, no longer its directory nor the project.
  ok(
    await gql(
      t.url,
      `mutation($i: ChangeMembershipInput!) { suspendMembership(input: $i) { id } }`,
      { i: { membershipId } },
      w.users.secretariat.token,
    ),
  );
  expect(failure(await members(org.admin.token)).extensions?.code).toBe("NOT_FOUND");
  const suspended = await read(org.admin.token);
  expect(suspended.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([["project", "NOT_FOUND"]]);
});

it("answers an invisible id exactly like an id that does not exist", async () => {
  const cases: [string, string, string, string][] = [
    ["project", "Project", w.privateProjectId, w.users.legalRep.token],
    ["ipAsset", "IpAsset", w.tradeSecretId, w.users.analyst.token],
    ["task", "Task", w.taskId, w.users.otherAlliance.token],
  ];
  for (const [field, type, invisible, token] of cases) {
    const missing = toGlobalId(type, randomUUID());
    const ask = (id: string) => gql(t.url, `query($id: ID!) { ${field}(id: $id) { id } node(id: $id) { id } }`, { id }, token);
    const strip = (errors: any[] | undefined) => errors?.map((e) => ({ path: e.path, message: e.message, extensions: e.extensions }));
    const [a, b] = [await ask(invisible), await ask(missing)];
    expect(strip(a.errors)).toEqual(strip(b.errors));
    expect(a.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  }
});

it.each(["analyst", "supervisor"] as const)("lets the %s write nothing: every mutation but login refuses them", (role) => {
  const column = ROLES.indexOf(role);
  const writes = mutationRows.filter((r) => r.field !== "login").map((r) => [r.field, r.expect.split(" ")[column]]);
  expect(writes.filter(([, outcome]) => outcome !== "F" && outcome !== "N")).toEqual([]);
});
