/** Projects seeded through the public API. */
import { gql, ok } from "./client";
import { uniq } from "./factories";

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

export async function addParticipant(url: string, token: string, projectId: string, organizationId: string) {
  return gql<{ addProjectParticipant: { id: string; role: string } }>(
    url,
    `mutation($input: AddProjectParticipantInput!) { addProjectParticipant(input: $input) { id role } }`,
    { input: { projectId, organizationId, contribution: "test cells" } },
    token,
  );
}
