/**
 * Background and access rights (docs/access-rights.md): owners declare background to a project;
 * participants request access to background and results; every owner decides.
 */
import { gql, ok, failure } from "../support/client";
import { createUser, grantRole, uniq, type TestOrg, type TestUser } from "../support/factories";
import { createWorld, registerIpAsset, type World } from "../support/ip-factories";
import { addParticipant, createProject } from "../support/project-factories";
import { decideAccessRequest, declareBackground, readAccessRequest, requestAccessRights } from "../support/access-factories";
import { addDays, addYears, systemClock } from "../../src/clock";
import { appPerFile, liveClients } from "../support/suite";
import { exportCsv } from "../support/analytics-factories";

const t = appPerFile();
const { live } = liveClients(t);

let world: World;
/** A leads the project, B and C take part, D is a member outside it. */
let a: TestOrg, b: TestOrg, c: TestOrg, d: TestOrg;
let projectId: string;
/** The project ended a month ago: requests are open for another eleven months. */
const endDate = addDays(new Date().toISOString().slice(0, 10), -30);
const deadline = addYears(endDate, 1);

beforeAll(async () => {
  world = await createWorld(t.url, t.admin, 4);
  [a, b, c, d] = world.members;
  projectId = (await createProject(t.url, a.admin.token, world.allianceId, { visibility: "ALLIANCE", endDate })).id;
  ok(await addParticipant(t.url, a.admin.token, projectId, b.id));
  ok(await addParticipant(t.url, a.admin.token, projectId, c.id));
});
afterEach(() => {
  t.app.deps.clock = systemClock;
});

const travelTo = (day: string) => {
  t.app.deps.clock = { now: () => new Date(`${day}T12:00:00.000Z`) };
};

/** A patent (or `kind`) owned by `owners` in equal shares; a result of `originProjectId` when given. */
async function asset(owners: TestOrg[], extra: Record<string, unknown> = {}): Promise<string> {
  const share = 10000 / owners.length;
  const registered = await registerIpAsset(t.url, world, {
    title: uniq("Asset"),
    owners: owners.map((o) => ({ organizationId: o.id, basisPoints: share })),
    ...extra,
  });
  return registered.id as string;
}

/** An asset of `owners` declared background of the project by the first owner. */
async function background(owners: TestOrg[], extra: Record<string, unknown> = {}): Promise<string> {
  const id = await asset(owners, extra);
  ok(await declareBackground(t.url, owners[0].admin.token, { projectId, ipAssetId: id }));
  return id;
}

async function requested(token: string, ipAssetId: string, purpose = "EXPLOITATION"): Promise<string> {
  return ok(await requestAccessRights(t.url, token, { projectId, ipAssetId, purpose })).requestAccessRights.id as string;
}

async function projectBackground(token: string): Promise<string[]> {
  const data = ok(
    await gql(
      t.url,
      `query($id: ID!) { project(id: $id) { background(first: 100) { edges { node { ipAsset { id } } } } } }`,
      { id: projectId },
      token,
    ),
  );
  return data.project.background.edges.map((e: any) => e.node.ipAsset.id);
}

async function listedRequests(token: string): Promise<string[]> {
  const data = ok(await gql(t.url, `{ accessRequests(first: 100) { edges { node { id } } } }`, {}, token));
  return data.accessRequests.edges.map((e: any) => e.node.id);
}

const EXPLOITATION_TERMS = { royaltyRate: "3.50", royaltyBasis: "net sales", fieldOfUse: "Electric vehicles", validUntil: "2099-12-31" };

describe("declareBackground", () => {
  it("lets an owner's ORG_ADMIN bring its asset to the project, listed as the project's background", async () => {
    const id = await asset([b]);
    const declared = ok(
      await declareBackground(t.url, b.admin.token, { projectId, ipAssetId: id, conditions: "  Free for the project.  " }),
    ).declareBackground;
    expect(declared).toMatchObject({
      project: { id: projectId },
      ipAsset: { id },
      declaredBy: { id: b.id },
      conditions: "Free for the project.",
    });
    expect(await projectBackground(c.admin.token)).toContain(id);
    const byId = ok(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: declared.id }, c.admin.token));
    expect(byId.node.id).toBe(declared.id);
  });

  it("lets a co-owner declare a co-owned asset, and refuses an asset the organization does not own (FORBIDDEN)", async () => {
    const coOwned = await asset([a, b]);
    ok(await declareBackground(t.url, b.admin.token, { projectId, ipAssetId: coOwned }));
    const others = await asset([a]);
    expect(failure(await declareBackground(t.url, b.admin.token, { projectId, ipAssetId: others })).extensions?.code).toBe("FORBIDDEN");
    expect(await projectBackground(a.admin.token)).not.toContain(others);
  });

  it("refuses organizations that do not take part, and members who are not ORG_ADMIN (FORBIDDEN)", async () => {
    const outsiders = await asset([d]);
    expect(failure(await declareBackground(t.url, d.admin.token, { projectId, ipAssetId: outsiders })).extensions?.code).toBe("FORBIDDEN");
    const engineer = await createUser(t.url, b.admin.token, b.id);
    const own = await asset([b]);
    expect(failure(await declareBackground(t.url, engineer.token, { projectId, ipAssetId: own })).extensions?.code).toBe("FORBIDDEN");
    ok(await declareBackground(t.url, b.admin.token, { projectId, ipAssetId: own }));
  });

  it("answers a second declaration of the same asset with CONFLICT and keeps one", async () => {
    const id = await asset([a, c]);
    ok(await declareBackground(t.url, a.admin.token, { projectId, ipAssetId: id }));
    const again = failure(await declareBackground(t.url, c.admin.token, { projectId, ipAssetId: id }));
    expect(again.extensions).toMatchObject({ code: "CONFLICT", field: "ipAssetId" });
    expect((await projectBackground(a.admin.token)).filter((x) => x === id)).toHaveLength(1);
  });

  it("refuses a result of the project itself and empty conditions (BAD_USER_INPUT)", async () => {
    const result = await asset([a], { originProjectId: projectId });
    expect(failure(await declareBackground(t.url, a.admin.token, { projectId, ipAssetId: result })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "ipAssetId",
    });
    const id = await asset([a]);
    expect(failure(await declareBackground(t.url, a.admin.token, { projectId, ipAssetId: id, conditions: "  " })).extensions).toMatchObject(
      {
        code: "BAD_USER_INPUT",
        field: "conditions",
      },
    );
  });
});

describe("requestAccessRights", () => {
  it("lets a participant's ORG_ADMIN request access to background and to results of the project", async () => {
    const bg = await background([a]);
    const request = ok(
      await requestAccessRights(t.url, c.admin.token, { projectId, ipAssetId: bg, purpose: "EXECUTION", justification: " Cell tests " }),
    ).requestAccessRights;
    expect(request).toMatchObject({
      status: "REQUESTED",
      purpose: "EXECUTION",
      justification: "Cell tests",
      ipAsset: { id: bg },
      project: { id: projectId },
      requester: { id: c.id },
      terms: null,
      decisions: [],
      decidedAt: null,
    });
    const result = await asset([a], { originProjectId: projectId });
    expect(ok(await requestAccessRights(t.url, c.admin.token, { projectId, ipAssetId: result })).requestAccessRights.status).toBe(
      "REQUESTED",
    );
  });

  it("refuses an asset that is neither background nor a result of the project (BAD_USER_INPUT naming ipAssetId)", async () => {
    const unrelated = await asset([a]);
    expect(failure(await requestAccessRights(t.url, c.admin.token, { projectId, ipAssetId: unrelated })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "ipAssetId",
    });
    const none = ok(
      await gql(
        t.url,
        `query($f: AccessRequestFilter) { accessRequests(filter: $f) { totalCount } }`,
        { f: { ipAssetId: { eq: unrelated } } },
        t.admin,
      ),
    );
    expect(none.accessRequests.totalCount).toBe(0);
  });

  it("refuses the asset's own owner (BAD_USER_INPUT), non-participants (FORBIDDEN) and a second open request (CONFLICT)", async () => {
    const bg = await background([a, b]);
    expect(failure(await requestAccessRights(t.url, b.admin.token, { projectId, ipAssetId: bg })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "ipAssetId",
    });
    expect(failure(await requestAccessRights(t.url, d.admin.token, { projectId, ipAssetId: bg })).extensions?.code).toBe("FORBIDDEN");
    await requested(c.admin.token, bg);
    expect(failure(await requestAccessRights(t.url, c.admin.token, { projectId, ipAssetId: bg })).extensions?.code).toBe("CONFLICT");
    // Another purpose is another request.
    await requested(c.admin.token, bg, "EXECUTION");
    const mine = ok(
      await gql(
        t.url,
        `query($f: AccessRequestFilter) { accessRequests(filter: $f) { totalCount } }`,
        { f: { ipAssetId: { eq: bg } } },
        c.admin.token,
      ),
    );
    expect(mine.accessRequests.totalCount).toBe(2);
  });

  it("keeps one open request when the same request arrives several times at once", async () => {
    const bg = await background([a]);
    const results = await Promise.all([1, 2, 3].map(() => requestAccessRights(t.url, c.admin.token, { projectId, ipAssetId: bg })));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors).map((r) => failure(r).extensions?.code)).toEqual(["CONFLICT", "CONFLICT"]);
  });

  it("accepts requests until one year after the project's end date, and refuses them after (BAD_USER_INPUT with the deadline)", async () => {
    const bg = await background([a]);
    travelTo(deadline);
    await requested(c.admin.token, bg, "EXECUTION");
    travelTo(addDays(deadline, 1));
    const late = failure(await requestAccessRights(t.url, c.admin.token, { projectId, ipAssetId: bg }));
    expect(late.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "projectId", deadline });
    expect(late.message).toContain(deadline);
  });
});

describe("decideAccessRequest", () => {
  it("grants a request when every owner has granted it, in the last grant's transaction, on the terms they agreed", async () => {
    const result = await asset([a, b], { originProjectId: projectId });
    const id = await requested(c.admin.token, result);
    const first = ok(
      await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }),
    ).decideAccessRequest;
    expect(first).toMatchObject({ status: "REQUESTED", decidedAt: null, terms: { royaltyRate: "3.50", fieldOfUse: "Electric vehicles" } });
    const last = ok(
      await decideAccessRequest(t.url, b.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }),
    ).decideAccessRequest;
    expect(last.status).toBe("GRANTED");
    expect(last.decidedAt).not.toBeNull();
    expect(last.terms).toEqual({ ...EXPLOITATION_TERMS, text: null });
    expect(last.decisions.map((x: any) => [x.organization.id, x.grant])).toEqual([
      [a.id, true],
      [b.id, true],
    ]);
    // The requester sees the outcome.
    expect(ok(await readAccessRequest(t.url, c.admin.token, id)).node.status).toBe("GRANTED");
  });

  it("refuses a request at the first refusal; a later decision is a CONFLICT", async () => {
    const bg = await background([a, b]);
    const id = await requested(c.admin.token, bg);
    const refused = ok(
      await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: false, reason: "Exclusive licence" }),
    ).decideAccessRequest;
    expect(refused).toMatchObject({ status: "REFUSED", terms: null, decisions: [{ grant: false, reason: "Exclusive licence" }] });
    expect(refused.decidedAt).not.toBeNull();
    const late = failure(await decideAccessRequest(t.url, b.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }));
    expect(late.extensions).toMatchObject({ code: "CONFLICT", field: "requestId" });
  });

  it("keeps EXECUTION access royalty-free: a royalty is BAD_USER_INPUT naming terms.royaltyRate; without one it is granted", async () => {
    const bg = await background([a]);
    const id = await requested(c.admin.token, bg, "EXECUTION");
    const royalty = failure(
      await decideAccessRequest(t.url, a.admin.token, {
        requestId: id,
        grant: true,
        terms: { royaltyRate: "1.00", royaltyBasis: "sales" },
      }),
    );
    expect(royalty.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "terms.royaltyRate" });
    expect(ok(await readAccessRequest(t.url, a.admin.token, id)).node.decisions).toEqual([]);
    const granted = ok(
      await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms: { text: "For the project's tests only" } }),
    ).decideAccessRequest;
    expect(granted).toMatchObject({ status: "GRANTED", terms: { royaltyRate: null, text: "For the project's tests only" } });
  });

  it("needs terms for EXPLOITATION: none is BAD_USER_INPUT naming terms", async () => {
    const bg = await background([a]);
    const id = await requested(c.admin.token, bg);
    expect(failure(await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "terms",
    });
    expect(
      failure(await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms: { text: " " } })).extensions?.field,
    ).toBe("terms.text");
    const granted = ok(
      await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }),
    ).decideAccessRequest;
    expect(granted.status).toBe("GRANTED");
  });

  it("answers a grant on terms other than an earlier grant's with CONFLICT naming terms", async () => {
    const bg = await background([a, b]);
    const id = await requested(c.admin.token, bg);
    ok(await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }));
    const other = failure(
      await decideAccessRequest(t.url, b.admin.token, {
        requestId: id,
        grant: true,
        terms: { ...EXPLOITATION_TERMS, royaltyRate: "5.00" },
      }),
    );
    expect(other.extensions).toMatchObject({ code: "CONFLICT", field: "terms" });
    // The same rate written differently is the same terms.
    const same = ok(
      await decideAccessRequest(t.url, b.admin.token, { requestId: id, grant: true, terms: { ...EXPLOITATION_TERMS, royaltyRate: "3.5" } }),
    ).decideAccessRequest;
    expect(same.status).toBe("GRANTED");
  });

  it("is race-safe: owners deciding at once grant the request exactly once, and a refusal among them refuses it", async () => {
    const bg = await background([a, b]);
    const id = await requested(c.admin.token, bg);
    const grants = await Promise.all(
      [a, b].map((o) => decideAccessRequest(t.url, o.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS })),
    );
    expect(grants.map((r) => ok(r).decideAccessRequest.status).sort()).toEqual(["GRANTED", "REQUESTED"]);
    expect(ok(await readAccessRequest(t.url, c.admin.token, id)).node.decisions).toHaveLength(2);

    const contested = await requested(c.admin.token, await background([a, b]));
    await Promise.all([
      decideAccessRequest(t.url, a.admin.token, { requestId: contested, grant: true, terms: EXPLOITATION_TERMS }),
      decideAccessRequest(t.url, b.admin.token, { requestId: contested, grant: false }),
    ]);
    expect(ok(await readAccessRequest(t.url, c.admin.token, contested)).node.status).toBe("REFUSED");
  });

  it("lets only an owner's ORG_ADMIN decide (FORBIDDEN), once per owner (CONFLICT)", async () => {
    const bg = await background([a, b]);
    const id = await requested(c.admin.token, bg);
    for (const token of [c.admin.token, world.secretariat.token]) {
      expect(
        failure(await decideAccessRequest(t.url, token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS })).extensions?.code,
      ).toBe("FORBIDDEN");
    }
    ok(await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }));
    const twice = failure(await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }));
    expect(twice.extensions).toMatchObject({ code: "CONFLICT", field: "requestId" });
  });
});

describe("visibility", () => {
  it("shows a request to the requester, the owners, the secretariat and analysts, and to no one else", async () => {
    const bg = await background([a]);
    const id = await requested(c.admin.token, bg);
    for (const token of [c.admin.token, a.admin.token, world.secretariat.token, world.analyst.token]) {
      expect(ok(await readAccessRequest(t.url, token, id)).node.id).toBe(id);
      expect(await listedRequests(token)).toContain(id);
    }
    for (const token of [b.admin.token, d.admin.token]) {
      expect(failure(await readAccessRequest(t.url, token, id)).extensions?.code).toBe("NOT_FOUND");
      expect(await listedRequests(token)).not.toContain(id);
    }
    const nested = ok(
      await gql(
        t.url,
        `query($p: ID!, $a: ID!) { project(id: $p) { accessRequests(first: 100) { edges { node { id } } } } ipAsset(id: $a) { accessRequests { totalCount } } }`,
        { p: projectId, a: bg },
        b.admin.token,
      ),
    );
    expect(nested.project.accessRequests.edges.map((e: any) => e.node.id)).not.toContain(id);
    expect(nested.ipAsset.accessRequests.totalCount).toBe(0);
  });

  it("exports the requests the viewer sees as CSV, and none to others", async () => {
    const bg = await background([a]);
    const id = await requested(c.admin.token, bg);
    const filter = { ipAssetId: { eq: bg } };
    const text = async (token: string) => (await (await exportCsv(t.url, token, "accessRequests", filter)).text()).trim().split("\r\n");
    const [header, ...rows] = await text(world.analyst.token);
    expect(header).toContain("id,allianceId,projectId,ipAssetId,requesterId,purpose,status,requestedAt,decidedAt");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(id);
    expect(await text(d.admin.token)).toHaveLength(1);
  });

  it("lets an owner outside a participants-only project decide, showing it the request but not the project", async () => {
    const closed = (await createProject(t.url, a.admin.token, world.allianceId)).id;
    ok(await addParticipant(t.url, a.admin.token, closed, c.id));
    const result = await asset([d], { originProjectId: closed });
    const id = ok(await requestAccessRights(t.url, c.admin.token, { projectId: closed, ipAssetId: result })).requestAccessRights.id;
    expect(ok(await readAccessRequest(t.url, d.admin.token, id)).node).toMatchObject({ id, project: null, ipAsset: { id: result } });
    const granted = ok(await decideAccessRequest(t.url, d.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }));
    expect(granted.decideAccessRequest).toMatchObject({ status: "GRANTED", project: null });
    expect(ok(await readAccessRequest(t.url, c.admin.token, id)).node.project).toEqual({ id: closed });
  });

  it("counts requests by status and purpose for analysts", async () => {
    const bg = await background([a]);
    const id = await requested(c.admin.token, bg);
    ok(await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: false }));
    const groups = ok(
      await gql(
        t.url,
        `query($f: AccessRequestFilter) { accessRequestsAggregate(filter: $f, groupBy: [STATUS, PURPOSE]) { key { status kind } count } }`,
        { f: { ipAssetId: { eq: bg } } },
        world.analyst.token,
      ),
    ).accessRequestsAggregate;
    expect(groups).toEqual([{ key: { status: "REFUSED", kind: "EXPLOITATION" }, count: 1 }]);
  });
});

describe("trade secrets", () => {
  let secret: string;
  /** C's ORG_ADMIN who also serves the secretariat, and so may see the secret. */
  let insider: TestUser;

  beforeAll(async () => {
    secret = await background([a], { kind: "TRADE_SECRET", title: "Slurry recipe" });
    insider = await createUser(t.url, t.admin, c.id, { orgRole: "ORG_ADMIN" });
    await grantRole(t.url, t.admin, world.allianceId, insider.id, "SECRETARIAT");
  });

  it("hides background that is a trade secret from participants who may not see it, and shows it to its owner", async () => {
    expect(await projectBackground(a.admin.token)).toContain(secret);
    expect(await projectBackground(c.admin.token)).not.toContain(secret);
  });

  it("answers a request by someone who may not see the secret with NOT_FOUND, and accepts one who may", async () => {
    const hidden = failure(await requestAccessRights(t.url, c.admin.token, { projectId, ipAssetId: secret }));
    expect(hidden.extensions).toMatchObject({ code: "NOT_FOUND", field: "ipAssetId" });
    await requested(insider.token, secret, "EXECUTION");
  });

  it("shows requests on the secret only to those who may see the secret", async () => {
    const mine = ok(
      await gql(
        t.url,
        `query($f: AccessRequestFilter) { accessRequests(filter: $f) { edges { node { id } } } }`,
        {
          f: { ipAssetId: { eq: secret } },
        },
        insider.token,
      ),
    ).accessRequests.edges.map((e: any) => e.node.id);
    expect(mine).toHaveLength(1);
    expect(ok(await readAccessRequest(t.url, a.admin.token, mine[0])).node.id).toBe(mine[0]);
    // The requester's organization, without the secretariat role, and analysts may not see the secret.
    for (const token of [c.admin.token, world.analyst.token]) {
      expect(failure(await readAccessRequest(t.url, token, mine[0])).extensions?.code).toBe("NOT_FOUND");
      expect(await listedRequests(token)).not.toContain(mine[0]);
    }
  });
});

describe("events", () => {
  it("puts requests and decisions on the project's activity stream, for those who may see them", async () => {
    const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { topic subjectType subject { id } } }`;
    const owner = await live<{ projectActivity: { topic: string; subject: { id: string } } }>(a.admin.token, ACTIVITY, { p: projectId });
    const bystander = await live<{ projectActivity: { topic: string; subject: { id: string } } }>(b.admin.token, ACTIVITY, {
      p: projectId,
    });
    const bg = await background([a]);
    const id = await requested(c.admin.token, bg);
    ok(await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms: EXPLOITATION_TERMS }));
    const marker = await asset([a]);
    ok(await declareBackground(t.url, a.admin.token, { projectId, ipAssetId: marker }));
    const seen = await owner.waitFor(4);
    expect(seen.map((e) => e.projectActivity.topic)).toEqual([
      "background.declared",
      "accessRequest.requested",
      "accessRequest.decided",
      "background.declared",
    ]);
    expect(seen[1].projectActivity.subject.id).toBe(id);
    // B takes part but is neither requester nor owner: it sees the declarations, not the request.
    const other = await bystander.waitFor(2);
    expect(other.map((e) => e.projectActivity.topic)).toEqual(["background.declared", "background.declared"]);
  });
});

describe("reads", () => {
  it("reads a page of requests with assets, requesters, projects and decisions in as many statements for 8 as for 1", async () => {
    const assets = await Promise.all([1, 2, 3, 4].map(() => background([a])));
    for (const bg of assets) {
      for (const purpose of ["EXECUTION", "EXPLOITATION"]) {
        const id = await requested(c.admin.token, bg, purpose);
        const terms = purpose === "EXECUTION" ? { text: "For the project's work" } : EXPLOITATION_TERMS;
        ok(await decideAccessRequest(t.url, a.admin.token, { requestId: id, grant: true, terms }));
      }
    }
    const QUERY = `query($n: Int, $f: AccessRequestFilter) { accessRequests(first: $n, filter: $f) { edges { node {
      ipAsset { title } requester { name } project { code } terms { royaltyRate } decisions { organization { name } terms { text } } } } } }`;
    const statements = async (n: number) => {
      const counts: number[] = [];
      for (let run = 0; run < 3; run++) {
        const before = t.statements();
        const data = ok(await gql(t.url, QUERY, { n, f: { ipAssetId: { in: assets } } }, world.secretariat.token));
        expect(data.accessRequests.edges).toHaveLength(n);
        counts.push(t.statements() - before);
      }
      return Math.min(...counts);
    };
    expect(await statements(8)).toBe(await statements(1));
  });
});
