/**
 * Disposable objects the mutation rows of the matrix act on, each made by someone allowed to, and
 * the request helper the rows send their mutations with.
 */
import { gql, type GraphQLResponse } from "../../support/client";
import { must, proposeMotion, type AuthzWorld, type Role } from "../../support/authz-world";
import { applyForMembership, createOrgWithAdmin, decideMembership, uniq } from "../../support/factories";
import { createAgreementRaw, openAgreement, registerIpAssetRaw } from "../../support/ip-factories";
import { requestAccessRights } from "../../support/access-factories";
import { addFundingSource } from "../../support/funds-factories";
import { createDeliverable, submitDeliverable, workPackage } from "../../support/work-plan-factories";
import { addParticipant, createProject, decideTalentExchange, proposeTalentExchange } from "../../support/project-factories";

export function call(
  w: AuthzWorld,
  role: Role,
  name: string,
  input: Record<string, unknown>,
  type = `${name[0].toUpperCase()}${name.slice(1)}Input`,
): Promise<GraphQLResponse> {
  const selection = "id";
  return gql(w.url, `mutation($input: ${type}!) { ${name}(input: $input) { ${selection} } }`, { input }, w.token(role));
}

export const sec = (w: AuthzWorld) => w.users.secretariat.token;
export const lead = (w: AuthzWorld) => w.a.admin.token;

/** A project led by A with B taking part, like the participants-only project. */
export async function project(w: AuthzWorld): Promise<string> {
  const p = await createProject(w.url, lead(w), w.allianceId);
  must(await addParticipant(w.url, lead(w), p.id, w.b.id));
  return p.id;
}

/** Like `project`, with government money: the government supervisor supervises it (Art. 8.4). */
export async function governmentProject(w: AuthzWorld): Promise<string> {
  const id = await project(w);
  must(await addFundingSource(w.url, sec(w), { projectId: id, kind: "GOVERNMENT", provider: "Bureau", amount: "1000.00" }));
  return id;
}

/** A 24-month project from 2026-01-01 led by A with B, and its WP1 led by B. */
export async function planned(w: AuthzWorld): Promise<{ projectId: string; workPackageId: string }> {
  const p = await createProject(w.url, lead(w), w.allianceId, { startDate: "2026-01-01", endDate: "2027-12-31" });
  must(await addParticipant(w.url, lead(w), p.id, w.b.id));
  const wp = await workPackage(w.url, lead(w), p.id, w.b.id);
  return { projectId: p.id, workPackageId: wp.id };
}

/** A deliverable of B due in the project's last month, submitted by B's member when `submitted`. */
export async function deliverable(w: AuthzWorld, submitted = false): Promise<string> {
  const { workPackageId } = await planned(w);
  const id = must(
    await createDeliverable(w.url, lead(w), { workPackageId, number: "D1.1", dueMonth: 24, responsibleOrganizationId: w.b.id }),
  ).createDeliverable.id;
  if (submitted) must(await submitDeliverable(w.url, w.users.member.token, { deliverableId: id }));
  return id;
}

/** Reporting period 1 (month 1, long past) of a new planned project; submitted by A's ORG_ADMIN when `submitted`. */
export async function period(w: AuthzWorld, submitted = false): Promise<string> {
  const { projectId } = await planned(w);
  const id = must(await call(w, "orgAdmin", "createReportingPeriod", { projectId, startMonth: 1, endMonth: 1 })).createReportingPeriod.id;
  if (submitted) must(await call(w, "orgAdmin", "submitPeriodReport", { periodId: id }));
  return id;
}

/** A patent owned by A alone. */
export async function asset(w: AuthzWorld, extra: Record<string, unknown> = {}): Promise<string> {
  return must(
    await registerIpAssetRaw(w.url, sec(w), {
      allianceId: w.allianceId,
      kind: "INVENTION_PATENT",
      title: uniq("Asset"),
      owners: [{ organizationId: w.a.id, basisPoints: 10000 }],
      ...extra,
    }),
  ).registerIpAsset.id;
}

/** A and B half each: new owners for `asset(w)`. */
export const halves = (w: AuthzWorld) => [
  { organizationId: w.a.id, basisPoints: 5000 },
  { organizationId: w.b.id, basisPoints: 5000 },
];
/** A result of a new project (led by A with B) owned by `owner`: A's or B's ORG_ADMIN may ask for access to it. */
export async function result(w: AuthzWorld, owner: { id: string }): Promise<{ projectId: string; ipAssetId: string }> {
  const projectId = await project(w);
  return {
    projectId,
    ipAssetId: await asset(w, { originProjectId: projectId, owners: [{ organizationId: owner.id, basisPoints: 10000 }] }),
  };
}

/** B's request for access to a result of a new project owned by A. */
export async function accessRequest(w: AuthzWorld): Promise<string> {
  const target = await result(w, w.a);
  return must(await requestAccessRights(w.url, w.b.admin.token, { ...target, purpose: "EXPLOITATION" })).requestAccessRights.id;
}

/**
 * A DRAFT project agreement on a new project led by A with B (and, with `withC`, C) taking part;
 * the participants are its parties. (An alliance has one alliance agreement, the world's.)
 */
export async function draft(w: AuthzWorld, withC = false): Promise<string> {
  const projectId = await project(w);
  if (withC) must(await addParticipant(w.url, lead(w), projectId, w.c.id));
  const parties = withC ? [w.a, w.b, w.c] : [w.a, w.b];
  return must(
    await createAgreementRaw(w.url, sec(w), {
      allianceId: w.allianceId,
      projectId,
      kind: "PROJECT",
      title: uniq("Agreement"),
      text: "Ownership and revenue sharing of the results.",
      taskDivision: parties.map((m) => ({ organizationId: m.id, responsibilities: ["Work"] })),
    }),
  ).createAgreement.id;
}

/** A project agreement open for signature (amending or terminating a never-opened DRAFT fails, see below). */
export async function opened(w: AuthzWorld): Promise<string> {
  const id = await draft(w);
  must(await openAgreement(w.url, sec(w), id));
  return id;
}

/** A new organization admitted to the alliance; answers its membership id. */
export async function admitted(w: AuthzWorld, suspend = false): Promise<string> {
  const org = await createOrgWithAdmin(w.url, w.admin);
  const id = must(await applyForMembership(w.url, org.admin.token, w.allianceId, org.id)).applyForMembership.id;
  must(await decideMembership(w.url, sec(w), id, "APPROVE"));
  if (suspend) must(await call(w, "secretariat", "suspendMembership", { membershipId: id }, "ChangeMembershipInput"));
  return id;
}

/** An exchange from A to B proposed by A's ORG_ADMIN. */
export async function exchange(w: AuthzWorld, approved = false): Promise<string> {
  const id = must(
    await proposeTalentExchange(w.url, lead(w), {
      allianceId: w.allianceId,
      fromOrganizationId: w.a.id,
      toOrganizationId: w.b.id,
      personId: w.a.admin.id,
    }),
  ).proposeTalentExchange.id;
  if (approved) must(await decideTalentExchange(w.url, sec(w), id, "APPROVE"));
  return id;
}

/** An OPEN motion put to the world's council by A's ORG_ADMIN. */
export async function motion(w: AuthzWorld): Promise<string> {
  return must(await proposeMotion(w.url, lead(w), w.councilId)).proposeMotion.id;
}

/** A NOTIFIED breach of the alliance agreement by C. */
export async function breach(w: AuthzWorld): Promise<string> {
  return must(
    await call(w, "secretariat", "recordBreach", { agreementId: w.agreementId, organizationId: w.c.id, description: uniq("Breach") }),
  ).recordBreach.id;
}

let slot = 0;
/** A fresh two-hour slot on the shared facility. */
export function nextSlot(): { start: string; end: string } {
  const day = new Date(Date.UTC(2028, 0, 1) + slot++ * 86_400_000).toISOString().slice(0, 10);
  return { start: `${day}T08:00:00Z`, end: `${day}T10:00:00Z` };
}

/** The organization the role would act for (platform admin and anonymous: A). */
export function ownOrg(w: AuthzWorld, role: Role): string {
  const orgs: Partial<Record<Role, string>> = { member: w.b.id, legalRep: w.c.id, otherAlliance: w.otherOrg.id };
  return orgs[role] ?? w.a.id;
}
