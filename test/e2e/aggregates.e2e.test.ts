import { failure, gql, ok } from "../support/client";
import { applyForMembership, createOrgWithAdmin, type TestOrg } from "../support/factories";
import { analystOf, projectWithPlan, projectWorld, type ProjectWorld, recordRevenue } from "../support/funds-factories";
import { createProject } from "../support/project-factories";
import { registerIpAsset } from "../support/ip-factories";
import { groupsBy, listAll, quarterOf, totalsBy } from "../support/analytics-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const royalty = (projectId: string, amount: string, receivedOn: string, key: string) => ({
  projectId,
  kind: "LICENSE_ROYALTY",
  amount,
  receivedOn,
  idempotencyKey: key,
});

/** A project world with a 50/30/20 plan and royalties spread over 2025 and 2026. */
async function revenueWorld(): Promise<ProjectWorld & { analystToken: string }> {
  const w = await projectWithPlan(t.url, t.admin, [5000, 3000, 2000]);
  const events: [string, string][] = [
    ["1000.01", "2025-12-31"],
    ["333.33", "2026-01-01"],
    ["0.07", "2026-03-31"],
    ["12345.67", "2026-04-15"],
    ["-100.00", "2026-11-30"],
    ["999.99", "2027-01-01"],
  ];
  for (const [i, [amount, day]] of events.entries()) {
    ok(await recordRevenue(t.url, w.secretariat.token, royalty(w.projectId, amount, day, `agg-${i}`)));
  }
  const analyst = await analystOf(t.url, t.admin, w);
  return { ...w, analystToken: analyst.token };
}

const DISTRIBUTIONS_PER_TYPE_AND_QUARTER = `query($filter: DistributionFilter) {
  distributionsAggregate(filter: $filter, groupBy: [ORGANIZATION_TYPE, QUARTER]) {
    key { organizationType period periodStart currency } count
    sum { amount basisPoints } avg { amount } min { amount } max { amount }
  }
}`;

const LINE_FIELDS = "amount receivedOn currency organization { id type }";
const lines = { field: "distributions", filterType: "DistributionFilter", nodeFields: LINE_FIELDS };

describe("distributionsAggregate", () => {
  it("answers revenue distributed per member type per quarter in 2026 in one query, equal to the listed lines", async () => {
    const w = await revenueWorld();
    const filter = { allianceId: { eq: w.allianceId }, receivedOn: { gte: "2026-01-01", lte: "2026-12-31" } };
    const groups = ok(await gql(t.url, DISTRIBUTIONS_PER_TYPE_AND_QUARTER, { filter }, w.analystToken)).distributionsAggregate;
    const listed = await listAll<any>(t.url, w.analystToken, lines, filter);
    expect(listed).toHaveLength(4 * 3);
    const expected = totalsBy(
      listed,
      (l) => `${l.organization.type}|${quarterOf(l.receivedOn)}`,
      (l) => l.amount,
    );
    expect(groupsBy(groups, (k) => `${k.organizationType}|${k.period}`, "amount")).toEqual(expected);
    // Exact: the first quarter's enterprise lines (host 50% + third member 20%) of 333.33 and 0.07.
    const q1Enterprise = groups.find((g: any) => g.key.organizationType === "ENTERPRISE" && g.key.period === "2026-Q1");
    expect(q1Enterprise.key).toEqual({ organizationType: "ENTERPRISE", period: "2026-Q1", periodStart: "2026-01-01", currency: "CNY" });
    expect(q1Enterprise.count).toBe(4);
    expect(q1Enterprise.sum).toEqual({ amount: "233.38", basisPoints: "14000.00" });
    expect(q1Enterprise.min.amount).toBe("0.01");
    expect(q1Enterprise.max.amount).toBe("166.66");
    expect(q1Enterprise.avg.amount).toBe("58.35");
  });

  it("without groupBy gives one group with the totals; each member's own totals leave out the others' lines", async () => {
    const w = await revenueWorld();
    const filter = { allianceId: { eq: w.allianceId } };
    const TOTAL = `query($filter: DistributionFilter) { distributionsAggregate(filter: $filter) { key { organizationId currency } count sum { amount } } }`;
    const all = ok(await gql(t.url, TOTAL, { filter }, w.analystToken)).distributionsAggregate;
    expect(all).toEqual([{ key: { organizationId: null, currency: "CNY" }, count: 18, sum: { amount: "14579.07" } }]);
    for (const member of w.members) {
      const own = ok(await gql(t.url, TOTAL, { filter }, member.admin.token)).distributionsAggregate;
      const listed = await listAll<any>(t.url, member.admin.token, lines, filter);
      expect(listed.every((l) => l.organization.id === member.id)).toBe(true);
      expect(own).toEqual([
        {
          key: { organizationId: null, currency: "CNY" },
          count: 6,
          sum: {
            amount: totalsBy(
              listed,
              () => "all",
              (l) => l.amount,
            ).get("all")!.sum,
          },
        },
      ]);
    }
    const byOrganization = ok(
      await gql(
        t.url,
        `query($filter: DistributionFilter) { distributionsAggregate(filter: $filter, groupBy: [ORGANIZATION]) { key { organizationId organization { id } } count } }`,
        { filter },
        w.members[1].admin.token,
      ),
    ).distributionsAggregate;
    expect(byOrganization).toEqual([{ key: { organizationId: w.members[1].id, organization: { id: w.members[1].id } }, count: 6 }]);
  });

  it("refuses two time buckets at once and dimensions of another collection", async () => {
    const w = await revenueWorld();
    const two = failure(await gql(t.url, `{ distributionsAggregate(groupBy: [YEAR, MONTH]) { count } }`, {}, w.analystToken));
    expect(two.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "groupBy" });
    const other = failure(await gql(t.url, `{ distributionsAggregate(groupBy: [STATUS]) { count } }`, {}, w.analystToken));
    expect(other.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("projectsAggregate", () => {
  it("groups projects by status and lead organization type, budgets equal to the listed projects, hiding projects the caller may not see", async () => {
    const w = await projectWorld(t.url, t.admin, 3);
    const [a, b, c] = w.members;
    await createProject(t.url, b.admin.token, w.allianceId, { budget: "1000.50", startDate: "2026-02-01" });
    await createProject(t.url, b.admin.token, w.allianceId, { budget: "2000.25", startDate: "2026-05-01", visibility: "ALLIANCE" });
    await createProject(t.url, c.admin.token, w.allianceId, { startDate: "2025-07-01" });
    await createProject(t.url, a.admin.token, w.allianceId, { budget: "0.01" });
    const analyst = await analystOf(t.url, t.admin, w);
    const filter = { allianceId: { eq: w.allianceId } };
    const QUERY = `query($filter: ProjectFilter) {
      projectsAggregate(filter: $filter, groupBy: [STATUS, LEAD_ORGANIZATION_TYPE, LEAD_ORGANIZATION]) {
        key { status leadOrganizationType leadOrganizationId leadOrganization { id type } currency } count sum { budget }
      }
    }`;
    const projects = {
      field: "projects",
      filterType: "ProjectFilter",
      nodeFields: "id status budget participants { role organization { id type } }",
    };
    const lead = (p: any) => p.participants.find((x: any) => x.role === "LEAD").organization;
    for (const token of [analyst.token, a.admin.token, c.admin.token]) {
      const groups = ok(await gql(t.url, QUERY, { filter }, token)).projectsAggregate;
      const listed = await listAll<any>(t.url, token, projects, filter);
      const expected = totalsBy(
        listed,
        (p) => `${p.status}|${lead(p).type}|${lead(p).id}`,
        (p) => p.budget,
      );
      expect(groupsBy(groups, (k) => `${k.status}|${k.leadOrganizationType}|${k.leadOrganizationId}`, "budget")).toEqual(expected);
      for (const g of groups) expect(g.key.leadOrganization.id).toBe(g.key.leadOrganizationId);
    }
    // The participants-only project of b is invisible to c's users, and so missing from c's counts.
    const cTotal = ok(
      await gql(t.url, `query($filter: ProjectFilter) { projectsAggregate(filter: $filter) { count } }`, { filter }, c.admin.token),
    );
    const analystTotal = ok(
      await gql(t.url, `query($filter: ProjectFilter) { projectsAggregate(filter: $filter) { count } }`, { filter }, analyst.token),
    );
    expect(analystTotal.projectsAggregate[0].count).toBe(5);
    expect(cTotal.projectsAggregate[0].count).toBe(3);
  });

  it("buckets by year of the start date and leaves projects without a date in a null period", async () => {
    const w = await projectWorld(t.url, t.admin, 2);
    const analyst = await analystOf(t.url, t.admin, w);
    await createProject(t.url, w.members[1].admin.token, w.allianceId, { startDate: "2026-12-31", budget: "10.00" });
    await createProject(t.url, w.members[1].admin.token, w.allianceId, { startDate: "2026-01-01", budget: "5.55" });
    const groups = ok(
      await gql(
        t.url,
        `query($f: ProjectFilter) { projectsAggregate(filter: $f, groupBy: [YEAR]) { key { period periodStart } count sum { budget } } }`,
        { f: { allianceId: { eq: w.allianceId } } },
        analyst.token,
      ),
    ).projectsAggregate;
    expect(groups).toEqual([
      { key: { period: "2026", periodStart: "2026-01-01" }, count: 2, sum: { budget: "15.55" } },
      { key: { period: null, periodStart: null }, count: 1, sum: { budget: null } },
    ]);
  });
});

describe("ipAssetsAggregate", () => {
  it("answers patents granted per year from government-funded projects; trade secrets count only for owners and the secretariat", async () => {
    const w = await projectWorld(t.url, t.admin, 3);
    const analyst = await analystOf(t.url, t.admin, w);
    const world = { ...w, analyst };
    // Owned by a member other than the analyst's own organization (members[0]).
    const a = w.members[2];
    const owners = [{ organizationId: a.id, basisPoints: 10000 }];
    const granted = (grantedOn: string, extra: Record<string, unknown> = {}) =>
      registerIpAsset(t.url, world, { status: "GRANTED", grantedOn, governmentFunded: true, owners, ...extra });
    await granted("2025-06-01");
    await granted("2026-02-01");
    await granted("2026-09-30", { kind: "UTILITY_MODEL" });
    await granted("2026-03-01", { governmentFunded: false });
    await granted("2026-04-01", { kind: "TRADE_SECRET" });
    await granted("2026-05-01", { kind: "SOFTWARE_COPYRIGHT" });
    const filter = {
      allianceId: { eq: w.allianceId },
      kind: { in: ["INVENTION_PATENT", "UTILITY_MODEL", "DESIGN_PATENT", "TRADE_SECRET"] },
      governmentFunded: { eq: true },
      grantedOn: { isNull: false },
    };
    const QUERY = `query($filter: IpAssetFilter) { ipAssetsAggregate(filter: $filter, groupBy: [YEAR]) { key { period } count } }`;
    const assets = { field: "ipAssets", filterType: "IpAssetFilter", nodeFields: "id grantedOn kind" };
    const expectations: [string, Record<string, number>][] = [
      [analyst.token, { "2025": 1, "2026": 2 }],
      [w.secretariat.token, { "2025": 1, "2026": 3 }],
      [a.admin.token, { "2025": 1, "2026": 3 }],
      [w.members[1].admin.token, { "2025": 1, "2026": 2 }],
    ];
    for (const [token, perYear] of expectations) {
      const groups = ok(await gql(t.url, QUERY, { filter }, token)).ipAssetsAggregate;
      expect(Object.fromEntries(groups.map((g: any) => [g.key.period, g.count]))).toEqual(perYear);
      const listed = await listAll<any>(t.url, token, assets, filter);
      const expected = totalsBy(listed, (x) => x.grantedOn.slice(0, 4));
      expect(groupsBy(groups, (k) => k.period)).toEqual(expected);
    }
  });
});

describe("membershipsAggregate", () => {
  it("counts members per organization type and status, equal to the alliance's member list", async () => {
    const w = await projectWorld(t.url, t.admin, 4);
    const analyst = await analystOf(t.url, t.admin, w);
    const applicant: TestOrg = await createOrgWithAdmin(t.url, t.admin, { type: "RESEARCH_INSTITUTE" });
    ok(await applyForMembership(t.url, applicant.admin.token, w.allianceId, applicant.id));
    const filter = { allianceId: { eq: w.allianceId } };
    const groups = ok(
      await gql(
        t.url,
        `query($f: MembershipFilter) { membershipsAggregate(filter: $f, groupBy: [ORGANIZATION_TYPE, STATUS]) { key { organizationType status } count } }`,
        { f: filter },
        analyst.token,
      ),
    ).membershipsAggregate;
    const members = ok(
      await gql(
        t.url,
        `query($id: ID!) { alliance(id: $id) { members(first: 100) { edges { node { status organization { type } } } } } }`,
        { id: w.allianceId },
        analyst.token,
      ),
    ).alliance.members.edges.map((e: any) => e.node);
    expect(groupsBy(groups, (k) => `${k.organizationType}|${k.status}`)).toEqual(
      totalsBy(members, (m: any) => `${m.organization.type}|${m.status}`),
    );
    expect(groups).toContainEqual({ key: { organizationType: "RESEARCH_INSTITUTE", status: "APPLIED" }, count: 1 });
    // The applicant's own users see only its own membership in this alliance.
    const own = ok(
      await gql(t.url, `query($f: MembershipFilter) { membershipsAggregate(filter: $f) { count } }`, { f: filter }, applicant.admin.token),
    );
    expect(own.membershipsAggregate).toEqual([{ count: 1 }]);
  });
});
