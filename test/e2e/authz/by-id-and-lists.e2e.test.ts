/**
 * Every visibility rule answers the same by id as in lists (DESIGN.md §3: "Reading an id you may
 * not see answers NOT_FOUND, exactly as for an id that does not exist"). For each kind of row, over
 * a world where every viewer sees some rows and not others, the ids a viewer's list shows are
 * exactly the ids that `node(id)` (and the type's own by-id field) answers, the list's totalCount
 * counts exactly those, and every other id answers NOT_FOUND.
 */
import { startTestApp, type TestApp } from "../../support/app";
import { gql, ok, type GraphQLResponse } from "../../support/client";
import { buildAuthzWorld, must, type AuthzWorld } from "../../support/authz-world";
import { applyForMembership, createOrgWithAdmin, uniq, type TestOrg } from "../../support/factories";
import { agreedPlan, recordRevenue } from "../../support/funds-factories";
import { createAgreementRaw, proposeIpOwnershipChange } from "../../support/ip-factories";
import { createMilestone, proposeTalentExchange } from "../../support/project-factories";

let t: TestApp;
let w: AuthzWorld;
let applicant: TestOrg;
let outsider: TestOrg;
/** The applicant's admission put to the council: its ORG_ADMIN sees it, though not the council. */
let admissionMotionId: string;
/** Organizations whose memberships and users are listed. */
let organizationIds: string[];
/** Readable names of the world's ids, for failure messages. */
const names = new Map<string, string>();

beforeAll(async () => {
  // Each viewer asks about every row of the world in one operation.
  t = await startTestApp({
    MAX_ALIASES: "1000",
    MAX_TOKENS: "100000",
    MAX_COST: "10000000",
    COST_BUDGET_PER_MINUTE: "1000000000",
    BODY_LIMIT_BYTES: "5000000",
  });
  w = await buildAuthzWorld(t.url);

  // An organization that applied and was not admitted yet; one that never applied.
  applicant = await createOrgWithAdmin(t.url, w.admin);
  const application = ok(await applyForMembership(t.url, applicant.admin.token, w.allianceId, applicant.id)).applyForMembership.id;
  admissionMotionId = must(
    await gql(
      t.url,
      `mutation($i: ProposeMotionInput!) { proposeMotion(input: $i) { id } }`,
      {
        i: {
          bodyId: w.councilId,
          kind: "ADMIT_MEMBER",
          title: "Admit the applicant",
          text: "Resolved: admitted.",
          subjectId: application,
          closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        },
      },
      w.users.secretariat.token,
    ),
  ).proposeMotion.id;
  outsider = await createOrgWithAdmin(t.url, w.admin);

  // More of each kind: a project agreement, an exchange with the non-participant, a milestone of
  // the alliance-visible project, and benefit sharing on the trade secret (hidden from analysts).
  const secretariat = w.users.secretariat.token;
  const projectAgreement = {
    allianceId: w.allianceId,
    kind: "PROJECT",
    projectId: w.privateProjectId,
    title: "Cell chemistry",
    text: "A and B share the work.",
  };
  ok(await createAgreementRaw(t.url, secretariat, projectAgreement));
  const toC = { allianceId: w.allianceId, fromOrganizationId: w.a.id, toOrganizationId: w.c.id, personId: w.a.admin.id };
  must(await proposeTalentExchange(t.url, w.a.admin.token, toC));
  await createMilestone(t.url, w.a.admin.token, w.allianceProjectId);
  await agreedPlan(t.url, w.a.admin.token, { ipAssetId: w.tradeSecretId }, [[w.a, 10000]]);
  const royalty = {
    ipAssetId: w.tradeSecretId,
    kind: "LICENSE_ROYALTY",
    amount: "500.00",
    receivedOn: "2026-04-01",
    idempotencyKey: uniq("rev"),
  };
  must(await recordRevenue(t.url, secretariat, royalty));
  // A pending change of the trade secret's owners: C, a proposed owner, sees it (not the asset).
  const toShare = [
    { organizationId: w.a.id, basisPoints: 5000 },
    { organizationId: w.c.id, basisPoints: 5000 },
  ];
  must(await proposeIpOwnershipChange(t.url, w.a.admin.token, w.tradeSecretId, toShare));

  const analystOrg = must(await gql(t.url, `{ me { organization { id } } }`, {}, w.users.analyst.token)).me.organization.id;
  organizationIds = [w.a.id, w.b.id, w.c.id, w.otherOrg.id, analystOrg, applicant.id, outsider.id, w.outsider.id];
  const named: Record<string, string> = {
    privateProject: w.privateProjectId,
    allianceProject: w.allianceProjectId,
    otherProject: w.otherProjectId,
    task: w.taskId,
    milestone: w.milestoneId,
    patent: w.ipAssetId,
    tradeSecret: w.tradeSecretId,
    licenseToC: w.licenseToCId,
    licenseToOutsider: w.licenseToOutsiderId,
    plan: w.planId,
    pendingPlan: w.pendingPlanId,
    ownershipChange: w.ownershipChangeId,
    revenue: w.revenueEventId,
    expense: w.expenseId,
    facility: w.facilityId,
    booking: w.bookingId,
    exchange: w.exchangeId,
    allianceAgreement: w.agreementId,
    membershipB: w.membershipBId,
    councilMotion: w.motionId,
    admissionMotion: admissionMotionId,
    alliance: w.allianceId,
    otherAlliance: w.otherAllianceId,
  };
  for (const [name, id] of Object.entries(named)) names.set(id, name);
}, 180_000);
afterAll(() => t.stop());

type Viewer = { name: string; token: () => string };

const viewers: Viewer[] = [
  { name: "platform admin", token: () => w.admin },
  { name: "secretariat", token: () => w.users.secretariat.token },
  { name: "analyst", token: () => w.users.analyst.token },
  { name: "government supervisor", token: () => w.users.supervisor.token },
  { name: "lead ORG_ADMIN (A)", token: () => w.a.admin.token },
  { name: "participant ORG_ADMIN (B)", token: () => w.b.admin.token },
  { name: "participant MEMBER (B)", token: () => w.users.member.token },
  { name: "non-participant ORG_ADMIN (C)", token: () => w.c.admin.token },
  { name: "non-participant MEMBER (C)", token: () => w.users.legalRep.token },
  { name: "applicant ORG_ADMIN", token: () => applicant.admin.token },
  { name: "outsider ORG_ADMIN", token: () => outsider.admin.token },
  { name: "other alliance's ORG_ADMIN", token: () => w.users.otherAlliance.token },
];

/** What a viewer's list shows: ids, and the total the connection(s) report (null: a plain list). */
interface Listed {
  ids: string[];
  total: number | null;
}

interface Collection {
  name: string;
  list(token: string): Promise<Listed>;
  /** The type's own by-id root field, asked besides `node(id)`. */
  root?: string;
  /** Ids that must be among the rows (the admin's list), so the world is the one described. */
  known?: () => string[];
}

type Connection = { totalCount: number; edges: { node: { id: string } }[] };
const idsOf = (c: Connection) => c.edges.map((e) => e.node.id);

/** A root connection filtered to the world, read to its end. */
function connection(field: string, filterType: string, filter: () => object): Collection["list"] {
  return async (token) => {
    const ids: string[] = [];
    let total: number;
    let after: string | null = null;
    do {
      const page: Connection & { pageInfo: { hasNextPage: boolean; endCursor: string | null } } = must(
        await gql(
          t.url,
          `query($f: ${filterType}, $after: String) {
             ${field}(first: 100, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
           }`,
          { f: filter(), after },
          token,
        ),
      )[field];
      ids.push(...idsOf(page));
      total = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { ids, total };
  };
}

/** A connection field of each of `parents` (fetched by `root`); a parent the viewer may not see lists nothing. */
function perParent(root: string, field: string, parents: () => string[]): Collection["list"] {
  return async (token) => {
    const ids: string[] = [];
    let total = 0;
    for (const id of parents()) {
      const response = await gql(
        t.url,
        `query($id: ID!) { ${root}(id: $id) { ${field}(first: 100) { totalCount edges { node { id } } } } }`,
        { id },
        token,
      );
      if (response.errors?.[0]?.extensions?.code === "NOT_FOUND") continue;
      const page: Connection = must(response)[root][field];
      ids.push(...idsOf(page));
      total += page.totalCount;
    }
    return { ids, total };
  };
}

/** Ids found under a plain list field of each node of a root connection (`selection` picks them). */
function nested(
  field: string,
  filterType: string,
  filter: () => object,
  selection: string,
  pick: (node: any) => string[],
): Collection["list"] {
  return async (token) => {
    const data = must(
      await gql(
        t.url,
        `query($f: ${filterType}) { ${field}(first: 100, filter: $f) { edges { node { ${selection} } } } }`,
        { f: filter() },
        token,
      ),
    );
    return { ids: data[field].edges.flatMap((e: { node: unknown }) => pick(e.node)), total: null };
  };
}

const alliances = () => ({ allianceId: { in: [w.allianceId, w.otherAllianceId] } });
const projectIds = () => [w.privateProjectId, w.allianceProjectId, w.otherProjectId];

const collections: Collection[] = [
  {
    name: "alliances",
    root: "alliance",
    list: connection("alliances", "AllianceFilter", () => ({ id: { in: [w.allianceId, w.otherAllianceId] } })),
  },
  { name: "projects", root: "project", list: connection("projects", "ProjectFilter", alliances), known: projectIds },
  { name: "tasks", root: "task", list: connection("tasks", "TaskFilter", () => ({ project: alliances() })), known: () => [w.taskId] },
  {
    name: "milestones (project.milestones)",
    list: nested("projects", "ProjectFilter", alliances, "milestones { id }", (p) => p.milestones.map((m: { id: string }) => m.id)),
    known: () => [w.milestoneId],
  },
  {
    name: "expenses",
    list: connection("expenses", "ExpenseFilter", () => ({ projectId: { in: projectIds() } })),
    known: () => [w.expenseId],
  },
  { name: "talent exchanges", list: connection("talentExchanges", "TalentExchangeFilter", alliances), known: () => [w.exchangeId] },
  {
    name: "IP assets",
    root: "ipAsset",
    list: connection("ipAssets", "IpAssetFilter", alliances),
    known: () => [w.ipAssetId, w.tradeSecretId],
  },
  {
    name: "IP owners (ipAsset.owners)",
    list: nested("ipAssets", "IpAssetFilter", alliances, "owners { id }", (a) => (a.owners ?? []).map((o: { id: string }) => o.id)),
  },
  {
    name: "IP licenses (ipAsset.licenses)",
    list: nested("ipAssets", "IpAssetFilter", alliances, "licenses { id }", (a) => a.licenses.map((l: { id: string }) => l.id)),
    known: () => [w.licenseToCId, w.licenseToOutsiderId],
  },
  {
    name: "benefit plans",
    list: connection("benefitPlans", "BenefitPlanFilter", alliances),
    known: () => [w.planId, w.pendingPlanId],
  },
  {
    name: "IP ownership changes",
    list: connection("ipOwnershipChanges", "IpOwnershipChangeFilter", alliances),
    known: () => [w.ownershipChangeId],
  },

  {
    name: "benefit shares (benefitPlan.shares)",
    list: nested("benefitPlans", "BenefitPlanFilter", alliances, "shares { id }", (p) => p.shares.map((s: { id: string }) => s.id)),
  },
  { name: "revenue events", list: connection("revenueEvents", "RevenueEventFilter", alliances), known: () => [w.revenueEventId] },
  { name: "distribution lines", list: connection("distributions", "DistributionFilter", alliances) },
  {
    name: "agreements (alliance.agreements)",
    list: perParent("alliance", "agreements", () => [w.allianceId, w.otherAllianceId]),
    known: () => [w.agreementId],
  },
  {
    name: "memberships (organization.memberships)",
    list: perParent("organization", "memberships", () => organizationIds),
    known: () => [w.membershipBId],
  },
  {
    name: "users (organization.users)",
    list: perParent("organization", "users", () => organizationIds),
    known: () => [w.users.member.id, applicant.admin.id],
  },
  {
    name: "motions",
    list: connection("motions", "MotionFilter", alliances),
    known: () => [w.motionId, admissionMotionId],
  },
  { name: "audit entries", list: connection("auditEntries", "AuditEntryFilter", alliances) },
  { name: "shared facilities", list: connection("sharedFacilities", "SharedFacilityFilter", alliances), known: () => [w.facilityId] },
  {
    name: "bookings",
    list: connection("bookings", "BookingFilter", () => ({ facilityId: { in: [w.facilityId] } })),
    known: () => [w.bookingId],
  },
];

/** The answer to one field asking for `id`: "ok", or its error code. */
function answer(response: GraphQLResponse, alias: string, id: string): string {
  const value = response.data?.[alias];
  if (value) return value.id === id ? "ok" : `wrong id ${value.id}`;
  const error = response.errors?.find((e) => e.path?.[0] === alias);
  return error ? String(error.extensions?.code) : "null";
}

/**
 * Each id's answer by id for the viewer: "ok", or the error code. `node(id)` is asked for every id
 * in one operation; the type's own root field, when given, once per id (it is non-null: one
 * NOT_FOUND would null the whole operation), and must answer the same.
 */
async function answersById(token: string, ids: string[], root?: string): Promise<Map<string, string>> {
  const nodes = await gql(
    t.url,
    `query(${ids.map((_, i) => `$i${i}: ID!`).join(", ")}) { ${ids.map((_, i) => `n${i}: node(id: $i${i}) { id }`).join(" ")} }`,
    Object.fromEntries(ids.map((id, i) => [`i${i}`, id])),
    token,
  );
  const answers = new Map<string, string>();
  for (const [i, id] of ids.entries()) {
    const byNode = answer(nodes, `n${i}`, id);
    const byRoot = root ? answer(await gql(t.url, `query($id: ID!) { ${root}(id: $id) { id } }`, { id }, token), root, id) : byNode;
    answers.set(id, byNode === byRoot ? byNode : `node ${byNode}, ${root} ${byRoot}`);
  }
  return answers;
}

const label = (id: string) => names.get(id) ?? id;

describe.each(collections.map((c) => [c.name, c] as const))("%s", (_name, collection) => {
  let universe: string[];
  const seen = new Map<string, number>();

  beforeAll(async () => {
    universe = [...new Set((await collection.list(w.admin)).ids)];
  });

  it("holds rows of the world described", () => {
    expect(universe.length).toBeGreaterThan(0);
    for (const id of collection.known?.() ?? []) expect(universe).toContain(id);
  });

  it.each(viewers.map((v) => [v.name, v] as const))("%s: by id exactly what the list shows", async (_viewer, viewer) => {
    const token = viewer.token();
    const listed = await collection.list(token);
    const shown = new Set(listed.ids);
    expect(listed.ids.filter((id) => !universe.includes(id)).map(label)).toEqual([]);
    expect(listed.ids.length).toBe(shown.size);
    if (listed.total !== null) expect(listed.total).toBe(shown.size);

    const answers = await answersById(token, universe, collection.root);
    const actual = universe.map((id) => `${label(id)}: ${answers.get(id)}`);
    const expected = universe.map((id) => `${label(id)}: ${shown.has(id) ? "ok" : "NOT_FOUND"}`);
    expect(actual).toEqual(expected);
    seen.set(viewer.name, shown.size);
  });

  it("is a rule that tells viewers apart: some see every row, some only part of them", () => {
    expect(seen.size).toBe(viewers.length);
    expect(seen.get("platform admin")).toBe(universe.length);
    expect([...seen.values()].some((n) => n < universe.length)).toBe(true);
  });
});
