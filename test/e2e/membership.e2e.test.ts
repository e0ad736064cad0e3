import { gql, ok, failure } from "../support/client";
import {
  applyForMembership,
  createAllianceWithMembers,
  createAllianceWithSecretariat,
  createOrgWithAdmin,
  createUser,
  decideMembership,
} from "../support/factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const DIRECTORY = `query($id: ID!) { alliance(id: $id) { id members { totalCount edges { node { status organization { id } } } } } }`;

async function allianceWithSecretariat() {
  const host = await createOrgWithAdmin(t.url, t.admin, { industryBackbone: true });
  const { allianceId, secretariat } = await createAllianceWithSecretariat(t.url, t.admin, host.id);
  return { alliance: { id: allianceId }, secretariat };
}

describe("applying and deciding", () => {
  it("admits an applicant, which then sees the directory", async () => {
    const { alliance, secretariat } = await allianceWithSecretariat();
    const org = await createOrgWithAdmin(t.url, t.admin, { type: "UNIVERSITY" });
    const applied = ok(await applyForMembership(t.url, org.admin.token, alliance.id, org.id)).applyForMembership;
    expect(applied.status).toBe("APPLIED");
    expect(failure(await gql(t.url, DIRECTORY, { id: alliance.id }, org.admin.token)).extensions?.code).toBe("NOT_FOUND");
    const decided = ok(await decideMembership(t.url, secretariat.token, applied.id, "APPROVE")).decideMembership;
    expect(decided.status).toBe("ACTIVE");
    const directory = ok(await gql(t.url, DIRECTORY, { id: alliance.id }, org.admin.token));
    expect(directory.alliance.members.totalCount).toBe(1);
    expect(directory.alliance.members.edges[0].node).toEqual({ status: "ACTIVE", organization: { id: org.id } });
  });

  it("rejects an applicant, refuses a second decision, and lets it apply again", async () => {
    const { alliance, secretariat } = await allianceWithSecretariat();
    const org = await createOrgWithAdmin(t.url, t.admin);
    const applied = ok(await applyForMembership(t.url, org.admin.token, alliance.id, org.id)).applyForMembership;
    expect(ok(await decideMembership(t.url, secretariat.token, applied.id, "REJECT")).decideMembership.status).toBe("REJECTED");
    expect(failure(await decideMembership(t.url, secretariat.token, applied.id, "APPROVE")).extensions).toMatchObject({
      code: "CONFLICT",
      field: "membershipId",
    });
    expect(failure(await gql(t.url, DIRECTORY, { id: alliance.id }, org.admin.token)).extensions?.code).toBe("NOT_FOUND");
    const again = ok(await applyForMembership(t.url, org.admin.token, alliance.id, org.id)).applyForMembership;
    expect(again.id).not.toBe(applied.id);
  });

  it("refuses a second open application with CONFLICT naming the organization", async () => {
    const { alliance } = await allianceWithSecretariat();
    const org = await createOrgWithAdmin(t.url, t.admin);
    ok(await applyForMembership(t.url, org.admin.token, alliance.id, org.id));
    expect(failure(await applyForMembership(t.url, org.admin.token, alliance.id, org.id)).extensions).toMatchObject({
      code: "CONFLICT",
      field: "organizationId",
    });
  });

  it("lets only the organization's ORG_ADMIN apply, and only the secretariat decide", async () => {
    const { alliance } = await allianceWithSecretariat();
    const org = await createOrgWithAdmin(t.url, t.admin);
    const other = await createOrgWithAdmin(t.url, t.admin);
    const engineer = await createUser(t.url, org.admin.token, org.id);
    expect(failure(await applyForMembership(t.url, engineer.token, alliance.id, org.id)).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await applyForMembership(t.url, other.admin.token, alliance.id, org.id)).extensions?.code).toBe("FORBIDDEN");
    const applied = ok(await applyForMembership(t.url, org.admin.token, alliance.id, org.id)).applyForMembership;
    // The applicant sees its own application, but may not decide it.
    expect(failure(await decideMembership(t.url, org.admin.token, applied.id, "APPROVE")).extensions?.code).toBe("FORBIDDEN");
    // An unrelated organization cannot even see it.
    expect(failure(await decideMembership(t.url, other.admin.token, applied.id, "APPROVE")).extensions?.code).toBe("NOT_FOUND");
  });

  it("answers NOT_FOUND for an alliance that does not exist and BAD_USER_INPUT for an id of another type", async () => {
    const org = await createOrgWithAdmin(t.url, t.admin);
    const missing = Buffer.from("Alliance:00000000-0000-4000-8000-000000000000").toString("base64url");
    expect(failure(await applyForMembership(t.url, org.admin.token, missing, org.id)).extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "allianceId",
    });
    expect(failure(await applyForMembership(t.url, org.admin.token, org.id, org.id)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "allianceId",
    });
  });
});

describe("leaving and suspension", () => {
  const change = (name: string, membershipId: string, token: string) =>
    gql(t.url, `mutation($input: ChangeMembershipInput!) { ${name}(input: $input) { status } }`, { input: { membershipId } }, token);

  it("takes the directory away while suspended and for good after withdrawal", async () => {
    const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 2);
    const member = members[1];
    const own = ok(
      await gql(
        t.url,
        `query($id: ID!) { organization(id: $id) { memberships { edges { node { id } } } } }`,
        { id: member.id },
        member.admin.token,
      ),
    );
    const membershipId = own.organization.memberships.edges[0].node.id;
    expect(ok(await change("suspendMembership", membershipId, secretariat.token)).suspendMembership.status).toBe("SUSPENDED");
    expect(failure(await gql(t.url, DIRECTORY, { id: allianceId }, member.admin.token)).extensions?.code).toBe("NOT_FOUND");
    expect(failure(await change("suspendMembership", membershipId, member.admin.token)).extensions?.code).toBe("FORBIDDEN");
    expect(ok(await change("reinstateMembership", membershipId, secretariat.token)).reinstateMembership.status).toBe("ACTIVE");
    expect(ok(await gql(t.url, DIRECTORY, { id: allianceId }, member.admin.token)).alliance.id).toBe(allianceId);
    expect(ok(await change("withdrawMembership", membershipId, member.admin.token)).withdrawMembership.status).toBe("WITHDRAWN");
    expect(failure(await gql(t.url, DIRECTORY, { id: allianceId }, member.admin.token)).extensions?.code).toBe("NOT_FOUND");
    expect(failure(await change("reinstateMembership", membershipId, secretariat.token)).extensions?.code).toBe("CONFLICT");
  });
});

describe("reading", () => {
  it("lists only the alliances a user belongs to", async () => {
    const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    const mine = ok(await gql(t.url, `{ alliances { totalCount edges { node { id } } } }`, {}, members[0].admin.token));
    expect(mine.alliances).toEqual({ totalCount: 1, edges: [{ node: { id: allianceId } }] });
    const none = ok(await gql(t.url, `{ alliances { totalCount } }`, {}, outsider.admin.token));
    expect(none.alliances.totalCount).toBe(0);
  });

  it("pages through organizations with first/after and filters in SQL", async () => {
    const tag = `Page-${Date.now()}`;
    for (let i = 0; i < 5; i++)
      await createOrgWithAdmin(t.url, t.admin, { name: `${tag}-${i}`, type: i < 3 ? "UNIVERSITY" : "ENTERPRISE" });
    const query = `query($after: String, $filter: OrganizationFilter) {
      organizations(first: 2, after: $after, filter: $filter, orderBy: [{ field: NAME, direction: DESC }]) {
        totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;
    const filter = { name: { contains: tag } };
    const names: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = ok(await gql(t.url, query, { after, filter }, t.admin));
      expect(data.organizations.totalCount).toBe(5);
      names.push(...data.organizations.edges.map((e: any) => e.node.name));
      if (!data.organizations.pageInfo.hasNextPage) break;
      after = data.organizations.pageInfo.endCursor;
    }
    expect(names).toEqual([4, 3, 2, 1, 0].map((i) => `${tag}-${i}`));
    const combined = ok(
      await gql(
        t.url,
        query,
        {
          filter: {
            and: [filter, { or: [{ type: { eq: "ENTERPRISE" } }, { name: { eq: `${tag}-0` } }] }],
            not: { name: { eq: `${tag}-4` } },
          },
        },
        t.admin,
      ),
    );
    expect(combined.organizations.totalCount).toBe(2);
    expect(failure(await gql(t.url, `{ organizations(first: 101) { totalCount } }`, {}, t.admin)).extensions?.code).toBe("BAD_USER_INPUT");
    expect(failure(await gql(t.url, `{ organizations(after: "garbage") { totalCount } }`, {}, t.admin)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "after",
    });
  });

  it("resolves node and nodes under the viewer's rights", async () => {
    const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Alliance { name } } }`;
    expect(ok(await gql(t.url, NODE, { id: allianceId }, members[0].admin.token)).node.__typename).toBe("Alliance");
    expect(failure(await gql(t.url, NODE, { id: allianceId }, outsider.admin.token)).extensions?.code).toBe("NOT_FOUND");
    expect(failure(await gql(t.url, NODE, { id: "bm9wZQ" }, outsider.admin.token)).extensions?.code).toBe("BAD_USER_INPUT");
    const nodes = ok(
      await gql(t.url, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [allianceId, members[0].id] }, outsider.admin.token),
    );
    expect(nodes.nodes).toEqual([null, { id: members[0].id }]);
  });
});

describe("platform administration", () => {
  it("lets only platform admins create organizations and alliances", async () => {
    const org = await createOrgWithAdmin(t.url, t.admin);
    const attempt = await gql(
      t.url,
      `mutation { createAlliance(input: { name: "x", field: "y", scope: REGIONAL, region: "z" }) { id } }`,
      {},
      org.admin.token,
    );
    expect(failure(attempt).extensions?.code).toBe("FORBIDDEN");
  });

  it("validates the credit code's check character and refuses a duplicate", async () => {
    const create = (creditCode: string) =>
      gql(
        t.url,
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id creditCode } }`,
        {
          input: { name: "Check Co", type: "ENTERPRISE", creditCode, legalRepresentative: "王五", region: "上海" },
        },
        t.admin,
      );
    // 91350100M000100Y43 is a well-formed code; change its check character and it must fail.
    const valid = "91350100M000100Y43";
    const wrongCheck = valid.slice(0, 17) + (valid[17] === "3" ? "4" : "3");
    expect(failure(await create(wrongCheck)).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "creditCode" });
    expect(failure(await create("91350100M000100YI3")).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "creditCode" });
    // Each test run has a database of its own, so the code is free; it is stored upper-cased.
    expect(ok(await create(valid.toLowerCase())).createOrganization.creditCode).toBe(valid);
    expect(failure(await create(valid)).extensions).toMatchObject({ code: "CONFLICT", field: "creditCode" });
  });

  it("records every mutation in the audit log, readable by the alliance's secretariat only", async () => {
    const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 2);
    const AUDIT = `query($a: ID!) { auditEntries(first: 50, filter: { allianceId: { eq: $a } }) { totalCount edges { node { action entityType actor { id } } } } }`;
    const log = ok(await gql(t.url, AUDIT, { a: allianceId }, secretariat.token));
    const actions = log.auditEntries.edges.map((e: any) => e.node.action);
    expect(actions.filter((a: string) => a === "decideMembership")).toHaveLength(2);
    expect(actions.filter((a: string) => a === "applyForMembership")).toHaveLength(2);
    expect(actions).toContain("createAlliance");
    const decision = log.auditEntries.edges.find((e: any) => e.node.action === "decideMembership");
    expect(decision.node.actor).toEqual({ id: secretariat.id });
    expect(ok(await gql(t.url, AUDIT, { a: allianceId }, members[1].admin.token)).auditEntries.totalCount).toBe(0);
  });
});
