/**
 * TRUSTED_DOCUMENTS: a server started with the client kit's manifest runs those operations, named
 * by their sha256 over HTTP (POST and GET) and graphql-ws, and refuses any other. The data is seeded
 * through a second server on the same database that runs any operation, as every server does
 * without the variable (where automatic persisted queries keep working).
 */
import { readFileSync } from "node:fs";
import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import type { DocumentNode } from "graphql";
import { ProjectTasksDocument, UpdateTaskDocument } from "../../client/generated/graphql";
import path from "node:path";
import { startTestApp, type TestApp } from "../support/app";
import { failure, gql, ok } from "../support/client";
import { createAllianceWithMembers, type TestOrg } from "../support/factories";
import { addParticipant, createProject, createTask, type TaskShape } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";
import { subscribe, waitUntil } from "../support/ws-client";

const MANIFEST = path.join(__dirname, "../../client/generated/persisted-documents.json");
const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST, "utf8"));

/** The manifest id of the client kit's operation `name`. */
function idOf(name: string): string {
  // A document is its operation after the fragments it uses: "fragment … } query Name(…".
  const ids = Object.keys(manifest).filter((id) => new RegExp(`(^|} )(query|mutation|subscription) ${name}\\b`).test(manifest[id]));
  if (ids.length !== 1) throw new Error(`expected one trusted document for ${name}, found ${ids.length}`);
  return ids[0];
}
const hexOf = (name: string) => idOf(name).slice("sha256:".length);

const open = appPerFile();
let trusted: TestApp;
const live = liveClients(open);

let lead: TestOrg;
let partner: TestOrg;
let projectId: string;
let task: TaskShape;

beforeAll(async () => {
  trusted = await startTestApp({ TRUSTED_DOCUMENTS: MANIFEST });
  const { allianceId, members } = await createAllianceWithMembers(open.url, open.admin, 2);
  [lead, partner] = members;
  projectId = (await createProject(open.url, lead.admin.token, allianceId)).id;
  ok(await addParticipant(open.url, lead.admin.token, projectId, partner.id));
  task = await createTask(open.url, lead.admin.token, projectId, { title: "Electrolyte screening" });
});
afterAll(() => trusted?.stop());

async function post(body: Record<string, unknown>, token = partner.admin.token, url = trusted.url) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const TASK_TITLES = `query($p: ID!) { project(id: $p) { tasks { edges { node { title } } } } }`;

describe("over HTTP", () => {
  it("runs a manifest operation named by documentId, with its cost", async () => {
    const { status, body } = await post({ documentId: idOf("ProjectTasks"), variables: { projectId, first: 5 } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.project.tasks.edges.map((edge: any) => edge.node.title)).toEqual(["Electrolyte screening"]);
    expect(body.extensions.cost).toMatchObject({ requested: expect.any(Number), actual: expect.any(Number) });
  });

  it("runs one named as Apollo's persisted-query link names it, and by GET with the CSRF header", async () => {
    const persisted = await post({
      operationName: "ProjectTasks",
      variables: { projectId },
      extensions: { persistedQuery: { version: 1, sha256Hash: hexOf("ProjectTasks") } },
    });
    expect(persisted.body.data.project.id).toBe(projectId);

    const params = new URLSearchParams({ documentId: idOf("ProjectTasks"), variables: JSON.stringify({ projectId }) });
    const get = await fetch(`${trusted.url}?${params.toString()}`, {
      headers: { authorization: `Bearer ${partner.admin.token}`, "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.project.id).toBe(projectId);
  });

  it("runs a mutation of the manifest, and refuses an ad-hoc one without running it", async () => {
    const refused = await post(
      {
        query: `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id title } }`,
        variables: { input: { taskId: task.id, version: task.version, title: "ad hoc" } },
      },
      lead.admin.token,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } })]);
    expect(refused.body.errors[0].message).toMatch(/Only trusted documents run on this server/);

    const updated = await post(
      {
        documentId: idOf("UpdateTask"),
        variables: { input: { taskId: task.id, version: task.version, title: "Electrolyte screening (2)" } },
      },
      lead.admin.token,
    );
    expect(updated.body.data.updateTask).toMatchObject({ id: task.id, title: "Electrolyte screening (2)" });
    task = { ...task, ...updated.body.data.updateTask };
    // Only the trusted mutation wrote.
    expect(ok(await gql(open.url, TASK_TITLES, { p: projectId }, lead.admin.token)).project.tasks.edges).toEqual([
      { node: { title: "Electrolyte screening (2)" } },
    ]);
  });

  it("refuses an unknown hash, a hash with another text, and an ad-hoc query sent by GET", async () => {
    const unknown = await post({ documentId: `sha256:${"0".repeat(64)}` });
    expect(unknown.status).toBe(400);
    expect(failure(unknown.body as any)).toMatchObject({
      message: `No trusted document has the sha256 ${"0".repeat(64)}`,
      extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
    });

    const swapped = await post({
      query: TASK_TITLES,
      variables: { p: projectId },
      extensions: { persistedQuery: { version: 1, sha256Hash: hexOf("ProjectTasks") } },
    });
    expect(failure(swapped.body as any).extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");

    const get = await fetch(`${trusted.url}?${new URLSearchParams({ query: "{ me { id } }" }).toString()}`, {
      headers: { authorization: `Bearer ${partner.admin.token}`, "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("signs in through the manifest's Login", async () => {
    const { body } = await post(
      { documentId: idOf("Login"), variables: { email: "admin@alliance.local", password: "admin-password" } },
      "",
    );
    expect(body.data.login).toMatchObject({ token: expect.any(String), user: { name: expect.any(String) } });
  });
});

it("serves Apollo Client's persisted-query link, which sends the generated documents' hashes alone", async () => {
  const bodies: Record<string, any>[] = [];
  const client = new ApolloClient({
    link: new PersistedQueryLink({
      // The hash the generator computed for the manifest; Apollo's document transforms keep it.
      generateHash: (document: DocumentNode) =>
        (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash.slice("sha256:".length),
    }).concat(
      new HttpLink({
        uri: trusted.url,
        headers: { authorization: `Bearer ${lead.admin.token}` },
        fetch: (input, init) => {
          bodies.push(JSON.parse(init?.body as string));
          return fetch(input, init);
        },
      }),
    ),
    cache: new InMemoryCache(),
  });
  try {
    const { data } = await client.query({ query: ProjectTasksDocument, variables: { projectId, first: 5 } });
    expect(data?.project?.tasks.edges.map((edge) => edge.node.id)).toEqual([task.id]);
    const { data: updated } = await client.mutate({
      mutation: UpdateTaskDocument,
      variables: { input: { taskId: task.id, version: data!.project!.tasks.edges[0].node.version, priority: "HIGH" } },
    });
    expect(updated?.updateTask).toMatchObject({ id: task.id, priority: "HIGH" });
    task = { ...task, version: updated!.updateTask.version };
    expect(bodies.map((body) => [body.query, body.extensions?.persistedQuery?.sha256Hash])).toEqual([
      [undefined, hexOf("ProjectTasks")],
      [undefined, hexOf("UpdateTask")],
    ]);
  } finally {
    client.stop();
  }
});

describe("over graphql-ws", () => {
  it("refuses an ad-hoc subscription", async () => {
    const sub = subscribe(
      live.client(partner.admin.token, trusted.url),
      `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId } }`,
      {
        p: projectId,
      },
    );
    expect(await sub.waitForError()).toMatchObject({ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } });
  });

  it("delivers a manifest subscription named by its hash", async () => {
    const before = trusted.app.events.subscriberCount;
    const sub = subscribe(
      live.client(partner.admin.token, trusted.url),
      "",
      { projectId, organizationId: partner.id },
      {
        persistedQuery: { version: 1, sha256Hash: hexOf("TaskAssigned") },
      },
    );
    await waitUntil(() => trusted.app.events.subscriberCount > before || sub.done, "the subscription to be registered");
    expect(sub.errors).toEqual([]);

    const assigned = await post(
      { documentId: idOf("AssignTask"), variables: { input: { taskId: task.id, assigneeOrganizationId: partner.id } } },
      lead.admin.token,
    );
    expect(assigned.body.errors).toBeUndefined();
    const [event] = await sub.waitFor(1);
    expect(event.taskAssigned.task).toMatchObject({ id: task.id, assigneeOrganization: { id: partner.id } });
  });
});

describe("without TRUSTED_DOCUMENTS", () => {
  it("keeps automatic persisted queries: a hash alone is unknown until registered with its text", async () => {
    const query = `query TaskTitles($p: ID!) { project(id: $p) { id } }`;
    const { createHash } = await import("node:crypto");
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
    const first = await post({ variables: { p: projectId }, extensions: { persistedQuery } }, partner.admin.token, open.url);
    expect(failure(first.body as any).extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await post({ query, variables: { p: projectId }, extensions: { persistedQuery } }, partner.admin.token, open.url);
    expect(registered.body.data.project.id).toBe(projectId);
    const again = await post({ variables: { p: projectId }, extensions: { persistedQuery } }, partner.admin.token, open.url);
    expect(again.body.data.project.id).toBe(projectId);
  });
});
