/**
 * One world for the authorization matrix, seeded through the public API: an alliance with an
 * enterprise lead (A), a university (B) and a third enterprise (C); a second alliance with an
 * unrelated member; a user in every role; projects, tasks, IP, benefit sharing, funds, facilities,
 * talent exchanges, agreements and governance (with a council and a motion put to it). The
 * participants-only project is government-funded, so the government supervisor supervises it; the
 * alliance-visible project is not.
 */
import { gql, ok, type GraphQLResponse } from "./client";
import {
  adminToken,
  createAllianceWithMembers,
  createOrganization,
  createUser,
  grantRole,
  uniq,
  type TestOrg,
  type TestUser,
} from "./factories";
import {
  addFundingSource,
  agreedPlan,
  approveBenefitPlan,
  bookFacility,
  createBenefitPlan,
  createFacility,
  recordRevenue,
  requestExpense,
} from "./funds-factories";
import { effectiveAllianceAgreement, grantLicense, proposeIpOwnershipChange, registerIpAsset } from "./ip-factories";
import { decideAccessRequest, declareBackground, requestAccessRights } from "./access-factories";
import { createDeliverable, declareTime, setPersonnelRate, workPackage } from "./work-plan-factories";
import { addParticipant, assignTask, createMilestone, createProject, createTask, proposeTalentExchange } from "./project-factories";

export const ROLES = [
  "anonymous",
  "member",
  "orgAdmin",
  "legalRep",
  "otherAlliance",
  "secretariat",
  "analyst",
  "supervisor",
  "admin",
] as const;
export type Role = (typeof ROLES)[number];

export interface AuthzWorld {
  url: string;
  admin: string;
  allianceId: string;
  otherAllianceId: string;
  /** A: enterprise, host and project lead; B: university, participant; C: enterprise, no participation. */
  a: TestOrg;
  b: TestOrg;
  c: TestOrg;
  outsider: { id: string };
  otherOrg: TestOrg;
  users: Record<Exclude<Role, "anonymous">, TestUser> & { otherSecretariat: TestUser };
  /** The token of each role (undefined for anonymous). */
  token(role: Role): string | undefined;
  privateProjectId: string;
  allianceProjectId: string;
  otherProjectId: string;
  milestoneId: string;
  taskId: string;
  ipAssetId: string;
  licenseToCId: string;
  licenseToOutsiderId: string;
  tradeSecretId: string;
  /** A's patent, background of the participants-only project; B asked for access and A granted it. */
  backgroundAssetId: string;
  backgroundId: string;
  accessRequestId: string;
  accessDecisionId: string;
  /** The trade secret, declared background of the alliance-wide project. */
  secretBackgroundId: string;
  planId: string;
  /** A DRAFT plan giving A everything, approved by A: waiting for B, a holder of the plan in force. */
  pendingPlanId: string;
  revenueEventId: string;
  /** A PENDING change of the patent's owners to A and B half each, proposed by the secretariat. */
  ownershipChangeId: string;
  fundingSourceId: string;
  expenseId: string;
  facilityId: string;
  bookingId: string;
  exchangeId: string;
  /** WP1 of the participants-only project, led by B; D1.1 is B's (PUBLIC). */
  workPackageId: string;
  deliverableId: string;
  /** A CONFIDENTIAL deliverable of the alliance-visible project (A's). */
  confidentialDeliverableId: string;
  /** The member's hours on WP1 (pending). */
  timeDeclarationId: string;
  /** Reporting period 1 (months 1-2) of the participants-only project, submitted by A's ORG_ADMIN. */
  periodId: string;
  /** Its report (version 1). */
  periodReportId: string;
  /** The member's personnel rate, set by B's ORG_ADMIN. */
  personnelRateId: string;
  agreementId: string;
  bodyId: string;
  seatId: string;
  policyId: string;
  breachId: string;
  /** A DECISION body on which A's ORG_ADMIN and C's legal representative hold seats. */
  councilId: string;
  /** An OPEN GENERAL motion put to the council by A's ORG_ADMIN. */
  motionId: string;
  membershipBId: string;
  analystGrantId: string;
  /** Live subscriptions the server holds (set by the test that starts the app). */
  subscriberCount: () => number;
}

/** A GENERAL motion put to `bodyId`, open for a week. */
export function proposeMotion(url: string, token: string | undefined, bodyId: string): Promise<GraphQLResponse> {
  const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  return gql(
    url,
    `mutation($i: ProposeMotionInput!) { proposeMotion(input: $i) { id } }`,
    { i: { bodyId, kind: "GENERAL", title: uniq("Motion"), text: "Resolved: as written.", closesAt } },
    token,
  );
}

export function must<T = Record<string, any>>(response: GraphQLResponse): T {
  return ok(response) as T;
}

export async function buildAuthzWorld(url: string): Promise<AuthzWorld> {
  const admin = await adminToken(url);
  const { allianceId, secretariat, members } = await createAllianceWithMembers(url, admin, 3);
  const [a, b, c] = members;
  const other = await createAllianceWithMembers(url, admin, 1);
  const otherOrg = other.members[0];
  const analystOrg = await createOrganization(url, admin);
  const analyst = await createUser(url, admin, analystOrg.id);
  const analystGrant = await grantRole(url, admin, allianceId, analyst.id, "ANALYST");
  const bureau = await createOrganization(url, admin);
  const supervisor = await createUser(url, admin, bureau.id);
  await grantRole(url, admin, allianceId, supervisor.id, "GOVERNMENT_SUPERVISOR");
  const member = await createUser(url, admin, b.id, { orgRole: "MEMBER" });
  const legalRep = await createUser(url, admin, c.id, { orgRole: "MEMBER", isLegalRepresentative: true });
  const outsider = await createOrganization(url, admin);
  const platformAdmin: TestUser = { id: "", email: "admin", token: admin };
  const users = {
    member,
    orgAdmin: a.admin,
    legalRep,
    otherAlliance: otherOrg.admin,
    secretariat,
    analyst,
    supervisor,
    admin: platformAdmin,
    otherSecretariat: other.secretariat,
  };
  const world = { allianceId, secretariat, analyst, members };

  const dates = { startDate: "2026-01-01", endDate: "2027-12-31" };
  const priv = await createProject(url, a.admin.token, allianceId, { title: "Private cell chemistry", ...dates });
  ok(await addParticipant(url, a.admin.token, priv.id, b.id));
  const pub = await createProject(url, a.admin.token, allianceId, { title: "Open test platform", visibility: "ALLIANCE", ...dates });
  const otherProject = await createProject(url, otherOrg.admin.token, other.allianceId);
  const milestone = await createMilestone(url, a.admin.token, priv.id);
  const task = await createTask(url, a.admin.token, priv.id, { milestoneId: milestone.id });
  ok(await assignTask(url, a.admin.token, { taskId: task.id, assigneeOrganizationId: b.id, assigneeId: member.id }));
  await createTask(url, a.admin.token, pub.id);

  const asset = await registerIpAsset(url, world, {
    title: "Electrolyte additive",
    originProjectId: priv.id,
    owners: [
      { organizationId: a.id, basisPoints: 6000 },
      { organizationId: b.id, basisPoints: 4000 },
    ],
  });
  const toC = must(await grantLicense(url, secretariat.token, { ipAssetId: asset.id, licenseeId: c.id })).grantLicense;
  const toOutsider = must(await grantLicense(url, secretariat.token, { ipAssetId: asset.id, licenseeId: outsider.id })).grantLicense;
  const secret = await registerIpAsset(url, world, {
    kind: "TRADE_SECRET",
    title: "Coating recipe",
    originProjectId: priv.id,
    owners: [{ organizationId: a.id, basisPoints: 10000 }],
  });

  const backgroundAsset = await registerIpAsset(url, world, {
    title: "Cell fixture",
    owners: [{ organizationId: a.id, basisPoints: 10000 }],
  });
  const background = must(
    await declareBackground(url, a.admin.token, { projectId: priv.id, ipAssetId: backgroundAsset.id }),
  ).declareBackground;
  const secretBackground = must(await declareBackground(url, a.admin.token, { projectId: pub.id, ipAssetId: secret.id })).declareBackground;
  const accessRequest = must(
    await requestAccessRights(url, b.admin.token, { projectId: priv.id, ipAssetId: backgroundAsset.id, purpose: "EXECUTION" }),
  ).requestAccessRights;
  const granted = must(await decideAccessRequest(url, a.admin.token, { requestId: accessRequest.id, grant: true })).decideAccessRequest;

  const planId = await agreedPlan(url, a.admin.token, { projectId: priv.id }, [
    [a, 6000],
    [b, 4000],
  ]);
  const revenue = must(
    await recordRevenue(url, secretariat.token, {
      projectId: priv.id,
      kind: "PRODUCT_SALES",
      amount: "1000.00",
      receivedOn: "2026-03-01",
      idempotencyKey: uniq("rev"),
    }),
  ).recordRevenue;
  const pendingPlanId = must(
    await createBenefitPlan(url, a.admin.token, { projectId: priv.id, shares: [{ organizationId: a.id, basisPoints: 10000 }] }),
  ).createBenefitPlan.id;
  must(await approveBenefitPlan(url, a.admin.token, pendingPlanId));
  const ownershipChange = must(
    await proposeIpOwnershipChange(url, secretariat.token, asset.id, [
      { organizationId: a.id, basisPoints: 5000 },
      { organizationId: b.id, basisPoints: 5000 },
    ]),
  ).proposeIpOwnershipChange;
  const source = must(
    await addFundingSource(url, secretariat.token, { projectId: priv.id, kind: "MEMBER_CONTRIBUTION", provider: "A", amount: "100000.00" }),
  ).addFundingSource;
  must(
    await addFundingSource(url, secretariat.token, {
      projectId: priv.id,
      kind: "GOVERNMENT",
      provider: "Provincial S&T Bureau",
      amount: "500000.00",
    }),
  );
  const expense = must(
    await requestExpense(url, member.token, { fundingSourceId: source.id, amount: "10.00", category: "CONSUMABLES" }),
  ).requestExpense;
  const facility = must(
    await createFacility(url, secretariat.token, { allianceId, hostOrganizationId: a.id, name: uniq("Lab") }),
  ).createSharedFacility;
  const booking = must(
    await bookFacility(url, member.token, {
      facilityId: facility.id,
      start: "2027-01-01T08:00:00Z",
      end: "2027-01-01T10:00:00Z",
      purpose: "cycling",
    }),
  ).bookFacility;
  const exchange = must(
    await proposeTalentExchange(url, a.admin.token, {
      allianceId,
      fromOrganizationId: a.id,
      toOrganizationId: b.id,
      personId: a.admin.id,
      projectId: priv.id,
    }),
  ).proposeTalentExchange;
  const wp = await workPackage(url, a.admin.token, priv.id, b.id);
  const deliverable = must(
    await createDeliverable(url, a.admin.token, { workPackageId: wp.id, number: "D1.1", dueMonth: 24, responsibleOrganizationId: b.id }),
  ).createDeliverable;
  const pubWp = await workPackage(url, a.admin.token, pub.id, a.id);
  const confidential = must(
    await createDeliverable(url, a.admin.token, {
      workPackageId: pubWp.id,
      number: "D1.1",
      dueMonth: 24,
      disseminationLevel: "CONFIDENTIAL",
      responsibleOrganizationId: a.id,
    }),
  ).createDeliverable;
  const declaration = must(await declareTime(url, member.token, { workPackageId: wp.id, month: "2026-03", hours: "20.00" })).declareTime;
  const period = must(
    await gql(
      url,
      `mutation($i: CreateReportingPeriodInput!) { createReportingPeriod(input: $i) { id } }`,
      { i: { projectId: priv.id, startMonth: 1, endMonth: 2 } },
      a.admin.token,
    ),
  ).createReportingPeriod;
  const periodReport = must(
    await gql(
      url,
      `mutation($i: SubmitPeriodReportInput!) { submitPeriodReport(input: $i) { currentReport { id } } }`,
      { i: { periodId: period.id } },
      a.admin.token,
    ),
  ).submitPeriodReport.currentReport;
  const rate = must(
    await setPersonnelRate(url, b.admin.token, { userId: member.id, validFrom: "2026-01-01", monthlyRate: "25000.00" }),
  ).setPersonnelRate;
  const agreement = await effectiveAllianceAgreement(url, world);
  const body = must(
    await gql(
      url,
      `mutation($i: CreateGoverningBodyInput!) { createGoverningBody(input: $i) { id } }`,
      { i: { allianceId, kind: "EXECUTIVE", name: "Executive office" } },
      secretariat.token,
    ),
  ).createGoverningBody;
  const seat = must(
    await gql(
      url,
      `mutation($i: AddBodySeatInput!) { addBodySeat(input: $i) { id } }`,
      { i: { governingBodyId: body.id, userId: secretariat.id, position: "Director", fullTime: true } },
      secretariat.token,
    ),
  ).addBodySeat;
  const policy = must(
    await gql(
      url,
      `mutation($i: AdoptPolicyDocumentInput!) { adoptPolicyDocument(input: $i) { id } }`,
      { i: { allianceId, kind: "FUND_MANAGEMENT", title: "Funds", text: "Rules." } },
      secretariat.token,
    ),
  ).adoptPolicyDocument;
  const breach = must(
    await gql(
      url,
      `mutation($i: RecordBreachInput!) { recordBreach(input: $i) { id } }`,
      { i: { agreementId: agreement.id, organizationId: c.id, description: "Late report" } },
      secretariat.token,
    ),
  ).recordBreach;
  const council = must(
    await gql(
      url,
      `mutation($i: CreateGoverningBodyInput!) { createGoverningBody(input: $i) { id } }`,
      { i: { allianceId, kind: "DECISION", name: "Council" } },
      secretariat.token,
    ),
  ).createGoverningBody;
  for (const seated of [a.admin, legalRep]) {
    must(
      await gql(
        url,
        `mutation($i: AddBodySeatInput!) { addBodySeat(input: $i) { id } }`,
        { i: { governingBodyId: council.id, userId: seated.id, position: "Member" } },
        secretariat.token,
      ),
    );
  }
  const motion = must(await proposeMotion(url, a.admin.token, council.id)).proposeMotion;
  const memberships = must(
    await gql(url, `query($id: ID!) { organization(id: $id) { memberships { edges { node { id } } } } }`, { id: b.id }, admin),
  ).organization.memberships.edges;

  const tokens: Record<Role, string | undefined> = {
    anonymous: undefined,
    member: member.token,
    orgAdmin: a.admin.token,
    legalRep: legalRep.token,
    otherAlliance: otherOrg.admin.token,
    secretariat: secretariat.token,
    analyst: analyst.token,
    supervisor: supervisor.token,
    admin,
  };
  return {
    url,
    admin,
    allianceId,
    otherAllianceId: other.allianceId,
    a,
    b,
    c,
    outsider,
    otherOrg,
    users,
    token: (role) => tokens[role],
    privateProjectId: priv.id,
    allianceProjectId: pub.id,
    otherProjectId: otherProject.id,
    milestoneId: milestone.id,
    taskId: task.id,
    ipAssetId: asset.id,
    licenseToCId: toC.id,
    licenseToOutsiderId: toOutsider.id,
    tradeSecretId: secret.id,
    backgroundAssetId: backgroundAsset.id,
    backgroundId: background.id,
    accessRequestId: accessRequest.id,
    accessDecisionId: granted.decisions[0].id,
    secretBackgroundId: secretBackground.id,
    planId,
    pendingPlanId,
    revenueEventId: revenue.id,
    ownershipChangeId: ownershipChange.id,
    fundingSourceId: source.id,
    expenseId: expense.id,
    facilityId: facility.id,
    bookingId: booking.id,
    exchangeId: exchange.id,
    workPackageId: wp.id,
    deliverableId: deliverable.id,
    confidentialDeliverableId: confidential.id,
    timeDeclarationId: declaration.id,
    periodId: period.id,
    periodReportId: periodReport.id,
    personnelRateId: rate.id,
    agreementId: agreement.id,
    bodyId: body.id,
    seatId: seat.id,
    policyId: policy.id,
    breachId: breach.id,
    councilId: council.id,
    motionId: motion.id,
    membershipBId: memberships[0].node.id,
    analystGrantId: (analystGrant as any).grantAllianceRole.id,
    subscriberCount: () => 0,
  };
}
