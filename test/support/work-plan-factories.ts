/** Work plans, deliverables, time declarations and rates seeded through the public API. */
import { gql, ok, type GraphQLResponse } from "./client";
import { createAllianceWithMembers, createUser, type TestOrg, type TestUser } from "./factories";
import { addParticipant, createProject } from "./project-factories";

export interface WorkPlanWorld {
  allianceId: string;
  secretariat: TestUser;
  /** members[0] leads the project; members[1] takes part; members[2] is an active member outside it. */
  members: TestOrg[];
  lead: TestOrg;
  partner: TestOrg;
  outsider: TestOrg;
  /** A MEMBER user of the partner. */
  engineer: TestUser;
  projectId: string;
}

/** A project of 24 months from 2026-01-01, led by members[0] with members[1]; members[2] is only in the alliance. */
export async function workPlanWorld(url: string, admin: string, project: Record<string, unknown> = {}): Promise<WorkPlanWorld> {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(url, admin, 3);
  const [lead, partner, outsider] = members;
  const { id: projectId } = await createProject(url, lead.admin.token, allianceId, {
    startDate: "2026-01-01",
    endDate: "2027-12-31",
    ...project,
  });
  ok(await addParticipant(url, lead.admin.token, projectId, partner.id));
  const engineer = await createUser(url, partner.admin.token, partner.id, { orgRole: "MEMBER" });
  return { allianceId, secretariat, members, lead, partner, outsider, engineer, projectId };
}

const WP_FIELDS = `id number title startMonth endMonth leadOrganization { id }
  plannedEffort { organization { id } personMonths } plannedBudget { organization { id } category amount }`;
const DELIVERABLE_FIELDS = `id number title dueMonth dueDate status overdue disseminationLevel delayJustification submissionCount reviewComment`;
const TIME_FIELDS = `id month hours status personMonths`;

function mutate(url: string, token: string, name: string, input: Record<string, unknown>, fields: string): Promise<GraphQLResponse> {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return gql(url, `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`, { input }, token);
}

export const createWorkPackage = (url: string, token: string, input: Record<string, unknown>) =>
  mutate(url, token, "createWorkPackage", { title: "Work", startMonth: 1, endMonth: 12, ...input }, WP_FIELDS);
export const updateWorkPackage = (url: string, token: string, input: Record<string, unknown>) =>
  mutate(url, token, "updateWorkPackage", input, WP_FIELDS);
export const createDeliverable = (url: string, token: string, input: Record<string, unknown>) =>
  mutate(url, token, "createDeliverable", { title: "Report", disseminationLevel: "PUBLIC", ...input }, DELIVERABLE_FIELDS);
export const submitDeliverable = (url: string, token: string, input: Record<string, unknown>) =>
  mutate(url, token, "submitDeliverable", input, DELIVERABLE_FIELDS);
export const reviewDeliverable = (url: string, token: string, input: Record<string, unknown>) =>
  mutate(url, token, "reviewDeliverable", input, DELIVERABLE_FIELDS);
export const declareTime = (url: string, token: string, input: Record<string, unknown>) =>
  mutate(url, token, "declareTime", input, TIME_FIELDS);
export const decideTimeDeclaration = (url: string, token: string, timeDeclarationId: string, decision = "APPROVE") =>
  mutate(url, token, "decideTimeDeclaration", { timeDeclarationId, decision }, TIME_FIELDS);
export const setPersonnelRate = (url: string, token: string, input: Record<string, unknown>) =>
  mutate(url, token, "setPersonnelRate", input, "id validFrom monthlyRate");

/** A work package WP1 led by `leadId` over months 1-12. */
export async function workPackage(url: string, token: string, projectId: string, leadId: string, extra: Record<string, unknown> = {}) {
  return ok(await createWorkPackage(url, token, { projectId, number: "WP1", leadOrganizationId: leadId, ...extra })).createWorkPackage as {
    id: string;
  };
}
