import { gql, ok, failure } from "../support/client";
import { createAllianceWithMembers, createOrgWithAdmin, createUser } from "../support/factories";
import { addParticipant, createProject } from "../support/project-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const PROJECT = `query($id: ID!) { project(id: $id) { id code budget participants { role organization { id } } } }`;

it("lets an active member's ORG_ADMIN create a project it leads, with an exact budget", async () => {
  const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 2);
  const project = await createProject(t.url, members[0].admin.token, allianceId, { budget: "1234567.89" });
  const read = ok(await gql(t.url, PROJECT, { id: project.id }, members[0].admin.token));
  expect(read.project.budget).toBe("1234567.89");
  expect(read.project.participants).toEqual([{ role: "LEAD", organization: { id: members[0].id } }]);
});

it("hides a participants-only project from non-participants and outsiders as NOT_FOUND", async () => {
  const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 2);
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  const project = await createProject(t.url, members[0].admin.token, allianceId);
  expect(failure(await gql(t.url, PROJECT, { id: project.id }, members[1].admin.token)).extensions?.code).toBe("NOT_FOUND");
  expect(failure(await gql(t.url, PROJECT, { id: project.id }, outsider.admin.token)).extensions?.code).toBe("NOT_FOUND");
  ok(await addParticipant(t.url, members[0].admin.token, project.id, members[1].id));
  expect(ok(await gql(t.url, PROJECT, { id: project.id }, members[1].admin.token)).project.participants).toHaveLength(2);
});

it("rejects a duplicate participant, a non-member participant and a non-lead adding participants", async () => {
  const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 3);
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  const project = await createProject(t.url, members[0].admin.token, allianceId, { visibility: "ALLIANCE" });
  ok(await addParticipant(t.url, members[0].admin.token, project.id, members[1].id));
  expect(failure(await addParticipant(t.url, members[0].admin.token, project.id, members[1].id)).extensions).toMatchObject({
    code: "CONFLICT",
    field: "organizationId",
  });
  expect(failure(await addParticipant(t.url, members[0].admin.token, project.id, outsider.id)).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "organizationId",
  });
  expect(failure(await addParticipant(t.url, members[2].admin.token, project.id, members[2].id)).extensions?.code).toBe("FORBIDDEN");
  const engineer = await createUser(t.url, members[0].admin.token, members[0].id);
  expect(failure(await addParticipant(t.url, engineer.token, project.id, members[2].id)).extensions?.code).toBe("FORBIDDEN");
});

it("rejects a budget with more than two decimals and a negative budget, creating nothing", async () => {
  const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
  const create = (budget: string) =>
    gql(
      t.url,
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`,
      {
        input: { allianceId, code: "BAD", title: "x", budget },
      },
      members[0].admin.token,
    );
  expect(failure(await create("1.001")).extensions?.code).toBe("BAD_USER_INPUT");
  expect(failure(await create("-5.00")).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "budget" });
  expect(failure(await create("1e3")).extensions?.code).toBe("BAD_USER_INPUT");
  const list = ok(await gql(t.url, `{ projects(filter: { code: { eq: "BAD" } }) { totalCount } }`, {}, t.admin));
  expect(list.projects.totalCount).toBe(0);
});
