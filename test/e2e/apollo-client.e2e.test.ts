/**
 * Apollo Client against the real server, set up as client/ and the README tell a front-end team to:
 * InMemoryCache with the generated possible types and `relayStylePagination`, HttpLink for queries
 * and mutations, GraphQLWsLink (graphql-ws over ws) for subscriptions, the typed documents of the
 * client kit. Every HTTP request goes through a counting fetch, so that "no refetch" is measured.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql, type ObservableQuery, type OperationVariables } from "@apollo/client";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { isSubscriptionOperation, relayStylePagination } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import {
  AssignTaskDocument,
  ProjectTasksDocument,
  TaskAssignedDocument,
  TaskCardFragmentDoc,
  UpdateTaskDocument,
  type ProjectTasksQuery,
  type TaskAssignedSubscription,
} from "../../client/generated/graphql";
import generated from "../../client/generated/possible-types";
import { ok } from "../support/client";
import { createAllianceWithMembers, type TestOrg } from "../support/factories";
import { addParticipant, createProject, createTask, type TaskShape } from "../support/project-factories";
import { appPerFile } from "../support/suite";
import { waitUntil, wsUrl } from "../support/ws-client";

const t = appPerFile();

let lead: TestOrg;
let partner: TestOrg;
let projectId: string;
/** Seven tasks "T1" … "T7", created in that order (the list's default order). */
let tasks: TaskShape[];

beforeAll(async () => {
  const { allianceId, members } = await createAllianceWithMembers(t.url, t.admin, 2);
  [lead, partner] = members;
  projectId = (await createProject(t.url, lead.admin.token, allianceId)).id;
  ok(await addParticipant(t.url, lead.admin.token, projectId, partner.id));
  tasks = [];
  for (let i = 1; i <= 7; i++) tasks.push(await createTask(t.url, lead.admin.token, projectId, { title: `T${i}` }));
});

interface Apollo {
  client: ApolloClient;
  /** HTTP requests sent so far. */
  requests: () => number;
}

const opened: { client: ApolloClient | undefined; dispose: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const { client, dispose } of opened.splice(0).reverse()) {
    client?.stop();
    await dispose();
  }
});

function apollo(token: string): Apollo {
  let requests = 0;
  const countingFetch: typeof fetch = (input, init) => {
    requests++;
    return fetch(input, init);
  };
  const authorization = `Bearer ${token}`;
  const http = new HttpLink({ uri: t.url, fetch: countingFetch, headers: { authorization } });
  const ws = createClient({ url: wsUrl(t.url), webSocketImpl: WebSocket, connectionParams: { authorization } });
  const client = new ApolloClient({
    link: ApolloLink.split(({ query }) => isSubscriptionOperation(query), new GraphQLWsLink(ws), http),
    cache: new InMemoryCache({
      possibleTypes: generated.possibleTypes,
      // One list per filter: pages of the same filter are merged, forward and backward.
      typePolicies: { Project: { fields: { tasks: relayStylePagination(["filter"]) } } },
    }),
  });
  opened.push({ client, dispose: async () => ws.dispose() });
  return { client, requests: () => requests };
}

/**
 * Watches a query for the rest of the test (an ObservableQuery without subscribers stops, and would
 * not see later cache updates); `until` waits for a complete result that satisfies `done`.
 */
function watching<T, V extends OperationVariables>(watched: ObservableQuery<T, V>) {
  let latest: T | undefined;
  let failed: Error | undefined;
  const subscription = watched.subscribe({
    next: (result) => {
      if (result.error) failed = result.error;
      else if (result.dataState === "complete") latest = result.data;
    },
    error: (error: Error) => (failed = error),
  });
  opened.push({ client: undefined, dispose: async () => subscription.unsubscribe() });
  return {
    async until(done: (data: T) => boolean, what: string): Promise<T> {
      await waitUntil(() => failed !== undefined || (latest !== undefined && done(latest)), what);
      if (failed !== undefined) throw failed;
      return latest!;
    },
  };
}

const titles = (data: ProjectTasksQuery) => data.project?.tasks.edges.map((edge) => edge.node.title);

it("reads a project with its tasks and their organizations, normalized by global id and interface", async () => {
  const { client, requests } = apollo(partner.admin.token);
  const { data } = await client.query({ query: ProjectTasksDocument, variables: { projectId, first: 10 } });
  expect(data?.project?.id).toBe(projectId);
  expect(data?.project?.tasks.totalCount).toBe(7);
  expect(titles(data!)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6", "T7"]);
  expect(data?.project?.tasks.edges[0].node).toMatchObject({
    __typename: "Task",
    id: tasks[0].id,
    status: "TODO",
    assigneeOrganization: null,
  });
  expect(requests()).toBe(1);

  // Each task is one cache entry, found by its id; a fragment on the Node interface matches it
  // only through the generated possible types.
  const id = client.cache.identify({ __typename: "Task", id: tasks[0].id });
  expect(client.cache.readFragment({ id, fragment: TaskCardFragmentDoc })).toMatchObject({ id: tasks[0].id, title: "T1" });
  const asNode = client.cache.readFragment<{ id: string }>({
    id,
    fragment: gql`
      fragment AnyNode on Node {
        __typename
        id
      }
    `,
  });
  expect(asNode).toEqual({ __typename: "Task", id: tasks[0].id });
});

it("updates the cached list from a mutation's answer, without asking again", async () => {
  const { client, requests } = apollo(lead.admin.token);
  const watched = watching(client.watchQuery({ query: ProjectTasksDocument, variables: { projectId, first: 10 } }));
  const before = await watched.until(() => true, "the first read");
  const task = before.project!.tasks.edges[1].node;
  expect(requests()).toBe(1);

  await client.mutate({
    mutation: UpdateTaskDocument,
    variables: { input: { taskId: task.id, version: task.version, title: "T2 (revised)" } },
  });
  const after = await watched.until((data) => titles(data)?.[1] === "T2 (revised)", "the list to show the new title");
  expect(after.project!.tasks.edges[1].node).toMatchObject({ id: task.id, title: "T2 (revised)", version: task.version + 1 });
  // The mutation was the one request after the first read: the list was not fetched again.
  expect(requests()).toBe(2);

  // Put back, for the other tests' titles.
  await client.mutate({ mutation: UpdateTaskDocument, variables: { input: { taskId: task.id, version: task.version + 1, title: "T2" } } });
});

it("pages forward with fetchMore, the pages merged into one list by relayStylePagination", async () => {
  const { client, requests } = apollo(partner.admin.token);
  const query = client.watchQuery({ query: ProjectTasksDocument, variables: { projectId, first: 3 } });
  const watched = watching(query);
  const first = await watched.until(() => true, "the first page");
  expect(titles(first)).toEqual(["T1", "T2", "T3"]);
  expect(first.project!.tasks.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

  await query.fetchMore({ variables: { after: first.project!.tasks.pageInfo.endCursor } });
  const both = await watched.until((data) => titles(data)!.length === 6, "the merged pages");
  expect(titles(both)).toEqual(["T1", "T2", "T3", "T4", "T5", "T6"]);
  expect(both.project!.tasks.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  expect(both.project!.tasks.pageInfo.endCursor).toBe(both.project!.tasks.edges[5].cursor);
  expect(requests()).toBe(2);
});

it("pages backward with fetchMore, the earlier page put in front", async () => {
  const { client, requests } = apollo(partner.admin.token);
  const query = client.watchQuery({ query: ProjectTasksDocument, variables: { projectId, last: 3 } });
  const watched = watching(query);
  const last = await watched.until(() => true, "the last page");
  expect(titles(last)).toEqual(["T5", "T6", "T7"]);
  expect(last.project!.tasks.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

  await query.fetchMore({ variables: { last: 3, before: last.project!.tasks.pageInfo.startCursor } });
  const both = await watched.until((data) => titles(data)!.length === 6, "the merged pages");
  expect(titles(both)).toEqual(["T2", "T3", "T4", "T5", "T6", "T7"]);
  expect(both.project!.tasks.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  expect(both.project!.tasks.pageInfo.startCursor).toBe(both.project!.tasks.edges[0].cursor);
  expect(requests()).toBe(2);
});

it("delivers a task assignment through the subscription and writes it into the cache", async () => {
  const watcher = apollo(partner.admin.token);
  const events: TaskAssignedSubscription[] = [];
  const errors: unknown[] = [];
  const before = t.app.events.subscriberCount;
  const subscription = watcher.client
    .subscribe({ query: TaskAssignedDocument, variables: { projectId, organizationId: partner.id } })
    .subscribe({ next: (result) => (result.error ? errors.push(result.error) : events.push(result.data!)), error: (e) => errors.push(e) });
  try {
    await waitUntil(() => t.app.events.subscriberCount > before || errors.length > 0, "the subscription to be registered");
    expect(errors).toEqual([]);

    const assigner = apollo(lead.admin.token);
    const task = tasks[6];
    await assigner.client.mutate({
      mutation: AssignTaskDocument,
      variables: { input: { taskId: task.id, assigneeOrganizationId: partner.id } },
    });
    await waitUntil(() => events.length > 0 || errors.length > 0, "the taskAssigned event");

    expect(errors).toEqual([]);
    expect(events).toEqual([
      {
        taskAssigned: expect.objectContaining({
          __typename: "TaskEvent",
          eventId: expect.stringMatching(/^\d+$/),
          actor: { __typename: "User", id: lead.admin.id, name: expect.any(String) },
          task: expect.objectContaining({
            id: task.id,
            title: "T7",
            assigneeOrganization: { __typename: "Organization", id: partner.id, name: partner.name },
          }),
        }),
      },
    ]);
    // The delivered task is the cached one: a read of it now sees the assignment.
    const cached = watcher.client.cache.readFragment({
      id: watcher.client.cache.identify({ __typename: "Task", id: task.id }),
      fragment: TaskCardFragmentDoc,
    });
    expect(cached?.assigneeOrganization?.id).toBe(partner.id);
  } finally {
    subscription.unsubscribe();
  }
});
