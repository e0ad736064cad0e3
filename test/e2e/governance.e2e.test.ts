import { gql, ok, failure } from "../support/client";
import { applyForMembership, createOrgWithAdmin, createUser } from "../support/factories";
import { createWorld, type World } from "../support/ip-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();
let world: World;

beforeAll(async () => {
  world = await createWorld(t.url, t.admin, 2);
});

const CREATE_BODY = `mutation($input: CreateGoverningBodyInput!) { createGoverningBody(input: $input) { id kind name } }`;
const ADD_SEAT = `mutation($input: AddBodySeatInput!) { addBodySeat(input: $input) { id position fullTime user { id } governingBody { id } } }`;
const ADOPT = `mutation($input: AdoptPolicyDocumentInput!) { adoptPolicyDocument(input: $input) { id kind title adoptedAt } }`;
const DIRECTORY = `query($id: ID!) { alliance(id: $id) {
  governingBodies { totalCount edges { node { id kind name seats { position fullTime user { id } } } } }
  policies(filter: { kind: { eq: FUND_MANAGEMENT } }) { totalCount edges { node { title text } } } } }`;

describe("governing bodies and policies (Art. 8.3, 8.4)", () => {
  it("are set up by the secretariat and read by the directory audience", async () => {
    const s = world.secretariat.token;
    const bodies: Record<string, string> = {};
    for (const [kind, name] of [
      ["DECISION", "Council"],
      ["ADVISORY", "Expert committee"],
      ["EXECUTIVE", "Secretariat office"],
    ]) {
      bodies[kind] = ok(await gql(t.url, CREATE_BODY, { input: { allianceId: world.allianceId, kind, name } }, s)).createGoverningBody.id;
    }
    const chair = world.members[0].admin;
    const seat = ok(
      await gql(
        t.url,
        ADD_SEAT,
        { input: { governingBodyId: bodies.EXECUTIVE, userId: world.secretariat.id, position: "Secretary-General", fullTime: true } },
        s,
      ),
    ).addBodySeat;
    expect(seat).toMatchObject({
      position: "Secretary-General",
      fullTime: true,
      user: { id: world.secretariat.id },
      governingBody: { id: bodies.EXECUTIVE },
    });
    ok(await gql(t.url, ADD_SEAT, { input: { governingBodyId: bodies.DECISION, userId: chair.id, position: "Chair" } }, s));
    const twice = failure(
      await gql(t.url, ADD_SEAT, { input: { governingBodyId: bodies.DECISION, userId: chair.id, position: "Vice chair" } }, s),
    );
    expect(twice.extensions).toMatchObject({ code: "CONFLICT", field: "userId" });
    expect(
      failure(await gql(t.url, CREATE_BODY, { input: { allianceId: world.allianceId, kind: "ADVISORY", name: "Council" } }, s)).extensions,
    ).toMatchObject({ code: "CONFLICT", field: "name" });
    ok(
      await gql(
        t.url,
        ADOPT,
        {
          input: {
            allianceId: world.allianceId,
            kind: "FUND_MANAGEMENT",
            title: "Fund management rules",
            text: "Funds are kept by the host organization.",
          },
        },
        s,
      ),
    );
    ok(
      await gql(
        t.url,
        ADOPT,
        {
          input: {
            allianceId: world.allianceId,
            kind: "IP_POLICY",
            title: "IP policy",
            text: "Results are shared under project agreements.",
          },
        },
        s,
      ),
    );

    for (const reader of [world.members[1].admin, world.analyst, await createUser(t.url, t.admin, world.members[1].id)]) {
      const dir = ok(await gql(t.url, DIRECTORY, { id: world.allianceId }, reader.token)).alliance;
      expect(dir.governingBodies.totalCount).toBe(3);
      const executive = dir.governingBodies.edges.find((e: any) => e.node.kind === "EXECUTIVE").node;
      expect(executive.seats).toEqual([{ position: "Secretary-General", fullTime: true, user: { id: world.secretariat.id } }]);
      expect(dir.policies).toEqual({
        totalCount: 1,
        edges: [{ node: { title: "Fund management rules", text: "Funds are kept by the host organization." } }],
      });
    }
    const node = ok(
      await gql(
        t.url,
        `query($id: ID!) { node(id: $id) { ... on GoverningBody { name } } }`,
        { id: bodies.ADVISORY },
        world.members[1].admin.token,
      ),
    );
    expect(node.node.name).toBe("Expert committee");
  });

  it("are hidden from outsiders and applicants (NOT_FOUND), and written by the secretariat only (FORBIDDEN)", async () => {
    const body = ok(
      await gql(
        t.url,
        CREATE_BODY,
        { input: { allianceId: world.allianceId, kind: "ADVISORY", name: "Standards committee" } },
        world.secretariat.token,
      ),
    ).createGoverningBody;
    const applicant = await createOrgWithAdmin(t.url, t.admin);
    ok(await applyForMembership(t.url, applicant.admin.token, world.allianceId, applicant.id));
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    for (const token of [applicant.admin.token, outsider.admin.token]) {
      expect(failure(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: body.id }, token)).extensions?.code).toBe(
        "NOT_FOUND",
      );
      expect(
        failure(await gql(t.url, ADD_SEAT, { input: { governingBodyId: body.id, userId: applicant.admin.id, position: "Member" } }, token))
          .extensions?.code,
      ).toBe("NOT_FOUND");
    }
    const applicantView = await gql(
      t.url,
      `query($id: ID!) { alliance(id: $id) { name governingBodies { totalCount } } }`,
      { id: world.allianceId },
      applicant.admin.token,
    );
    expect(failure(applicantView).extensions?.code).toBe("NOT_FOUND");
    for (const token of [world.members[0].admin.token, world.analyst.token]) {
      expect(
        failure(await gql(t.url, CREATE_BODY, { input: { allianceId: world.allianceId, kind: "DECISION", name: "Shadow council" } }, token))
          .extensions?.code,
      ).toBe("FORBIDDEN");
      expect(
        failure(
          await gql(t.url, ADD_SEAT, { input: { governingBodyId: body.id, userId: world.members[0].admin.id, position: "Member" } }, token),
        ).extensions?.code,
      ).toBe("FORBIDDEN");
      expect(
        failure(await gql(t.url, ADOPT, { input: { allianceId: world.allianceId, kind: "OTHER", title: "T", text: "X" } }, token))
          .extensions?.code,
      ).toBe("FORBIDDEN");
    }
    const removed = ok(
      await gql(
        t.url,
        ADD_SEAT,
        { input: { governingBodyId: body.id, userId: world.members[0].admin.id, position: "Member" } },
        world.secretariat.token,
      ),
    ).addBodySeat;
    const after = ok(
      await gql(
        t.url,
        `mutation($input: RemoveBodySeatInput!) { removeBodySeat(input: $input) { seats { id } } }`,
        { input: { bodySeatId: removed.id } },
        world.secretariat.token,
      ),
    );
    expect(after.removeBodySeat.seats).toEqual([]);
  });
});
