/** Rows of the matrix for root queries, their nested edges, node(id)/nodes(ids) and aggregates. */
import { gql } from "../../support/client";
import type { AuthzWorld, Role } from "../../support/authz-world";
import { ids, type Row } from "./matrix";

const q = (w: AuthzWorld, role: Role, query: string, variables: Record<string, unknown> = {}) =>
  gql(w.url, query, variables, w.token(role));
const has = (list: string[], id: string) => list.includes(id);

function byId(field: string, path: string, expect: string, id: (w: AuthzWorld) => string, selection = "id"): Row {
  return {
    kind: "query",
    field,
    path,
    expect,
    run: (w, r) => q(w, r, `query($id: ID!) { ${field}(id: $id) { ${selection} } }`, { id: id(w) }),
  };
}

/**
 * Whether the list, filtered down to the object, contains it: the list's visibility rule, however
 * much else the (shared) test database holds and wherever the object would sort.
 */
function listed(field: string, path: string, expect: string, id: (w: AuthzWorld) => string, args?: (w: AuthzWorld) => string): Row {
  const narrowed = (w: AuthzWorld) => args?.(w) ?? `first: 100, filter: { id: { eq: "${id(w)}" } }`;
  return {
    kind: "query",
    field,
    path,
    expect,
    run: (w, r) => q(w, r, `{ ${field}(${narrowed(w)}) { edges { node { id } } } }`),
    visible: (d, w) => has(ids(d[field]), id(w)),
  };
}

/** A nested edge of an object fetched by id; `pick` answers the ids found under it. */
function nested(
  field: string,
  path: string,
  expect: string,
  id: (w: AuthzWorld) => string,
  selection: string,
  pick: (node: any) => string[],
  target: (w: AuthzWorld) => string,
): Row {
  return {
    kind: "query",
    field,
    path,
    expect,
    run: (w, r) => q(w, r, `query($id: ID!) { ${field}(id: $id) { id ${selection} } }`, { id: id(w) }),
    visible: (d, w) => has(pick(d[field]), target(w)),
  };
}

/** An aggregate filtered down to one object: "." when it is counted, "h" when the count is 0. */
function aggregate(field: string, filterType: string, expect: string, filter: (w: AuthzWorld) => object, what = "one object"): Row {
  return {
    kind: "query",
    field,
    path: `${field} over ${what}`,
    expect,
    run: (w, r) => q(w, r, `query($f: ${filterType}) { ${field}(filter: $f) { count } }`, { f: filter(w) }),
    visible: (d) => d[field].reduce((sum: number, g: { count: number }) => sum + g.count, 0) > 0,
  };
}

/** `project.budgetStatus`: "." when there, "h" when null. */
function budgetStatus(path: string, expect: string, id: (w: AuthzWorld) => string): Row {
  return {
    ...byId("project", path, expect, id, "budgetStatus { overrun lines { actual } }"),
    visible: (d) => d.project.budgetStatus !== null,
  };
}

const inAlliance = (w: AuthzWorld) => `first: 100, filter: { allianceId: { eq: "${w.allianceId}" } }`;

//                                           anon member orgAdmin legalRep other secretariat analyst supervisor admin
export const queryRows: Row[] = [
  { kind: "query", field: "me", path: "me", expect: "U . . . . . . . .", run: (w, r) => q(w, r, `{ me { id } }`) },

  // Directory: visible while the organization is an ACTIVE member or with a role grant.
  byId("alliance", "alliance(id)", "U . . . N . . . .", (w) => w.allianceId),
  listed("alliances", "alliances lists the alliance", "U . . . h . . . .", (w) => w.allianceId),
  nested(
    "alliance",
    "alliance.members",
    "U . . . N . . N .",
    (w) => w.allianceId,
    "members(first: 100) { edges { node { id } } }",
    (a) => ids(a.members),
    (w) => w.membershipBId,
  ),
  nested(
    "alliance",
    "alliance.agreements",
    "U . . . N . . N .",
    (w) => w.allianceId,
    "agreements(first: 100) { edges { node { id } } }",
    (a) => ids(a.agreements),
    (w) => w.agreementId,
  ),
  nested(
    "alliance",
    "alliance.governingBodies",
    "U . . . N . . N .",
    (w) => w.allianceId,
    "governingBodies(first: 100) { edges { node { id } } }",
    (a) => ids(a.governingBodies),
    (w) => w.bodyId,
  ),
  nested(
    "alliance",
    "alliance.policies",
    "U . . . N . . N .",
    (w) => w.allianceId,
    "policies(first: 100) { edges { node { id } } }",
    (a) => ids(a.policies),
    (w) => w.policyId,
  ),
  nested(
    "alliance",
    "alliance.roleGrants",
    "U . . . N . . N .",
    (w) => w.allianceId,
    "roleGrants(first: 100) { edges { node { id } } }",
    (a) => ids(a.roleGrants),
    (w) => w.analystGrantId,
  ),
  byId("organization", "organization(id) of a member", "U . . . . . . . .", (w) => w.b.id),
  listed("organizations", "organizations lists a member", "U . . . . . . . .", (w) => w.b.id),
  nested(
    "organization",
    "organization.memberships",
    "U . . . h . . h .",
    (w) => w.b.id,
    "memberships(first: 100) { edges { node { id } } }",
    (o) => ids(o.memberships),
    (w) => w.membershipBId,
  ),
  nested(
    "organization",
    "organization.users (a member's staff)",
    "U . . . h . . . .",
    (w) => w.b.id,
    "users(first: 100) { edges { node { id } } }",
    (o) => ids(o.users),
    (w) => w.users.member.id,
  ),
  // The government supervisor sees the people who declared time on a project it supervises, no one else.
  nested(
    "organization",
    "organization.users (staff who declared no time)",
    "U . . . h . . h .",
    (w) => w.c.id,
    "users(first: 100) { edges { node { id } } }",
    (o) => ids(o.users),
    (w) => w.c.admin.id,
  ),
  nested(
    "organization",
    "organization.breachRecords",
    "U . . . h . . h .",
    (w) => w.c.id,
    "breachRecords(first: 100) { edges { node { id } } }",
    (o) => ids(o.breachRecords),
    (w) => w.breachId,
  ),
  listed("sharedFacilities", "sharedFacilities", "U . . . h . . h .", (w) => w.facilityId),
  listed("bookings", "bookings", "U . . . h . . h .", (w) => w.bookingId),
  byId("node", "node(id) of the alliance agreement", "U . . . N . . N .", (w) => w.agreementId),
  byId("node", "node(id) of a booking", "U . . . N . . N .", (w) => w.bookingId),

  // Projects: participants; the alliance when visibility ALLIANCE; secretariat and analysts.
  byId("project", "project(id) participants-only", "U . . N N . . . .", (w) => w.privateProjectId),
  byId("project", "project(id) alliance-visible", "U . . . N . . N .", (w) => w.allianceProjectId),
  byId("project", "project(id) of another alliance", "U N N N . N N N .", (w) => w.otherProjectId),
  listed("projects", "projects lists the participants-only project", "U . . h h . . . .", (w) => w.privateProjectId, inAlliance),
  listed("projects", "projects lists the alliance-visible project", "U . . . h . . h .", (w) => w.allianceProjectId, inAlliance),
  byId("node", "node(id) participants-only project", "U . . N N . . . .", (w) => w.privateProjectId),
  {
    kind: "query",
    field: "nodes",
    path: "nodes(ids) participants-only project and alliance project",
    expect: "U . . h h . . h .",
    run: (w, r) => q(w, r, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [w.privateProjectId, w.allianceProjectId] }),
    visible: (d, w) => d.nodes[0]?.id === w.privateProjectId && d.nodes[1]?.id === w.allianceProjectId,
  },
  nested(
    "project",
    "project.tasks",
    "U . . N N . . h .",
    (w) => w.privateProjectId,
    "tasks(first: 100) { edges { node { id } } }",
    (p) => ids(p.tasks),
    (w) => w.taskId,
  ),
  nested(
    "project",
    "project.milestones",
    "U . . N N . . . .",
    (w) => w.privateProjectId,
    "milestones { id }",
    (p) => p.milestones.map((m: any) => m.id),
    (w) => w.milestoneId,
  ),
  nested(
    "project",
    "project.fundingSources",
    "U . . N N . . . .",
    (w) => w.privateProjectId,
    "fundingSources { id }",
    (p) => p.fundingSources.map((m: any) => m.id),
    (w) => w.fundingSourceId,
  ),
  nested(
    "project",
    "project.talentExchanges",
    "U . . N N . . h .",
    (w) => w.privateProjectId,
    "talentExchanges(first: 100) { edges { node { id } } }",
    (p) => ids(p.talentExchanges),
    (w) => w.exchangeId,
  ),
  nested(
    "project",
    "project.ipAssets hides the trade secret",
    "U h . N N . h h .",
    (w) => w.privateProjectId,
    "ipAssets(first: 100) { edges { node { id } } }",
    (p) => ids(p.ipAssets),
    (w) => w.tradeSecretId,
  ),
  nested(
    "project",
    "project.ipAssets shows the patent",
    "U . . N N . . h .",
    (w) => w.privateProjectId,
    "ipAssets(first: 100) { edges { node { id } } }",
    (p) => ids(p.ipAssets),
    (w) => w.ipAssetId,
  ),
  nested(
    "organization",
    "organization.projects",
    "U . . h h . . . .",
    (w) => w.b.id,
    "projects(first: 100) { edges { node { id } } }",
    (o) => ids(o.projects),
    (w) => w.privateProjectId,
  ),
  byId("task", "task(id)", "U . . N N . . N .", (w) => w.taskId),
  listed("tasks", "tasks", "U . . h h . . h .", (w) => w.taskId),
  byId("node", "node(id) of a task", "U . . N N . . N .", (w) => w.taskId),
  byId("node", "node(id) of a milestone", "U . . N N . . . .", (w) => w.milestoneId),
  listed("expenses", "expenses", "U . . h h . . . .", (w) => w.expenseId),
  byId("node", "node(id) of an expense", "U . . N N . . . .", (w) => w.expenseId),

  // The work plan: with the project; a CONFIDENTIAL deliverable to participants and the secretariat only.
  byId("workPackage", "workPackage(id)", "U . . N N . . . .", (w) => w.workPackageId),
  listed("workPackages", "workPackages", "U . . h h . . . .", (w) => w.workPackageId),
  byId("node", "node(id) of a work package", "U . . N N . . . .", (w) => w.workPackageId),
  byId("deliverable", "deliverable(id) PUBLIC", "U . . N N . . . .", (w) => w.deliverableId),
  listed("deliverables", "deliverables PUBLIC", "U . . h h . . . .", (w) => w.deliverableId),
  byId(
    "deliverable",
    "deliverable(id) CONFIDENTIAL of an alliance-visible project",
    "U N . N N . N N .",
    (w) => w.confidentialDeliverableId,
  ),
  listed(
    "deliverables",
    "deliverables CONFIDENTIAL of an alliance-visible project",
    "U h . h h . h h .",
    (w) => w.confidentialDeliverableId,
  ),
  byId("node", "node(id) CONFIDENTIAL deliverable", "U N . N N . N N .", (w) => w.confidentialDeliverableId),
  listed("timeDeclarations", "timeDeclarations", "U . . h h . . . .", (w) => w.timeDeclarationId),
  byId("node", "node(id) of a time declaration", "U . . N N . . . .", (w) => w.timeDeclarationId),
  // The budget status and time declarations are the project's financial records (projectFinance): not
  // the alliance at large on an alliance-visible project, whose budget lines reveal personnel costs.
  budgetStatus("project.budgetStatus", "U . . N N . . . .", (w) => w.privateProjectId),
  budgetStatus("project.budgetStatus of the alliance-visible project", "U h . h N . . N .", (w) => w.allianceProjectId),
  // Reporting periods and their reports: with the project (rule `reportingPeriod`).
  byId("reportingPeriod", "reportingPeriod(id)", "U . . N N . . . .", (w) => w.periodId),
  listed("reportingPeriods", "reportingPeriods", "U . . h h . . . .", (w) => w.periodId),
  byId("node", "node(id) of a reporting period", "U . . N N . . . .", (w) => w.periodId),
  byId("node", "node(id) of a period report", "U . . N N . . . .", (w) => w.periodReportId),
  nested(
    "project",
    "project.reportingPeriods",
    "U . . N N . . . .",
    (w) => w.privateProjectId,
    "reportingPeriods { edges { node { id } } }",
    (p) => (p ? ids(p.reportingPeriods) : []),
    (w) => w.periodId,
  ),
  byId(
    "reportingPeriod",
    "reportingPeriod.currentReport",
    "U . . N N . . . .",
    (w) => w.periodId,
    "currentReport { id sha256 snapshot totals { total } submittedBy { id } } reports { id }",
  ),
  // Personnel rates: the person's organization and the secretariat.
  byId("node", "node(id) of a personnel rate", "U . N N N . N N .", (w) => w.personnelRateId),
  nested(
    "node",
    "user.personnelRates",
    "U . h h N . h h .",
    (w) => w.users.member.id,
    "... on User { personnelRates { id } }",
    (u) => u.personnelRates.map((r: { id: string }) => r.id),
    (w) => w.personnelRateId,
  ),

  // Talent exchanges: the two organizations, the secretariat and analysts.
  listed("talentExchanges", "talentExchanges", "U . . h h . . h .", (w) => w.exchangeId),
  byId("node", "node(id) of a talent exchange", "U . . N N . . N .", (w) => w.exchangeId),

  // IP: summary to the alliance; rights to owners, secretariat, analysts; own license to a licensee.
  byId("ipAsset", "ipAsset(id) summary", "U . . . N . . N .", (w) => w.ipAssetId, "id title kind status jurisdiction"),
  nested(
    "ipAsset",
    "ipAsset.owners",
    "U . . h N . . N .",
    (w) => w.ipAssetId,
    "owners { organization { id } }",
    (a) => (a.owners ?? []).map((o: any) => o.organization.id),
    (w) => w.b.id,
  ),
  nested(
    "ipAsset",
    "ipAsset.licenses: another licensee's",
    "U . . h N . . N .",
    (w) => w.ipAssetId,
    "licenses { id }",
    (a) => a.licenses.map((l: any) => l.id),
    (w) => w.licenseToOutsiderId,
  ),
  nested(
    "ipAsset",
    "ipAsset.licenses: the licensee's own",
    "U . . . N . . N .",
    (w) => w.ipAssetId,
    "licenses { id }",
    (a) => a.licenses.map((l: any) => l.id),
    (w) => w.licenseToCId,
  ),
  listed("ipAssets", "ipAssets lists the patent", "U . . . h . . h .", (w) => w.ipAssetId),
  byId("ipAsset", "ipAsset(id) TRADE_SECRET", "U N . N N . N N .", (w) => w.tradeSecretId),
  listed("ipAssets", "ipAssets lists the TRADE_SECRET", "U h . h h . h h .", (w) => w.tradeSecretId),
  byId("node", "node(id) TRADE_SECRET", "U N . N N . N N .", (w) => w.tradeSecretId),
  byId("node", "node(id) of another licensee's license", "U . . N N . . N .", (w) => w.licenseToOutsiderId),

  // Background: with its project, within the asset's visibility. Access requests: the requester's
  // organization (B), the owners (A), the secretariat and analysts.
  nested(
    "project",
    "project.background",
    "U . . N N . . h .",
    (w) => w.privateProjectId,
    "background(first: 100) { edges { node { id } } }",
    (p) => ids(p.background),
    (w) => w.backgroundId,
  ),
  nested(
    "project",
    "project.background hides a TRADE_SECRET",
    "U h . h N . h N .",
    (w) => w.allianceProjectId,
    "background(first: 100) { edges { node { id } } }",
    (p) => ids(p.background),
    (w) => w.secretBackgroundId,
  ),
  byId("node", "node(id) of background", "U . . N N . . N .", (w) => w.backgroundId),
  byId("node", "node(id) of TRADE_SECRET background", "U N . N N . N N .", (w) => w.secretBackgroundId),
  listed("accessRequests", "accessRequests", "U . . h h . . h .", (w) => w.accessRequestId),
  byId("node", "node(id) of an access request", "U . . N N . . N .", (w) => w.accessRequestId),
  byId("node", "node(id) of an owner's access decision", "U . . N N . . N .", (w) => w.accessDecisionId),
  nested(
    "project",
    "project.accessRequests",
    "U . . N N . . h .",
    (w) => w.privateProjectId,
    "accessRequests(first: 100) { edges { node { id } } }",
    (p) => ids(p.accessRequests),
    (w) => w.accessRequestId,
  ),
  nested(
    "ipAsset",
    "ipAsset.accessRequests",
    "U . . h N . . N .",
    (w) => w.backgroundAssetId,
    "accessRequests(first: 100) { edges { node { id } } }",
    (a) => ids(a.accessRequests),
    (w) => w.accessRequestId,
  ),

  // Benefit sharing: own lines and plans one holds shares in; secretariat and analysts all.
  listed("benefitPlans", "benefitPlans", "U . . h h . . h .", (w) => w.planId),
  byId("node", "node(id) of a benefit plan", "U . . N N . . N .", (w) => w.planId),
  // A pending consent change: the organizations involved (holders of the plan in force it would
  // replace; current and proposed owners), the secretariat and analysts.
  listed(
    "benefitPlans",
    "benefitPlans: a pending plan, to the holders of the plan it would replace",
    "U . . h h . . h .",
    (w) => w.pendingPlanId,
  ),
  nested(
    "node",
    "benefitPlan.requiredApprovers, approvals and missingApprovers of a pending plan",
    "U . . N N . . N .",
    (w) => w.pendingPlanId,
    "... on BenefitPlan { requiredApprovers { id } approvals { organization { id } } missingApprovers { id } }",
    (p) => [...p.requiredApprovers, ...p.approvals.map((a: any) => a.organization), ...p.missingApprovers].map((o: any) => o.id),
    (w) => w.b.id,
  ),
  listed("ipOwnershipChanges", "ipOwnershipChanges", "U . . h h . . h .", (w) => w.ownershipChangeId),
  byId("node", "node(id) of a pending change of IP owners", "U . . N N . . N .", (w) => w.ownershipChangeId),
  nested(
    "ipAsset",
    "ipAsset.ownershipChanges",
    "U . . h N . . N .",
    (w) => w.ipAssetId,
    "ownershipChanges { edges { node { id } } }",
    (a) => ids(a.ownershipChanges),
    (w) => w.ownershipChangeId,
  ),
  nested(
    "node",
    "ipOwnershipChange fields: ipAsset, owners, previousOwners, approvers, approvals, proposedBy",
    "U . . N N . . N .",
    (w) => w.ownershipChangeId,
    `... on IpOwnershipChange { status createdAt decidedAt ipAsset { id } owners { basisPoints organization { id } }
       previousOwners { organization { id } } requiredApprovers { id } approvals { approvedAt approvedBy { id } organization { id } }
       missingApprovers { id } proposedBy { id } }`,
    (c) => [c.ipAsset.id, ...c.missingApprovers.map((o: any) => o.id)],
    (w) => w.ipAssetId,
  ),
  listed("revenueEvents", "revenueEvents", "U . . h h . . h .", (w) => w.revenueEventId),
  byId("node", "node(id) of a revenue event", "U . . N N . . N .", (w) => w.revenueEventId),
  {
    kind: "query",
    field: "distributions",
    path: "distributions: the lines of one's own organization",
    expect: "U . h h h . . h .",
    run: (w, r) => q(w, r, `{ distributions(first: 100) { edges { node { id organization { id } revenueEvent { id } } } } }`),
    visible: (d, w) =>
      d.distributions.edges.some((e: any) => e.node.revenueEvent.id === w.revenueEventId && e.node.organization.id === w.b.id),
  },
  {
    kind: "query",
    field: "distributions",
    path: "distributions: another organization's line",
    expect: "U h . h h . . h .",
    run: (w, r) => q(w, r, `{ distributions(first: 100) { edges { node { id organization { id } revenueEvent { id } } } } }`),
    visible: (d, w) =>
      d.distributions.edges.some((e: any) => e.node.revenueEvent.id === w.revenueEventId && e.node.organization.id === w.a.id),
  },
  {
    kind: "query",
    field: "organization",
    path: "organization.distributions of another organization",
    expect: "U h . h h . . h .",
    run: (w, r) =>
      q(w, r, `query($id: ID!) { organization(id: $id) { distributions(first: 100) { edges { node { id } } } } }`, { id: w.a.id }),
    visible: (d) => d.organization.distributions.edges.length > 0,
  },
  {
    kind: "query",
    field: "organization",
    path: "organization.benefitStatement (aggregate) of another organization",
    expect: "U h . h h . . h .",
    run: (w, r) => q(w, r, `query($id: ID!) { organization(id: $id) { benefitStatement { totals { amount } } } }`, { id: w.a.id }),
    visible: (d) => d.organization.benefitStatement.totals.length > 0,
  },
  {
    kind: "query",
    field: "organization",
    path: "organization.benefitStatement (aggregate) of one's own organization",
    expect: "U . h h h . . h .",
    run: (w, r) => q(w, r, `query($id: ID!) { organization(id: $id) { benefitStatement { totals { amount } } } }`, { id: w.b.id }),
    visible: (d) => d.organization.benefitStatement.totals.length > 0,
  },

  // Motions and votes (Art. 8.3): the body's seat holders, the secretariat and analysts.
  listed("motions", "motions lists the council's motion", "U h . . h . . h .", (w) => w.motionId),
  byId(
    "node",
    "node(id) of a motion, its votes and tally",
    "U N . . N . . N .",
    (w) => w.motionId,
    "... on Motion { votes { choice } tally { eligible } }",
  ),
  nested(
    "node",
    "governingBody.motions",
    "U h . . N . . N .",
    (w) => w.councilId,
    "... on GoverningBody { motions(first: 100) { edges { node { id } } } }",
    (b) => ids(b.motions),
    (w) => w.motionId,
  ),
  aggregate("motionsAggregate", "MotionFilter", "U h . . h . . h .", (w) => ({ id: { eq: w.motionId } })),
  byId("alliance", "alliance(id).admissionBy", "U . . . N . . . .", (w) => w.allianceId, "admissionBy"),
  byId(
    "node",
    "node(id) of a breach record: remedyDueOn, overdue",
    "U . . . N . . N .",
    (w) => w.breachId,
    "... on BreachRecord { remedyDueOn overdue }",
  ),

  // Audit trail: the secretariat (and platform admins).
  {
    kind: "query",
    field: "auditEntries",
    path: "auditEntries of the alliance",
    expect: "U h h h h . h h .",
    run: (w, r) =>
      q(w, r, `query($f: AuditEntryFilter) { auditEntries(first: 1, filter: $f) { edges { node { id } } } }`, {
        f: { allianceId: { eq: w.allianceId } },
      }),
    visible: (d) => d.auditEntries.edges.length > 0,
  },

  // Aggregates count only what the viewer may see (same visibility SQL as the lists).
  aggregate("projectsAggregate", "ProjectFilter", "U . . h h . . . .", (w) => ({ id: { eq: w.privateProjectId } })),
  aggregate("tasksAggregate", "TaskFilter", "U . . h h . . h .", (w) => ({ id: { eq: w.taskId } })),
  aggregate("ipAssetsAggregate", "IpAssetFilter", "U h . h h . h h .", (w) => ({ id: { eq: w.tradeSecretId } }), "a trade secret"),
  aggregate(
    "distributionsAggregate",
    "DistributionFilter",
    "U h . h h . . h .",
    (w) => ({ organizationId: { eq: w.a.id } }),
    "another organization's lines",
  ),
  aggregate("talentExchangesAggregate", "TalentExchangeFilter", "U . . h h . . h .", (w) => ({ id: { eq: w.exchangeId } })),
  aggregate("accessRequestsAggregate", "AccessRequestFilter", "U . . h h . . h .", (w) => ({ id: { eq: w.accessRequestId } })),
  aggregate(
    "deliverablesAggregate",
    "DeliverableFilter",
    "U h . h h . h h .",
    (w) => ({ id: { eq: w.confidentialDeliverableId } }),
    "a CONFIDENTIAL deliverable",
  ),
  aggregate("expensesAggregate", "ExpenseFilter", "U . . h h . . . .", (w) => ({ id: { eq: w.expenseId } })),
  aggregate("timeDeclarationsAggregate", "TimeDeclarationFilter", "U . . h h . . . .", (w) => ({ id: { eq: w.timeDeclarationId } })),
  aggregate("reportingPeriodsAggregate", "ReportingPeriodFilter", "U . . h h . . . .", (w) => ({ id: { eq: w.periodId } })),
  aggregate("membershipsAggregate", "MembershipFilter", "U . . . h . . h .", (w) => ({ id: { eq: w.membershipBId } })),

  // Pilot readiness (Art. 7-8): the secretariat, analysts and the coordination office.
  {
    kind: "query",
    field: "pilotReadiness",
    path: "pilotReadiness of the alliance",
    expect: "U F F F N . . F .",
    run: (w, r) => q(w, r, `query($a: ID!) { pilotReadiness(allianceId: $a) { ready conditions { met } } }`, { a: w.allianceId }),
  },
  {
    kind: "query",
    field: "allianceActivity",
    path: "allianceActivity of the alliance",
    expect: "U F F F N . . F .",
    run: (w, r) =>
      q(
        w,
        r,
        `query($a: ID!) { allianceActivity(allianceId: $a, year: 2026) { year currency score evaluatedAt
           dimensions { dimension label weight score indicators { key dimension label normalization value sourceRows target weight score } } } }`,
        { a: w.allianceId },
      ),
  },
  {
    kind: "query",
    field: "allianceActivity",
    path: "allianceActivity.alliance",
    expect: "U F F F N . . F .",
    run: (w, r) => q(w, r, `query($a: ID!) { allianceActivity(allianceId: $a, year: 2026) { alliance { id } } }`, { a: w.allianceId }),
    visible: (d, w) => d.allianceActivity?.alliance?.id === w.allianceId,
  },
];
