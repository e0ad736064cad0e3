import { gql, ok, failure } from "../support/client";
import { createOrgWithAdmin, createUser, type TestOrg, type TestUser } from "../support/factories";
import { addParticipant, createProject } from "../support/project-factories";
import {
  createWorld,
  grantLicense,
  readIpAsset,
  registerIpAsset,
  registerIpAssetRaw,
  setIpOwners,
  type World,
} from "../support/ip-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const share = (org: { id: string }, basisPoints: number) => ({ organizationId: org.id, basisPoints });
const ownersOf = (asset: any) => asset.owners?.map((o: any) => [o.organization.id, o.basisPoints]) ?? null;

async function auditCount(token: string, action: string): Promise<number> {
  const data = ok(
    await gql(t.url, `query($a: String!) { auditEntries(filter: { action: { eq: $a } }) { totalCount } }`, { a: action }, token),
  );
  return data.auditEntries.totalCount;
}

describe("owners", () => {
  let world: World;
  let a: TestOrg, b: TestOrg, c: TestOrg;
  beforeAll(async () => {
    world = await createWorld(t.url, t.admin, 3);
    [a, b, c] = world.members;
  });

  it("rejects shares that do not total 10000, duplicate owners and empty shares with BAD_USER_INPUT, writing nothing", async () => {
    const asset = await registerIpAsset(t.url, world, { owners: [share(a, 6000), share(b, 4000)] });
    const before = await auditCount(world.secretariat.token, "setIpOwners");
    const sum = failure(await setIpOwners(t.url, world.secretariat.token, asset.id, [share(a, 6000), share(b, 3999)]));
    expect(sum.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "owners" });
    expect(sum.message).toMatch(/9999/);
    const over = failure(await setIpOwners(t.url, world.secretariat.token, asset.id, [share(a, 6000), share(b, 4000), share(c, 1)]));
    expect(over.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "owners" });
    const duplicate = failure(await setIpOwners(t.url, world.secretariat.token, asset.id, [share(a, 5000), share(a, 5000)]));
    expect(duplicate.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "owners[1].organizationId" });
    const zero = failure(await setIpOwners(t.url, world.secretariat.token, asset.id, [share(a, 10000), share(b, 0)]));
    expect(zero.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "owners[1].basisPoints" });
    expect(failure(await setIpOwners(t.url, world.secretariat.token, asset.id, [])).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "owners",
    });
    const atRegistration = failure(
      await registerIpAssetRaw(t.url, world.secretariat.token, {
        allianceId: world.allianceId,
        kind: "UTILITY_MODEL",
        title: "Never written",
        owners: [share(a, 5000)],
      }),
    );
    expect(atRegistration.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "owners" });

    const read = ok(await readIpAsset(t.url, world.secretariat.token, asset.id)).ipAsset;
    expect(ownersOf(read)).toEqual([
      [a.id, 6000],
      [b.id, 4000],
    ]);
    expect(await auditCount(world.secretariat.token, "setIpOwners")).toBe(before);
    const list = ok(
      await gql(t.url, `{ ipAssets(filter: { title: { eq: "Never written" } }) { totalCount } }`, {}, world.secretariat.token),
    );
    expect(list.ipAssets.totalCount).toBe(0);

    // A valid set is applied at once only where no other party must consent: an asset without owners.
    const ownerless = await registerIpAsset(t.url, world, { title: "Owners to come" });
    const replaced = ok(
      await setIpOwners(t.url, world.secretariat.token, ownerless.id, [share(a, 3334), share(b, 3333), share(c, 3333)]),
    ).setIpOwners;
    expect(ownersOf(replaced)).toEqual([
      [a.id, 3334],
      [b.id, 3333],
      [c.id, 3333],
    ]);
  });

  it("lets only an owner's ORG_ADMIN or the secretariat set owners, and a co-owner not alone (Art. 8.5)", async () => {
    const asset = await registerIpAsset(t.url, world, { owners: [share(a, 10000)] });
    const owners = [share(a, 7000), share(b, 3000)];
    const engineerOfOwner = await createUser(t.url, t.admin, a.id);
    for (const token of [c.admin.token, b.admin.token, engineerOfOwner.token, world.analyst.token]) {
      expect(failure(await setIpOwners(t.url, token, asset.id, owners)).extensions?.code).toBe("FORBIDDEN");
    }
    expect(ownersOf(ok(await setIpOwners(t.url, a.admin.token, asset.id, owners)).setIpOwners)).toEqual([
      [a.id, 7000],
      [b.id, 3000],
    ]);
    // B is now a co-owner: neither B nor A changes the shares alone any more (proposeIpOwnershipChange).
    for (const token of [b.admin.token, a.admin.token, world.secretariat.token]) {
      expect(failure(await setIpOwners(t.url, token, asset.id, [share(a, 5000), share(b, 5000)])).extensions?.code).toBe("FORBIDDEN");
    }
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    expect(failure(await setIpOwners(t.url, outsider.admin.token, asset.id, owners)).extensions?.code).toBe("NOT_FOUND");
  });

  it("makes the registering member the first owner, and lets members register only their own organization's assets", async () => {
    const own = ok(
      await registerIpAssetRaw(t.url, b.admin.token, { allianceId: world.allianceId, kind: "SOFTWARE_COPYRIGHT", title: "BMS firmware" }),
    ).registerIpAsset;
    expect(ownersOf(own)).toEqual([[b.id, 10000]]);
    const foreign = await registerIpAssetRaw(t.url, b.admin.token, {
      allianceId: world.allianceId,
      kind: "SOFTWARE_COPYRIGHT",
      title: "X",
      owners: [share(c, 10000)],
    });
    expect(failure(foreign).extensions?.code).toBe("FORBIDDEN");
    const engineer = await createUser(t.url, t.admin, b.id);
    expect(
      failure(await registerIpAssetRaw(t.url, engineer.token, { allianceId: world.allianceId, kind: "OTHER", title: "X" })).extensions
        ?.code,
    ).toBe("FORBIDDEN");
    const bySecretariat = await registerIpAsset(t.url, world, { title: "Unassigned" });
    expect(ownersOf(bySecretariat)).toEqual([]);
  });

  it("rejects a registration number already used in the jurisdiction, and illegal status moves", async () => {
    const number = `ZL${Date.now()}`;
    const asset = await registerIpAsset(t.url, world, { registrationNumber: number, jurisdiction: "cn", status: "FILED" });
    expect(asset.jurisdiction).toBe("CN");
    const again = failure(
      await registerIpAssetRaw(t.url, world.secretariat.token, {
        allianceId: world.allianceId,
        kind: "INVENTION_PATENT",
        title: "Y",
        registrationNumber: number,
      }),
    );
    expect(again.extensions).toMatchObject({ code: "CONFLICT", field: "registrationNumber" });
    const move = `mutation($input: UpdateIpAssetStatusInput!) { updateIpAssetStatus(input: $input) { status grantedOn } }`;
    expect(
      failure(await gql(t.url, move, { input: { ipAssetId: asset.id, status: "EXPIRED" } }, world.secretariat.token)).extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "status" });
    const granted = ok(
      await gql(t.url, move, { input: { ipAssetId: asset.id, status: "GRANTED", grantedOn: "2026-03-01" } }, world.secretariat.token),
    );
    expect(granted.updateIpAssetStatus).toEqual({ status: "GRANTED", grantedOn: "2026-03-01" });
  });
});

describe("trade secrets", () => {
  it("are invisible to everyone but owners and the secretariat: ipAsset, ipAssets, totalCount, node, nodes, project.ipAssets, licenses", async () => {
    const world = await createWorld(t.url, t.admin, 3);
    const [a, b, c] = world.members;
    const project = await createProject(t.url, a.admin.token, world.allianceId, { visibility: "ALLIANCE" });
    ok(await addParticipant(t.url, a.admin.token, project.id, b.id));
    // Owned by B; the secretariat is a user of A (the host), so its access comes from its role alone.
    const secret = await registerIpAsset(t.url, world, {
      kind: "TRADE_SECRET",
      title: "Cathode sintering recipe",
      originProjectId: project.id,
      owners: [share(b, 10000)],
    });
    const patent = await registerIpAsset(t.url, world, {
      title: "Cathode coating",
      originProjectId: project.id,
      owners: [share(b, 10000)],
    });
    const license = ok(await grantLicense(t.url, b.admin.token, { ipAssetId: secret.id, licenseeId: c.id })).grantLicense;
    const ownerEngineer = await createUser(t.url, t.admin, b.id);

    const paths = async (user: TestUser) => {
      const single = await readIpAsset(t.url, user.token, secret.id);
      const node = await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: secret.id }, user.token);
      const nodes = ok(await gql(t.url, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [secret.id, patent.id] }, user.token));
      const list = ok(
        await gql(
          t.url,
          `query($a: ID!) { ipAssets(filter: { allianceId: { eq: $a } }) { totalCount edges { node { id } } } }`,
          { a: world.allianceId },
          user.token,
        ),
      );
      const kind = ok(await gql(t.url, `{ ipAssets(filter: { kind: { eq: TRADE_SECRET } }) { totalCount } }`, {}, user.token));
      const inProject = ok(
        await gql(
          t.url,
          `query($id: ID!) { project(id: $id) { ipAssets { totalCount edges { node { id } } } } }`,
          { id: project.id },
          user.token,
        ),
      );
      const licenseNode = await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: license.id }, user.token);
      return { single, node, nodes, list, kind, inProject, licenseNode };
    };

    // A leads the project, C holds a license of the secret, the analyst reads the whole alliance.
    for (const user of [a.admin, c.admin, world.analyst]) {
      const seen = await paths(user);
      expect(failure(seen.single).extensions?.code).toBe("NOT_FOUND");
      expect(failure(seen.node).extensions?.code).toBe("NOT_FOUND");
      expect(failure(seen.licenseNode).extensions?.code).toBe("NOT_FOUND");
      expect(seen.nodes.nodes).toEqual([null, { id: patent.id }]);
      expect(seen.list.ipAssets).toEqual({ totalCount: 1, edges: [{ node: { id: patent.id } }] });
      expect(seen.kind.ipAssets.totalCount).toBe(0);
      expect(seen.inProject.project.ipAssets).toEqual({ totalCount: 1, edges: [{ node: { id: patent.id } }] });
    }
    for (const user of [ownerEngineer, b.admin, world.secretariat]) {
      const seen = await paths(user);
      expect(ok(seen.single).ipAsset.id).toBe(secret.id);
      expect(ok(seen.node).node.id).toBe(secret.id);
      expect(seen.list.ipAssets.totalCount).toBe(2);
      expect(seen.kind.ipAssets.totalCount).toBe(1);
      expect(seen.inProject.project.ipAssets.totalCount).toBe(2);
    }
  });
});

describe("rights visibility per row", () => {
  it("shows owners and all licenses to owners, secretariat and analysts; a licensee its own license; others none", async () => {
    const world = await createWorld(t.url, t.admin, 3);
    const [a, b, c] = world.members;
    const outside = await createOrgWithAdmin(t.url, t.admin);
    const p1 = await registerIpAsset(t.url, world, { title: "P1 separator", owners: [share(a, 10000)] });
    const p2 = await registerIpAsset(t.url, world, { title: "P2 anode", owners: [share(b, 6000), share(c, 4000)] });
    const toB = ok(await grantLicense(t.url, a.admin.token, { ipAssetId: p1.id, licenseeId: b.id, royaltyTerms: "2% to B" })).grantLicense;
    const toOutside = ok(
      await grantLicense(t.url, world.secretariat.token, {
        ipAssetId: p1.id,
        licenseeId: outside.id,
        territory: "DE",
        royaltyTerms: "4% outside",
      }),
    ).grantLicense;

    const rows = async (token: string) => {
      const data = ok(
        await gql(
          t.url,
          `query($a: ID!) { ipAssets(filter: { allianceId: { eq: $a } }, orderBy: [{ field: TITLE }]) {
        edges { node { id title owners { organization { id } basisPoints } licenses { id royaltyTerms licensee { id } } } } } }`,
          { a: world.allianceId },
          token,
        ),
      );
      return Object.fromEntries(
        data.ipAssets.edges.map((e: any) => [
          e.node.title,
          { owners: ownersOf(e.node), licenses: e.node.licenses.map((l: any) => [l.id, l.royaltyTerms]).sort() },
        ]),
      );
    };
    const all = [
      [toB.id, "2% to B"],
      [toOutside.id, "4% outside"],
    ].sort();

    expect(await rows((await createUser(t.url, t.admin, a.id)).token)).toEqual({
      "P1 separator": { owners: [[a.id, 10000]], licenses: all },
      "P2 anode": { owners: null, licenses: [] },
    });
    expect(await rows(b.admin.token)).toEqual({
      "P1 separator": { owners: null, licenses: [[toB.id, "2% to B"]] },
      "P2 anode": {
        owners: [
          [b.id, 6000],
          [c.id, 4000],
        ],
        licenses: [],
      },
    });
    expect(await rows(world.analyst.token)).toEqual({
      "P1 separator": { owners: [[a.id, 10000]], licenses: all },
      "P2 anode": {
        owners: [
          [b.id, 6000],
          [c.id, 4000],
        ],
        licenses: [],
      },
    });
    expect(await rows(world.secretariat.token)).toEqual(await rows(world.analyst.token));
    // The outside licensee sees the asset it holds a license of, and only its own license.
    const outsiderView = ok(await readIpAsset(t.url, outside.admin.token, p1.id)).ipAsset;
    expect(outsiderView.owners).toBeNull();
    expect(outsiderView.licenses.map((l: any) => l.id)).toEqual([toOutside.id]);
    expect(failure(await readIpAsset(t.url, outside.admin.token, p2.id)).extensions?.code).toBe("NOT_FOUND");
    const licenseNode = `query($id: ID!) { node(id: $id) { ... on IpLicense { royaltyTerms } } }`;
    expect(failure(await gql(t.url, licenseNode, { id: toB.id }, c.admin.token)).extensions?.code).toBe("NOT_FOUND");
    expect(ok(await gql(t.url, licenseNode, { id: toB.id }, b.admin.token)).node.royaltyTerms).toBe("2% to B");
  });
});

describe("batching", () => {
  it("answers a nested IP asset list with a number of statements independent of the number of rows", async () => {
    const world = await createWorld(t.url, t.admin, 2);
    const [a, b] = world.members;
    const query = `query($a: ID!) { ipAssets(filter: { allianceId: { eq: $a } }) { totalCount edges { node {
      id diffusionStatus alliance { id } originProject { id } owners { basisPoints organization { id name } }
      licenses { royaltyTerms licensee { id } ipAsset { id } } } } } }`;
    const measure = async () => {
      const before = t.statements();
      ok(await gql(t.url, query, { a: world.allianceId }, b.admin.token));
      return t.statements() - before;
    };
    const addAsset = async () => {
      const asset = await registerIpAsset(t.url, world, { owners: [share(a, 5000), share(b, 5000)] });
      ok(await grantLicense(t.url, a.admin.token, { ipAssetId: asset.id, licenseeId: b.id }));
    };
    // One statement per level and loader (viewer, list, count, alliances, owners, licenses, their
    // organizations, licensed assets, licensee sets), plus one when the organization loader is reached by
    // two branches in different ticks (owners before or after licenses): never one per row.
    const CEILING = 10;
    await addAsset();
    expect(await measure()).toBeLessThanOrEqual(CEILING);
    for (let i = 0; i < 4; i++) await addAsset();
    expect(await measure()).toBeLessThanOrEqual(CEILING);
  });
});
