/** Talent exchanges as CSV and page by page: the same rows, in the same order, as the connection. */
import { parse } from "csv-parse/sync";
import { gql, ok } from "../support/client";
import { createAllianceWithMembers, createOrgWithAdmin, createUser } from "../support/factories";
import { decideTalentExchange, proposeTalentExchange } from "../support/project-factories";
import { exportCsv } from "../support/analytics-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const HEADER =
  "id,allianceId,personId,fromOrganizationId,fromOrganizationName,toOrganizationId,toOrganizationName,kind,projectId,startDate,endDate,status,proposedAt,decidedAt";

async function world() {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 3);
  const [a, b, c] = members;
  const person = await createUser(t.url, a.admin.token, a.id);
  const propose = async (to: string, kind: string, startDate: string | null) =>
    ok(
      await proposeTalentExchange(t.url, a.admin.token, {
        allianceId,
        personId: person.id,
        fromOrganizationId: a.id,
        toOrganizationId: to,
        kind,
        startDate,
      }),
    ).proposeTalentExchange.id;
  const ids = {
    late: await propose(b.id, "SECONDMENT", "2026-09-01"),
    open: await propose(c.id, "INTERNSHIP", null),
    early: await propose(b.id, "POSTDOC", "2026-01-15"),
    mid: await propose(c.id, "SECONDMENT", "2026-04-01"),
  };
  ok(await decideTalentExchange(t.url, b.admin.token, ids.early, "APPROVE"));
  return { allianceId, secretariat, a, b, c, person, ids };
}

function parseCsv(body: Buffer): Record<string, string>[] {
  return parse<Record<string, string>>(body, { bom: true, columns: true, record_delimiter: "\r\n" });
}

it("exports talent exchanges with their organizations' names, as the connection lists them, to those who see them only", async () => {
  const w = await world();
  const filter = { allianceId: { eq: w.allianceId }, toOrganization: { id: { eq: w.b.id } } };
  const response = await exportCsv(t.url, w.secretariat.token, "talentExchanges", filter);
  expect(response.status).toBe(200);
  const body = Buffer.from(await response.arrayBuffer());
  expect(body.toString("utf8").slice(1).split("\r\n")[0]).toBe(HEADER);
  const rows = parseCsv(body);
  // The connection's default order: oldest proposal first.
  expect(rows.map((r) => r.id)).toEqual([w.ids.late, w.ids.early]);
  expect(rows[1]).toMatchObject({
    allianceId: w.allianceId,
    personId: w.person.id,
    fromOrganizationId: w.a.id,
    toOrganizationId: w.b.id,
    fromOrganizationName: w.a.name,
    toOrganizationName: w.b.name,
    kind: "POSTDOC",
    projectId: "",
    startDate: "2026-01-15",
    endDate: "",
    status: "APPROVED",
  });
  expect(rows[1].decidedAt).not.toBe("");
  expect(rows[0].decidedAt).toBe("");

  // c sees the exchanges it receives, not those between a and b.
  const cRows = parseCsv(
    Buffer.from(await (await exportCsv(t.url, w.c.admin.token, "talentExchanges", { allianceId: { eq: w.allianceId } })).arrayBuffer()),
  );
  expect(cRows.map((r) => r.id)).toEqual([w.ids.open, w.ids.mid]);
  const outsider = await createOrgWithAdmin(t.url, t.admin);
  const empty = await exportCsv(t.url, outsider.admin.token, "talentExchanges", { allianceId: { eq: w.allianceId } });
  expect(Buffer.from(await empty.arrayBuffer()).toString("utf8")).toBe(`\uFEFF${HEADER}\r\n`);
});

it("pages talent exchanges by start date, those without one last, without losing or repeating a row across pages", async () => {
  const w = await world();
  const QUERY = `query($f: TalentExchangeFilter, $after: String, $dir: SortDirection!) {
    talentExchanges(first: 1, after: $after, filter: $f, orderBy: [{ field: START_DATE, direction: $dir }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
    }
  }`;
  const walk = async (dir: string) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(
        await gql(t.url, QUERY, { f: { allianceId: { eq: w.allianceId } }, after, dir }, w.secretariat.token),
      ).talentExchanges;
      expect(page.totalCount).toBe(4);
      ids.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  };
  expect(await walk("ASC")).toEqual([w.ids.early, w.ids.mid, w.ids.late, w.ids.open]);
  expect(await walk("DESC")).toEqual([w.ids.open, w.ids.late, w.ids.mid, w.ids.early]);
});
