import { gql, ok, failure } from "../support/client";
import { createOrgWithAdmin, createUser } from "../support/factories";
import { addFundingSource, decideExpense, projectWorld, requestExpense } from "../support/funds-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const SUMMARY = `query($id: ID!) { project(id: $id) { governmentFunded fundingSummary {
  sources { fundingSourceId kind provider government currency amount approved pending remaining }
  government { currency amount approved pending remaining }
  nonGovernment { currency amount approved pending remaining }
  total { currency amount approved pending remaining } } } }`;

const EXPENSES = `query($f: ExpenseFilter) { expenses(filter: $f) { totalCount } }`;

it("reports funding per source and per currency, government money apart, and marks the project government-funded", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  const [lead, other] = w.members;
  expect(ok(await gql(t.url, SUMMARY, { id: w.projectId }, lead.admin.token)).project.governmentFunded).toBe(false);
  const member = ok(
    await addFundingSource(t.url, lead.admin.token, {
      projectId: w.projectId,
      kind: "MEMBER_CONTRIBUTION",
      provider: "Lead Co.",
      amount: "500000.00",
    }),
  ).addFundingSource;
  const gov = ok(
    await addFundingSource(t.url, w.secretariat.token, {
      projectId: w.projectId,
      kind: "GOVERNMENT",
      provider: "MOST",
      amount: "1000000.50",
    }),
  ).addFundingSource;
  expect(gov).toMatchObject({ kind: "GOVERNMENT", amount: "1000000.50", currency: "CNY" });

  const engineer = await createUser(t.url, other.admin.token, other.id);
  const e1 = ok(
    await requestExpense(t.url, engineer.token, {
      fundingSourceId: gov.id,
      amount: "200000.25",
      category: "EQUIPMENT",
      description: "cycler",
    }),
  ).requestExpense;
  ok(await requestExpense(t.url, engineer.token, { fundingSourceId: gov.id, amount: "100.00", category: "TRAVEL" }));
  ok(await decideExpense(t.url, w.secretariat.token, e1.id, "APPROVE"));

  const project = ok(await gql(t.url, SUMMARY, { id: w.projectId }, other.admin.token)).project;
  expect(project.governmentFunded).toBe(true);
  expect(project.fundingSummary.sources).toEqual([
    {
      fundingSourceId: member.id,
      kind: "MEMBER_CONTRIBUTION",
      provider: "Lead Co.",
      government: false,
      currency: "CNY",
      amount: "500000.00",
      approved: "0.00",
      pending: "0.00",
      remaining: "500000.00",
    },
    {
      fundingSourceId: gov.id,
      kind: "GOVERNMENT",
      provider: "MOST",
      government: true,
      currency: "CNY",
      amount: "1000000.50",
      approved: "200000.25",
      pending: "100.00",
      remaining: "800000.25",
    },
  ]);
  expect(project.fundingSummary.government).toEqual([
    { currency: "CNY", amount: "1000000.50", approved: "200000.25", pending: "100.00", remaining: "800000.25" },
  ]);
  expect(project.fundingSummary.nonGovernment).toEqual([
    { currency: "CNY", amount: "500000.00", approved: "0.00", pending: "0.00", remaining: "500000.00" },
  ]);
  expect(project.fundingSummary.total).toEqual([
    { currency: "CNY", amount: "1500000.50", approved: "200000.25", pending: "100.00", remaining: "1300000.25" },
  ]);

  // Funding is visible exactly as the project: not to an outsider.
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  expect(failure(await gql(t.url, SUMMARY, { id: w.projectId }, outsider.admin.token)).extensions?.code).toBe("NOT_FOUND");
  expect(ok(await gql(t.url, EXPENSES, { f: { projectId: { eq: w.projectId } } }, outsider.admin.token)).expenses.totalCount).toBe(0);
  expect(ok(await gql(t.url, EXPENSES, { f: { projectId: { eq: w.projectId } } }, engineer.token)).expenses.totalCount).toBe(2);
  expect(failure(await gql(t.url, `query($id: ID!) { node(id: $id) { id } }`, { id: gov.id }, outsider.admin.token)).extensions?.code).toBe(
    "NOT_FOUND",
  );
});

it("refuses bad funding input and lets only the lead's ORG_ADMIN or the secretariat add sources", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  const [lead, other] = w.members;
  const add = (token: string, amount: string, extra: Record<string, unknown> = {}) =>
    addFundingSource(t.url, token, { projectId: w.projectId, kind: "BANK_LOAN", provider: "Bank", amount, ...extra });
  expect(failure(await add(other.admin.token, "1.00")).extensions?.code).toBe("FORBIDDEN");
  for (const amount of ["-1.00", "0.00", "1.001", "x", "1000000000000000.00"]) {
    expect(failure(await add(lead.admin.token, amount)).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
  }
  expect(failure(await add(lead.admin.token, "1.00", { kind: "GRANT" })).extensions?.code).toBe("BAD_USER_INPUT");
  const summary = ok(await gql(t.url, SUMMARY, { id: w.projectId }, lead.admin.token)).project.fundingSummary;
  expect(summary.sources).toEqual([]);
});

it("keeps expenses under internal supervision: no self-approval, no overspending, decided once", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  const [lead, other] = w.members;
  const source = ok(
    await addFundingSource(t.url, w.secretariat.token, { projectId: w.projectId, kind: "GOVERNMENT", provider: "MOST", amount: "1000.00" }),
  ).addFundingSource;
  // The secretariat user works for the lead organization, a participant: it may request, but never approve its own request.
  const own = ok(
    await requestExpense(t.url, w.secretariat.token, { fundingSourceId: source.id, amount: "10.00", category: "CONSUMABLES" }),
  ).requestExpense;
  expect(failure(await decideExpense(t.url, w.secretariat.token, own.id, "APPROVE")).extensions?.code).toBe("FORBIDDEN");
  const secretary2 = await createUser(t.url, t.admin, lead.id);
  await gql(
    t.url,
    `mutation($input: GrantAllianceRoleInput!) { grantAllianceRole(input: $input) { id } }`,
    { input: { allianceId: w.allianceId, userId: secretary2.id, role: "SECRETARIAT" } },
    t.admin,
  );
  expect(ok(await decideExpense(t.url, secretary2.token, own.id, "APPROVE")).decideExpense.status).toBe("APPROVED");

  const big = ok(
    await requestExpense(t.url, other.admin.token, { fundingSourceId: source.id, amount: "990.00", category: "EQUIPMENT" }),
  ).requestExpense;
  const small = ok(
    await requestExpense(t.url, other.admin.token, { fundingSourceId: source.id, amount: "500.00", category: "OTHER" }),
  ).requestExpense;
  expect(failure(await decideExpense(t.url, other.admin.token, small.id, "APPROVE")).extensions?.code).toBe("FORBIDDEN");
  ok(await decideExpense(t.url, w.secretariat.token, small.id, "APPROVE"));
  const over = failure(await decideExpense(t.url, w.secretariat.token, big.id, "APPROVE"));
  expect(over.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "expenseId" });
  const pending = ok(
    await gql(t.url, EXPENSES, { f: { fundingSourceId: { eq: source.id }, status: { eq: "PENDING" } } }, w.secretariat.token),
  );
  expect(pending.expenses.totalCount).toBe(1);
  const rejected = ok(await decideExpense(t.url, w.secretariat.token, big.id, "REJECT", "over budget")).decideExpense;
  expect(rejected).toMatchObject({ status: "REJECTED", reason: "over budget" });
  expect(failure(await decideExpense(t.url, w.secretariat.token, big.id, "APPROVE")).extensions).toMatchObject({
    code: "CONFLICT",
    field: "expenseId",
  });
  for (const amount of ["-5.00", "0.00", "5.555"]) {
    expect(
      failure(await requestExpense(t.url, other.admin.token, { fundingSourceId: source.id, amount, category: "OTHER" })).extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
  }
  // Requests beyond what remains are refused up front; outsiders and non-participants cannot request.
  expect(
    failure(await requestExpense(t.url, other.admin.token, { fundingSourceId: source.id, amount: "490.01", category: "OTHER" })).extensions,
  ).toMatchObject({ code: "BAD_USER_INPUT", field: "amount" });
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  expect(
    failure(await requestExpense(t.url, outsider.admin.token, { fundingSourceId: source.id, amount: "1.00", category: "OTHER" }))
      .extensions,
  ).toMatchObject({ code: "NOT_FOUND", field: "fundingSourceId" });
  const summary = ok(await gql(t.url, SUMMARY, { id: w.projectId }, lead.admin.token)).project.fundingSummary;
  expect(summary.sources[0]).toMatchObject({ amount: "1000.00", approved: "510.00", pending: "0.00", remaining: "490.00" });
});

it("approves exactly 5 of 20 concurrent approvals against a source that affords 5", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  const [, other] = w.members;
  const source = ok(
    await addFundingSource(t.url, w.secretariat.token, { projectId: w.projectId, kind: "GOVERNMENT", provider: "MOST", amount: "500.00" }),
  ).addFundingSource;
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    ids.push(
      ok(
        await requestExpense(t.url, other.admin.token, {
          fundingSourceId: source.id,
          amount: "100.00",
          category: "OTHER",
          description: `item ${i}`,
        }),
      ).requestExpense.id,
    );
  }
  const results = await Promise.all(ids.map((id) => decideExpense(t.url, w.secretariat.token, id, "APPROVE")));
  const approved = results.filter((r) => !r.errors && r.data?.decideExpense.status === "APPROVED");
  const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === "BAD_USER_INPUT");
  expect(approved).toHaveLength(5);
  expect(refused).toHaveLength(15);
  const count = async (status: string) =>
    ok(await gql(t.url, EXPENSES, { f: { fundingSourceId: { eq: source.id }, status: { eq: status } } }, w.secretariat.token)).expenses
      .totalCount;
  expect(await count("APPROVED")).toBe(5);
  expect(await count("PENDING")).toBe(15);
  const summary = ok(await gql(t.url, SUMMARY, { id: w.projectId }, w.secretariat.token)).project.fundingSummary;
  expect(summary.sources[0]).toMatchObject({ approved: "500.00", remaining: "0.00", pending: "1500.00" });
});
