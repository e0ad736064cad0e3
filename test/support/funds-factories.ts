/** Benefit plans, revenue, funds and facilities seeded through the public API. */
import { gql, ok, type GraphQLResponse } from "./client";
import { createAllianceWithMembers, createUser, grantRole, type TestOrg, type TestUser } from "./factories";
import { addParticipant, createProject } from "./project-factories";

export interface ProjectWorld {
  allianceId: string;
  secretariat: TestUser;
  members: TestOrg[];
  /** Led by members[0]; every member takes part. */
  projectId: string;
}

/** An alliance with `memberCount` active members, all taking part in one project led by the first. */
export async function projectWorld(url: string, admin: string, memberCount = 3): Promise<ProjectWorld> {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(url, admin, memberCount);
  const project = await createProject(url, members[0].admin.token, allianceId);
  for (const member of members.slice(1)) ok(await addParticipant(url, members[0].admin.token, project.id, member.id));
  return { allianceId, secretariat, members, projectId: project.id };
}

export async function analystOf(url: string, admin: string, world: { allianceId: string; members: TestOrg[] }): Promise<TestUser> {
  const analyst = await createUser(url, admin, world.members[0].id);
  await grantRole(url, admin, world.allianceId, analyst.id, "ANALYST");
  return analyst;
}

const PLAN_FIELDS = `id status agreedAt supersededAt shares { basisPoints approved organization { id } }
  requiredApprovers { id } missingApprovers { id } approvals { approvedAt organization { id } approvedBy { id } }`;

export function createBenefitPlan(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(url, `mutation($input: CreateBenefitPlanInput!) { createBenefitPlan(input: $input) { ${PLAN_FIELDS} } }`, { input }, token);
}

export function approveBenefitPlan(url: string, token: string, benefitPlanId: string): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: ApproveBenefitPlanInput!) { approveBenefitPlan(input: $input) { ${PLAN_FIELDS} } }`,
    { input: { benefitPlanId } },
    token,
  );
}

/** Creates a plan over `holders` (organization, basis points) and has every holder's ORG_ADMIN approve it. */
export async function agreedPlan(
  url: string,
  creatorToken: string,
  subject: { projectId?: string; ipAssetId?: string },
  holders: [TestOrg, number][],
): Promise<string> {
  const created = ok(
    await createBenefitPlan(url, creatorToken, {
      ...subject,
      shares: holders.map(([org, basisPoints]) => ({ organizationId: org.id, basisPoints })),
    }),
  );
  const planId: string = created.createBenefitPlan.id;
  for (const [org] of holders) ok(await approveBenefitPlan(url, org.admin.token, planId));
  return planId;
}

/** A project world of as many members as `basisPoints`, with an agreed plan giving each member its share, in order. */
export async function projectWithPlan(url: string, admin: string, basisPoints: number[]): Promise<ProjectWorld> {
  const w = await projectWorld(url, admin, basisPoints.length);
  await agreedPlan(
    url,
    w.secretariat.token,
    { projectId: w.projectId },
    w.members.map((member, i) => [member, basisPoints[i]]),
  );
  return w;
}

const REVENUE_FIELDS = `id kind amount currency receivedOn idempotencyKey
  distributions { amount basisPoints currency organization { id } }`;

export function recordRevenue(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(url, `mutation($input: RecordRevenueInput!) { recordRevenue(input: $input) { ${REVENUE_FIELDS} } }`, { input }, token);
}

/** Revenue events and distribution lines of a subject, counted as the secretariat sees them. */
export async function countRevenue(url: string, token: string, subject: { projectId?: string; ipAssetId?: string }) {
  const filter = subject.projectId ? { projectId: { eq: subject.projectId } } : { ipAssetId: { eq: subject.ipAssetId } };
  const data = ok(
    await gql(
      url,
      `query($e: RevenueEventFilter, $d: DistributionFilter) {
         revenueEvents(filter: $e) { totalCount }
         distributions(filter: $d) { totalCount }
       }`,
      { e: filter, d: filter },
      token,
    ),
  );
  return { events: data.revenueEvents.totalCount as number, lines: data.distributions.totalCount as number };
}

export function addFundingSource(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: AddFundingSourceInput!) { addFundingSource(input: $input) { id kind provider amount currency } }`,
    { input },
    token,
  );
}

export function requestExpense(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(url, `mutation($input: RequestExpenseInput!) { requestExpense(input: $input) { id status amount } }`, { input }, token);
}

export function decideExpense(url: string, token: string, expenseId: string, decision: "APPROVE" | "REJECT", reason?: string) {
  return gql(
    url,
    `mutation($input: DecideExpenseInput!) { decideExpense(input: $input) { id status reason } }`,
    { input: { expenseId, decision, reason } },
    token,
  );
}

export function createFacility(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: CreateSharedFacilityInput!) { createSharedFacility(input: $input) { id name hostOrganization { id } } }`,
    { input },
    token,
  );
}

export function bookFacility(url: string, token: string, input: Record<string, unknown>): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: BookFacilityInput!) { bookFacility(input: $input) { id start end status organization { id } } }`,
    { input },
    token,
  );
}
