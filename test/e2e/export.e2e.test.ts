import { parse } from "csv-parse/sync";
import { gql, ok } from "../support/client";
import { admitAll, createAllianceWithSecretariat, createOrgWithAdmin } from "../support/factories";
import { agreedPlan, analystOf, recordRevenue } from "../support/funds-factories";
import { addParticipant, createProject } from "../support/project-factories";
import { exportCsv, listAll } from "../support/analytics-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

/** Members whose names need quoting: a comma, double quotes, a line break, and Chinese text. */
async function quotingWorld() {
  const names = ["鼎新动力, 电池股份有限公司", '东江"理工"大学', "西岭大学\n研究生院", "国家储能材料研究院"];
  const types = ["ENTERPRISE", "UNIVERSITY", "UNIVERSITY", "RESEARCH_INSTITUTE"];
  const members = [];
  for (const [i, name] of names.entries())
    members.push(await createOrgWithAdmin(t.url, t.admin, { name: `${name} ${i}-${Date.now()}`, type: types[i] }));
  const { allianceId, secretariat } = await createAllianceWithSecretariat(t.url, t.admin, members[0].id);
  await admitAll(t.url, secretariat.token, allianceId, members);
  const project = await createProject(t.url, members[0].admin.token, allianceId, { title: 'Cell "A", line 2' });
  for (const member of members.slice(1)) ok(await addParticipant(t.url, members[0].admin.token, project.id, member.id));
  await agreedPlan(t.url, secretariat.token, { projectId: project.id }, [
    [members[0], 4000],
    [members[1], 3000],
    [members[2], 2000],
    [members[3], 1000],
  ]);
  const amounts: [string, string][] = [
    ["1000.00", "2026-01-15"],
    ["0.03", "2026-02-01"],
    ["-250.50", "2026-06-30"],
    ["77777.77", "2026-10-01"],
  ];
  for (const [i, [amount, receivedOn]] of amounts.entries()) {
    ok(
      await recordRevenue(t.url, secretariat.token, {
        projectId: project.id,
        kind: i % 2 ? "TRANSFER_FEE" : "LICENSE_ROYALTY",
        amount,
        receivedOn,
        idempotencyKey: `csv-${i}`,
      }),
    );
  }
  const analyst = await analystOf(t.url, t.admin, { allianceId, members });
  return { allianceId, members, secretariat, analyst, projectId: project.id };
}

const LINE_FIELDS = "id amount currency receivedOn basisPoints createdAt organization { id name type } revenueEvent { id kind }";
const lines = { field: "distributions", filterType: "DistributionFilter", nodeFields: LINE_FIELDS };

function parseCsv(body: Buffer): Record<string, string>[] {
  return parse<Record<string, string>>(body, { bom: true, columns: true, record_delimiter: "\r\n" });
}

describe("GET /export/<collection>.csv", () => {
  it("round-trips distribution lines: parsed back, the CSV equals the connection for the same filter, quoting and UTF-8 intact", async () => {
    const w = await quotingWorld();
    const filter = {
      allianceId: { eq: w.allianceId },
      receivedOn: { gte: "2026-01-01" },
      organization: { type: { in: ["UNIVERSITY", "ENTERPRISE"] } },
    };
    const response = await exportCsv(t.url, w.analyst.token, "distributions", filter);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="distributions.csv"');
    const body = Buffer.from(await response.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8").slice(1);
    expect(text.split("\r\n")[0]).toBe(
      "id,allianceId,revenueEventId,kind,organizationId,organizationName,organizationType,projectId,ipAssetId,basisPoints,amount,currency,receivedOn,createdAt",
    );
    expect(text.endsWith("\r\n")).toBe(true);
    // RFC 4180: quotes doubled inside a quoted field; a line break stays inside its quoted field.
    expect(text).toContain('"东江""理工""大学 1-');
    expect(text).toContain('"西岭大学\n研究生院 2-');

    const rows = parseCsv(body);
    const listed = await listAll<any>(t.url, w.analyst.token, lines, filter);
    expect(listed).toHaveLength(4 * 3);
    expect(rows).toEqual(
      listed.map((l) => ({
        id: l.id,
        allianceId: w.allianceId,
        revenueEventId: l.revenueEvent.id,
        kind: l.revenueEvent.kind,
        organizationId: l.organization.id,
        organizationName: l.organization.name,
        organizationType: l.organization.type,
        projectId: w.projectId,
        ipAssetId: "",
        basisPoints: String(l.basisPoints),
        amount: l.amount,
        currency: l.currency,
        receivedOn: l.receivedOn,
        createdAt: l.createdAt,
      })),
    );
  });

  it("frees the export's slot before the file's last byte: one export after another, each read to the end, all answer 200", async () => {
    const member = await createOrgWithAdmin(t.url, t.admin);
    // One slot per organization: the next export finds it free as soon as the previous file has arrived.
    for (let i = 0; i < 25; i++) {
      const response = await exportCsv(t.url, member.admin.token, "organizations");
      const body = await response.text();
      expect([i, response.status, body.slice(0, 60)]).toEqual([i, 200, expect.stringContaining("id,")]);
    }
  });

  it("exports only the caller's visible rows: a member gets its own lines, never the others'", async () => {
    const w = await quotingWorld();
    const member = w.members[2];
    const rows = parseCsv(
      Buffer.from(await (await exportCsv(t.url, member.admin.token, "distributions", { allianceId: { eq: w.allianceId } })).arrayBuffer()),
    );
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.organizationId))).toEqual(new Set([member.id]));
    const listed = await listAll<any>(t.url, member.admin.token, lines, { allianceId: { eq: w.allianceId } });
    expect(rows.map((r) => r.id)).toEqual(listed.map((l) => l.id));
    // An outsider's export of the same alliance is a header and nothing else.
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    const empty = await exportCsv(t.url, outsider.admin.token, "distributions", { allianceId: { eq: w.allianceId } });
    expect(Buffer.from(await empty.arrayBuffer()).toString("utf8")).toBe(
      "\uFEFFid,allianceId,revenueEventId,kind,organizationId,organizationName,organizationType,projectId,ipAssetId,basisPoints,amount,currency,receivedOn,createdAt\r\n",
    );
  });

  it("exports projects, revenue events, benefit plans and memberships as their connections list them", async () => {
    const w = await quotingWorld();
    const byAlliance = { allianceId: { eq: w.allianceId } };
    const cases: [string, { field: string; filterType: string; nodeFields: string }][] = [
      ["projects", { field: "projects", filterType: "ProjectFilter", nodeFields: "id title" }],
      ["revenueEvents", { field: "revenueEvents", filterType: "RevenueEventFilter", nodeFields: "id amount" }],
      ["benefitPlans", { field: "benefitPlans", filterType: "BenefitPlanFilter", nodeFields: "id status" }],
    ];
    for (const [collection, query] of cases) {
      const rows = parseCsv(Buffer.from(await (await exportCsv(t.url, w.secretariat.token, collection, byAlliance)).arrayBuffer()));
      const listed = await listAll<any>(t.url, w.secretariat.token, query, byAlliance);
      expect(rows.map((r) => r.id)).toEqual(listed.map((n) => n.id));
      expect(rows.length).toBeGreaterThan(0);
    }
    const projectRow = parseCsv(Buffer.from(await (await exportCsv(t.url, w.secretariat.token, "projects", byAlliance)).arrayBuffer()))[0];
    expect(projectRow).toMatchObject({ title: 'Cell "A", line 2', leadOrganizationId: w.members[0].id, status: "PROPOSED", budget: "" });
    const memberships = parseCsv(Buffer.from(await (await exportCsv(t.url, w.analyst.token, "memberships", byAlliance)).arrayBuffer()));
    expect(memberships.map((m) => m.organizationId).sort()).toEqual(w.members.map((m) => m.id).sort());
  });

  it("answers errors as JSON with the API's codes: 401 without a token, 400 naming the bad filter field, 404 for an unknown collection", async () => {
    const w = await quotingWorld();
    const anonymous = await exportCsv(t.url, undefined, "distributions");
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-type")).toMatch(/^application\/json/);
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe("UNAUTHENTICATED");

    const badToken = await exportCsv(t.url, "not-a-token", "distributions");
    expect(badToken.status).toBe(401);

    const cases: [unknown, string][] = [
      [{ amount: { gt: "12.345" } }, "filter.amount.gt"],
      [{ nope: { eq: "x" } }, "filter.nope"],
      [{ organizationId: { eq: w.projectId } }, "filter.organizationId.eq"],
      [{ or: [{ receivedOn: { eq: "2026-02-30" } }] }, "filter.or[0].receivedOn.eq"],
    ];
    for (const [filter, field] of cases) {
      const response = await exportCsv(t.url, w.analyst.token, "distributions", filter);
      expect(response.status).toBe(400);
      const body = (await response.json()) as any;
      expect(body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const notJson = await fetch(`${t.url.replace(/\/graphql$/, "")}/export/distributions.csv?filter=%7Bnope`, {
      headers: { authorization: `Bearer ${w.analyst.token}` },
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as any).errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter" });

    const unknown = await exportCsv(t.url, w.analyst.token, "secrets");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).errors[0].extensions.code).toBe("NOT_FOUND");
  });

  it("exports the audit log to the secretariat only, filtered like auditEntries", async () => {
    const w = await quotingWorld();
    const filter = { allianceId: { eq: w.allianceId }, action: { eq: "recordRevenue" } };
    const rows = parseCsv(Buffer.from(await (await exportCsv(t.url, w.secretariat.token, "auditEntries", filter)).arrayBuffer()));
    const listed = ok(
      await gql(
        t.url,
        `query($f: AuditEntryFilter) { auditEntries(first: 100, filter: $f) { edges { node { id action entityType entityId changes createdAt actor { id } } } } }`,
        { f: filter },
        w.secretariat.token,
      ),
    ).auditEntries.edges.map((e: any) => e.node);
    expect(listed).toHaveLength(4);
    expect(rows).toEqual(
      listed.map((e: any) => ({
        id: e.id,
        createdAt: e.createdAt,
        actorId: e.actor.id,
        action: "recordRevenue",
        entityType: "RevenueEvent",
        entityId: e.entityId,
        allianceId: w.allianceId,
        changes: expect.any(String),
      })),
    );
    expect(rows.map((r) => JSON.parse(r.changes))).toEqual(listed.map((e: any) => e.changes));
    const analystRows = parseCsv(Buffer.from(await (await exportCsv(t.url, w.analyst.token, "auditEntries", filter)).arrayBuffer()));
    expect(analystRows).toEqual([]);
  });
});
