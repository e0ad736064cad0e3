/** Background declarations and access requests, through the public API. */
import { gql, type GraphQLResponse } from "./client";

const REQUEST_FIELDS = `id status purpose justification requestedAt decidedAt
  ipAsset { id } project { id } requester { id }
  terms { royaltyRate royaltyBasis fieldOfUse validUntil text }
  decisions { id organization { id } grant reason decidedAt terms { royaltyRate royaltyBasis fieldOfUse validUntil text } }`;

const BACKGROUND_FIELDS = `id conditions declaredAt project { id } ipAsset { id } declaredBy { id }`;

export function declareBackground(
  url: string,
  token: string,
  input: { projectId: string; ipAssetId: string; conditions?: string },
): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: DeclareBackgroundInput!) { declareBackground(input: $input) { ${BACKGROUND_FIELDS} } }`,
    { input: { conditions: "Royalty-free for the project's work; fair and reasonable terms otherwise.", ...input } },
    token,
  );
}

export function requestAccessRights(
  url: string,
  token: string,
  input: { projectId: string; ipAssetId: string; purpose?: string; justification?: string },
): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: RequestAccessRightsInput!) { requestAccessRights(input: $input) { ${REQUEST_FIELDS} } }`,
    { input: { purpose: "EXPLOITATION", justification: "We build cells with it.", ...input } },
    token,
  );
}

export function decideAccessRequest(
  url: string,
  token: string,
  input: { requestId: string; grant: boolean; terms?: Record<string, unknown> | null; reason?: string },
): Promise<GraphQLResponse> {
  return gql(
    url,
    `mutation($input: DecideAccessRequestInput!) { decideAccessRequest(input: $input) { ${REQUEST_FIELDS} } }`,
    { input },
    token,
  );
}

export function readAccessRequest(url: string, token: string, id: string): Promise<GraphQLResponse> {
  return gql(url, `query($id: ID!) { node(id: $id) { ... on AccessRequest { ${REQUEST_FIELDS} } } }`, { id }, token);
}
