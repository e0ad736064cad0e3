/** What Relay-style clients rely on: ids unique across types, and one missing object not nulling the whole answer. */
import { randomUUID } from "node:crypto";
import { startTestApp, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";
import { adminToken } from "../support/factories";
import { createWorld, draftAllianceAgreement } from "../support/ip-factories";

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t.url);
});
afterAll(() => t.stop());

const missing = (type: string) => Buffer.from(`${type}:${randomUUID()}`, "utf8").toString("base64url");

describe("Relay-style ids and nullability", () => {
  it("names a pilot offender's record as its subject, not as its own id", async () => {
    const w = await createWorld(t.url, admin, 1);
    const agreement = await draftAllianceAgreement(t.url, w);
    const data = ok(
      await gql(
        t.url,
        `query($id: ID!) { pilotReadiness(allianceId: $id) { conditions { article offending { subjectId type subject { __typename id } } } } }`,
        { id: w.allianceId },
        w.secretariat.token,
      ),
    );
    const offending = data.pilotReadiness.conditions.find((c: { article: string }) => c.article === "8.2").offending;
    expect(offending).toEqual([{ subjectId: agreement.id, type: "Agreement", subject: { __typename: "Agreement", id: agreement.id } }]);

    const fields = ok(await gql(t.url, `{ __type(name: "PilotOffender") { fields { name } } }`, {}, w.secretariat.token));
    expect(fields.__type.fields.map((f: { name: string }) => f.name)).not.toContain("id");
  });

  it("answers login's payload as the user who just signed in", async () => {
    const w = await createWorld(t.url, admin, 1);
    const member = w.members[0];
    const response = await gql(
      t.url,
      `mutation($e: String!) { login(email: $e, password: "correct horse battery") { token user { id organization { id name } } } }`,
      { e: member.admin.email },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.login.user).toEqual({ id: member.admin.id, organization: { id: member.id, name: member.name } });
  });

  it("answers the visible one of two by-id root fields and NOT_FOUND, with its path, for the other", async () => {
    const w = await createWorld(t.url, admin, 1);
    const token = w.secretariat.token;
    for (const [field, type] of [
      ["alliance", "Alliance"],
      ["organization", "Organization"],
      ["project", "Project"],
      ["task", "Task"],
      ["ipAsset", "IpAsset"],
    ]) {
      const response = await gql(
        t.url,
        `query($a: ID!, $b: ID!) { seen: alliance(id: $a) { id } gone: ${field}(id: $b) { id } }`,
        {
          a: w.allianceId,
          b: missing(type),
        },
        token,
      );
      expect({ field, data: response.data }).toEqual({ field, data: { seen: { id: w.allianceId }, gone: null } });
      expect(response.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([["NOT_FOUND", ["gone"]]]);
    }
  });
});
