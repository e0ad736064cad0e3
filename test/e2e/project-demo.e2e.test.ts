/** The demo data (DEMO_DATA=true) shows projects, tasks, talent exchanges and a council decision to the right people. */
import { startTestApp, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";
import { login } from "../support/factories";

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ DEMO_DATA: "true" });
}, 120_000);
afterAll(() => t.stop());

const OVERVIEW = `{
  projects(filter: { code: { contains: "PB-2026-" } }, orderBy: [{ field: CODE }]) { edges { node { code status milestones { title }
    tasks { totalCount edges { node { title status assignee { email } } } } } } }
  talentExchanges(orderBy: [{ field: START_DATE }]) { edges { node { kind status person { email } fromOrganization { name } toOrganization { name } } } }
}`;

it("seeds projects, milestones, assigned tasks and talent exchanges, each visible as the rules say", async () => {
  const secretariat = ok(await gql(t.url, OVERVIEW, {}, await login(t.url, "secretariat@lead.demo", "demo-password")));
  expect(secretariat.projects.edges.map((e: any) => [e.node.code, e.node.status])).toEqual([
    ["PB-2026-01", "ACTIVE"],
    ["PB-2026-02", "APPROVED"],
    ["PB-2026-03", "PROPOSED"],
  ]);
  const electrolyte = secretariat.projects.edges[0].node;
  expect(electrolyte.milestones).toHaveLength(2);
  expect(electrolyte.tasks.totalCount).toBe(5);
  expect(electrolyte.tasks.edges.find((e: any) => e.node.status === "IN_PROGRESS").node.assignee.email).toBe("engineer@eastuni.demo");
  expect(secretariat.talentExchanges.edges.map((e: any) => e.node.status).sort()).toEqual(["COMPLETED", "ONGOING", "PROPOSED"]);

  // A university engineer sees the project it works on and the alliance-wide ones, and its own exchange.
  const engineer = ok(await gql(t.url, OVERVIEW, {}, await login(t.url, "engineer@eastuni.demo", "demo-password")));
  expect(engineer.projects.edges.map((e: any) => e.node.code)).toEqual(["PB-2026-01", "PB-2026-02", "PB-2026-03"]);
  expect(engineer.talentExchanges.edges).toEqual([
    { node: expect.objectContaining({ kind: "JOINT_TRAINING", status: "ONGOING", person: { email: "engineer@eastuni.demo" } }) },
  ]);
  // The electronics company is not in the electrolyte project.
  const outsider = ok(await gql(t.url, OVERVIEW, {}, await login(t.url, "engineer@electronics.demo", "demo-password")));
  expect(outsider.projects.edges.map((e: any) => e.node.code)).toEqual(["PB-2026-02", "PB-2026-03"]);
});

it("seeds background and a granted access request in the pilot-line project", async () => {
  const QUERY = `{ projects(filter: { code: { eq: "PB-FUND-01" } }) { edges { node {
    background { edges { node { ipAsset { kind } declaredBy { name } } } }
    accessRequests { edges { node { status purpose requester { name } terms { royaltyRate } decisions { grant } } } } } } } }`;
  const materials = ok(await gql(t.url, QUERY, {}, await login(t.url, "admin@materials.demo", "demo-password")));
  const project = materials.projects.edges[0].node;
  expect(project.background.edges.map((e: any) => e.node.ipAsset.kind)).toEqual(["TRADE_SECRET"]);
  expect(project.accessRequests.edges).toEqual([
    {
      node: expect.objectContaining({
        status: "GRANTED",
        purpose: "EXPLOITATION",
        terms: { royaltyRate: "2.00" },
        decisions: [{ grant: true }, { grant: true }],
      }),
    },
  ]);
  // The lead enterprise does not see the materials maker's trade secret, but sees the request as an owner.
  const lead = ok(await gql(t.url, QUERY, {}, await login(t.url, "admin@lead.demo", "demo-password"))).projects.edges[0].node;
  expect(lead.background.edges).toEqual([]);
  expect(lead.accessRequests.edges).toHaveLength(1);
});

it("seeds an admission the council passed by vote, and the newcomer's accession to the agreement", async () => {
  const token = await login(t.url, "secretariat@lead.demo", "demo-password");
  const data = ok(
    await gql(
      t.url,
      `{ motions(filter: { kind: { eq: ADMIT_MEMBER } }) { edges { node { status tally { for eligible quorumMet }
           subject { ... on Membership { status organization { name } } } } } }
         alliances { edges { node { admissionBy } } } }`,
      {},
      token,
    ),
  );
  expect(data.motions.edges.map((e: any) => e.node)).toEqual([
    {
      status: "PASSED",
      tally: { for: 2, eligible: 2, quorumMet: true },
      subject: { status: "ACTIVE", organization: { name: "海川储能科技有限公司" } },
    },
  ]);
  expect(data.alliances.edges.map((e: any) => e.node.admissionBy)).toEqual(["DECISION_BODY"]);
});

it("seeds a work plan with deliverables, approved effort and categorized spending on the funded project", async () => {
  const token = await login(t.url, "admin@lead.demo", "demo-password");
  const project = ok(
    await gql(
      t.url,
      `{ projects(filter: { code: { eq: "PB-FUND-01" } }) { edges { node {
        workPackages { number deliverables { number status } }
        budgetStatus { lines { category actual } effort { approved } } } } } }`,
      {},
      token,
    ),
  ).projects.edges[0].node;
  expect(project.workPackages.map((wp: any) => wp.number)).toEqual(["WP1", "WP2"]);
  expect(project.workPackages[0].deliverables).toEqual([
    { number: "D1.1", status: "ACCEPTED" },
    { number: "D1.2", status: "PENDING" },
  ]);
  expect(project.budgetStatus.lines.filter((l: any) => l.actual !== "0.00").map((l: any) => l.category)).toEqual(
    expect.arrayContaining(["PERSONNEL", "TRAVEL", "EQUIPMENT"]),
  );
  expect(project.budgetStatus.effort.some((l: any) => l.approved !== "0.00")).toBe(true);
});

it("seeds the funded project's first half year as a submitted reporting period, the second as open", async () => {
  const token = await login(t.url, "admin@lead.demo", "demo-password");
  const project = ok(
    await gql(
      t.url,
      `{ projects(filter: { code: { eq: "PB-FUND-01" } }) { edges { node {
        reportingPeriods { edges { node { number startDate endDate status
          currentReport { version sha256 totals { direct total personMonths } } } } } } } } }`,
      {},
      token,
    ),
  ).projects.edges[0].node;
  const periods = project.reportingPeriods.edges.map((e: any) => e.node);
  expect(periods.map((p: any) => [p.number, p.startDate, p.endDate, p.status])).toEqual([
    [1, "2026-01-01", "2026-06-30", "SUBMITTED"],
    [2, "2026-07-01", "2026-12-31", "OPEN"],
  ]);
  const report = periods[0].currentReport;
  expect(report.version).toBe(1);
  expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
  // The half year's travel (8,600.00) and mill (420,000.00), and the engineer's 120 + 136.5 hours at 28,000.00 a month.
  expect(report.totals).toMatchObject({ direct: "478706.98", personMonths: "1.7895" });
  expect(periods[1].currentReport).toBeNull();
});

it("seeds a government supervisor who reads the government-funded pilot-line project's money and effort, and nothing else", async () => {
  const supervisor = await login(t.url, "supervisor@most.demo", "demo-password");
  const seen = ok(
    await gql(
      t.url,
      `{ projects(first: 100) { edges { node { code governmentFunded fundingSources { kind } budgetStatus { currency }
          tasks { totalCount } background { totalCount } } } } }`,
      {},
      supervisor,
    ),
  ).projects.edges.map((e: any) => e.node);
  expect(seen.map((p: any) => p.code)).toContain("PB-FUND-01");
  expect(seen.every((p: any) => p.governmentFunded)).toBe(true);
  const pilotLine = seen.find((p: any) => p.code === "PB-FUND-01");
  expect(pilotLine.fundingSources.map((s: any) => s.kind)).toContain("GOVERNMENT");
  expect(pilotLine).toMatchObject({ budgetStatus: { currency: "CNY" }, tasks: { totalCount: 0 }, background: { totalCount: 0 } });
  // The projects without government money are not there.
  expect(seen.map((p: any) => p.code)).not.toContain("PB-2026-02");
});
