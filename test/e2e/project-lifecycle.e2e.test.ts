import { failure, gql, ok } from "../support/client";
import { createAllianceWithMembers, createOrgWithAdmin, createUser, grantRole } from "../support/factories";
import { addParticipant, createMilestone, createProject, removeParticipant, setProjectStatus } from "../support/project-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const PROJECT = `query($id: ID!) { project(id: $id) { id status visibility title budget startDate endDate
  leadOrganization { id } participants { role organization { id } } milestones { title dueDate } } }`;

it("moves a project PROPOSED → APPROVED (secretariat) → ACTIVE → COMPLETED and refuses every other change", async () => {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 2);
  const [lead, partner] = members;
  const project = await createProject(t.url, lead.admin.token, allianceId);
  ok(await addParticipant(t.url, lead.admin.token, project.id, partner.id));
  const status = (token: string, to: string) => setProjectStatus(t.url, token, project.id, to);

  expect(failure(await status(lead.admin.token, "ACTIVE")).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
  expect(failure(await status(lead.admin.token, "APPROVED")).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await status(partner.admin.token, "APPROVED")).extensions?.code).toBe("FORBIDDEN");
  expect(ok(await status(secretariat.token, "APPROVED")).setProjectStatus.status).toBe("APPROVED");
  expect(failure(await status(lead.admin.token, "APPROVED")).extensions?.code).toBe("BAD_USER_INPUT");
  expect(failure(await status(lead.admin.token, "COMPLETED")).extensions?.code).toBe("BAD_USER_INPUT");
  expect(ok(await status(lead.admin.token, "ACTIVE")).setProjectStatus.status).toBe("ACTIVE");
  expect(failure(await status(lead.admin.token, "PROPOSED")).extensions?.code).toBe("BAD_USER_INPUT");
  expect(ok(await status(lead.admin.token, "COMPLETED")).setProjectStatus.status).toBe("COMPLETED");
  for (const to of ["PROPOSED", "APPROVED", "ACTIVE", "TERMINATED", "COMPLETED"]) {
    expect(failure(await status(secretariat.token, to)).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
  }
  expect(ok(await gql(t.url, PROJECT, { id: project.id }, partner.admin.token)).project.status).toBe("COMPLETED");

  const other = await createProject(t.url, lead.admin.token, allianceId);
  ok(await setProjectStatus(t.url, secretariat.token, other.id, "APPROVED"));
  ok(await setProjectStatus(t.url, secretariat.token, other.id, "ACTIVE"));
  expect(ok(await setProjectStatus(t.url, secretariat.token, other.id, "TERMINATED")).setProjectStatus.status).toBe("TERMINATED");
  expect(failure(await setProjectStatus(t.url, lead.admin.token, other.id, "ACTIVE")).extensions?.code).toBe("BAD_USER_INPUT");
  // A finished project takes no new participants or milestones.
  const third = await createOrgWithAdmin(t.url, t.admin);
  expect(failure(await addParticipant(t.url, lead.admin.token, other.id, third.id)).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "projectId",
  });
});

it("updates a project's fields (lead or secretariat) and widens or narrows who sees it", async () => {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 3);
  const [lead, partner, bystander] = members;
  const project = await createProject(t.url, lead.admin.token, allianceId, { startDate: "2026-01-01", budget: "100.00" });
  const update = (token: string, input: Record<string, unknown>) =>
    gql(
      t.url,
      `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id title visibility budget endDate } }`,
      {
        input: { projectId: project.id, ...input },
      },
      token,
    );

  expect(failure(await gql(t.url, PROJECT, { id: project.id }, bystander.admin.token)).extensions?.code).toBe("NOT_FOUND");
  const widened = ok(await update(lead.admin.token, { visibility: "ALLIANCE", title: "Sodium-ion cathodes", budget: "2500000.10" }));
  expect(widened.updateProject).toMatchObject({ visibility: "ALLIANCE", title: "Sodium-ion cathodes", budget: "2500000.10" });
  expect(ok(await gql(t.url, PROJECT, { id: project.id }, bystander.admin.token)).project.title).toBe("Sodium-ion cathodes");
  expect(failure(await update(bystander.admin.token, { title: "mine" })).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await update(partner.admin.token, { title: "mine" })).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await update(lead.admin.token, { endDate: "2025-12-31" })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "endDate",
  });
  expect(failure(await update(lead.admin.token, { budget: "-1.00" })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "budget",
  });
  ok(await update(secretariat.token, { visibility: "PARTICIPANTS", budget: null }));
  expect(failure(await gql(t.url, PROJECT, { id: project.id }, bystander.admin.token)).extensions?.code).toBe("NOT_FOUND");
  const read = ok(await gql(t.url, PROJECT, { id: project.id }, lead.admin.token)).project;
  expect(read).toMatchObject({ budget: null, startDate: "2026-01-01", endDate: null, leadOrganization: { id: lead.id } });
});

it("keeps milestones by due date, created by the lead or the secretariat only", async () => {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 2);
  const [lead, partner] = members;
  const project = await createProject(t.url, lead.admin.token, allianceId);
  ok(await addParticipant(t.url, lead.admin.token, project.id, partner.id));
  await createMilestone(t.url, lead.admin.token, project.id, { title: "Pilot line", dueDate: "2027-03-01" });
  await createMilestone(t.url, secretariat.token, project.id, { title: "Mid-term review", dueDate: "2026-09-01" });
  await createMilestone(t.url, lead.admin.token, project.id, { title: "Someday" });
  const forbidden = await gql(
    t.url,
    `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id } }`,
    {
      input: { projectId: project.id, title: "x" },
    },
    partner.admin.token,
  );
  expect(failure(forbidden).extensions?.code).toBe("FORBIDDEN");
  const read = ok(await gql(t.url, PROJECT, { id: project.id }, partner.admin.token)).project;
  expect(read.milestones).toEqual([
    { title: "Mid-term review", dueDate: "2026-09-01" },
    { title: "Pilot line", dueDate: "2027-03-01" },
    { title: "Someday", dueDate: null },
  ]);
});

it("removes a participant (not the lead), which then no longer sees the project, and may add it again", async () => {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 3);
  const [lead, partner, third] = members;
  const project = await createProject(t.url, lead.admin.token, allianceId);
  ok(await addParticipant(t.url, lead.admin.token, project.id, partner.id));
  ok(await addParticipant(t.url, lead.admin.token, project.id, third.id));
  const engineer = await createUser(t.url, partner.admin.token, partner.id);

  expect(failure(await removeParticipant(t.url, lead.admin.token, project.id, lead.id)).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "organizationId",
  });
  expect(failure(await removeParticipant(t.url, third.admin.token, project.id, partner.id)).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await removeParticipant(t.url, engineer.token, project.id, partner.id)).extensions?.code).toBe("FORBIDDEN");
  const removed = ok(await removeParticipant(t.url, lead.admin.token, project.id, partner.id)).removeProjectParticipant;
  expect(removed.removedAt).toEqual(expect.any(String));
  expect(failure(await gql(t.url, PROJECT, { id: project.id }, engineer.token)).extensions?.code).toBe("NOT_FOUND");
  expect(failure(await removeParticipant(t.url, lead.admin.token, project.id, partner.id)).extensions?.code).toBe("BAD_USER_INPUT");
  // A participant's own ORG_ADMIN may leave.
  ok(await removeParticipant(t.url, third.admin.token, project.id, third.id));
  const read = ok(await gql(t.url, PROJECT, { id: project.id }, secretariat.token)).project;
  expect(read.participants).toEqual([{ role: "LEAD", organization: { id: lead.id } }]);
  ok(await addParticipant(t.url, lead.admin.token, project.id, partner.id));
  expect(ok(await gql(t.url, PROJECT, { id: project.id }, engineer.token)).project.participants).toHaveLength(2);
});

it("filters projects by a participant organization's type and status with and/or/not, orders them, and lists an organization's projects", async () => {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 3);
  const [enterprise, university, enterprise2] = members; // createAllianceWithMembers makes member 1 a university
  const analyst = await createUser(t.url, t.admin, enterprise.id);
  await grantRole(t.url, t.admin, allianceId, analyst.id, "ANALYST");
  const withUniversity = await createProject(t.url, enterprise.admin.token, allianceId, { code: "B-2", budget: "500.00" });
  ok(await addParticipant(t.url, enterprise.admin.token, withUniversity.id, university.id));
  const enterprisesOnly = await createProject(t.url, enterprise.admin.token, allianceId, { code: "A-1", budget: "900.00" });
  ok(await addParticipant(t.url, enterprise.admin.token, enterprisesOnly.id, enterprise2.id));
  const ledByUniversity = await createProject(t.url, university.admin.token, allianceId, { code: "C-3" });
  ok(await setProjectStatus(t.url, secretariat.token, ledByUniversity.id, "APPROVED"));

  const query = `query($filter: ProjectFilter, $orderBy: [ProjectOrder!]) { projects(filter: $filter, orderBy: $orderBy) {
    totalCount edges { node { code } } } }`;
  const codes = async (token: string, filter: object, orderBy?: object[]) =>
    ok(await gql(t.url, query, { filter: { allianceId: { eq: allianceId }, ...filter }, orderBy }, token)).projects.edges.map(
      (e: any) => e.node.code,
    );

  expect(
    await codes(analyst.token, { participants: { organization: { type: { eq: "UNIVERSITY" } } } }, [{ field: "CODE", direction: "ASC" }]),
  ).toEqual(["B-2", "C-3"]);
  expect(await codes(analyst.token, { participants: { organization: { type: { eq: "UNIVERSITY" } }, role: { eq: "LEAD" } } })).toEqual([
    "C-3",
  ]);
  expect(await codes(analyst.token, { not: { participants: { organization: { type: { eq: "UNIVERSITY" } } } } })).toEqual(["A-1"]);
  expect(
    await codes(analyst.token, { or: [{ status: { eq: "APPROVED" } }, { budget: { gt: "600.00" } }] }, [
      { field: "CODE", direction: "DESC" },
    ]),
  ).toEqual(["C-3", "A-1"]);
  expect(await codes(analyst.token, {}, [{ field: "BUDGET", direction: "DESC" }])).toEqual(["A-1", "B-2", "C-3"]);
  // The second enterprise sees only the project it takes part in.
  expect(await codes(enterprise2.admin.token, {})).toEqual(["A-1"]);

  const orgProjects = `query($id: ID!, $filter: ProjectFilter) { organization(id: $id) { projects(filter: $filter, orderBy: [{ field: CODE }]) {
    totalCount edges { node { code } } } } }`;
  const ofUniversity = ok(await gql(t.url, orgProjects, { id: university.id }, analyst.token)).organization.projects;
  expect(ofUniversity.edges.map((e: any) => e.node.code)).toEqual(["B-2", "C-3"]);
  expect(ofUniversity.totalCount).toBe(2);
  const filtered = ok(await gql(t.url, orgProjects, { id: university.id, filter: { status: { eq: "PROPOSED" } } }, analyst.token));
  expect(filtered.organization.projects.edges.map((e: any) => e.node.code)).toEqual(["B-2"]);
  // Seen by the second enterprise: none of the university's projects are visible to it.
  expect(ok(await gql(t.url, orgProjects, { id: university.id }, enterprise2.admin.token)).organization.projects.totalCount).toBe(0);
});

it("reads its own writes within one document: mutations run one after another on fresh state", async () => {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 2);
  const project = await createProject(t.url, members[0].admin.token, allianceId);
  const both = ok(
    await gql(
      t.url,
      `mutation($id: ID!, $org: ID!) {
        approve: setProjectStatus(input: { projectId: $id, status: APPROVED }) { status }
        start: setProjectStatus(input: { projectId: $id, status: ACTIVE }) { status }
        join: addProjectParticipant(input: { projectId: $id, organizationId: $org }) { project { participants { role } } }
      }`,
      { id: project.id, org: members[1].id },
      secretariat.token,
    ),
  );
  expect([both.approve.status, both.start.status]).toEqual(["APPROVED", "ACTIVE"]);
  expect(both.join.project.participants).toEqual([{ role: "LEAD" }, { role: "PARTICIPANT" }]);
});
