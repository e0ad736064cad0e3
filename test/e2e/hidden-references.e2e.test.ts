/**
 * A reference to a row the viewer may not see reads as null everywhere: the row's field, an
 * aggregate's group key, a CSV column, and a filter on it (which matches nothing, as for an id
 * that does not exist, so that counting cannot tell a hidden row from a missing one).
 */
import { parse } from "csv-parse/sync";
import { gql, ok } from "../support/client";
import { createAllianceWithMembers, createUser } from "../support/factories";
import { changeMembership, createProject, membershipId, proposeTalentExchange } from "../support/project-factories";
import { exportCsv } from "../support/analytics-factories";
import { registerIpAssetRaw } from "../support/ip-factories";
import { projectWithPlan, recordRevenue } from "../support/funds-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

/** Members a, b, c; a project only a takes part in; an exchange a → b and an asset from that project. */
async function world() {
  const { allianceId, secretariat, members } = await createAllianceWithMembers(t.url, t.admin, 3);
  const [a, b] = members;
  const hidden = await createProject(t.url, a.admin.token, allianceId, { visibility: "PARTICIPANTS" });
  const person = await createUser(t.url, a.admin.token, a.id);
  const exchange = ok(
    await proposeTalentExchange(t.url, a.admin.token, {
      allianceId,
      personId: person.id,
      fromOrganizationId: a.id,
      toOrganizationId: b.id,
      projectId: hidden.id,
    }),
  ).proposeTalentExchange;
  const asset = ok(
    await registerIpAssetRaw(t.url, secretariat.token, {
      allianceId,
      kind: "INVENTION_PATENT",
      title: "Electrolyte additive",
      originProjectId: hidden.id,
    }),
  ).registerIpAsset as { id: string };
  return { allianceId, secretariat, a, b, hidden, exchange, asset };
}

function csvRows(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { bom: true, columns: true, record_delimiter: "\r\n" });
}

it("shows a talent exchange's hidden project as null in its field, its group key, its CSV row and its filter", async () => {
  const w = await world();
  const reader = w.b.admin.token;
  const data = ok(
    await gql(
      t.url,
      `query($id: ID!, $a: ID!, $p: ID!) {
        node(id: $id) { ... on TalentExchange { project { id } } }
        byProject: talentExchanges(filter: { projectId: { eq: $p } }) { totalCount }
        withoutProject: talentExchanges(filter: { allianceId: { eq: $a }, projectId: { isNull: true } }) { totalCount }
        notThatProject: talentExchanges(filter: { allianceId: { eq: $a }, projectId: { ne: $p } }) { totalCount }
        talentExchangesAggregate(filter: { allianceId: { eq: $a } }, groupBy: [PROJECT]) { key { projectId project { id } } count }
      }`,
      { id: w.exchange.id, a: w.allianceId, p: w.hidden.id },
      reader,
    ),
  );
  expect(data.node).toEqual({ project: null });
  expect(data.byProject.totalCount).toBe(0);
  expect(data.withoutProject.totalCount).toBe(1);
  expect(data.notThatProject.totalCount).toBe(1);
  expect(data.talentExchangesAggregate).toEqual([{ key: { projectId: null, project: null }, count: 1 }]);
  const csv = await exportCsv(t.url, reader, "talentExchanges", { allianceId: { eq: w.allianceId } });
  expect(csv.status).toBe(200);
  expect(csvRows(await csv.text()).map((r) => [r.id, r.projectId])).toEqual([[w.exchange.id, ""]]);
  const filtered = await exportCsv(t.url, reader, "talentExchanges", { projectId: { eq: w.hidden.id } });
  expect(csvRows(await filtered.text())).toEqual([]);

  // Those who see the project see the reference, by the same rule.
  const lead = ok(
    await gql(
      t.url,
      `query($p: ID!, $a: ID!) {
        talentExchanges(filter: { projectId: { eq: $p } }) { totalCount }
        talentExchangesAggregate(filter: { allianceId: { eq: $a } }, groupBy: [PROJECT]) { key { projectId } count }
      }`,
      { p: w.hidden.id, a: w.allianceId },
      w.a.admin.token,
    ),
  );
  expect(lead.talentExchanges.totalCount).toBe(1);
  expect(lead.talentExchangesAggregate).toEqual([{ key: { projectId: w.hidden.id }, count: 1 }]);
});

it("shows an IP asset's hidden origin project as null in its group key, its CSV row and its filter", async () => {
  const w = await world();
  const reader = w.b.admin.token;
  const data = ok(
    await gql(
      t.url,
      `query($a: ID!, $p: ID!) {
        byProject: ipAssets(filter: { originProjectId: { in: [$p] } }) { totalCount }
        ipAssetsAggregate(filter: { allianceId: { eq: $a } }, groupBy: [PROJECT]) { key { projectId } count }
      }`,
      { a: w.allianceId, p: w.hidden.id },
      reader,
    ),
  );
  expect(data.byProject.totalCount).toBe(0);
  expect(data.ipAssetsAggregate).toEqual([{ key: { projectId: null }, count: 1 }]);
  const csv = await exportCsv(t.url, reader, "ipAssets", { allianceId: { eq: w.allianceId } });
  expect(csvRows(await csv.text()).map((r) => [r.id, r.originProjectId])).toEqual([[w.asset.id, ""]]);
});

it("reads a revenue event's alliance as null for a holder whose organization has left it", async () => {
  const world = await projectWithPlan(t.url, t.admin, [6000, 4000]);
  const [, holder] = world.members;
  const event = ok(
    await recordRevenue(t.url, world.secretariat.token, {
      projectId: world.projectId,
      kind: "LICENSE_ROYALTY",
      amount: "100.00",
      receivedOn: "2026-03-01",
      idempotencyKey: `left-${world.projectId}`,
    }),
  ).recordRevenue as { id: string };
  const read = async () =>
    ok(
      await gql(
        t.url,
        `query($id: ID!) { node(id: $id) { ... on RevenueEvent { id alliance { id } } } }`,
        { id: event.id },
        holder.admin.token,
      ),
    ).node;
  expect(await read()).toEqual({ id: event.id, alliance: { id: world.allianceId } });
  const membership = await membershipId(t.url, holder.admin.token, holder.id, world.allianceId);
  await changeMembership(t.url, holder.admin.token, "withdrawMembership", membership);
  expect(await read()).toEqual({ id: event.id, alliance: null });
});

it("does not let a holder learn through a filter which other organizations received lines of an event", async () => {
  const world = await projectWithPlan(t.url, t.admin, [6000, 4000]);
  const [lead, other] = world.members;
  ok(
    await recordRevenue(t.url, world.secretariat.token, {
      projectId: world.projectId,
      kind: "LICENSE_ROYALTY",
      amount: "100.00",
      receivedOn: "2026-03-01",
      idempotencyKey: `oracle-${world.projectId}`,
    }),
  );
  const count = async (token: string, organizationId: string) =>
    ok(
      await gql(
        t.url,
        `query($p: ID!, $o: ID!) { revenueEvents(filter: { projectId: { eq: $p }, distributions: { organizationId: { eq: $o } } }) { totalCount } }`,
        { p: world.projectId, o: organizationId },
        token,
      ),
    ).revenueEvents.totalCount as number;
  expect(await count(lead.admin.token, lead.id)).toBe(1);
  expect(await count(lead.admin.token, other.id)).toBe(0);
  expect(await count(world.secretariat.token, other.id)).toBe(1);
});
