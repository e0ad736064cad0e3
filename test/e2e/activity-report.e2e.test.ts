/**
 * The activity report (活跃度): a small world built through the API, each indicator computed
 * again here from what the test created, the scores recomputed from the values, the overrides of
 * ACTIVITY_SCORING applied, the readers and refusals, and the CSV export equal to the answer.
 */
import Decimal from "decimal.js";
import { parse } from "csv-parse/sync";
import { failure, gql, ok } from "../support/client";
import { createOrganization, createUser, type TestOrg } from "../support/factories";
import { admitMember, createWorld, effectiveAllianceAgreement, grantLicense, registerIpAsset, type World } from "../support/ip-factories";
import { agreedPlan, bookFacility, createFacility, recordRevenue } from "../support/funds-factories";
import {
  addParticipant,
  changeMembership,
  createProject,
  decideTalentExchange,
  proposeTalentExchange,
  setProjectStatus,
  updateTalentExchange,
} from "../support/project-factories";
import { appPerFile } from "../support/suite";
import { createDeliverable, reviewDeliverable, submitDeliverable, workPackage } from "../support/work-plan-factories";

/** Overrides under test: a revenue target, a withdrawal weight and the impact dimension's weight. */
const OVERRIDES = { dimensions: { IMPACT: { weight: 2 } }, indicators: { revenue: { target: "2000" }, membersWithdrawn: { weight: "2" } } };
const t = appPerFile({ ACTIVITY_SCORING: JSON.stringify(OVERRIDES) });

const Y = new Date().getUTCFullYear();
const day = (year: number, monthDay: string) => `${year}-${monthDay}`;
const inYear = (date: string | null | undefined) => !!date && date.slice(0, 4) === String(Y);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const DIFFUSION_DUE_DAYS = 365;

const REPORT = `query($a: ID!, $y: Int!) {
  allianceActivity(allianceId: $a, year: $y) {
    year currency score evaluatedAt alliance { id }
    dimensions { dimension label weight score
      indicators { key dimension label normalization value sourceRows target weight score } }
  }
}`;

interface Indicator {
  key: string;
  dimension: string;
  label: string;
  normalization: string;
  value: string;
  sourceRows: number;
  target: string | null;
  weight: string;
  score: string;
}

/** What the test created, as the indicators' definitions read it. */
interface Ledger {
  memberships: { admitted: string; withdrawn?: string }[];
  signatures: number;
  projects: { status: string; start: string; end: string; participants: number }[];
  assets: { kind: string; status: string; grantedOn?: string; owners: number; governmentFunded: boolean; diffusedOn?: string }[];
  licenses: { start: string; toMember: boolean }[];
  exchanges: { status: string; start: string }[];
  bookings: { start: string }[];
  motions: { status: string; decidedOn: string }[];
  deliverables: { dueOn: string; acceptedInTime: boolean }[];
  revenue: { amount: string; currency: string; receivedOn: string }[];
}

const today = () => new Date().toISOString().slice(0, 10);

async function buildWorld(): Promise<{ world: World; ledger: Ledger }> {
  const world = await createWorld(t.url, t.admin, 3);
  const [a, b, c] = world.members;
  const ledger: Ledger = {
    memberships: world.members.map(() => ({ admitted: today() })),
    signatures: 0,
    projects: [],
    assets: [],
    licenses: [],
    exchanges: [],
    bookings: [],
    motions: [],
    deliverables: [],
    revenue: [],
  };
  const sec = world.secretariat.token;

  // Organization: a fourth member admitted and withdrawn, then the agreement signed by the three others.
  const leaving = await admitMember(t.url, t.admin, world);
  await changeMembership(t.url, sec, "withdrawMembership", leaving.membershipId);
  ledger.memberships.push({ admitted: today(), withdrawn: today() });
  await effectiveAllianceAgreement(t.url, world);
  ledger.signatures = world.members.length;

  // Projects: joint and active in the year; alone; joint but years ago; joint but never started.
  const project = async (lead: TestOrg, partners: TestOrg[], start: string, end: string, status: string[]) => {
    const p = await createProject(t.url, lead.admin.token, world.allianceId, { startDate: start, endDate: end });
    for (const partner of partners) ok(await addParticipant(t.url, lead.admin.token, p.id, partner.id));
    for (const s of status) ok(await setProjectStatus(t.url, sec, p.id, s));
    ledger.projects.push({ status: status.at(-1) ?? "PROPOSED", start, end, participants: partners.length + 1 });
    return p.id;
  };
  const joint = await project(a, [b], day(Y, "02-01"), day(Y + 1, "12-31"), ["APPROVED", "ACTIVE"]);

  // Deliverables of the joint project (months count from its February start), B responsible and A
  // reviewing: due in December and accepted in time; due in November, accepted after it; due next
  // January, accepted (not due this year).
  const wp = await workPackage(t.url, a.admin.token, joint, a.id, { endMonth: 23 });
  const deliverable = async (number: string, dueMonth: number, dueOn: string, late: boolean) => {
    const input = { workPackageId: wp.id, number, dueMonth, responsibleOrganizationId: b.id };
    const d = ok(await createDeliverable(t.url, a.admin.token, input)).createDeliverable;
    const justification = late ? { delayJustification: "The test rig arrived late." } : {};
    ok(await submitDeliverable(t.url, b.admin.token, { deliverableId: d.id, ...justification }));
    ok(await reviewDeliverable(t.url, a.admin.token, { deliverableId: d.id, accept: true, comment: "Accepted." }));
    ledger.deliverables.push({ dueOn, acceptedInTime: !late });
  };
  await deliverable("D1.1", 11, day(Y, "12-31"), false);
  await deliverable("D1.2", 10, day(Y, "11-30"), today() > day(Y, "11-30"));
  await deliverable("D1.3", 12, day(Y + 1, "01-31"), false);
  await project(b, [], day(Y, "01-01"), day(Y, "12-31"), ["APPROVED", "ACTIVE"]);
  await project(a, [b, c], day(Y - 3, "01-01"), day(Y - 2, "12-31"), ["APPROVED", "ACTIVE", "COMPLETED"]);
  await project(c, [a], day(Y, "03-01"), day(Y, "09-30"), []);

  // IP: a co-owned patent granted this year, a patent granted last year, a standard issued this
  // year, and three government-funded results: diffused in time, overdue, not yet due.
  type AssetInput = { kind?: string; title?: string; status: string; grantedOn?: string; governmentFunded?: boolean };
  const asset = async (input: AssetInput, owners: TestOrg[]) => {
    const basisPoints = owners.length === 2 ? [5000, 5000] : [10000];
    const created = await registerIpAsset(t.url, world, {
      ...input,
      owners: owners.map((o, i) => ({ organizationId: o.id, basisPoints: basisPoints[i] })),
    });
    ledger.assets.push({
      kind: input.kind ?? "INVENTION_PATENT",
      status: input.status,
      grantedOn: input.grantedOn,
      owners: owners.length,
      governmentFunded: !!input.governmentFunded,
    });
    return { id: created.id as string, ledger: ledger.assets.at(-1)! };
  };
  const patent = await asset({ status: "GRANTED", grantedOn: day(Y, "03-01") }, [a, b]);
  await asset({ kind: "UTILITY_MODEL", status: "GRANTED", grantedOn: day(Y - 1, "05-01") }, [a]);
  await asset({ kind: "TECHNICAL_STANDARD", title: "Cell safety standard", status: "PUBLISHED", grantedOn: day(Y, "06-01") }, [a, c]);
  const diffused = await asset({ status: "GRANTED", grantedOn: day(Y - 1, "07-01"), governmentFunded: true }, [b]);
  await asset({ status: "GRANTED", grantedOn: day(Y - 1, "03-01"), governmentFunded: true }, [c]);
  await asset({ status: "FILED", governmentFunded: true }, [a]);
  ok(
    await gql(
      t.url,
      `mutation($input: RecordDiffusionInput!) { recordDiffusion(input: $input) { diffusionStatus } }`,
      { input: { ipAssetId: diffused.id, reference: "GB/T 1-2020", diffusedOn: day(Y, "01-15") } },
      sec,
    ),
  );
  diffused.ledger.diffusedOn = day(Y, "01-15");

  // Licenses of the patent: to a member and to an outsider this year, to an outsider last year.
  const outsider = await createOrganization(t.url, t.admin);
  const license = async (licenseeId: string, start: string, territory: string, toMember: boolean) => {
    ok(await grantLicense(t.url, sec, { ipAssetId: patent.id, licenseeId, startDate: start, territory }));
    ledger.licenses.push({ start, toMember });
  };
  await license(c.id, day(Y, "02-01"), "CN", true);
  await license(outsider.id, day(Y, "04-01"), "DE", false);
  await license(outsider.id, day(Y - 1, "04-01"), "FR", false);

  // Talent exchanges: started this year, approved only, started last year and completed.
  const engineer = await createUser(t.url, a.admin.token, a.id);
  const exchange = async (start: string, steps: string[]) => {
    const proposed = ok(
      await proposeTalentExchange(t.url, a.admin.token, {
        allianceId: world.allianceId,
        personId: engineer.id,
        fromOrganizationId: a.id,
        toOrganizationId: b.id,
        startDate: start,
      }),
    ).proposeTalentExchange;
    ok(await decideTalentExchange(t.url, b.admin.token, proposed.id, "APPROVE"));
    for (const s of steps) ok(await updateTalentExchange(t.url, a.admin.token, proposed.id, s));
    ledger.exchanges.push({ status: steps.at(-1) ?? "APPROVED", start });
  };
  await exchange(day(Y, "03-01"), ["ONGOING"]);
  await exchange(day(Y, "04-01"), []);
  await exchange(day(Y - 1, "05-01"), ["ONGOING", "COMPLETED"]);

  // Facility bookings: this year and last year.
  const facility = ok(
    await createFacility(t.url, sec, { allianceId: world.allianceId, hostOrganizationId: b.id, name: "Pilot line", location: "Ningde" }),
  ).createSharedFacility;
  for (const start of [`${day(Y, "06-01")}T08:00:00Z`, `${day(Y - 1, "06-01")}T08:00:00Z`]) {
    ok(
      await bookFacility(t.url, a.admin.token, { facilityId: facility.id, start, end: start.replace("08:00", "12:00"), purpose: "tests" }),
    );
    ledger.bookings.push({ start });
  }

  // Motions of a council of A and B: one passed by both votes, one withdrawn (not decided).
  const council = ok(
    await gql(
      t.url,
      `mutation($i: CreateGoverningBodyInput!) { createGoverningBody(input: $i) { id } }`,
      { i: { allianceId: world.allianceId, kind: "DECISION", name: "Council" } },
      sec,
    ),
  ).createGoverningBody.id;
  for (const member of [a, b]) {
    const seat = { governingBodyId: council, userId: member.admin.id, position: "Member" };
    ok(await gql(t.url, `mutation($i: AddBodySeatInput!) { addBodySeat(input: $i) { id } }`, { i: seat }, sec));
  }
  const propose = async (): Promise<string> => {
    const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const input = { bodyId: council, kind: "GENERAL", title: "Pilot line hours", text: "Resolved: as written.", closesAt };
    return ok(await gql(t.url, `mutation($i: ProposeMotionInput!) { proposeMotion(input: $i) { id } }`, { i: input }, a.admin.token))
      .proposeMotion.id;
  };
  const passed = await propose();
  for (const member of [a, b]) {
    ok(
      await gql(
        t.url,
        `mutation($i: CastVoteInput!) { castVote(input: $i) { id } }`,
        { i: { motionId: passed, choice: "FOR" } },
        member.admin.token,
      ),
    );
  }
  ledger.motions.push({ status: "PASSED", decidedOn: today() });
  const withdrawn = await propose();
  ok(
    await gql(
      t.url,
      `mutation($i: WithdrawMotionInput!) { withdrawMotion(input: $i) { id } }`,
      { i: { motionId: withdrawn } },
      a.admin.token,
    ),
  );
  ledger.motions.push({ status: "WITHDRAWN", decidedOn: today() });

  // Revenue on the patent: CNY this year (with a correction), USD this year, CNY last year.
  await agreedPlan(t.url, sec, { ipAssetId: patent.id }, [
    [a, 5000],
    [b, 5000],
  ]);
  const revenue = [
    { amount: "1234.50", currency: "CNY", receivedOn: day(Y, "05-01") },
    { amount: "-34.25", currency: "CNY", receivedOn: day(Y, "05-02") },
    { amount: "100.00", currency: "USD", receivedOn: day(Y, "05-03") },
    { amount: "10.00", currency: "CNY", receivedOn: day(Y - 1, "12-31") },
  ];
  for (const [i, r] of revenue.entries()) {
    ok(await recordRevenue(t.url, sec, { ipAssetId: patent.id, kind: "LICENSE_ROYALTY", idempotencyKey: `activity-${i}`, ...r }));
    ledger.revenue.push(r);
  }
  return { world, ledger };
}

/** Each indicator's value and source rows, computed from the ledger by the definitions of docs/activity-report.md. */
function expected(l: Ledger): Record<string, { value: string; sourceRows: number }> {
  const count = (n: number) => ({ value: new Decimal(n).toFixed(2), sourceRows: n });
  const yearRange = [day(Y, "01-01"), day(Y, "12-31")];
  const granted = (a: Ledger["assets"][number]) => inYear(a.grantedOn);
  const duties = l.assets.filter((a) => a.governmentFunded && inYear(addDays(a.grantedOn ?? today(), DIFFUSION_DUE_DAYS)));
  const met = duties.filter((a) => a.diffusedOn && a.diffusedOn <= addDays(a.grantedOn!, DIFFUSION_DUE_DAYS));
  const cny = l.revenue.filter((r) => r.currency === "CNY" && inYear(r.receivedOn));
  return {
    membersAdmitted: count(l.memberships.filter((m) => inYear(m.admitted)).length),
    membersWithdrawn: count(l.memberships.filter((m) => inYear(m.withdrawn)).length),
    allianceAgreementSigned: { value: "1.00", sourceRows: l.signatures },
    deliverablesAcceptedOnTime: {
      value: new Decimal(l.deliverables.filter((d) => inYear(d.dueOn) && d.acceptedInTime).length).toFixed(2),
      sourceRows: l.deliverables.filter((d) => inYear(d.dueOn)).length,
    },
    motionsDecided: count(l.motions.filter((m) => ["PASSED", "REJECTED"].includes(m.status) && inYear(m.decidedOn)).length),
    activeJointProjects: count(
      l.projects
        .filter((p) => ["ACTIVE", "COMPLETED", "TERMINATED"].includes(p.status) && p.participants > 1)
        .filter((p) => p.start <= yearRange[1] && p.end >= yearRange[0]).length,
    ),
    coOwnedIpAssets: count(l.assets.filter((a) => a.owners > 1).length),
    talentExchangesStarted: count(l.exchanges.filter((e) => ["ONGOING", "COMPLETED"].includes(e.status) && inYear(e.start)).length),
    facilityBookings: count(l.bookings.filter((b) => inYear(b.start)).length),
    ipGranted: count(l.assets.filter((a) => a.kind !== "TECHNICAL_STANDARD" && a.status === "GRANTED" && granted(a)).length),
    standardsIssued: count(l.assets.filter((a) => a.kind === "TECHNICAL_STANDARD" && granted(a)).length),
    licensesGranted: count(l.licenses.filter((x) => inYear(x.start)).length),
    licensesToNonMembers: count(l.licenses.filter((x) => inYear(x.start) && !x.toMember).length),
    revenue: { value: cny.reduce((s, r) => s.plus(r.amount), new Decimal(0)).toFixed(2), sourceRows: cny.length },
    diffusionDutiesMet: { value: new Decimal(met.length).toFixed(2), sourceRows: duties.length },
  };
}

/** The scores recomputed from the reported values, targets and weights. */
function rescore(i: Indicator): string {
  const value = new Decimal(i.value);
  const raw =
    i.normalization === "RATIO"
      ? i.sourceRows === 0
        ? new Decimal(100)
        : value.div(i.sourceRows).times(100)
      : i.normalization === "LIMIT"
        ? new Decimal(100).minus(value.div(i.target!).times(100))
        : value.div(i.target!).times(100);
  return Decimal.max(0, Decimal.min(100, raw)).toDecimalPlaces(2).toFixed(2);
}
const mean = (items: { score: string; weight: string }[]) => {
  const weights = items.reduce((s, i) => s.plus(i.weight), new Decimal(0));
  return items
    .reduce((s, i) => s.plus(new Decimal(i.score).times(i.weight)), new Decimal(0))
    .div(weights)
    .toDecimalPlaces(2)
    .toFixed(2);
};

describe("allianceActivity", () => {
  let world: World;
  let ledger: Ledger;
  let report: any;

  beforeAll(async () => {
    ({ world, ledger } = await buildWorld());
    report = ok(await gql(t.url, REPORT, { a: world.allianceId, y: Y }, world.secretariat.token)).allianceActivity;
  }, 120_000);

  it("reports every indicator's value and source rows as computed from the data created", () => {
    const indicators: Indicator[] = report.dimensions.flatMap((d: { indicators: Indicator[] }) => d.indicators);
    const got = Object.fromEntries(indicators.map((i) => [i.key, { value: i.value, sourceRows: i.sourceRows }]));
    expect(got).toEqual(expected(ledger));
    // The world reaches each indicator with rows inside and outside its definition.
    expect(got.revenue).toEqual({ value: "1200.25", sourceRows: 2 });
    expect(got.diffusionDutiesMet).toEqual({ value: "1.00", sourceRows: 2 });
    expect(report).toMatchObject({ year: Y, currency: "CNY", alliance: { id: world.allianceId } });
    expect(report.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual(["ORGANIZATION", "COLLABORATION", "IMPACT"]);
    for (const d of report.dimensions) expect(d.indicators.every((i: Indicator) => i.dimension === d.dimension)).toBe(true);
  });

  it("scores each indicator by its normalization, each dimension and the total by weighted means, with the overrides applied", () => {
    const indicators: Indicator[] = report.dimensions.flatMap((d: { indicators: Indicator[] }) => d.indicators);
    const byKey = Object.fromEntries(indicators.map((i) => [i.key, i]));
    expect(byKey.revenue).toMatchObject({ target: "2000.00", weight: "2.00", score: "60.01" });
    expect(byKey.membersWithdrawn).toMatchObject({ normalization: "LIMIT", target: "3.00", weight: "2.00", score: "66.67" });
    expect(byKey.diffusionDutiesMet).toMatchObject({ normalization: "RATIO", target: null, score: "50.00" });
    for (const i of indicators) expect({ key: i.key, score: i.score }).toEqual({ key: i.key, score: rescore(i) });
    for (const d of report.dimensions) expect(d.score).toBe(mean(d.indicators));
    expect(report.dimensions.map((d: { weight: string }) => d.weight)).toEqual(["1.00", "1.00", "2.00"]);
    expect(report.score).toBe(mean(report.dimensions));
  });

  it("reads the same for an analyst, and refuses other readers", async () => {
    const asAnalyst = ok(await gql(t.url, REPORT, { a: world.allianceId, y: Y }, world.analyst.token)).allianceActivity;
    expect({ ...asAnalyst, evaluatedAt: null }).toEqual({ ...report, evaluatedAt: null });

    const orgAdmin = failure(await gql(t.url, REPORT, { a: world.allianceId, y: Y }, world.members[0].admin.token));
    expect(orgAdmin.extensions).toMatchObject({ code: "FORBIDDEN" });
    const other = await createWorld(t.url, t.admin, 1);
    const otherAnalyst = failure(await gql(t.url, REPORT, { a: world.allianceId, y: Y }, other.analyst.token));
    expect(otherAnalyst.extensions).toMatchObject({ code: "NOT_FOUND", field: "allianceId" });
    expect(failure(await gql(t.url, REPORT, { a: world.allianceId, y: Y })).extensions?.code).toBe("UNAUTHENTICATED");
    expect(failure(await gql(t.url, REPORT, { a: world.allianceId, y: 1999 }, world.secretariat.token)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "year",
    });
    expect(failure(await gql(t.url, REPORT, { a: world.members[0].id, y: Y }, world.secretariat.token)).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "allianceId",
    });
  });

  it("reports a year without activity as zeros scored against the targets", async () => {
    const empty = ok(await gql(t.url, REPORT, { a: world.allianceId, y: Y - 10 }, world.secretariat.token)).allianceActivity;
    const byKey = Object.fromEntries(
      empty.dimensions.flatMap((d: { indicators: Indicator[] }) => d.indicators).map((i: Indicator) => [i.key, i]),
    );
    expect(byKey.membersAdmitted).toMatchObject({ value: "0.00", sourceRows: 0, score: "0.00" });
    expect(byKey.membersWithdrawn).toMatchObject({ value: "0.00", score: "100.00" });
    expect(byKey.diffusionDutiesMet).toMatchObject({ sourceRows: 0, score: "100.00" });
    // The agreement is read as it stands now, whatever the year.
    expect(byKey.allianceAgreementSigned).toMatchObject({ value: "1.00", sourceRows: 3 });
  });

  describe("GET /export/alliance-activity.csv", () => {
    const exportUrl = (allianceId: string, year: number | string) =>
      `${t.url.replace(/\/graphql$/, "")}/export/alliance-activity.csv?allianceId=${encodeURIComponent(allianceId)}&year=${year}`;
    const get = (url: string, token?: string) => fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });

    it("lists one row per indicator, equal to the GraphQL answer", async () => {
      const res = await get(exportUrl(world.allianceId, Y), world.analyst.token);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const body = Buffer.from(await res.arrayBuffer()).toString("utf8");
      expect(body.startsWith("\uFEFFdimension,indicator,label,value,sourceRows,weight,score\r\n")).toBe(true);
      const rows: string[][] = parse(body.slice(1), { from_line: 2 });
      const answer = report.dimensions.flatMap((d: { dimension: string; indicators: Indicator[] }) =>
        d.indicators.map((i) => [d.dimension, i.key, i.label, i.value, String(i.sourceRows), i.weight, i.score]),
      );
      expect(rows).toEqual(answer);
    });

    it("refuses as the query does, with the API's codes", async () => {
      const forbidden = await get(exportUrl(world.allianceId, Y), world.members[0].admin.token);
      expect(forbidden.status).toBe(403);
      expect(((await forbidden.json()) as any).errors[0].extensions.code).toBe("FORBIDDEN");
      expect((await get(exportUrl(world.allianceId, Y))).status).toBe(401);
      const badYear = await get(exportUrl(world.allianceId, "20x6"), world.secretariat.token);
      expect(badYear.status).toBe(400);
      expect(((await badYear.json()) as any).errors[0].extensions.field).toBe("year");
    });
  });
});
