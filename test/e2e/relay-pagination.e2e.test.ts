/**
 * Relay's cursor connections in both directions: `first`/`after` forward and `last`/`before`
 * backward, with `pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`, on top-level
 * lists and on nested ones (batched per level), in any order the list offers.
 */
import { failure, gql, ok } from "../support/client";
import { createAllianceWithMembers } from "../support/factories";
import { createProject, createTask } from "../support/project-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

interface PageShape {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { title: string } }[];
}

const PAGE = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { title } }`;
const TASKS = `query($p: ID!, $first: Int, $after: String, $last: Int, $before: String, $order: [TaskOrder!]) {
  tasks(filter: { projectId: { eq: $p } }, first: $first, after: $after, last: $last, before: $before, orderBy: $order) { ${PAGE} } }`;

/** A project with tasks "T1" … "T7", created in that order. */
async function sevenTasks(): Promise<{ token: string; projectId: string }> {
  const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 1);
  const token = members[0].admin.token;
  const project = await createProject(t.url, token, allianceId);
  for (let i = 1; i <= 7; i++) await createTask(t.url, token, project.id, { title: `T${i}` });
  return { token, projectId: project.id };
}

async function tasks(token: string, projectId: string, args: Record<string, unknown>): Promise<PageShape> {
  return ok(await gql<{ tasks: PageShape }>(t.url, TASKS, { p: projectId, ...args }, token)).tasks;
}

const titles = (page: PageShape) => page.edges.map((e) => e.node.title);

it("pages forward and then backward over the same rows, with Relay's pageInfo", async () => {
  const { token, projectId } = await sevenTasks();

  const first = await tasks(token, projectId, { first: 3 });
  expect(titles(first)).toEqual(["T1", "T2", "T3"]);
  expect(first.pageInfo).toEqual({
    hasNextPage: true,
    hasPreviousPage: false,
    startCursor: first.edges[0].cursor,
    endCursor: first.edges[2].cursor,
  });
  const second = await tasks(token, projectId, { first: 3, after: first.pageInfo.endCursor });
  expect(titles(second)).toEqual(["T4", "T5", "T6"]);
  expect([second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage]).toEqual([true, true]);

  const last = await tasks(token, projectId, { last: 3 });
  expect(titles(last)).toEqual(["T5", "T6", "T7"]);
  expect([last.pageInfo.hasNextPage, last.pageInfo.hasPreviousPage]).toEqual([false, true]);
  const before = await tasks(token, projectId, { last: 3, before: last.pageInfo.startCursor });
  expect(titles(before)).toEqual(["T2", "T3", "T4"]);
  const start = await tasks(token, projectId, { last: 3, before: before.pageInfo.startCursor });
  expect(titles(start)).toEqual(["T1"]);
  expect([start.pageInfo.hasNextPage, start.pageInfo.hasPreviousPage]).toEqual([true, false]);
  expect(start.totalCount).toBe(7);

  // Both cursors bound one page; a cursor read forward serves backward too.
  const between = await tasks(token, projectId, { first: 10, after: first.edges[0].cursor, before: second.edges[2].cursor });
  expect(titles(between)).toEqual(["T2", "T3", "T4", "T5"]);
});

it("pages backward in a requested order, descending keys included", async () => {
  const { token, projectId } = await sevenTasks();
  const order = [{ field: "TITLE", direction: "DESC" }];
  const last = await tasks(token, projectId, { last: 2, order });
  expect(titles(last)).toEqual(["T2", "T1"]);
  const before = await tasks(token, projectId, { last: 2, before: last.pageInfo.startCursor, order });
  expect(titles(before)).toEqual(["T4", "T3"]);
});

it("pages nested lists backward", async () => {
  const { token, projectId } = await sevenTasks();
  const query = `query($p: ID!, $before: String) { project(id: $p) { tasks(last: 2, before: $before) { ${PAGE} } } }`;
  const page = ok(await gql<{ project: { tasks: PageShape } }>(t.url, query, { p: projectId }, token)).project.tasks;
  expect(titles(page)).toEqual(["T6", "T7"]);
  expect([page.pageInfo.hasNextPage, page.pageInfo.hasPreviousPage]).toEqual([false, true]);
  const earlier = ok(await gql<{ project: { tasks: PageShape } }>(t.url, query, { p: projectId, before: page.pageInfo.startCursor }, token))
    .project.tasks;
  expect(titles(earlier)).toEqual(["T4", "T5"]);
  expect(earlier.pageInfo.startCursor).toBe(earlier.edges[0].cursor);
});

it("refuses first with last, and a cursor that is not one of the list's, naming the argument", async () => {
  const { token, projectId } = await sevenTasks();
  const both = failure(await gql(t.url, TASKS, { p: projectId, first: 2, last: 2 }, token));
  expect([both.extensions?.code, both.extensions?.field]).toEqual(["BAD_USER_INPUT", "last"]);
  const forged = failure(await gql(t.url, TASKS, { p: projectId, last: 2, before: "bm90LWEtY3Vyc29y" }, token));
  expect([forged.extensions?.code, forged.extensions?.field]).toEqual(["BAD_USER_INPUT", "before"]);
  const tooMany = failure(await gql(t.url, TASKS, { p: projectId, last: 101 }, token));
  expect(tooMany.extensions?.code).toBe("BAD_USER_INPUT");
});

it("prices a backward page by its size, as a forward one", async () => {
  const response = await gql(
    t.url,
    `{ organizations(last: 100) { edges { node { users(last: 100) { edges { node { id } } } } } } }`,
    {},
    t.admin,
  );
  expect(response.status).toBe(400);
  expect(response.errors).toEqual([
    expect.objectContaining({ extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED", limit: "cost" }) }),
  ]);
});
