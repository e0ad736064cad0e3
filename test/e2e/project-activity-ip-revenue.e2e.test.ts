/** projectActivity also carries the project's IP registrations, benefit plans and revenue, under each subscriber's rights. */
import { ok } from "../support/client";
import { agreedPlan, projectWorld, recordRevenue } from "../support/funds-factories";
import { registerIpAsset } from "../support/ip-factories";
import { appPerFile, liveClients } from "../support/suite";

const t = appPerFile();
const { live } = liveClients(t);

const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { eventId topic subjectType subject { id } } }`;

async function watch(token: string, projectId: string) {
  const sub = await live<{ projectActivity: { topic: string; subjectType: string; subject: { id: string } } }>(token, ACTIVITY, {
    p: projectId,
  });
  expect(sub.errors).toEqual([]);
  return sub;
}

it("delivers IP registrations and recorded revenue of the project, and hides a trade secret from non-owners", async () => {
  const w = await projectWorld(t.url, t.admin, 2);
  const [lead, partner] = w.members;
  const world = { allianceId: w.allianceId, secretariat: w.secretariat, analyst: w.secretariat, members: w.members };
  const partnerView = await watch(partner.admin.token, w.projectId);
  const secretariatView = await watch(w.secretariat.token, w.projectId);

  const patent = await registerIpAsset(t.url, world, {
    originProjectId: w.projectId,
    owners: [
      { organizationId: lead.id, basisPoints: 5000 },
      { organizationId: partner.id, basisPoints: 5000 },
    ],
  });
  const secret = await registerIpAsset(t.url, world, {
    kind: "TRADE_SECRET",
    title: "Slurry recipe",
    originProjectId: w.projectId,
    owners: [{ organizationId: lead.id, basisPoints: 10000 }],
  });
  const plan = await agreedPlan(t.url, w.secretariat.token, { projectId: w.projectId }, [
    [lead, 5000],
    [partner, 5000],
  ]);
  const revenue = ok(
    await recordRevenue(t.url, w.secretariat.token, {
      projectId: w.projectId,
      kind: "TRANSFER_FEE",
      amount: "80.00",
      currency: "CNY",
      receivedOn: "2026-05-01",
      idempotencyKey: `act-${Date.now()}`,
    }),
  ).recordRevenue;

  const everything = await secretariatView.waitFor(7);
  expect(everything.map((e) => [e.projectActivity.topic, e.projectActivity.subject.id])).toEqual([
    ["ipAsset.registered", patent.id],
    ["ipAsset.registered", secret.id],
    ["benefitPlan.proposed", plan],
    ["benefitPlan.approved", plan],
    ["benefitPlan.approved", plan],
    ["benefitPlan.agreed", plan],
    ["revenue.recorded", revenue.id],
  ]);
  const seen = await partnerView.waitFor(6);
  // The revenue event (after the secret) arrived, so the secret was skipped, not late.
  expect(seen.map((e) => [e.projectActivity.subjectType, e.projectActivity.subject.id])).toEqual([
    ["IpAsset", patent.id],
    ...Array.from({ length: 4 }, () => ["BenefitPlan", plan]),
    ["RevenueEvent", revenue.id],
  ]);
});
