/**
 * Every filter operator on every kind of field, over HTTP against real rows: each filtered list
 * must be exactly the rows of the unfiltered list that satisfy the condition. And keyset cursors
 * stay stable when many rows tie on the sort keys, even while rows are inserted between pages.
 */
import { failure, gql, ok } from "../support/client";
import { createOrganization, uniq } from "../support/factories";
import { agreedPlan, analystOf, projectWithPlan, projectWorld, recordRevenue } from "../support/funds-factories";
import { createWorld, registerIpAsset } from "../support/ip-factories";
import { listAll } from "../support/analytics-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

type Row = Record<string, any>;
type Case = [name: string, filter: Record<string, unknown>, expected: (row: Row) => boolean];

/** Each case's filtered ids equal the ids of the rows the predicate keeps, in the same order. */
async function checkCases(
  token: string,
  query: { field: string; filterType: string; nodeFields: string },
  scope: Record<string, unknown>,
  cases: Case[],
) {
  const all = await listAll<Row>(t.url, token, query, scope);
  expect(all.length).toBeGreaterThan(2);
  for (const [name, filter, keep] of cases) {
    const filtered = await listAll<Row>(t.url, token, query, { and: [scope, filter] });
    const expected = all.filter(keep).map((r) => r.id);
    expect({ name, ids: filtered.map((r) => r.id) }).toEqual({ name, ids: expected });
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const dec = (s: string) => Number(s);

describe("every operator on every field type", () => {
  it("decimal, date, datetime, id, enum and relation fields of distribution lines", async () => {
    const w = await projectWithPlan(t.url, t.admin, [5000, 3000, 2000]);
    const [a, b, c] = w.members;
    const events: [string, string, string][] = [
      ["100.00", "2026-01-10", "LICENSE_ROYALTY"],
      ["55.55", "2026-02-20", "TRANSFER_FEE"],
      ["-10.00", "2026-02-20", "PRODUCT_SALES"],
      ["1000.01", "2026-07-01", "LICENSE_ROYALTY"],
    ];
    for (const [i, [amount, receivedOn, kind]] of events.entries()) {
      ok(await recordRevenue(t.url, w.secretariat.token, { projectId: w.projectId, kind, amount, receivedOn, idempotencyKey: `f-${i}` }));
    }
    const analyst = await analystOf(t.url, t.admin, w);
    const query = {
      field: "distributions",
      filterType: "DistributionFilter",
      nodeFields: "id amount receivedOn createdAt organization { id type } revenueEvent { kind }",
    };
    const all = await listAll<Row>(t.url, analyst.token, query, { allianceId: { eq: w.allianceId } });
    const midCreated = all[5].createdAt as string;
    const cases: Case[] = [
      ["decimal eq", { amount: { eq: "50.00" } }, (r) => dec(r.amount) === 50],
      ["decimal ne", { amount: { ne: "50.00" } }, (r) => dec(r.amount) !== 50],
      ["decimal gt", { amount: { gt: "16.66" } }, (r) => dec(r.amount) > 16.66],
      ["decimal gte", { amount: { gte: "16.66" } }, (r) => dec(r.amount) >= 16.66],
      ["decimal lt", { amount: { lt: "0" } }, (r) => dec(r.amount) < 0],
      ["decimal lte", { amount: { lte: "11.11" } }, (r) => dec(r.amount) <= 11.11],
      ["decimal isNull", { amount: { isNull: false } }, () => true],
      ["date eq", { receivedOn: { eq: "2026-02-20" } }, (r) => r.receivedOn === "2026-02-20"],
      ["date ne", { receivedOn: { ne: "2026-02-20" } }, (r) => r.receivedOn !== "2026-02-20"],
      ["date gt", { receivedOn: { gt: "2026-02-20" } }, (r) => r.receivedOn > "2026-02-20"],
      ["date gte", { receivedOn: { gte: "2026-02-20" } }, (r) => r.receivedOn >= "2026-02-20"],
      ["date lt", { receivedOn: { lt: "2026-02-20" } }, (r) => r.receivedOn < "2026-02-20"],
      ["date lte", { receivedOn: { lte: "2026-02-20" } }, (r) => r.receivedOn <= "2026-02-20"],
      ["date isNull", { receivedOn: { isNull: true } }, () => false],
      ["datetime eq", { createdAt: { eq: midCreated } }, (r) => r.createdAt === midCreated],
      ["datetime ne", { createdAt: { ne: midCreated } }, (r) => r.createdAt !== midCreated],
      ["datetime gt", { createdAt: { gt: midCreated } }, (r) => cmp(r.createdAt, midCreated) > 0],
      ["datetime gte", { createdAt: { gte: midCreated } }, (r) => cmp(r.createdAt, midCreated) >= 0],
      ["datetime lt", { createdAt: { lt: midCreated } }, (r) => cmp(r.createdAt, midCreated) < 0],
      ["datetime lte", { createdAt: { lte: midCreated } }, (r) => cmp(r.createdAt, midCreated) <= 0],
      ["datetime isNull", { createdAt: { isNull: false } }, () => true],
      ["id eq", { organizationId: { eq: b.id } }, (r) => r.organization.id === b.id],
      ["id ne", { organizationId: { ne: b.id } }, (r) => r.organization.id !== b.id],
      ["id in", { organizationId: { in: [a.id, c.id] } }, (r) => [a.id, c.id].includes(r.organization.id)],
      ["id in (empty)", { organizationId: { in: [] } }, () => false],
      ["id isNull", { ipAssetId: { isNull: true } }, () => true],
      ["enum eq", { kind: { eq: "LICENSE_ROYALTY" } }, (r) => r.revenueEvent.kind === "LICENSE_ROYALTY"],
      ["enum ne", { kind: { ne: "LICENSE_ROYALTY" } }, (r) => r.revenueEvent.kind !== "LICENSE_ROYALTY"],
      [
        "enum in",
        { kind: { in: ["TRANSFER_FEE", "PRODUCT_SALES"] } },
        (r) => ["TRANSFER_FEE", "PRODUCT_SALES"].includes(r.revenueEvent.kind),
      ],
      ["enum isNull", { kind: { isNull: false } }, () => true],
      ["relation", { organization: { type: { eq: "UNIVERSITY" } } }, (r) => r.organization.type === "UNIVERSITY"],
      ["relation not", { not: { organization: { type: { eq: "UNIVERSITY" } } } }, (r) => r.organization.type !== "UNIVERSITY"],
      [
        "and / or / not",
        { or: [{ and: [{ amount: { gt: "100" } }, { receivedOn: { gte: "2026-07-01" } }] }, { not: { amount: { gte: "0" } } }] },
        (r) => (dec(r.amount) > 100 && r.receivedOn >= "2026-07-01") || dec(r.amount) < 0,
      ],
    ];
    await checkCases(analyst.token, query, { allianceId: { eq: w.allianceId } }, cases);
  });

  it("string, boolean and nullable fields of organizations and IP assets, null rows kept by ne", async () => {
    const prefix = uniq("Flt");
    const names = [`${prefix} Alpha 电池`, `${prefix} beta_50%`, `${prefix} Gamma`];
    for (const [i, name] of names.entries()) await createOrganization(t.url, t.admin, { name, industryBackbone: i === 0 });
    const orgs = { field: "organizations", filterType: "OrganizationFilter", nodeFields: "id name industryBackbone region" };
    await checkCases(t.admin, orgs, { name: { contains: prefix } }, [
      ["string eq", { name: { eq: names[1] } }, (r) => r.name === names[1]],
      ["string ne", { name: { ne: names[1] } }, (r) => r.name !== names[1]],
      ["string in", { name: { in: [names[0], names[2]] } }, (r) => r.name === names[0] || r.name === names[2]],
      ["string contains, case-insensitive", { name: { contains: "ALPHA" } }, (r) => r.name.includes("Alpha")],
      ["string contains, wildcards literal", { name: { contains: "_50%" } }, (r) => r.name.includes("_50%")],
      ["string isNull", { region: { isNull: false } }, () => true],
      ["boolean eq", { industryBackbone: { eq: true } }, (r) => r.industryBackbone === true],
      ["boolean ne", { industryBackbone: { ne: true } }, (r) => r.industryBackbone === false],
      ["boolean isNull", { industryBackbone: { isNull: true } }, () => false],
    ]);

    const w = await createWorld(t.url, t.admin, 2);
    const owners = [{ organizationId: w.members[0].id, basisPoints: 10000 }];
    await registerIpAsset(t.url, w, { title: "No number", owners });
    await registerIpAsset(t.url, w, { title: "Numbered", registrationNumber: uniq("ZL"), filedOn: "2026-03-01", owners });
    await registerIpAsset(t.url, w, {
      title: "Funded",
      registrationNumber: uniq("ZL"),
      governmentFunded: true,
      filedOn: "2025-03-01",
      owners,
    });
    const assets = { field: "ipAssets", filterType: "IpAssetFilter", nodeFields: "id title registrationNumber filedOn governmentFunded" };
    await checkCases(w.analyst.token, assets, { allianceId: { eq: w.allianceId } }, [
      ["nullable string isNull", { registrationNumber: { isNull: true } }, (r) => r.registrationNumber === null],
      ["nullable string isNull false", { registrationNumber: { isNull: false } }, (r) => r.registrationNumber !== null],
      [
        "nullable string ne keeps nulls",
        { title: { ne: "Numbered" }, registrationNumber: { ne: "nothing" } },
        (r) => r.title !== "Numbered",
      ],
      ["nullable date isNull", { filedOn: { isNull: true } }, (r) => r.filedOn === null],
      ["nullable date ne keeps nulls", { filedOn: { ne: "2026-03-01" } }, (r) => r.filedOn !== "2026-03-01"],
      ["nullable date gt drops nulls", { filedOn: { gt: "2025-12-31" } }, (r) => r.filedOn !== null && r.filedOn > "2025-12-31"],
      ["boolean eq", { governmentFunded: { eq: true } }, (r) => r.governmentFunded],
      [
        "not keeps rows the inner condition cannot decide",
        { not: { filedOn: { gt: "2025-12-31" } } },
        (r) => !(r.filedOn !== null && r.filedOn > "2025-12-31"),
      ],
    ]);
  });

  it("integer fields and relation filters of benefit plans", async () => {
    const w = await projectWithPlan(t.url, t.admin, [5000, 3000, 2000]);
    const [a, b, c] = w.members;
    for (const shares of [
      [
        [a, 9000],
        [b, 1000],
      ],
      [
        [a, 2500],
        [c, 7500],
      ],
    ] as const) {
      ok(
        await gql(
          t.url,
          `mutation($input: CreateBenefitPlanInput!) { createBenefitPlan(input: $input) { id } }`,
          {
            input: { projectId: w.projectId, shares: shares.map(([org, basisPoints]) => ({ organizationId: org.id, basisPoints })) },
          },
          w.secretariat.token,
        ),
      );
    }
    const plans = {
      field: "benefitPlans",
      filterType: "BenefitPlanFilter",
      nodeFields: "id status shares { basisPoints organization { id } }",
    };
    const some = (r: Row, p: (s: { basisPoints: number; organization: { id: string } }) => boolean) => r.shares.some(p);
    await checkCases(w.secretariat.token, plans, { allianceId: { eq: w.allianceId } }, [
      ["int eq", { shares: { basisPoints: { eq: 3000 } } }, (r) => some(r, (s) => s.basisPoints === 3000)],
      ["int ne", { shares: { basisPoints: { ne: 5000 } } }, (r) => some(r, (s) => s.basisPoints !== 5000)],
      ["int in", { shares: { basisPoints: { in: [1000, 7500] } } }, (r) => some(r, (s) => [1000, 7500].includes(s.basisPoints))],
      ["int gt", { shares: { basisPoints: { gt: 7500 } } }, (r) => some(r, (s) => s.basisPoints > 7500)],
      ["int gte", { shares: { basisPoints: { gte: 7500 } } }, (r) => some(r, (s) => s.basisPoints >= 7500)],
      ["int lt", { shares: { basisPoints: { lt: 2000 } } }, (r) => some(r, (s) => s.basisPoints < 2000)],
      ["int lte", { shares: { basisPoints: { lte: 2000 } } }, (r) => some(r, (s) => s.basisPoints <= 2000)],
      [
        "relation with two conditions on one row",
        { shares: { organizationId: { eq: c.id }, basisPoints: { gt: 5000 } } },
        (r) => some(r, (s) => s.organization.id === c.id && s.basisPoints > 5000),
      ],
      ["enum on the outer row", { status: { eq: "DRAFT" } }, (r) => r.status === "DRAFT"],
    ]);
  });

  it("names the offending field when a filter value is invalid", async () => {
    const w = await createWorld(t.url, t.admin, 2);
    const wrongType = failure(
      await gql(
        t.url,
        `query($f: DistributionFilter) { distributions(filter: $f) { totalCount } }`,
        { f: { or: [{ organizationId: { eq: w.allianceId } }] } },
        w.analyst.token,
      ),
    );
    expect(wrongType.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.or[0].organizationId.eq" });
    const tooMany = failure(
      await gql(
        t.url,
        `query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }`,
        { f: { name: { in: Array.from({ length: 101 }, (_, i) => `n${i}`) } } },
        t.admin,
      ),
    );
    expect(tooMany.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.name.in" });
  });
});

describe("keyset cursors", () => {
  it("page through rows that tie on every requested key without skipping or repeating one, while rows are inserted between pages", async () => {
    const w = await projectWorld(t.url, t.admin, 5);
    await agreedPlan(
      t.url,
      w.secretariat.token,
      { projectId: w.projectId },
      w.members.map((m) => [m, 2000] as [typeof m, number]),
    );
    for (let i = 0; i < 4; i++) {
      ok(
        await recordRevenue(t.url, w.secretariat.token, {
          projectId: w.projectId,
          kind: "LICENSE_ROYALTY",
          amount: "100.00",
          receivedOn: "2026-05-05",
          idempotencyKey: `tie-${i}`,
        }),
      );
    }
    const QUERY = `query($f: DistributionFilter, $after: String, $o: [DistributionOrder!]) {
      distributions(first: 3, after: $after, filter: $f, orderBy: $o) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id amount currency receivedOn } } }
    }`;
    const filter = { projectId: { eq: w.projectId } };
    for (const orderBy of [
      [{ field: "AMOUNT" }],
      [
        { field: "CURRENCY", direction: "ASC" },
        { field: "RECEIVED_ON", direction: "DESC" },
        { field: "AMOUNT", direction: "DESC" },
      ],
    ]) {
      const before = (
        await listAll<Row>(
          t.url,
          w.secretariat.token,
          { field: "distributions", filterType: "DistributionFilter", nodeFields: "id" },
          filter,
        )
      ).map((r) => r.id);
      const seen: string[] = [];
      let after: string | null = null;
      let page = 0;
      for (;;) {
        const data: Row = ok(await gql(t.url, QUERY, { f: filter, after, o: orderBy }, w.secretariat.token)).distributions;
        seen.push(...data.edges.map((e: Row) => e.node.id));
        if (page === 1) {
          // A new event with the same amounts lands while the client is between pages.
          ok(
            await recordRevenue(t.url, w.secretariat.token, {
              projectId: w.projectId,
              kind: "LICENSE_ROYALTY",
              amount: "100.00",
              receivedOn: "2026-05-05",
              idempotencyKey: uniq("tie"),
            }),
          );
        }
        page++;
        if (!data.pageInfo.hasNextPage) break;
        after = data.pageInfo.endCursor;
      }
      // No row repeated, every row that existed before the first page read exactly once.
      expect(new Set(seen).size).toBe(seen.length);
      expect(before.length).toBeGreaterThanOrEqual(20);
      for (const id of before) expect(seen).toContain(id);
      // Ties break on the id, in the direction of the last key: the pages read the ids in order.
      const key = (id: string) => Buffer.from(id, "base64url").toString().split(":")[1];
      const sorted = [...seen].sort((x, y) => cmp(key(x), key(y)));
      expect(seen).toEqual(orderBy.length === 1 ? sorted : sorted.reverse());
    }
  });

  it("rejects a cursor from another order", async () => {
    const w = await createWorld(t.url, t.admin, 2);
    const first = ok(
      await gql(t.url, `{ auditEntries(first: 1, orderBy: [{ field: ACTION }]) { pageInfo { endCursor } } }`, {}, w.secretariat.token),
    );
    const other = failure(
      await gql(
        t.url,
        `query($a: String) { auditEntries(first: 1, after: $a, orderBy: [{ field: ACTION }, { field: ENTITY_TYPE }]) { totalCount } }`,
        { a: first.auditEntries.pageInfo.endCursor },
        w.secretariat.token,
      ),
    );
    expect(other.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});
