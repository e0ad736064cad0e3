import { gql, ok, failure } from "../support/client";
import { createOrgWithAdmin, createUser } from "../support/factories";
import { agreedPlan, analystOf, approveBenefitPlan, createBenefitPlan, projectWorld, recordRevenue } from "../support/funds-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const PLANS = `query($f: BenefitPlanFilter) { benefitPlans(filter: $f) { totalCount edges { node { id status } } } }`;

it("agrees a plan when every holder's ORG_ADMIN has approved it, and a newly agreed plan supersedes the previous one", async () => {
  const w = await projectWorld(t.url, t.admin, 3);
  const [a, b, c] = w.members;
  const shares = [
    { organizationId: a.id, basisPoints: 5000 },
    { organizationId: b.id, basisPoints: 3000 },
    { organizationId: c.id, basisPoints: 2000 },
  ];
  const plan = ok(await createBenefitPlan(t.url, a.admin.token, { projectId: w.projectId, shares })).createBenefitPlan;
  expect(plan.status).toBe("DRAFT");
  expect(ok(await approveBenefitPlan(t.url, a.admin.token, plan.id)).approveBenefitPlan.status).toBe("DRAFT");
  // Approving twice for one organization changes nothing.
  const again = ok(await approveBenefitPlan(t.url, a.admin.token, plan.id)).approveBenefitPlan;
  expect(again.shares.filter((s: { approved: boolean }) => s.approved)).toHaveLength(1);
  ok(await approveBenefitPlan(t.url, b.admin.token, plan.id));
  const agreed = ok(await approveBenefitPlan(t.url, c.admin.token, plan.id)).approveBenefitPlan;
  expect(agreed.status).toBe("AGREED");
  expect(agreed.agreedAt).toEqual(expect.any(String));
  expect(agreed.shares.every((s: { approved: boolean }) => s.approved)).toBe(true);
  expect(failure(await approveBenefitPlan(t.url, a.admin.token, plan.id)).extensions).toMatchObject({
    code: "CONFLICT",
    field: "benefitPlanId",
  });

  const next = await agreedPlan(t.url, w.secretariat.token, { projectId: w.projectId }, [
    [a, 4000],
    [b, 4000],
    [c, 2000],
  ]);
  const all = ok(await gql(t.url, PLANS, { f: { projectId: { eq: w.projectId } } }, w.secretariat.token)).benefitPlans;
  expect(Object.fromEntries(all.edges.map((e: { node: { id: string; status: string } }) => [e.node.id, e.node.status]))).toEqual({
    [plan.id]: "SUPERSEDED",
    [next]: "AGREED",
  });
  // Revenue follows the plan in force.
  const event = ok(
    await recordRevenue(t.url, w.secretariat.token, {
      projectId: w.projectId,
      kind: "PRODUCT_SALES",
      amount: "100.00",
      receivedOn: "2026-05-01",
      idempotencyKey: "after-supersede",
    }),
  ).recordRevenue;
  expect(
    Object.fromEntries(event.distributions.map((l: { organization: { id: string }; amount: string }) => [l.organization.id, l.amount])),
  ).toEqual({
    [a.id]: "40.00",
    [b.id]: "40.00",
    [c.id]: "20.00",
  });
});

it("keeps exactly one agreed plan per subject when two plans are agreed at the same moment", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  const [a, b] = w.members;
  const make = async () => {
    const plan = ok(
      await createBenefitPlan(t.url, w.secretariat.token, {
        projectId: w.projectId,
        shares: [
          { organizationId: a.id, basisPoints: 5000 },
          { organizationId: b.id, basisPoints: 5000 },
        ],
      }),
    ).createBenefitPlan;
    ok(await approveBenefitPlan(t.url, a.admin.token, plan.id));
    return plan.id as string;
  };
  const plans = [await make(), await make(), await make(), await make()];
  const results = await Promise.all(plans.map((id) => approveBenefitPlan(t.url, b.admin.token, id)));
  for (const r of results) expect(ok(r).approveBenefitPlan.status).toBe("AGREED");
  const agreed = ok(await gql(t.url, PLANS, { f: { projectId: { eq: w.projectId }, status: { eq: "AGREED" } } }, w.secretariat.token));
  expect(agreed.benefitPlans.totalCount).toBe(1);
  const superseded = ok(
    await gql(t.url, PLANS, { f: { projectId: { eq: w.projectId }, status: { eq: "SUPERSEDED" } } }, w.secretariat.token),
  );
  expect(superseded.benefitPlans.totalCount).toBe(3);
});

it("validates shares: distinct organizations, integer basis points totalling exactly 10000, participants only", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  const [a, b] = w.members;
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  const create = (shares: unknown[]) => createBenefitPlan(t.url, w.secretariat.token, { projectId: w.projectId, shares });
  const cases: [unknown[], string][] = [
    [
      [
        { organizationId: a.id, basisPoints: 5000 },
        { organizationId: b.id, basisPoints: 4999 },
      ],
      "shares",
    ],
    [
      [
        { organizationId: a.id, basisPoints: 5000 },
        { organizationId: a.id, basisPoints: 5000 },
      ],
      "shares[1].organizationId",
    ],
    [
      [
        { organizationId: a.id, basisPoints: 10001 },
        { organizationId: b.id, basisPoints: -1 },
      ],
      "shares[0].basisPoints",
    ],
    [
      [
        { organizationId: a.id, basisPoints: 10000 },
        { organizationId: b.id, basisPoints: 0 },
      ],
      "shares[1].basisPoints",
    ],
    [[], "shares"],
    [
      [
        { organizationId: a.id, basisPoints: 5000 },
        { organizationId: outsider.id, basisPoints: 5000 },
      ],
      "shares[1].organizationId",
    ],
    [[{ organizationId: w.projectId, basisPoints: 10000 }], "shares[0].organizationId"],
  ];
  for (const [shares, field] of cases) expect(failure(await create(shares)).extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  expect(
    failure(await createBenefitPlan(t.url, w.secretariat.token, { shares: [{ organizationId: a.id, basisPoints: 10000 }] })).extensions,
  ).toMatchObject({ code: "BAD_USER_INPUT", field: "projectId" });
  expect(ok(await gql(t.url, PLANS, { f: { projectId: { eq: w.projectId } } }, w.secretariat.token)).benefitPlans.totalCount).toBe(0);
});

it("lets only the lead's ORG_ADMIN or the secretariat propose, and only a holder's ORG_ADMIN approve", async () => {
  const w = await projectWorld(t.url, t.admin, 3);
  const [a, b, c] = w.members;
  const shares = [
    { organizationId: a.id, basisPoints: 5000 },
    { organizationId: b.id, basisPoints: 5000 },
  ];
  expect(failure(await createBenefitPlan(t.url, b.admin.token, { projectId: w.projectId, shares })).extensions?.code).toBe("FORBIDDEN");
  const plan = ok(await createBenefitPlan(t.url, a.admin.token, { projectId: w.projectId, shares })).createBenefitPlan;
  const engineer = await createUser(t.url, a.admin.token, a.id);
  expect(failure(await approveBenefitPlan(t.url, engineer.token, plan.id)).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await approveBenefitPlan(t.url, w.secretariat.token, plan.id)).extensions?.code).toBe("FORBIDDEN");
  // c takes part in the project but holds no share: it does not even see the plan.
  expect(failure(await approveBenefitPlan(t.url, c.admin.token, plan.id)).extensions).toMatchObject({
    code: "NOT_FOUND",
    field: "benefitPlanId",
  });
});

it("shows a plan to its holders, the secretariat and analysts only, in lists and counts", async () => {
  const w = await projectWorld(t.url, t.admin, 3);
  const [a, b, c] = w.members;
  await agreedPlan(t.url, a.admin.token, { projectId: w.projectId }, [
    [a, 7000],
    [b, 3000],
  ]);
  const count = async (token: string) =>
    ok(await gql(t.url, PLANS, { f: { projectId: { eq: w.projectId } } }, token)).benefitPlans.totalCount;
  expect(await count(a.admin.token)).toBe(1);
  expect(await count(b.admin.token)).toBe(1);
  expect(await count(c.admin.token)).toBe(0);
  expect(await count(w.secretariat.token)).toBe(1);
  expect(await count((await analystOf(t.url, t.admin, w)).token)).toBe(1);
  const held = ok(await gql(t.url, PLANS, { f: { shares: { organizationId: { eq: b.id } } } }, b.admin.token)).benefitPlans;
  expect(held.totalCount).toBe(1);
  const node = ok(
    await gql(
      t.url,
      `query($id: ID!) { node(id: $id) { ... on BenefitPlan { status project { id } } } }`,
      { id: held.edges[0].node.id },
      b.admin.token,
    ),
  );
  expect(node.node).toEqual({ status: "AGREED", project: { id: w.projectId } });
  expect(
    failure(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: held.edges[0].node.id }, c.admin.token)).extensions?.code,
  ).toBe("NOT_FOUND");
});
