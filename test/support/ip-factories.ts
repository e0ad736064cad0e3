/**
 * Seed data for agreements, governance and IP assets, through the public API. Each call works
 * on the organizations it is given; nothing is shared between tests.
 */
import { gql, ok, type GraphQLResponse } from "./client";
import {
  applyForMembership,
  createAllianceWithMembers,
  createOrganization,
  createOrgWithAdmin,
  createUser,
  decideMembership,
  grantRole,
  type TestOrg,
  type TestUser,
} from "./factories";

const VERSION_FIELDS = `id number status text goals breachTerms textHash openedAt effectiveAt endedAt
  taskDivision { organization { id } responsibilities }
  requiredSignatories { id } missingSignatories { id }
  signatures { organization { id } signer { id } signedAt textHash }`;

const AGREEMENT_FIELDS = `id kind title status
  versions { ${VERSION_FIELDS} }
  latestVersion { id number status }
  effectiveVersion { id number }
  openVersion { id number }`;

export interface World {
  allianceId: string;
  secretariat: TestUser;
  analyst: TestUser;
  members: TestOrg[];
}

/**
 * An alliance with `memberCount` ACTIVE members (each with an ORG_ADMIN legal representative), a
 * secretariat (a user of the first member, the host) and an analyst from an organization that is
 * not a member, so the analyst's reads come from the role alone.
 */
export async function createWorld(url: string, admin: string, memberCount = 3): Promise<World> {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(url, admin, memberCount);
  const analystOrg = await createOrganization(url, admin);
  const analyst = await createUser(url, admin, analystOrg.id);
  await grantRole(url, admin, allianceId, analyst.id, "ANALYST");
  return { allianceId, secretariat, analyst, members };
}

/** A new organization admitted to the alliance (applies, the secretariat approves); returns it and its membership id. */
export async function admitMember(url: string, admin: string, world: World): Promise<TestOrg & { membershipId: string }> {
  const org = await createOrgWithAdmin(url, admin);
  const applied = ok(await applyForMembership(url, org.admin.token, world.allianceId, org.id));
  ok(await decideMembership(url, world.secretariat.token, applied.applyForMembership.id, "APPROVE"));
  return { ...org, membershipId: applied.applyForMembership.id };
}

export function createAgreementRaw(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(url, `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`, { input }, token);
}

/** A DRAFT alliance agreement with every member given a task. */
export async function draftAllianceAgreement(url: string, world: World, extra: Record<string, unknown> = {}) {
  const data = ok(
    await createAgreementRaw(url, world.secretariat.token, {
      allianceId: world.allianceId,
      kind: "ALLIANCE",
      title: "Alliance agreement",
      text: "The members jointly develop core battery technology.",
      goals: ["Solid-state cell prototype", "Shared test platform"],
      taskDivision: world.members.map((m, i) => ({ organizationId: m.id, responsibilities: [`Work package ${i + 1}`] })),
      breachTerms: "A party in breach bears the other parties' direct losses.",
      ...extra,
    }),
  );
  return data.createAgreement;
}

export function openAgreement(url: string, token: string, agreementId: string): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: OpenAgreementForSignatureInput!) { openAgreementForSignature(input: $input) { ${AGREEMENT_FIELDS} } }`,
    { input: { agreementId } },
    token,
  );
}

export function signAgreement(url: string, token: string, agreementId: string): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: SignAgreementInput!) { signAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`,
    { input: { agreementId } },
    token,
  );
}

export function amendAgreement(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(url, `mutation($input: AmendAgreementInput!) { amendAgreement(input: $input) { ${AGREEMENT_FIELDS} } }`, { input }, token);
}

export async function readAgreement(url: string, token: string, id: string) {
  return gql(url, `query($id: ID!) { node(id: $id) { ... on Agreement { ${AGREEMENT_FIELDS} } } }`, { id }, token);
}

/** An EFFECTIVE alliance agreement signed by every member's legal representative. */
export async function effectiveAllianceAgreement(url: string, world: World) {
  const agreement = await draftAllianceAgreement(url, world);
  ok(await openAgreement(url, world.secretariat.token, agreement.id));
  let last: Record<string, any> = {};
  for (const member of world.members) last = ok(await signAgreement(url, member.admin.token, agreement.id)).signAgreement;
  return last;
}

const IP_FIELDS = `id kind title status jurisdiction registrationNumber governmentFunded diffusionStatus diffusionDueDate
  diffusedOn diffusionMethod diffusionReference
  owners { organization { id } basisPoints }
  licenses { id licensee { id } scope fieldOfUse territory startDate endDate royaltyTerms }`;

export function registerIpAssetRaw(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(url, `mutation($input: RegisterIpAssetInput!) { registerIpAsset(input: $input) { ${IP_FIELDS} } }`, { input }, token);
}

/** An asset registered by the secretariat with the given owners (basis points). */
export async function registerIpAsset(
  url: string,
  world: World,
  input: Record<string, unknown> & { owners?: { organizationId: string; basisPoints: number }[] },
) {
  const data = ok(
    await registerIpAssetRaw(url, world.secretariat.token, {
      allianceId: world.allianceId,
      kind: "INVENTION_PATENT",
      title: "Electrolyte additive",
      ...input,
    }),
  );
  return data.registerIpAsset;
}

export function setIpOwners(url: string, token: string, ipAssetId: string, owners: { organizationId: string; basisPoints: number }[]) {
  return gql(
    url,
    `mutation($input: SetIpOwnersInput!) { setIpOwners(input: $input) { ${IP_FIELDS} } }`,
    { input: { ipAssetId, owners } },
    token,
  );
}

const CHANGE_FIELDS = `id status createdAt decidedAt ipAsset { id } owners { basisPoints organization { id } }
  previousOwners { basisPoints organization { id } } requiredApprovers { id } missingApprovers { id }
  approvals { approvedAt organization { id } approvedBy { id } } proposedBy { id }`;

export function proposeIpOwnershipChange(
  url: string,
  token: string,
  ipAssetId: string,
  owners: { organizationId: string; basisPoints: number }[],
): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: ProposeIpOwnershipChangeInput!) { proposeIpOwnershipChange(input: $input) { ${CHANGE_FIELDS} } }`,
    { input: { ipAssetId, owners } },
    token,
  );
}

export function decideIpOwnershipChange(url: string, token: string, changeId: string, approve: boolean): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: DecideIpOwnershipChangeInput!) { decideIpOwnershipChange(input: $input) { ${CHANGE_FIELDS} } }`,
    { input: { changeId, approve } },
    token,
  );
}

export function withdrawIpOwnershipChange(url: string, token: string, changeId: string): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: WithdrawIpOwnershipChangeInput!) { withdrawIpOwnershipChange(input: $input) { ${CHANGE_FIELDS} } }`,
    { input: { changeId } },
    token,
  );
}

export function grantLicense(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: GrantLicenseInput!) { grantLicense(input: $input) { id scope territory fieldOfUse royaltyTerms licensee { id } ipAsset { id diffusionStatus diffusionMethod } } }`,
    {
      input: {
        scope: "NON_EXCLUSIVE",
        fieldOfUse: "Electric vehicles",
        territory: "CN",
        startDate: "2026-01-01",
        royaltyTerms: "3% of net sales",
        ...input,
      },
    },
    token,
  );
}

export function readIpAsset(url: string, token: string, id: string): Promise<GraphQLResponse> {
  return gql(url, `query($id: ID!) { ipAsset(id: $id) { ${IP_FIELDS} } }`, { id }, token);
}
