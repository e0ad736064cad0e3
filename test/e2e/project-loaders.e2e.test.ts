/**
 * Every relation field goes through per-request DataLoaders: the SQL statements of a nested
 * query grow with its depth, never with its rows.
 */
import { startTestApp, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";
import { adminToken, createAllianceWithMembers, createUser, type TestUser } from "../support/factories";
import { addParticipant, createMilestone, createProject, createTask } from "../support/project-factories";

let t: TestApp;
let viewer: string;
let admin: string;
let allianceId: string;
let organizationIds: string[];

const PROJECTS = 10;
const TASKS = 10;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t.url);
  const world = await createAllianceWithMembers(t.url, admin, 3);
  allianceId = world.allianceId;
  const [lead, ...partners] = world.members;
  organizationIds = world.members.map((m) => m.id);
  const people: { organizationId: string; user: TestUser }[] = [];
  for (const partner of partners) {
    for (let i = 0; i < 2; i++) people.push({ organizationId: partner.id, user: await createUser(t.url, partner.admin.token, partner.id) });
  }
  for (let p = 0; p < PROJECTS; p++) {
    const project = await createProject(t.url, lead.admin.token, allianceId, { code: `N1-${String(p).padStart(2, "0")}` });
    for (const partner of partners) ok(await addParticipant(t.url, lead.admin.token, project.id, partner.id));
    const milestone = await createMilestone(t.url, lead.admin.token, project.id);
    for (let i = 0; i < TASKS; i++) {
      const person = people[(p + i) % people.length];
      await createTask(t.url, lead.admin.token, project.id, {
        milestoneId: milestone.id,
        assigneeOrganizationId: person.organizationId,
        assigneeId: person.user.id,
      });
    }
  }
  viewer = people[0].user.token;
}, 180_000);
afterAll(() => t.stop());

const NESTED = `query($alliance: ID!, $projects: Int!, $tasks: Int!) {
  projects(first: $projects, filter: { allianceId: { eq: $alliance } }, orderBy: [{ field: CODE }]) {
    totalCount
    edges { node {
      code
      alliance { name }
      leadOrganization { name }
      participants { role organization { name type } }
      milestones { title }
      tasks(first: $tasks, orderBy: [{ field: CREATED_AT }]) {
        totalCount
        pageInfo { hasNextPage }
        edges { node {
          title status version
          project { code }
          milestone { title }
          assigneeOrganization { name type }
          assignee { name organization { name } }
        } }
      }
    } }
  }
}`;

// Ten levels deep: the most the API allows (MAX_DEPTH).
const BY_ORGANIZATION = `query($ids: [ID!]!, $projects: Int!, $tasks: Int!) {
  organizations(filter: { id: { in: $ids } }) {
    edges { node { name projects(first: $projects) { totalCount edges { node { code tasks(first: $tasks) { edges { node { title } } } } } } } }
  }
}`;

/**
 * Statements of one query, the fewest over three runs: DataLoader batches by tick, so which
 * loads share a batch can vary with timing by one statement; the fewest is the batching itself.
 */
async function measure(
  query: string,
  variables: Record<string, unknown>,
  token = viewer,
): Promise<{ statements: number; most: number; data: any }> {
  const counts: number[] = [];
  let data: any;
  for (let run = 0; run < 3; run++) {
    const before = t.statements();
    data = ok(await gql(t.url, query, variables, token));
    counts.push(t.statements() - before);
  }
  return { statements: Math.min(...counts), most: Math.max(...counts), data };
}

it("answers 10 projects × 10 tasks with assignees and organizations in as many statements as 2 × 2", async () => {
  const small = await measure(NESTED, { alliance: allianceId, projects: 2, tasks: 2 });
  const large = await measure(NESTED, { alliance: allianceId, projects: PROJECTS, tasks: TASKS });

  const projects = large.data.projects.edges.map((e: any) => e.node);
  expect(projects).toHaveLength(PROJECTS);
  for (const project of projects) {
    expect(project.tasks.totalCount).toBe(TASKS);
    expect(project.tasks.edges).toHaveLength(TASKS);
    expect(project.participants).toHaveLength(3);
    for (const { node } of project.tasks.edges) {
      expect(node.project.code).toBe(project.code);
      expect(node.assignee.name).toBe("Test User");
      expect(node.assignee.organization.name).toBe(node.assigneeOrganization.name);
    }
  }
  expect(small.data.projects.edges).toHaveLength(2);
  expect(large.statements).toBe(small.statements);
  // One statement per level (projects, count, participants, milestones, task pages, task counts, tasks,
  // organizations, users, …) plus authentication and the viewer's standing: a fixed number.
  expect(large.most).toBeLessThanOrEqual(17);
});

it("batches organization.projects and their tasks the same way", async () => {
  const small = await measure(BY_ORGANIZATION, { ids: organizationIds, projects: 2, tasks: 2 });
  const large = await measure(BY_ORGANIZATION, { ids: organizationIds, projects: PROJECTS, tasks: TASKS });
  const organizations = large.data.organizations.edges.map((e: any) => e.node);
  expect(organizations).toHaveLength(3);
  for (const organization of organizations) {
    expect(organization.projects.totalCount).toBe(PROJECTS);
    expect(organization.projects.edges).toHaveLength(PROJECTS);
    for (const project of organization.projects.edges) expect(project.node.tasks.edges).toHaveLength(TASKS);
  }
  expect(large.statements).toBe(small.statements);
  expect(large.most).toBeLessThanOrEqual(10);
});

it("answers a reference to a row a nested page has read without a statement of its own", async () => {
  // organization.projects reads the projects; each task's `project` is one of them. A platform
  // admin sees every row, so the reference is the by-id loader's alone (a member's also checks
  // the viewer's right to the project, one statement for all of them).
  const tasksOf = (task: string) => `query($id: ID!, $projects: Int!, $tasks: Int!) {
    organization(id: $id) { projects(first: $projects) { edges { node { code tasks(first: $tasks) { edges { node { ${task} } } } } } } }
  }`;
  const variables = { id: organizationIds[1], projects: PROJECTS, tasks: TASKS };
  const plain = await measure(tasksOf("title"), variables, admin);
  const referencing = await measure(tasksOf("title project { code }"), variables, admin);
  const projects = referencing.data.organization.projects.edges;
  expect(projects).toHaveLength(PROJECTS);
  for (const project of projects) {
    expect(project.node.tasks.edges).toHaveLength(TASKS);
    for (const task of project.node.tasks.edges) expect(task.node.project.code).toBe(project.node.code);
  }
  expect(referencing.statements).toBe(plain.statements);
});
