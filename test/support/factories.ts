/**
 * Seed data through the public API. Every call makes fresh organizations and users, so tests
 * never depend on each other's data.
 */
import { randomBytes, randomInt } from "node:crypto";
import { creditCodeCheckCharacter } from "../../src/validation/credit-code";
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "./app";
import { gql, ok } from "./client";

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** A random, valid unified social credit code. */
export function creditCode(): string {
  let tail = "";
  for (let i = 0; i < 9; i++) tail += ALPHABET[randomInt(ALPHABET.length)];
  const stem = `91${String(randomInt(110000, 660000))}${tail}`;
  return stem + creditCodeCheckCharacter(stem);
}

export const uniq = (prefix = "t") => `${prefix}-${randomBytes(5).toString("hex")}`;

export async function login(url: string, email: string, password: string): Promise<string> {
  const data = ok(
    await gql<{ login: { token: string } }>(url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
      e: email,
      p: password,
    }),
  );
  return data.login.token;
}

export const adminToken = (url: string) => login(url, ADMIN_EMAIL, ADMIN_PASSWORD);

export interface TestUser {
  id: string;
  email: string;
  token: string;
}

export interface TestOrg {
  id: string;
  name: string;
  admin: TestUser;
}

export async function createOrganization(
  url: string,
  admin: string,
  input: Partial<{ name: string; type: string; industryBackbone: boolean; creditCode: string }> = {},
): Promise<{ id: string; name: string }> {
  const data = ok(
    await gql<{ createOrganization: { id: string; name: string } }>(
      url,
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`,
      {
        input: {
          name: input.name ?? uniq("Org"),
          type: input.type ?? "ENTERPRISE",
          creditCode: input.creditCode ?? creditCode(),
          legalRepresentative: "张三",
          region: "北京",
          industryBackbone: input.industryBackbone ?? false,
        },
      },
      admin,
    ),
  );
  return data.createOrganization;
}

export async function createUser(
  url: string,
  token: string,
  organizationId: string,
  input: Partial<{ orgRole: string; isLegalRepresentative: boolean; name: string }> = {},
): Promise<TestUser> {
  const email = `${uniq("user")}@example.com`;
  const password = "correct horse battery";
  const data = ok(
    await gql<{ createUser: { id: string } }>(
      url,
      `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      {
        input: {
          email,
          name: input.name ?? "Test User",
          password,
          organizationId,
          orgRole: input.orgRole ?? "MEMBER",
          isLegalRepresentative: input.isLegalRepresentative ?? false,
        },
      },
      token,
    ),
  );
  return { id: data.createUser.id, email, token: await login(url, email, password) };
}

/** A new organization with an ORG_ADMIN (who is also its legal representative). */
export async function createOrgWithAdmin(
  url: string,
  admin: string,
  input: Partial<{ name: string; type: string; industryBackbone: boolean }> = {},
): Promise<TestOrg> {
  const org = await createOrganization(url, admin, input);
  const orgAdmin = await createUser(url, admin, org.id, { orgRole: "ORG_ADMIN", isLegalRepresentative: true });
  return { ...org, admin: orgAdmin };
}

export async function createAlliance(url: string, admin: string, hostOrganizationId?: string): Promise<{ id: string }> {
  const data = ok(
    await gql<{ createAlliance: { id: string } }>(
      url,
      `mutation($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`,
      { input: { name: uniq("Alliance"), field: "batteries", scope: "NATIONAL", region: "全国", hostOrganizationId } },
      admin,
    ),
  );
  return data.createAlliance;
}

export async function applyForMembership(url: string, token: string, allianceId: string, organizationId: string) {
  return gql<{ applyForMembership: { id: string; status: string } }>(
    url,
    `mutation($input: ApplyForMembershipInput!) { applyForMembership(input: $input) { id status } }`,
    { input: { allianceId, organizationId } },
    token,
  );
}

export async function decideMembership(url: string, token: string, membershipId: string, decision: "APPROVE" | "REJECT") {
  return gql<{ decideMembership: { id: string; status: string } }>(
    url,
    `mutation($input: DecideMembershipInput!) { decideMembership(input: $input) { id status } }`,
    { input: { membershipId, decision } },
    token,
  );
}

export async function grantRole(
  url: string,
  admin: string,
  allianceId: string,
  userId: string,
  role: "SECRETARIAT" | "ANALYST" | "GOVERNMENT_SUPERVISOR",
) {
  return ok(
    await gql(
      url,
      `mutation($input: GrantAllianceRoleInput!) { grantAllianceRole(input: $input) { id role } }`,
      { input: { allianceId, userId, role } },
      admin,
    ),
  );
}

/** An alliance hosted by `hostId`, with a user of the host as its secretariat. */
export async function createAllianceWithSecretariat(
  url: string,
  admin: string,
  hostId: string,
): Promise<{ allianceId: string; secretariat: TestUser }> {
  const alliance = await createAlliance(url, admin, hostId);
  const secretariat = await createUser(url, admin, hostId);
  await grantRole(url, admin, alliance.id, secretariat.id, "SECRETARIAT");
  return { allianceId: alliance.id, secretariat };
}

/** Each organization applies to the alliance and the secretariat approves it: all become ACTIVE members. */
export async function admitAll(url: string, secretariatToken: string, allianceId: string, organizations: TestOrg[]): Promise<void> {
  for (const org of organizations) {
    const applied = ok(await applyForMembership(url, org.admin.token, allianceId, org.id));
    ok(await decideMembership(url, secretariatToken, applied.applyForMembership.id, "APPROVE"));
  }
}

/**
 * An alliance with a secretariat user and the given organizations admitted as ACTIVE members.
 */
export async function createAllianceWithMembers(
  url: string,
  admin: string,
  memberCount = 2,
): Promise<{ allianceId: string; secretariat: TestUser; members: TestOrg[] }> {
  const host = await createOrgWithAdmin(url, admin, { industryBackbone: true });
  const { allianceId, secretariat } = await createAllianceWithSecretariat(url, admin, host.id);
  const members = [host];
  for (let i = 1; i < memberCount; i++) members.push(await createOrgWithAdmin(url, admin, { type: i % 2 ? "UNIVERSITY" : "ENTERPRISE" }));
  await admitAll(url, secretariat.token, allianceId, members);
  return { allianceId, secretariat, members };
}
