/**
 * The demo data as a new analyst and secretariat meet it: the analysts' example questions answer
 * in one query each, and the demo alliance is ready for the pilot programme. The demo is loaded
 * into a database of its own so that other tests never see it.
 */
import { Client } from "pg";
import { startTestApp, testDatabaseUrl, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";
import { login } from "../support/factories";
import { exportCsv } from "../support/analytics-factories";

let t: TestApp;
let demoUrl: URL;

async function onServer(sql: string): Promise<void> {
  const server = new URL(testDatabaseUrl());
  server.pathname = "/postgres";
  const db = new Client({ connectionString: server.toString() });
  await db.connect();
  try {
    await db.query(sql);
  } finally {
    await db.end();
  }
}

beforeAll(async () => {
  demoUrl = new URL(testDatabaseUrl());
  demoUrl.pathname = `${demoUrl.pathname}_demo`;
  await onServer(`CREATE DATABASE "${demoUrl.pathname.slice(1)}"`);
  t = await startTestApp({ DATABASE_URL: demoUrl.toString(), DEMO_DATA: "true" });
}, 120_000);
afterAll(async () => {
  await t?.stop();
  await onServer(`DROP DATABASE IF EXISTS "${demoUrl.pathname.slice(1)}" WITH (FORCE)`);
});

const ALLIANCE = `{ alliances(first: 1) { edges { node { id name } } } }`;

it("answers the analysts' example questions in one query each, and exports the rows behind one of them", async () => {
  const analyst = await login(t.url, "analyst@institute.demo", "demo-password");
  const allianceId = ok(await gql(t.url, ALLIANCE, {}, analyst)).alliances.edges[0].node.id;

  const perTypeAndQuarter = ok(
    await gql(
      t.url,
      `query($f: DistributionFilter) { distributionsAggregate(filter: $f, groupBy: [ORGANIZATION_TYPE, QUARTER]) { key { organizationType period currency } count sum { amount } } }`,
      { f: { allianceId: { eq: allianceId }, receivedOn: { gte: "2026-01-01", lte: "2026-12-31" } } },
      analyst,
    ),
  ).distributionsAggregate;
  expect(perTypeAndQuarter.length).toBeGreaterThan(0);
  for (const group of perTypeAndQuarter) expect(group.key.period).toMatch(/^2026-Q[1-4]$/);

  const patents = ok(
    await gql(
      t.url,
      `query($f: IpAssetFilter) { ipAssetsAggregate(filter: $f, groupBy: [YEAR]) { key { period } count } }`,
      {
        f: {
          kind: { in: ["INVENTION_PATENT", "UTILITY_MODEL", "DESIGN_PATENT"] },
          governmentFunded: { eq: true },
          grantedOn: { isNull: false },
        },
      },
      analyst,
    ),
  ).ipAssetsAggregate;
  expect(patents.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBeGreaterThan(0);

  const overdueByLead = ok(
    await gql(
      t.url,
      `query($f: TaskFilter) { tasksAggregate(filter: $f, groupBy: [LEAD_ORGANIZATION]) { key { leadOrganization { name } } count } }`,
      { f: { dueDate: { lt: new Date().toISOString().slice(0, 10) }, status: { in: ["TODO", "IN_PROGRESS", "BLOCKED"] } } },
      analyst,
    ),
  ).tasksAggregate;
  for (const group of overdueByLead) expect(group.key.leadOrganization.name).toEqual(expect.any(String));

  const csv = await exportCsv(t.url, analyst, "distributions", {
    allianceId: { eq: allianceId },
    receivedOn: { gte: "2026-01-01", lte: "2026-12-31" },
  });
  expect(csv.status).toBe(200);
  const lines = (await csv.text()).split("\r\n").filter(Boolean);
  expect(lines.length - 1).toBe(perTypeAndQuarter.reduce((n: number, g: { count: number }) => n + g.count, 0));
});

it("has a demo alliance that meets every basic condition of Art. 8, so its secretariat can apply", async () => {
  const secretariat = await login(t.url, "secretariat@lead.demo", "demo-password");
  const allianceId = ok(await gql(t.url, ALLIANCE, {}, secretariat)).alliances.edges[0].node.id;
  const report = ok(
    await gql(
      t.url,
      `query($id: ID!) { pilotReadiness(allianceId: $id) { ready conditions { article met explanation } } }`,
      { id: allianceId },
      secretariat,
    ),
  ).pilotReadiness;
  expect(report.conditions.filter((c: { met: boolean }) => !c.met)).toEqual([]);
  expect(report.ready).toBe(true);
  const applied = ok(
    await gql(
      t.url,
      `mutation($input: ApplyForPilotInput!) { applyForPilot(input: $input) { status alliance { pilotStatus } } }`,
      { input: { allianceId } },
      secretariat,
    ),
  ).applyForPilot;
  expect(applied).toEqual({ status: "APPLIED", alliance: { pilotStatus: "APPLIED" } });
});

it("holds a pending benefit plan change, approved by two holders and waiting for the third (Art. 8.5)", async () => {
  const analyst = await login(t.url, "analyst@institute.demo", "demo-password");
  const drafts = ok(
    await gql(
      t.url,
      `{ benefitPlans(filter: { status: { eq: DRAFT } }) { edges { node { requiredApprovers { id } approvals { organization { id } } missingApprovers { id } } } } }`,
      {},
      analyst,
    ),
  ).benefitPlans.edges;
  expect(drafts).toHaveLength(1);
  const plan = drafts[0].node;
  expect(plan.requiredApprovers).toHaveLength(3);
  expect(plan.approvals).toHaveLength(2);
  expect(plan.missingApprovers).toHaveLength(1);
});
