import { gql, ok, failure } from "../support/client";
import { createOrgWithAdmin, type TestOrg } from "../support/factories";
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
import { addFundingSource } from "../support/funds-factories";
import { addDays, systemClock } from "../../src/clock";
import { appPerFile } from "../support/suite";

const t = appPerFile();
let world: World;
let outside: TestOrg;

beforeAll(async () => {
  world = await createWorld(t.url, t.admin, 3);
  outside = await createOrgWithAdmin(t.url, t.admin);
});
afterEach(() => {
  t.app.deps.clock = systemClock;
});

const today = () => new Date().toISOString().slice(0, 10);
const travelTo = (day: string) => {
  t.app.deps.clock = { now: () => new Date(`${day}T12:00:00.000Z`) };
};

describe("exclusive licenses", () => {
  it("conflict with any overlapping license for the same territory and field of use", async () => {
    const [a, b, c] = world.members;
    const asset = await registerIpAsset(t.url, world, { owners: [{ organizationId: a.id, basisPoints: 10000 }] });
    const grant = (input: Record<string, unknown>) =>
      grantLicense(t.url, a.admin.token, { ipAssetId: asset.id, licenseeId: b.id, ...input });
    const ev = { fieldOfUse: "Electric vehicles", territory: "CN" };
    ok(await grant({ ...ev, scope: "EXCLUSIVE", startDate: "2026-01-01", endDate: "2027-12-31" }));

    const overlapping = failure(await grant({ ...ev, scope: "NON_EXCLUSIVE", licenseeId: c.id, startDate: "2027-06-01" }));
    expect(overlapping.extensions).toMatchObject({ code: "CONFLICT", field: "scope" });
    expect(
      failure(
        await grant({
          fieldOfUse: "electric VEHICLES",
          territory: "cn",
          scope: "EXCLUSIVE",
          startDate: "2025-01-01",
          endDate: "2026-01-01",
        }),
      ).extensions?.code,
    ).toBe("CONFLICT");
    expect(failure(await grant({ ...ev, scope: "SOLE", licenseeId: c.id, startDate: "2027-12-31" })).extensions?.code).toBe("CONFLICT");

    ok(await grant({ ...ev, territory: "US", scope: "NON_EXCLUSIVE", licenseeId: c.id, startDate: "2026-01-01" }));
    ok(await grant({ ...ev, fieldOfUse: "Energy storage", scope: "NON_EXCLUSIVE", licenseeId: c.id, startDate: "2026-01-01" }));
    ok(await grant({ ...ev, scope: "NON_EXCLUSIVE", licenseeId: c.id, startDate: "2028-01-01" }));
    ok(await grant({ ...ev, scope: "NON_EXCLUSIVE", licenseeId: outside.id, startDate: "2028-06-01" }));
    // An exclusive license cannot be granted over existing non-exclusive ones either.
    expect(
      failure(await grant({ ...ev, fieldOfUse: "Energy storage", scope: "EXCLUSIVE", startDate: "2030-01-01" })).extensions?.code,
    ).toBe("CONFLICT");

    const read = ok(await readIpAsset(t.url, a.admin.token, asset.id)).ipAsset;
    expect(read.licenses).toHaveLength(5);
  });

  it("are race-safe: of concurrent overlapping exclusive grants exactly one succeeds", async () => {
    const [a, b, c] = world.members;
    const asset = await registerIpAsset(t.url, world, { owners: [{ organizationId: a.id, basisPoints: 10000 }] });
    const licensees = [b, c, outside, b, c, outside];
    const results = await Promise.all(
      licensees.map((l) =>
        grantLicense(t.url, a.admin.token, { ipAssetId: asset.id, licenseeId: l.id, scope: "EXCLUSIVE", startDate: "2026-01-01" }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === "CONFLICT").length).toBe(5);
    expect(ok(await readIpAsset(t.url, a.admin.token, asset.id)).ipAsset.licenses).toHaveLength(1);
  });

  it("are granted only by the secretariat or an owner's ORG_ADMIN, with a consistent term", async () => {
    const [a, b] = world.members;
    const asset = await registerIpAsset(t.url, world, { owners: [{ organizationId: a.id, basisPoints: 10000 }] });
    expect(failure(await grantLicense(t.url, b.admin.token, { ipAssetId: asset.id, licenseeId: b.id })).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await grantLicense(t.url, world.analyst.token, { ipAssetId: asset.id, licenseeId: b.id })).extensions?.code).toBe(
      "FORBIDDEN",
    );
    const backwards = failure(
      await grantLicense(t.url, world.secretariat.token, {
        ipAssetId: asset.id,
        licenseeId: b.id,
        startDate: "2026-05-01",
        endDate: "2026-04-30",
      }),
    );
    expect(backwards.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endDate" });
    ok(await grantLicense(t.url, world.secretariat.token, { ipAssetId: asset.id, licenseeId: b.id }));
  });
});

describe("diffusion duty (Art. 8.6)", () => {
  it("is NOT_REQUIRED without government funding and PENDING with a due date diffusionDueDays after registration", async () => {
    const plain = await registerIpAsset(t.url, world, {});
    expect(plain).toMatchObject({ governmentFunded: false, diffusionStatus: "NOT_REQUIRED", diffusionDueDate: null });
    const funded = await registerIpAsset(t.url, world, { governmentFunded: true });
    expect(funded).toMatchObject({ governmentFunded: true, diffusionStatus: "PENDING", diffusionDueDate: addDays(today(), 365) });
    const granted = await registerIpAsset(t.url, world, { governmentFunded: true, status: "GRANTED", grantedOn: "2025-03-01" });
    expect(granted.diffusionDueDate).toBe("2026-03-01");
  });

  it("follows the origin project's funding unless declared: a GOVERNMENT source makes the duty", async () => {
    const [a] = world.members;
    const funded = await createProject(t.url, a.admin.token, world.allianceId);
    ok(
      await addFundingSource(t.url, world.secretariat.token, {
        projectId: funded.id,
        kind: "GOVERNMENT",
        provider: "MOST",
        amount: "1000000.00",
      }),
    );
    const unfunded = await createProject(t.url, a.admin.token, world.allianceId);
    ok(
      await addFundingSource(t.url, world.secretariat.token, {
        projectId: unfunded.id,
        kind: "MEMBER_CONTRIBUTION",
        provider: "A",
        amount: "1000.00",
      }),
    );
    const register = async (originProjectId: string, extra: Record<string, unknown> = {}) =>
      ok(
        await registerIpAssetRaw(t.url, a.admin.token, {
          allianceId: world.allianceId,
          kind: "UTILITY_MODEL",
          title: "Result",
          originProjectId,
          ...extra,
        }),
      ).registerIpAsset;
    expect(await register(funded.id)).toMatchObject({ governmentFunded: true, diffusionStatus: "PENDING" });
    expect(await register(unfunded.id)).toMatchObject({ governmentFunded: false, diffusionStatus: "NOT_REQUIRED" });
    expect(await register(unfunded.id, { governmentFunded: true })).toMatchObject({ governmentFunded: true, diffusionStatus: "PENDING" });
  });

  it("reads OVERDUE once the clock passes the due date, in the object and in the diffusionStatus filter", async () => {
    const [a, b] = world.members;
    const asset = await registerIpAsset(t.url, world, {
      title: "Overdue candidate",
      governmentFunded: true,
      owners: [{ organizationId: a.id, basisPoints: 10000 }],
    });
    const due = asset.diffusionDueDate as string;
    const byStatus = async (status: string) => {
      const data = ok(
        await gql(
          t.url,
          `query($s: DiffusionStatus!, $a: ID!) { ipAssets(filter: { diffusionStatus: { eq: $s }, allianceId: { eq: $a } }) { edges { node { id } } } }`,
          { s: status, a: world.allianceId },
          world.secretariat.token,
        ),
      );
      return data.ipAssets.edges.map((e: any) => e.node.id);
    };

    travelTo(due);
    expect(ok(await readIpAsset(t.url, world.secretariat.token, asset.id)).ipAsset.diffusionStatus).toBe("PENDING");
    expect(await byStatus("PENDING")).toContain(asset.id);

    travelTo(addDays(due, 1));
    expect(ok(await readIpAsset(t.url, world.secretariat.token, asset.id)).ipAsset.diffusionStatus).toBe("OVERDUE");
    expect(await byStatus("OVERDUE")).toContain(asset.id);
    expect(await byStatus("PENDING")).not.toContain(asset.id);
    const notOverdue = ok(
      await gql(
        t.url,
        `query($a: ID!) { ipAssets(filter: { allianceId: { eq: $a }, not: { diffusionStatus: { in: [OVERDUE] } } }) { edges { node { id } } } }`,
        { a: world.allianceId },
        world.secretariat.token,
      ),
    );
    expect(notOverdue.ipAssets.edges.map((e: any) => e.node.id)).not.toContain(asset.id);

    // A license to a member does not diffuse the result outside the alliance.
    const toMember = ok(await grantLicense(t.url, a.admin.token, { ipAssetId: asset.id, licenseeId: b.id })).grantLicense;
    expect(toMember.ipAsset.diffusionStatus).toBe("OVERDUE");

    // A license to an outside organization does, even late.
    const late = addDays(due, 10);
    travelTo(late);
    const toOutside = ok(
      await grantLicense(t.url, a.admin.token, { ipAssetId: asset.id, licenseeId: outside.id, territory: "DE" }),
    ).grantLicense;
    expect(toOutside.ipAsset).toMatchObject({ diffusionStatus: "DIFFUSED", diffusionMethod: "LICENSE_TO_NON_MEMBER" });
    expect(ok(await readIpAsset(t.url, world.secretariat.token, asset.id)).ipAsset).toMatchObject({
      diffusionStatus: "DIFFUSED",
      diffusedOn: late,
    });
    expect(await byStatus("DIFFUSED")).toContain(asset.id);
  });

  it("is fulfilled by a recorded public disclosure, once, and only where there is a duty", async () => {
    const [a] = world.members;
    const record = (ipAssetId: string, token = a.admin.token, extra: Record<string, unknown> = {}) =>
      gql(
        t.url,
        `mutation($input: RecordDiffusionInput!) { recordDiffusion(input: $input) { diffusionStatus diffusionMethod diffusionReference diffusedOn } }`,
        { input: { ipAssetId, reference: "GB/T 36276-2023", ...extra } },
        token,
      );
    const funded = await registerIpAsset(t.url, world, { governmentFunded: true, owners: [{ organizationId: a.id, basisPoints: 10000 }] });
    expect(failure(await record(funded.id, world.members[1].admin.token)).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await record(funded.id, a.admin.token, { diffusedOn: addDays(today(), 1) })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "diffusedOn",
    });
    expect(ok(await record(funded.id)).recordDiffusion).toEqual({
      diffusionStatus: "DIFFUSED",
      diffusionMethod: "PUBLIC_DISCLOSURE",
      diffusionReference: "GB/T 36276-2023",
      diffusedOn: today(),
    });
    expect(failure(await record(funded.id)).extensions?.code).toBe("CONFLICT");
    const plain = await registerIpAsset(t.url, world, { owners: [{ organizationId: a.id, basisPoints: 10000 }] });
    expect(failure(await record(plain.id)).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "ipAssetId" });
  });

  it("a patent from a government-funded project gets owners and a license to an outside company and shows DIFFUSED", async () => {
    const [a, b] = world.members;
    const project = await createProject(t.url, a.admin.token, world.allianceId);
    ok(await addParticipant(t.url, a.admin.token, project.id, b.id));
    ok(
      await addFundingSource(t.url, world.secretariat.token, {
        projectId: project.id,
        kind: "GOVERNMENT",
        provider: "Provincial S&T fund",
        amount: "300000.00",
      }),
    );
    const registered = ok(
      await registerIpAssetRaw(t.url, a.admin.token, {
        allianceId: world.allianceId,
        kind: "INVENTION_PATENT",
        title: "Dry electrode process",
        originProjectId: project.id,
        status: "FILED",
      }),
    ).registerIpAsset;
    expect(registered.diffusionStatus).toBe("PENDING");
    ok(
      await setIpOwners(t.url, a.admin.token, registered.id, [
        { organizationId: a.id, basisPoints: 5500 },
        { organizationId: b.id, basisPoints: 4500 },
      ]),
    );
    ok(
      await grantLicense(t.url, b.admin.token, {
        ipAssetId: registered.id,
        licenseeId: outside.id,
        scope: "EXCLUSIVE",
        territory: "EU",
        royaltyTerms: "5% of net sales",
      }),
    );
    const read = ok(
      await gql(
        t.url,
        `query($id: ID!) { ipAsset(id: $id) { diffusionStatus originProject { id } owners { basisPoints } } }`,
        { id: registered.id },
        b.admin.token,
      ),
    ).ipAsset;
    expect(read).toEqual({
      diffusionStatus: "DIFFUSED",
      originProject: { id: project.id },
      owners: [{ basisPoints: 5500 }, { basisPoints: 4500 }],
    });
    // A non-participant registers no result of the project.
    const c = world.members[2];
    const foreign = await registerIpAssetRaw(t.url, c.admin.token, {
      allianceId: world.allianceId,
      kind: "OTHER",
      title: "Not ours",
      originProjectId: project.id,
    });
    expect(failure(foreign).extensions?.code).toBe("NOT_FOUND");
  });
});
