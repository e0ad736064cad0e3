import { gql, ok, failure } from "../support/client";
import { createOrgWithAdmin, createUser } from "../support/factories";
import {
  agreedPlan,
  analystOf,
  countRevenue,
  createBenefitPlan,
  projectWithPlan,
  projectWorld,
  recordRevenue,
} from "../support/funds-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const royalty = (projectId: string, amount: string, idempotencyKey: string, extra: Record<string, unknown> = {}) => ({
  projectId,
  kind: "LICENSE_ROYALTY",
  amount,
  currency: "CNY",
  receivedOn: "2026-03-15",
  idempotencyKey,
  ...extra,
});

const byOrg = (lines: { amount: string; organization: { id: string } }[]) =>
  Object.fromEntries(lines.map((l) => [l.organization.id, l.amount]));

it("distributes 100.00 over 3333/3333/3334 as 33.33/33.33/33.34", async () => {
  const w = await projectWithPlan(t.url, t.admin, [3333, 3333, 3334]);
  const [a, b, c] = w.members;
  const event = ok(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "100.00", "k-100"))).recordRevenue;
  expect(event.amount).toBe("100.00");
  expect(byOrg(event.distributions)).toEqual({ [a.id]: "33.33", [b.id]: "33.33", [c.id]: "33.34" });
});

it("distributes 0.01 over three holders as one line of 0.01 and two lines of 0.00 (every holder gets a line)", async () => {
  const w = await projectWithPlan(t.url, t.admin, [3333, 3334, 3333]);
  const [a, b, c] = w.members;
  const event = ok(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "0.01", "k-cent"))).recordRevenue;
  expect(byOrg(event.distributions)).toEqual({ [a.id]: "0.00", [b.id]: "0.01", [c.id]: "0.00" });
  expect(await countRevenue(t.url, w.secretariat.token, { projectId: w.projectId })).toEqual({ events: 1, lines: 3 });
});

it("records a 1,000,000.01 CNY royalty once for a 50/30/20 plan; each member sees its own exact line, the secretariat and analysts the whole", async () => {
  const w = await projectWorld(t.url, t.admin, 3);
  const [a, b, c] = w.members;
  await agreedPlan(t.url, a.admin.token, { projectId: w.projectId }, [
    [a, 5000],
    [b, 3000],
    [c, 2000],
  ]);
  const input = royalty(w.projectId, "1000000.01", "royalty-2026-Q1");
  const first = ok(await recordRevenue(t.url, a.admin.token, input)).recordRevenue;
  const second = ok(await recordRevenue(t.url, w.secretariat.token, input)).recordRevenue;
  expect(second.id).toBe(first.id);
  expect(await countRevenue(t.url, w.secretariat.token, { projectId: w.projectId })).toEqual({ events: 1, lines: 3 });

  const LINES = `{ distributions { totalCount edges { node { amount organization { id } } } } }`;
  for (const [org, amount] of [
    [a, "500000.01"],
    [b, "300000.00"],
    [c, "200000.00"],
  ] as const) {
    const own = ok(await gql(t.url, LINES, {}, org.admin.token)).distributions;
    expect(own.totalCount).toBe(1);
    expect(own.edges[0].node).toEqual({ amount, organization: { id: org.id } });
    // A plain member user of the holder sees the same line; the event shows only their own line.
    const events = ok(
      await gql(t.url, `{ revenueEvents { totalCount edges { node { amount distributions { amount } } } } }`, {}, org.admin.token),
    );
    expect(events.revenueEvents.totalCount).toBe(1);
    expect(events.revenueEvents.edges[0].node).toEqual({ amount: "1000000.01", distributions: [{ amount }] });
  }
  const whole = ok(await gql(t.url, LINES, {}, w.secretariat.token)).distributions;
  expect(whole.totalCount).toBe(3);
  const analyst = await analystOf(t.url, t.admin, w);
  expect(ok(await gql(t.url, LINES, {}, analyst.token)).distributions.totalCount).toBe(3);

  // An organization outside the plan sees nothing, and a line it may not see is NOT_FOUND by id.
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  expect(ok(await gql(t.url, LINES, {}, outsider.admin.token)).distributions.totalCount).toBe(0);
  const lineOfA = whole.edges.find((e: { node: { organization: { id: string } } }) => e.node.organization.id === a.id);
  const lineId = ok(
    await gql(
      t.url,
      `query($f: DistributionFilter) { distributions(filter: $f) { edges { node { id } } } }`,
      { f: { organizationId: { eq: a.id } } },
      a.admin.token,
    ),
  ).distributions.edges[0].node.id;
  expect(lineOfA).toBeDefined();
  expect(failure(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: lineId }, b.admin.token)).extensions?.code).toBe(
    "NOT_FOUND",
  );
  expect(
    failure(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: first.id }, outsider.admin.token)).extensions?.code,
  ).toBe("NOT_FOUND");
});

it("totals an organization's benefit statement per currency over a date range, with corrections as negative events", async () => {
  const w = await projectWithPlan(t.url, t.admin, [6000, 4000]);
  const [a, b] = w.members;
  ok(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "1000.00", "s1", { receivedOn: "2026-01-10" })));
  ok(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "-100.00", "s2", { receivedOn: "2026-02-10" })));
  ok(
    await recordRevenue(
      t.url,
      w.secretariat.token,
      royalty(w.projectId, "50.00", "s3", { receivedOn: "2026-02-11", currency: "USD", kind: "TRANSFER_FEE" }),
    ),
  );
  ok(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "999.99", "s4", { receivedOn: "2026-04-01" })));
  const STATEMENT = `query($id: ID!, $from: Date, $to: Date) { organization(id: $id) {
    benefitStatement(from: $from, to: $to) { from to totals { currency amount lines events } } } }`;
  const q1 = ok(await gql(t.url, STATEMENT, { id: a.id, from: "2026-01-01", to: "2026-03-31" }, a.admin.token));
  expect(q1.organization.benefitStatement).toEqual({
    from: "2026-01-01",
    to: "2026-03-31",
    totals: [
      { currency: "CNY", amount: "540.00", lines: 2, events: 2 },
      { currency: "USD", amount: "30.00", lines: 1, events: 1 },
    ],
  });
  // b's statement as seen by a: a may not see b's lines, so it is empty; the secretariat sees it.
  expect(ok(await gql(t.url, STATEMENT, { id: b.id }, a.admin.token)).organization.benefitStatement.totals).toEqual([]);
  expect(ok(await gql(t.url, STATEMENT, { id: b.id }, w.secretariat.token)).organization.benefitStatement.totals).toEqual([
    { currency: "CNY", amount: "760.00", lines: 3, events: 3 }, // 400.00 − 40.00 + 400.00 (399.996 rounds up: larger remainder)
    { currency: "USD", amount: "20.00", lines: 1, events: 1 },
  ]);
  // Filters: by date range and amount, translated to SQL.
  const filtered = ok(
    await gql(
      t.url,
      `query($f: DistributionFilter) { distributions(filter: $f) { totalCount } }`,
      {
        f: { receivedOn: { gte: "2026-02-01", lte: "2026-02-28" }, amount: { lt: "0.00" } },
      },
      w.secretariat.token,
    ),
  );
  expect(filtered.distributions.totalCount).toBe(2);
});

it("answers 10 concurrent requests with one idempotency key with exactly one event and one set of lines", async () => {
  const w = await projectWithPlan(t.url, t.admin, [5000, 3000, 2000]);
  const [a, b, c] = w.members;
  const input = royalty(w.projectId, "777.77", "race-key");
  const responses = await Promise.all(Array.from({ length: 10 }, () => recordRevenue(t.url, w.secretariat.token, input)));
  const ids = responses.map((r) => ok(r).recordRevenue.id);
  expect(new Set(ids).size).toBe(1);
  for (const r of responses)
    expect(byOrg(ok(r).recordRevenue.distributions)).toEqual({ [a.id]: "388.89", [b.id]: "233.33", [c.id]: "155.55" });
  expect(await countRevenue(t.url, w.secretariat.token, { projectId: w.projectId })).toEqual({ events: 1, lines: 3 });
});

it("rejects the same idempotency key with different parameters as CONFLICT, writing nothing", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  await agreedPlan(t.url, w.secretariat.token, { projectId: w.projectId }, [
    [w.members[0], 5000],
    [w.members[1], 5000],
  ]);
  ok(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "10.00", "same-key")));
  for (const change of [{ amount: "10.01" }, { kind: "PRODUCT_SALES" }, { receivedOn: "2026-03-16" }, { currency: "EUR" }]) {
    const error = failure(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "10.00", "same-key", change)));
    expect(error.extensions).toMatchObject({ code: "CONFLICT", field: "idempotencyKey" });
  }
  expect(await countRevenue(t.url, w.secretariat.token, { projectId: w.projectId })).toEqual({ events: 1, lines: 2 });
});

it("refuses revenue without an agreed plan, with an unapproved plan, and with bad amounts, writing nothing", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  const [a, b] = w.members;
  const before = await countRevenue(t.url, w.secretariat.token, { projectId: w.projectId });
  expect(before).toEqual({ events: 0, lines: 0 });

  const noPlan = failure(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "10.00", "np")));
  expect(noPlan.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "projectId" });

  const draft = ok(
    await createBenefitPlan(t.url, w.secretariat.token, {
      projectId: w.projectId,
      shares: [
        { organizationId: a.id, basisPoints: 5000 },
        { organizationId: b.id, basisPoints: 5000 },
      ],
    }),
  );
  ok(
    await gql(
      t.url,
      `mutation($input: ApproveBenefitPlanInput!) { approveBenefitPlan(input: $input) { status } }`,
      { input: { benefitPlanId: draft.createBenefitPlan.id } },
      a.admin.token,
    ),
  );
  const unapproved = failure(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "10.00", "up")));
  expect(unapproved.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "projectId" });

  ok(
    await gql(
      t.url,
      `mutation($input: ApproveBenefitPlanInput!) { approveBenefitPlan(input: $input) { status } }`,
      { input: { benefitPlanId: draft.createBenefitPlan.id } },
      b.admin.token,
    ),
  );
  const bad: [string, string][] = [
    ["1.001", "amount"], // more than two decimals
    ["abc", "amount"], // not a number
    ["1e3", "amount"], // not plain decimal notation
    ["1000000000000000.00", "amount"], // 10^15
    ["0.00", "amount"], // zero is no event
  ];
  for (const [amount, field] of bad) {
    const error = failure(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, amount, `bad-${amount}`)));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  }
  const badCurrency = failure(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "1.00", "cur", { currency: "yuan" })));
  expect(badCurrency.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currency" });
  const both = failure(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "1.00", "both", { ipAssetId: w.projectId })));
  expect(both.extensions?.code).toBe("BAD_USER_INPUT");
  expect(await countRevenue(t.url, w.secretariat.token, { projectId: w.projectId })).toEqual(before);
  ok(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, "999999999999999.99", "max")));
  expect(await countRevenue(t.url, w.secretariat.token, { projectId: w.projectId })).toEqual({ events: 1, lines: 2 });
});

it("lets only the secretariat or the lead's ORG_ADMIN record revenue; invisible projects are NOT_FOUND", async () => {
  const w = await projectWithPlan(t.url, t.admin, [5000, 5000]);
  const [a, b] = w.members;
  const engineer = await createUser(t.url, a.admin.token, a.id);
  expect(failure(await recordRevenue(t.url, b.admin.token, royalty(w.projectId, "1.00", "p1"))).extensions?.code).toBe("FORBIDDEN");
  expect(failure(await recordRevenue(t.url, engineer.token, royalty(w.projectId, "1.00", "p2"))).extensions?.code).toBe("FORBIDDEN");
  const analyst = await analystOf(t.url, t.admin, w);
  expect(failure(await recordRevenue(t.url, analyst.token, royalty(w.projectId, "1.00", "p3"))).extensions?.code).toBe("FORBIDDEN");
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  expect(failure(await recordRevenue(t.url, outsider.admin.token, royalty(w.projectId, "1.00", "p4"))).extensions).toMatchObject({
    code: "NOT_FOUND",
    field: "projectId",
  });
  expect(await countRevenue(t.url, w.secretariat.token, { projectId: w.projectId })).toEqual({ events: 0, lines: 0 });
  ok(await recordRevenue(t.url, a.admin.token, royalty(w.projectId, "1.00", "p5")));
});
