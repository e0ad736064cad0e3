/**
 * Rows of the matrix for mutations. Each run acts on a disposable object made for it by someone
 * allowed to (so an allowed role changes nothing the other rows read); refusals write nothing.
 */
import { gql, type GraphQLResponse } from "../../support/client";
import { must, proposeMotion, type AuthzWorld, type Role } from "../../support/authz-world";
import { ADMIN_EMAIL, ADMIN_PASSWORD } from "../../support/app";
import {
  applyForMembership,
  createAlliance,
  createOrganization,
  creditCode,
  createOrgWithAdmin,
  createUser,
  decideMembership,
  uniq,
} from "../../support/factories";
import { addFundingSource, agreedPlan, bookFacility, createBenefitPlan, requestExpense } from "../../support/funds-factories";
import { openAgreement, registerIpAssetRaw } from "../../support/ip-factories";
import { createTask } from "../../support/project-factories";
import type { Row } from "./matrix";
import {
  call,
  sec,
  lead,
  project,
  governmentProject,
  deliverable,
  planned,
  period,
  asset,
  draft,
  opened,
  admitted,
  exchange,
  nextSlot,
  ownOrg,
  halves,
  result,
  accessRequest,
  motion,
  breach,
} from "./mutation-fixtures";

function row(field: string, expect: string, run: (w: AuthzWorld, role: Role) => Promise<GraphQLResponse>, path = field): Row {
  return { kind: "mutation", field, path, expect, run };
}

//                         anon member orgAdmin legalRep other secretariat analyst supervisor admin
export const mutationRows: Row[] = [
  row("login", ". . . . . . . . .", (w, r) =>
    gql(
      w.url,
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: ADMIN_EMAIL, p: ADMIN_PASSWORD },
      w.token(r),
    ),
  ),

  // Platform administration.
  row("createOrganization", "U F F F F F F F .", (w, r) =>
    call(w, r, "createOrganization", {
      name: uniq("Org"),
      type: "OTHER",
      creditCode: creditCode(),
      legalRepresentative: "李四",
      region: "上海",
    }),
  ),
  row("createUser", "U F . F F F F F .", (w, r) =>
    call(w, r, "createUser", {
      email: `${uniq("u")}@example.com`,
      name: "New",
      password: "correct horse battery",
      organizationId: w.a.id,
      orgRole: "MEMBER",
      isLegalRepresentative: false,
    }),
  ),
  row("createAlliance", "U F F F F F F F .", (w, r) =>
    call(w, r, "createAlliance", { name: uniq("Alliance"), field: "batteries", scope: "NATIONAL", region: "全国" }),
  ),
  row("grantAllianceRole", "U F F F F F F F .", async (w, r) => {
    const user = await createUser(w.url, w.admin, w.outsider.id);
    return call(w, r, "grantAllianceRole", { allianceId: w.allianceId, userId: user.id, role: "ANALYST" });
  }),
  row("revokeAllianceRole", "U F F F F F F F .", async (w, r) => {
    const user = await createUser(w.url, w.admin, w.outsider.id);
    const grant = must(await call(w, "admin", "grantAllianceRole", { allianceId: w.allianceId, userId: user.id, role: "ANALYST" }))
      .grantAllianceRole.id;
    return call(w, r, "revokeAllianceRole", { grantId: grant });
  }),
  row("setAllianceStatus", "U F F F N . F N .", async (w, r) => {
    const alliance = await createAlliance(w.url, w.admin, w.a.id);
    for (const org of [w.a, w.b, w.c]) {
      const id = must(await applyForMembership(w.url, org.admin.token, alliance.id, org.id)).applyForMembership.id;
      must(await decideMembership(w.url, w.admin, id, "APPROVE"));
    }
    must(await call(w, "admin", "grantAllianceRole", { allianceId: alliance.id, userId: w.users.secretariat.id, role: "SECRETARIAT" }));
    must(await call(w, "admin", "grantAllianceRole", { allianceId: alliance.id, userId: w.users.analyst.id, role: "ANALYST" }));
    return call(w, r, "setAllianceStatus", { allianceId: alliance.id, status: "ACTIVE" });
  }),

  // Membership (Art. 8.6): an ORG_ADMIN applies; the secretariat decides.
  row("applyForMembership", "U F . F . F F F .", async (w, r) => {
    const alliance = await createAlliance(w.url, w.admin, w.a.id);
    return call(w, r, "applyForMembership", { allianceId: alliance.id, organizationId: ownOrg(w, r) });
  }),
  row("decideMembership", "U F F F N . F N .", async (w, r) => {
    const org = await createOrgWithAdmin(w.url, w.admin);
    const id = must(await applyForMembership(w.url, org.admin.token, w.allianceId, org.id)).applyForMembership.id;
    return call(w, r, "decideMembership", { membershipId: id, decision: "REJECT" });
  }),
  row("suspendMembership", "U F F F N . F N .", async (w, r) =>
    call(w, r, "suspendMembership", { membershipId: await admitted(w) }, "ChangeMembershipInput"),
  ),
  row("reinstateMembership", "U F F F N . F N .", async (w, r) =>
    call(w, r, "reinstateMembership", { membershipId: await admitted(w, true) }, "ChangeMembershipInput"),
  ),
  row("withdrawMembership", "U F F F N . F N .", async (w, r) =>
    call(w, r, "withdrawMembership", { membershipId: await admitted(w) }, "ChangeMembershipInput"),
  ),

  // Governance and agreements (Art. 8.2-8.4): the secretariat; legal representatives sign.
  row("createGoverningBody", "U F F F N . F N .", (w, r) =>
    call(w, r, "createGoverningBody", { allianceId: w.allianceId, kind: "ADVISORY", name: uniq("Body") }),
  ),
  row("addBodySeat", "U F F F N . F N .", async (w, r) => {
    const body = must(
      await call(w, "secretariat", "createGoverningBody", { allianceId: w.allianceId, kind: "ADVISORY", name: uniq("Body") }),
    ).createGoverningBody.id;
    return call(w, r, "addBodySeat", { governingBodyId: body, userId: w.users.member.id, position: "Expert" });
  }),
  row("removeBodySeat", "U F F F N . F N .", async (w, r) => {
    const body = must(
      await call(w, "secretariat", "createGoverningBody", { allianceId: w.allianceId, kind: "ADVISORY", name: uniq("Body") }),
    ).createGoverningBody.id;
    const seat = must(
      await call(w, "secretariat", "addBodySeat", { governingBodyId: body, userId: w.users.legalRep.id, position: "Expert" }),
    ).addBodySeat.id;
    return call(w, r, "removeBodySeat", { bodySeatId: seat });
  }),
  row("adoptPolicyDocument", "U F F F N . F N .", (w, r) =>
    call(w, r, "adoptPolicyDocument", { allianceId: w.allianceId, kind: "OTHER", title: uniq("Policy"), text: "Rules." }),
  ),
  row("createAgreement", "U F F F N . F N .", async (w, r) =>
    call(w, r, "createAgreement", {
      allianceId: w.allianceId,
      projectId: await project(w),
      kind: "PROJECT",
      title: uniq("Agreement"),
      text: "Results.",
    }),
  ),
  row("amendAgreement", "U F F N N . F N .", async (w, r) =>
    call(w, r, "amendAgreement", { agreementId: await opened(w), text: "Amended." }),
  ),
  row("openAgreementForSignature", "U F F N N . F N .", async (w, r) =>
    call(w, r, "openAgreementForSignature", { agreementId: await draft(w) }),
  ),
  row("signAgreement", "U F . . N F F N F", async (w, r) => {
    const id = await draft(w, true);
    must(await openAgreement(w.url, sec(w), id));
    return call(w, r, "signAgreement", { agreementId: id });
  }),
  row("terminateAgreement", "U F F N N . F N .", async (w, r) => call(w, r, "terminateAgreement", { agreementId: await opened(w) })),
  row("recordBreach", "U F F F N . F N .", (w, r) =>
    call(w, r, "recordBreach", { agreementId: w.agreementId, organizationId: w.c.id, description: uniq("Breach") }),
  ),
  row("closeBreachRecord", "U F F F N . F N .", async (w, r) =>
    call(w, r, "closeBreachRecord", { breachRecordId: await breach(w), status: "DISMISSED" }),
  ),
  row("remedyBreach", "U F F F N . F N .", async (w, r) => call(w, r, "remedyBreach", { breachRecordId: await breach(w) })),
  row("escalateBreach", "U F F F N . F N .", async (w, r) => call(w, r, "escalateBreach", { breachRecordId: await breach(w) })),
  // Admission stays the secretariat's: the row sets what is already set.
  row("setAdmissionBy", "U F F F N . F F .", (w, r) =>
    call(w, r, "setAdmissionBy", { allianceId: w.allianceId, admissionBy: "SECRETARIAT" }),
  ),

  // Motions (Art. 8.3): the council's seat holders (A's ORG_ADMIN, C's legal representative) vote;
  // they and the secretariat propose; the proposer and the secretariat withdraw.
  row("proposeMotion", "U F . . N . F N .", (w, r) => proposeMotion(w.url, w.token(r), w.councilId)),
  row("castVote", "U N . . N F F N F", async (w, r) => call(w, r, "castVote", { motionId: await motion(w), choice: "FOR" })),
  row("withdrawMotion", "U N . F N . F N .", async (w, r) => call(w, r, "withdrawMotion", { motionId: await motion(w) })),

  // Projects (participants-only, led by A with B): the lead's ORG_ADMIN and the secretariat manage.
  row("createProject", "U F . F N . F N .", (w, r) =>
    call(w, r, "createProject", { allianceId: w.allianceId, code: uniq("P"), title: "New", leadOrganizationId: w.a.id }),
  ),
  row("updateProject", "U F . N N . F N .", async (w, r) =>
    call(w, r, "updateProject", { projectId: await project(w), summary: "changed" }),
  ),
  // Whether the supervisor sees personnel rates is the project managers' decision, never the supervisor's.
  row(
    "updateProject",
    "U F . N N . F F .",
    async (w, r) => call(w, r, "updateProject", { projectId: await governmentProject(w), supervisorSeesPersonnelRates: true }),
    "updateProject: supervisorSeesPersonnelRates of a government-funded project",
  ),
  row("setProjectStatus", "U F F N N . F N .", async (w, r) =>
    call(w, r, "setProjectStatus", { projectId: await project(w), status: "APPROVED" }),
  ),
  row("addProjectParticipant", "U F . N N . F N .", async (w, r) =>
    call(w, r, "addProjectParticipant", { projectId: await project(w), organizationId: w.c.id, contribution: "cells" }),
  ),
  row("removeProjectParticipant", "U F . N N . F N .", async (w, r) =>
    call(w, r, "removeProjectParticipant", { projectId: await project(w), organizationId: w.b.id }),
  ),
  row("createMilestone", "U F . N N . F F .", (w, r) => call(w, r, "createMilestone", { projectId: w.privateProjectId, title: uniq("M") })),
  row("createTask", "U F . N N . F F .", (w, r) => call(w, r, "createTask", { projectId: w.privateProjectId, title: uniq("Task") })),
  row("assignTask", "U F . N N . F N .", async (w, r) => {
    const task = await createTask(w.url, lead(w), w.privateProjectId);
    return call(w, r, "assignTask", { taskId: task.id, assigneeOrganizationId: w.b.id });
  }),
  row("updateTask", "U . . N N . F N .", async (w, r) => {
    const task = await createTask(w.url, lead(w), w.privateProjectId, { assigneeOrganizationId: w.b.id, assigneeId: w.users.member.id });
    const current = must(await gql(w.url, `query($id: ID!) { task(id: $id) { version } }`, { id: task.id }, lead(w))).task;
    return call(w, r, "updateTask", { taskId: task.id, version: current.version, status: "IN_PROGRESS" });
  }),
  row("addFundingSource", "U F . N N . F F .", (w, r) =>
    addFundingSource(w.url, w.token(r)!, { projectId: w.privateProjectId, kind: "OTHER", provider: uniq("Bank"), amount: "10.00" }),
  ),
  row("requestExpense", "U . . N N . F F F", (w, r) =>
    requestExpense(w.url, w.token(r)!, { fundingSourceId: w.fundingSourceId, amount: "1.00", category: "CONSUMABLES" }),
  ),
  row("decideExpense", "U F F N N . F F .", async (w, r) => {
    const expense = must(
      await requestExpense(w.url, w.users.member.token, { fundingSourceId: w.fundingSourceId, amount: "1.00", category: "CONSUMABLES" }),
    ).requestExpense.id;
    return call(w, r, "decideExpense", { expenseId: expense, decision: "REJECT", reason: "no" });
  }),

  // The work plan (Art. 8.2): the project's managers write it; the responsible organization submits.
  row("createWorkPackage", "U F . N N . F N .", async (w, r) =>
    call(w, r, "createWorkPackage", {
      projectId: await project(w),
      number: "WP1",
      title: "Work",
      leadOrganizationId: w.b.id,
      startMonth: 1,
      endMonth: 2,
    }),
  ),
  row("updateWorkPackage", "U F . N N . F N .", async (w, r) =>
    call(w, r, "updateWorkPackage", { workPackageId: (await planned(w)).workPackageId, title: "Renamed" }),
  ),
  row("createDeliverable", "U F . N N . F N .", async (w, r) =>
    call(w, r, "createDeliverable", {
      workPackageId: (await planned(w)).workPackageId,
      number: "D1.1",
      title: "Report",
      dueMonth: 24,
      disseminationLevel: "PUBLIC",
      responsibleOrganizationId: w.b.id,
    }),
  ),
  row("submitDeliverable", "U . F N N F F N F", async (w, r) => call(w, r, "submitDeliverable", { deliverableId: await deliverable(w) })),
  row("reviewDeliverable", "U F . N N . F N .", async (w, r) =>
    call(w, r, "reviewDeliverable", { deliverableId: await deliverable(w, true), accept: true }),
  ),

  // Effort (Art. 8.4): participants declare; another ORG_ADMIN of the person's organization decides.
  row("declareTime", "U . . N N . F N F", async (w, r) =>
    call(w, r, "declareTime", { workPackageId: (await planned(w)).workPackageId, month: "2026-03", hours: "8.00" }),
  ),
  row("decideTimeDeclaration", "U F . N N F F N F", async (w, r) => {
    // Declared by the secretariat's user, who works for A: A's ORG_ADMIN decides, never the declarer.
    const { workPackageId } = await planned(w);
    const id = must(await call(w, "secretariat", "declareTime", { workPackageId, month: "2026-03", hours: "8.00" })).declareTime.id;
    return call(w, r, "decideTimeDeclaration", { timeDeclarationId: id, decision: "APPROVE" });
  }),

  // Reporting periods (Art. 8.4): the managers cut them, the lead's ORG_ADMIN submits, the secretariat approves or reopens.
  row("createReportingPeriod", "U F . N N . F N .", async (w, r) =>
    call(w, r, "createReportingPeriod", { projectId: (await planned(w)).projectId, startMonth: 1, endMonth: 6 }),
  ),
  row("submitPeriodReport", "U F . N N F F N F", async (w, r) => call(w, r, "submitPeriodReport", { periodId: await period(w) })),
  row("approvePeriodReport", "U F F N N . F N .", async (w, r) => call(w, r, "approvePeriodReport", { periodId: await period(w, true) })),
  row("reopenPeriod", "U F F N N . F N .", async (w, r) =>
    call(w, r, "reopenPeriod", { periodId: await period(w, true), reason: "Figures to correct" }),
  ),
  row("achieveMilestone", "U F . N N . F F .", async (w, r) => {
    const milestone = must(
      await call(w, "orgAdmin", "createMilestone", { projectId: w.privateProjectId, title: uniq("M") }),
    ).createMilestone;
    return call(w, r, "achieveMilestone", { milestoneId: milestone.id, achievedOn: "2026-01-15" });
  }),
  row("setPersonnelRate", "U F . F N F F N .", (w, r) =>
    call(w, r, "setPersonnelRate", { userId: w.users.secretariat.id, validFrom: "2026-01-01", monthlyRate: "20000.00" }),
  ),
  row("setProductiveHours", "U F . F F F F F .", (w, r) =>
    call(w, r, "setProductiveHours", { organizationId: w.a.id, productiveHoursPerYear: "1720.00" }),
  ),

  // Talent exchanges (Art. 5): either side's ORG_ADMIN proposes; the other side or the secretariat decides.
  row("proposeTalentExchange", "U F . F N F F N F", (w, r) =>
    call(w, r, "proposeTalentExchange", {
      allianceId: w.allianceId,
      fromOrganizationId: w.a.id,
      toOrganizationId: w.b.id,
      personId: w.a.admin.id,
      kind: "VISITING_RESEARCHER",
    }),
  ),
  row("decideTalentExchange", "U F F N N . F N .", async (w, r) =>
    call(w, r, "decideTalentExchange", { talentExchangeId: await exchange(w), decision: "APPROVE" }),
  ),
  row("updateTalentExchange", "U F . N N . F N .", async (w, r) =>
    call(w, r, "updateTalentExchange", { talentExchangeId: await exchange(w, true), status: "ONGOING" }),
  ),

  // IP (Art. 5, 8.5, 8.6): the secretariat or an owner's ORG_ADMIN.
  row("registerIpAsset", "U F . F N . F N .", (w, r) =>
    registerIpAssetRaw(w.url, w.token(r)!, {
      allianceId: w.allianceId,
      kind: "UTILITY_MODEL",
      title: uniq("Asset"),
      owners: [{ organizationId: w.a.id, basisPoints: 10000 }],
    }),
  ),
  // Owners change at once only without another party (Art. 8.5): on an asset without owners, or
  // by the organization owning it alone; otherwise by a proposal every owner involved approves.
  row("setIpOwners", "U F . F N F F N F", async (w, r) => call(w, r, "setIpOwners", { ipAssetId: await asset(w), owners: halves(w) })),
  row(
    "setIpOwners",
    "U F F F N . F N .",
    async (w, r) => call(w, r, "setIpOwners", { ipAssetId: await asset(w, { owners: undefined }), owners: halves(w) }),
    "setIpOwners on an asset without owners",
  ),
  row("proposeIpOwnershipChange", "U F . F N . F N .", async (w, r) =>
    call(w, r, "proposeIpOwnershipChange", { ipAssetId: await asset(w), owners: halves(w) }),
  ),
  row("decideIpOwnershipChange", "U F . N N F F N F", async (w, r) => {
    const change = must(await call(w, "secretariat", "proposeIpOwnershipChange", { ipAssetId: await asset(w), owners: halves(w) }))
      .proposeIpOwnershipChange.id;
    return call(w, r, "decideIpOwnershipChange", { changeId: change, approve: true });
  }),
  row("withdrawIpOwnershipChange", "U F . N N F F N F", async (w, r) => {
    const change = must(await call(w, "orgAdmin", "proposeIpOwnershipChange", { ipAssetId: await asset(w), owners: halves(w) }))
      .proposeIpOwnershipChange.id;
    return call(w, r, "withdrawIpOwnershipChange", { changeId: change });
  }),
  row("grantLicense", "U F . F N . F N .", async (w, r) => {
    const licensee = await createOrganization(w.url, w.admin);
    return call(w, r, "grantLicense", {
      ipAssetId: await asset(w),
      licenseeId: licensee.id,
      scope: "NON_EXCLUSIVE",
      fieldOfUse: "EV",
      territory: "CN",
      startDate: "2026-01-01",
    });
  }),
  row("updateIpAssetStatus", "U F . F N . F N .", async (w, r) =>
    call(w, r, "updateIpAssetStatus", { ipAssetId: await asset(w), status: "FILED", filedOn: "2026-02-01" }),
  ),
  row("recordDiffusion", "U F . F N . F N .", async (w, r) =>
    call(w, r, "recordDiffusion", {
      ipAssetId: await asset(w, { governmentFunded: true }),
      reference: "Journal 12",
      diffusedOn: "2026-02-01",
    }),
  ),

  // Background and access rights: a participant's ORG_ADMIN declares and requests; each owner's ORG_ADMIN decides.
  row("declareBackground", "U F . N N F F N F", async (w, r) =>
    call(w, r, "declareBackground", {
      projectId: await project(w),
      ipAssetId: await asset(w),
      conditions: "Royalty-free for the project.",
    }),
  ),
  row("requestAccessRights", "U F . N N F F N F", async (w, r) =>
    call(w, r, "requestAccessRights", { ...(await result(w, w.b)), purpose: "EXECUTION", justification: "Cell tests." }),
  ),
  row("decideAccessRequest", "U F . N N F F N F", async (w, r) =>
    call(w, r, "decideAccessRequest", { requestId: await accessRequest(w), grant: true, terms: { text: "Five years, non-exclusive." } }),
  ),

  // Benefit sharing (Art. 8.5).
  row("createBenefitPlan", "U F . N N . F N .", async (w, r) =>
    createBenefitPlan(w.url, w.token(r)!, {
      projectId: await project(w),
      shares: [
        { organizationId: w.a.id, basisPoints: 5000 },
        { organizationId: w.b.id, basisPoints: 5000 },
      ],
    }),
  ),
  row("approveBenefitPlan", "U F . N N F F N F", async (w, r) => {
    const plan = must(
      await createBenefitPlan(w.url, lead(w), {
        projectId: await project(w),
        shares: [
          { organizationId: w.a.id, basisPoints: 5000 },
          { organizationId: w.b.id, basisPoints: 5000 },
        ],
      }),
    ).createBenefitPlan.id;
    return call(w, r, "approveBenefitPlan", { benefitPlanId: plan });
  }),
  // A holder of the plan in force (A) approves the plan that would replace it, holding no share in it.
  row(
    "approveBenefitPlan",
    "U F . N N F F N F",
    async (w, r) => {
      const projectId = await project(w);
      await agreedPlan(w.url, lead(w), { projectId }, [
        [w.a, 5000],
        [w.b, 5000],
      ]);
      const plan = must(await createBenefitPlan(w.url, lead(w), { projectId, shares: [{ organizationId: w.b.id, basisPoints: 10000 }] }))
        .createBenefitPlan.id;
      return call(w, r, "approveBenefitPlan", { benefitPlanId: plan });
    },
    "approveBenefitPlan by a holder of the plan in force that it would replace",
  ),
  row("recordRevenue", "U F . N N . F F .", (w, r) =>
    call(w, r, "recordRevenue", {
      projectId: w.privateProjectId,
      kind: "OTHER",
      amount: "0.10",
      receivedOn: "2026-04-01",
      idempotencyKey: uniq("rev"),
    }),
  ),

  // Shared facilities (Art. 5): the secretariat registers; users of active members book.
  row("createSharedFacility", "U F F F N . F N .", (w, r) =>
    call(w, r, "createSharedFacility", { allianceId: w.allianceId, hostOrganizationId: w.b.id, name: uniq("Lab") }),
  ),
  row("bookFacility", "U . . . N . F N F", (w, r) =>
    bookFacility(w.url, w.token(r)!, { facilityId: w.facilityId, ...nextSlot(), purpose: "tests" }),
  ),
  row("cancelBooking", "U . F F N . F N .", async (w, r) => {
    const booking = must(await bookFacility(w.url, w.users.member.token, { facilityId: w.facilityId, ...nextSlot(), purpose: "tests" }))
      .bookFacility.id;
    return call(w, r, "cancelBooking", { bookingId: booking });
  }),

  // The pilot application (Art. 7-8): the secretariat applies (refused while conditions are unmet,
  // as in this world); only the coordination office decides, and a missing application is NOT_FOUND.
  row("applyForPilot", "U F F F N B F F B", (w, r) => call(w, r, "applyForPilot", { allianceId: w.allianceId })),
  row("decidePilot", "U N N N N N N N N", (w, r) =>
    call(w, r, "decidePilot", {
      pilotApplicationId: Buffer.from("PilotApplication:00000000-0000-4000-8000-000000000000").toString("base64url"),
      decision: "APPROVE",
    }),
  ),
];
