import { gql, ok, failure } from "../support/client";
import { createAllianceWithMembers } from "../support/factories";
import { registerIpAsset } from "../support/ip-factories";
import {
  addFundingSource,
  agreedPlan,
  analystOf,
  approveBenefitPlan,
  countRevenue,
  createBenefitPlan,
  projectWorld,
  recordRevenue,
} from "../support/funds-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const byOrg = (lines: { amount: string; organization: { id: string } }[]) =>
  Object.fromEntries(lines.map((l) => [l.organization.id, l.amount]));

it("three members agree a 50/30/20 plan for a patent; a 1,000,000.01 CNY royalty recorded twice with one key counts once", async () => {
  const world = await createAllianceWithMembers(t.url, t.admin, 3);
  const [a, b, c] = world.members;
  const patent = await registerIpAsset(
    t.url,
    { ...world, analyst: world.secretariat },
    {
      title: "Solid electrolyte interface additive",
      owners: [
        { organizationId: a.id, basisPoints: 6000 },
        { organizationId: b.id, basisPoints: 4000 },
      ],
    },
  );
  // An owner's ORG_ADMIN proposes; every holder's ORG_ADMIN approves.
  const plan = ok(
    await createBenefitPlan(t.url, a.admin.token, {
      ipAssetId: patent.id,
      shares: [
        { organizationId: a.id, basisPoints: 5000 },
        { organizationId: b.id, basisPoints: 3000 },
        { organizationId: c.id, basisPoints: 2000 },
      ],
    }),
  ).createBenefitPlan;
  for (const org of [a, b]) expect(ok(await approveBenefitPlan(t.url, org.admin.token, plan.id)).approveBenefitPlan.status).toBe("DRAFT");
  expect(ok(await approveBenefitPlan(t.url, c.admin.token, plan.id)).approveBenefitPlan.status).toBe("AGREED");

  const input = {
    ipAssetId: patent.id,
    kind: "LICENSE_ROYALTY",
    amount: "1000000.01",
    currency: "CNY",
    receivedOn: "2026-06-30",
    idempotencyKey: "patent-royalty-2026H1",
  };
  const first = ok(await recordRevenue(t.url, b.admin.token, input)).recordRevenue;
  const again = ok(await recordRevenue(t.url, world.secretariat.token, input)).recordRevenue;
  expect(again.id).toBe(first.id);
  // The recorder (b) sees its own line; the secretariat sees every line.
  expect(byOrg(first.distributions)).toEqual({ [b.id]: "300000.00" });
  expect(byOrg(again.distributions)).toEqual({ [a.id]: "500000.01", [b.id]: "300000.00", [c.id]: "200000.00" });
  expect(await countRevenue(t.url, world.secretariat.token, { ipAssetId: patent.id })).toEqual({ events: 1, lines: 3 });

  const OWN = `query($f: DistributionFilter) { distributions(filter: $f) { totalCount edges { node { amount organization { id } } } } }`;
  const f = { ipAssetId: { eq: patent.id } };
  for (const [org, amount] of [
    [a, "500000.01"],
    [b, "300000.00"],
    [c, "200000.00"],
  ] as const) {
    const own = ok(await gql(t.url, OWN, { f }, org.admin.token)).distributions;
    expect(own).toEqual({ totalCount: 1, edges: [{ node: { amount, organization: { id: org.id } } }] });
  }
  expect(ok(await gql(t.url, OWN, { f }, world.secretariat.token)).distributions.totalCount).toBe(3);

  // c holds a share but does not own the patent: it may not record revenue for it.
  expect(failure(await recordRevenue(t.url, c.admin.token, { ...input, idempotencyKey: "c-tries" })).extensions?.code).toBe("FORBIDDEN");
});

it("hides trade-secret plans and income from analysts while the secretariat sees them", async () => {
  const world = await createAllianceWithMembers(t.url, t.admin, 3);
  const [a, b, c] = world.members;
  const secret = await registerIpAsset(
    t.url,
    { ...world, analyst: world.secretariat },
    {
      kind: "TRADE_SECRET",
      title: "Formation recipe",
      owners: [{ organizationId: a.id, basisPoints: 10000 }],
    },
  );
  await agreedPlan(t.url, a.admin.token, { ipAssetId: secret.id }, [
    [a, 8000],
    [b, 2000],
  ]);
  ok(
    await recordRevenue(t.url, a.admin.token, {
      ipAssetId: secret.id,
      kind: "TRANSFER_FEE",
      amount: "10.00",
      receivedOn: "2026-01-02",
      idempotencyKey: "ts",
    }),
  );
  // The analyst works for c, which holds no share.
  const analyst = await analystOf(t.url, t.admin, { ...world, members: [c] });
  expect(await countRevenue(t.url, analyst.token, { ipAssetId: secret.id })).toEqual({ events: 0, lines: 0 });
  expect(ok(await gql(t.url, `{ benefitPlans { totalCount } }`, {}, analyst.token)).benefitPlans.totalCount).toBe(0);
  expect(await countRevenue(t.url, world.secretariat.token, { ipAssetId: secret.id })).toEqual({ events: 1, lines: 2 });
  // b holds a share but may not see the trade secret itself: it sees its event and its own line,
  // and the asset they come from reads as null, so filtering by the asset's id matches nothing.
  expect(await countRevenue(t.url, b.admin.token, { ipAssetId: secret.id })).toEqual({ events: 0, lines: 0 });
  const own = ok(
    await gql(t.url, `{ revenueEvents { totalCount edges { node { ipAsset { id } } } } distributions { totalCount } }`, {}, b.admin.token),
  );
  expect(own).toEqual({ revenueEvents: { totalCount: 1, edges: [{ node: { ipAsset: null } }] }, distributions: { totalCount: 1 } });
});

it("marks an IP asset from a government-funded project as government funded", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  ok(
    await addFundingSource(t.url, w.secretariat.token, { projectId: w.projectId, kind: "GOVERNMENT", provider: "MOST", amount: "100.00" }),
  );
  const asset = await registerIpAsset(
    t.url,
    { ...w, analyst: w.secretariat },
    {
      title: "Cell design",
      originProjectId: w.projectId,
      owners: [{ organizationId: w.members[0].id, basisPoints: 10000 }],
    },
  );
  expect(asset.governmentFunded).toBe(true);
});
