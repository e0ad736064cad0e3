import { failure, gql, ok } from "../support/client";
import {
  applyForMembership,
  createAllianceWithMembers,
  createOrgWithAdmin,
  createUser,
  grantRole,
  type TestOrg,
  type TestUser,
} from "../support/factories";
import { createProject, decideTalentExchange, proposeTalentExchange, updateTalentExchange } from "../support/project-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

interface World {
  allianceId: string;
  secretariat: TestUser;
  sending: TestOrg & { engineer: TestUser };
  receiving: TestOrg;
  third: TestOrg;
}

async function world(): Promise<World> {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 3);
  const [sending, receiving, third] = members;
  return {
    allianceId,
    secretariat,
    sending: { ...sending, engineer: await createUser(t.url, sending.admin.token, sending.id) },
    receiving,
    third,
  };
}

const proposal = (w: World, extra: Record<string, unknown> = {}) => ({
  allianceId: w.allianceId,
  personId: w.sending.engineer.id,
  fromOrganizationId: w.sending.id,
  toOrganizationId: w.receiving.id,
  kind: "JOINT_TRAINING",
  startDate: "2026-03-01",
  endDate: "2026-08-31",
  ...extra,
});

it("lets either side's ORG_ADMIN propose, for a person of the sending organization, between active members", async () => {
  const w = await world();
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  const applicant = await createOrgWithAdmin(t.url, t.admin);
  ok(await applyForMembership(t.url, applicant.admin.token, w.allianceId, applicant.id));
  const propose = (token: string, extra: Record<string, unknown> = {}) => proposeTalentExchange(t.url, token, proposal(w, extra));

  expect(failure(await propose(w.sending.engineer.token)).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await propose(w.third.admin.token)).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await propose(w.secretariat.token)).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await propose(outsider.admin.token, { fromOrganizationId: outsider.id })).extensions).toMatchObject({
    code: "NOT_FOUND",
    field: "allianceId",
  });
  expect(failure(await propose(w.sending.admin.token, { personId: w.receiving.admin.id })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "personId",
  });
  expect(failure(await propose(w.sending.admin.token, { toOrganizationId: w.sending.id })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "toOrganizationId",
  });
  expect(failure(await propose(w.sending.admin.token, { toOrganizationId: applicant.id })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "toOrganizationId",
  });
  expect(failure(await propose(w.sending.admin.token, { endDate: "2026-02-01" })).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "endDate",
  });
  const fromSender = ok(await propose(w.sending.admin.token)).proposeTalentExchange;
  expect(fromSender.status).toBe("PROPOSED");
  const fromReceiver = ok(await propose(w.receiving.admin.token, { kind: "POSTDOC" })).proposeTalentExchange;
  expect(fromReceiver.status).toBe("PROPOSED");
});

it("is decided by the other side or the secretariat, once, and then carried out along its lifecycle", async () => {
  const w = await world();
  const fromSender = ok(await proposeTalentExchange(t.url, w.sending.admin.token, proposal(w))).proposeTalentExchange;
  expect(failure(await decideTalentExchange(t.url, w.sending.admin.token, fromSender.id, "APPROVE")).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await decideTalentExchange(t.url, w.third.admin.token, fromSender.id, "APPROVE")).extensions).toMatchObject({
    code: "NOT_FOUND",
    field: "talentExchangeId",
  });
  expect(ok(await decideTalentExchange(t.url, w.receiving.admin.token, fromSender.id, "APPROVE")).decideTalentExchange.status).toBe(
    "APPROVED",
  );
  expect(failure(await decideTalentExchange(t.url, w.receiving.admin.token, fromSender.id, "REJECT")).extensions).toMatchObject({
    code: "BAD_USER_INPUT",
    field: "decision",
  });
  const step = (token: string, status: string) => updateTalentExchange(t.url, token, fromSender.id, status);
  expect(failure(await step(w.receiving.admin.token, "COMPLETED")).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
  expect(failure(await step(w.receiving.admin.token, "REJECTED")).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
  expect(failure(await step(w.sending.engineer.token, "ONGOING")).extensions?.code).toBe("FORBIDDEN");
  expect(ok(await step(w.receiving.admin.token, "ONGOING")).updateTalentExchange.status).toBe("ONGOING");
  expect(ok(await step(w.sending.admin.token, "COMPLETED")).updateTalentExchange.status).toBe("COMPLETED");
  expect(failure(await step(w.secretariat.token, "CANCELLED")).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });

  const fromReceiver = ok(await proposeTalentExchange(t.url, w.receiving.admin.token, proposal(w))).proposeTalentExchange;
  expect(failure(await decideTalentExchange(t.url, w.receiving.admin.token, fromReceiver.id, "APPROVE")).extensions?.code).toBe(
    "FORBIDDEN",
  );
  expect(ok(await decideTalentExchange(t.url, w.secretariat.token, fromReceiver.id, "REJECT")).decideTalentExchange.status).toBe(
    "REJECTED",
  );
  expect(failure(await updateTalentExchange(t.url, w.secretariat.token, fromReceiver.id, "ONGOING")).extensions?.code).toBe(
    "BAD_USER_INPUT",
  );

  const withdrawn = ok(await proposeTalentExchange(t.url, w.sending.admin.token, proposal(w))).proposeTalentExchange;
  expect(failure(await updateTalentExchange(t.url, w.sending.admin.token, withdrawn.id, "ONGOING")).extensions?.code).toBe(
    "BAD_USER_INPUT",
  );
  expect(ok(await updateTalentExchange(t.url, w.sending.admin.token, withdrawn.id, "CANCELLED")).updateTalentExchange.status).toBe(
    "CANCELLED",
  );
  expect(failure(await decideTalentExchange(t.url, w.receiving.admin.token, withdrawn.id, "APPROVE")).extensions?.code).toBe(
    "BAD_USER_INPUT",
  );
});

it("shows exchanges to both sides, the secretariat and analysts only, filtered and ordered in SQL", async () => {
  const w = await world();
  const analyst = await createUser(t.url, t.admin, w.third.id);
  await grantRole(t.url, t.admin, w.allianceId, analyst.id, "ANALYST");
  const project = await createProject(t.url, w.sending.admin.token, w.allianceId);
  const a = ok(
    await proposeTalentExchange(t.url, w.sending.admin.token, proposal(w, { startDate: "2026-05-01", projectId: project.id })),
  ).proposeTalentExchange;
  const b = ok(
    await proposeTalentExchange(t.url, w.sending.admin.token, proposal(w, { kind: "INTERNSHIP", startDate: "2026-02-01", endDate: null })),
  ).proposeTalentExchange;
  ok(await decideTalentExchange(t.url, w.receiving.admin.token, b.id, "APPROVE"));

  const query = `query($filter: TalentExchangeFilter, $orderBy: [TalentExchangeOrder!]) { talentExchanges(filter: $filter, orderBy: $orderBy) {
    totalCount edges { node { id kind status person { id } fromOrganization { id } toOrganization { id } project { id } } } } }`;
  const list = async (token: string, filter: object = {}, orderBy?: object[]) =>
    ok(await gql(t.url, query, { filter: { allianceId: { eq: w.allianceId }, ...filter }, orderBy }, token)).talentExchanges;

  const receiving = await list(w.receiving.admin.token, {}, [{ field: "START_DATE", direction: "ASC" }]);
  expect(receiving.edges.map((e: any) => e.node.id)).toEqual([b.id, a.id]);
  // The receiving side does not take part in the project: the exchange shows, its project does not.
  expect(receiving.edges[1].node).toMatchObject({ person: { id: w.sending.engineer.id }, project: null });
  expect((await list(w.sending.admin.token)).edges.find((e: any) => e.node.id === a.id).node.project).toEqual({ id: project.id });
  expect((await list(w.third.admin.token)).totalCount).toBe(0);
  expect((await list(analyst.token)).totalCount).toBe(2);
  expect((await list(w.secretariat.token, { status: { eq: "APPROVED" } })).edges.map((e: any) => e.node.id)).toEqual([b.id]);
  expect((await list(w.secretariat.token, { kind: { in: ["JOINT_TRAINING"] } })).edges.map((e: any) => e.node.id)).toEqual([a.id]);
  expect(
    (await list(w.secretariat.token, { toOrganization: { type: { eq: "UNIVERSITY" } }, not: { status: { eq: "APPROVED" } } })).edges.map(
      (e: any) => e.node.id,
    ),
  ).toEqual([a.id]);
  const node = await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: a.id }, w.third.admin.token);
  expect(failure(node).extensions?.code).toBe("NOT_FOUND");
  const onProject = ok(
    await gql(
      t.url,
      `query($id: ID!) { project(id: $id) { talentExchanges { edges { node { id } } } } }`,
      { id: project.id },
      w.sending.admin.token,
    ),
  );
  expect(onProject.project.talentExchanges.edges.map((e: any) => e.node.id)).toEqual([a.id]);
});
