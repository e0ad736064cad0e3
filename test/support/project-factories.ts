/** Projects, milestones, tasks and talent exchanges seeded through the public API. */
import { gql, ok } from "./client";
import { createAllianceWithMembers, createUser, uniq, type TestOrg, type TestUser } from "./factories";

export async function createProject(
  url: string,
  token: string,
  allianceId: string,
  input: Record<string, unknown> = {},
): Promise<{ id: string; code: string }> {
  const data = ok(
    await gql<{ createProject: { id: string; code: string } }>(
      url,
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { id code } }`,
      { input: { allianceId, code: uniq("P"), title: "Solid-state electrolyte", ...input } },
      token,
    ),
  );
  return data.createProject;
}

export interface PartnerProject {
  allianceId: string;
  secretariat: TestUser;
  members: TestOrg[];
  /** members[0], leading the project. */
  lead: TestOrg;
  /** members[1], the one participant, with an engineer (a plain MEMBER user). */
  partner: TestOrg & { engineer: TestUser };
  projectId: string;
}

/**
 * An alliance of `memberCount` members where the first leads a project with the second as its
 * one participant; the others stay outside the project.
 */
export async function partnerProject(
  url: string,
  admin: string,
  memberCount = 2,
  engineer: Partial<{ name: string }> = {},
): Promise<PartnerProject> {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(url, admin, memberCount);
  const [lead, partner] = members;
  const project = await createProject(url, lead.admin.token, allianceId);
  ok(await addParticipant(url, lead.admin.token, project.id, partner.id));
  const partnerEngineer = await createUser(url, partner.admin.token, partner.id, engineer);
  return { allianceId, secretariat, members, lead, partner: { ...partner, engineer: partnerEngineer }, projectId: project.id };
}

export async function addParticipant(url: string, token: string, projectId: string, organizationId: string) {
  return gql<{ addProjectParticipant: { id: string; role: string } }>(
    url,
    `mutation($input: AddProjectParticipantInput!) { addProjectParticipant(input: $input) { id role } }`,
    { input: { projectId, organizationId, contribution: "test cells" } },
    token,
  );
}

export async function removeParticipant(url: string, token: string, projectId: string, organizationId: string) {
  return gql<{ removeProjectParticipant: { id: string; removedAt: string } }>(
    url,
    `mutation($input: RemoveProjectParticipantInput!) { removeProjectParticipant(input: $input) { id removedAt } }`,
    { input: { projectId, organizationId } },
    token,
  );
}

export async function setProjectStatus(url: string, token: string, projectId: string, status: string) {
  return gql<{ setProjectStatus: { id: string; status: string } }>(
    url,
    `mutation($input: SetProjectStatusInput!) { setProjectStatus(input: $input) { id status } }`,
    { input: { projectId, status } },
    token,
  );
}

export async function createMilestone(url: string, token: string, projectId: string, input: Record<string, unknown> = {}) {
  return ok(
    await gql<{ createMilestone: { id: string; title: string } }>(
      url,
      `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id title } }`,
      { input: { projectId, title: uniq("M"), ...input } },
      token,
    ),
  ).createMilestone;
}

export interface TaskShape {
  id: string;
  title: string;
  status: string;
  version: number;
}

const TASK_FIELDS = "id title status version";

export async function createTask(url: string, token: string, projectId: string, input: Record<string, unknown> = {}): Promise<TaskShape> {
  return ok(
    await gql<{ createTask: TaskShape }>(
      url,
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${TASK_FIELDS} } }`,
      { input: { projectId, title: uniq("Task"), ...input } },
      token,
    ),
  ).createTask;
}

export function assignTask(
  url: string,
  token: string,
  input: { taskId: string; assigneeOrganizationId: string; assigneeId?: string; version?: number },
) {
  return gql<{ assignTask: TaskShape & { assignee: { id: string } | null; assigneeOrganization: { id: string } } }>(
    url,
    `mutation($input: AssignTaskInput!) { assignTask(input: $input) { ${TASK_FIELDS} assignee { id } assigneeOrganization { id } } }`,
    { input },
    token,
  );
}

export function updateTask(url: string, token: string, input: Record<string, unknown> & { taskId: string; version: number }) {
  return gql<{ updateTask: TaskShape & { priority: string; dueDate: string | null } }>(
    url,
    `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { ${TASK_FIELDS} priority dueDate } }`,
    { input },
    token,
  );
}

export function proposeTalentExchange(url: string, token: string, input: Record<string, unknown>) {
  return gql<{ proposeTalentExchange: { id: string; status: string } }>(
    url,
    `mutation($input: ProposeTalentExchangeInput!) { proposeTalentExchange(input: $input) { id status } }`,
    { input: { kind: "SECONDMENT", ...input } },
    token,
  );
}

export function decideTalentExchange(url: string, token: string, talentExchangeId: string, decision: "APPROVE" | "REJECT") {
  return gql<{ decideTalentExchange: { id: string; status: string } }>(
    url,
    `mutation($input: DecideTalentExchangeInput!) { decideTalentExchange(input: $input) { id status } }`,
    { input: { talentExchangeId, decision } },
    token,
  );
}

export function updateTalentExchange(url: string, token: string, talentExchangeId: string, status: string) {
  return gql<{ updateTalentExchange: { id: string; status: string } }>(
    url,
    `mutation($input: UpdateTalentExchangeInput!) { updateTalentExchange(input: $input) { id status } }`,
    { input: { talentExchangeId, status } },
    token,
  );
}

/** The organization's open membership in the alliance. */
export async function membershipId(url: string, token: string, organizationId: string, allianceId: string): Promise<string> {
  const data = ok(
    await gql<{ organization: { memberships: { edges: { node: { id: string; status: string; alliance: { id: string } } }[] } } }>(
      url,
      `query($id: ID!) { organization(id: $id) { memberships(first: 100) { edges { node { id status alliance { id } } } } } }`,
      { id: organizationId },
      token,
    ),
  );
  const open = data.organization.memberships.edges
    .map((e) => e.node)
    .find((m) => m.alliance.id === allianceId && ["APPLIED", "ACTIVE", "SUSPENDED"].includes(m.status));
  if (!open) throw new Error("no open membership");
  return open.id;
}

/** Suspend, reinstate or withdraw a membership. */
export async function changeMembership(
  url: string,
  token: string,
  change: "suspendMembership" | "reinstateMembership" | "withdrawMembership",
  id: string,
) {
  return ok(
    await gql(
      url,
      `mutation($input: ChangeMembershipInput!) { ${change}(input: $input) { id status } }`,
      { input: { membershipId: id } },
      token,
    ),
  );
}
