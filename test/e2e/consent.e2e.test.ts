/**
 * Consent (Art. 8.5): a benefit plan replaces the plan in force only with the approval of every
 * holder of both, and a co-owned IP asset's owners change only with the approval of every current
 * and every proposed owner. Income recorded meanwhile follows the plan in force.
 */
import { gql, ok, failure } from "../support/client";
import { createUser, type TestOrg } from "../support/factories";
import {
  agreedPlan,
  approveBenefitPlan,
  createBenefitPlan,
  projectWorld,
  recordRevenue,
  type ProjectWorld,
} from "../support/funds-factories";
import {
  decideIpOwnershipChange,
  proposeIpOwnershipChange,
  readIpAsset,
  registerIpAsset,
  setIpOwners,
  withdrawIpOwnershipChange,
} from "../support/ip-factories";
import { createMilestone } from "../support/project-factories";
import { appPerFile, liveClients } from "../support/suite";

const t = appPerFile();
const { live } = liveClients(t);

const share = (org: { id: string }, basisPoints: number) => ({ organizationId: org.id, basisPoints });
const ids = (orgs: { id: string }[]) => orgs.map((o) => o.id).sort();
const sorted = (orgs: TestOrg[]) => orgs.map((o) => o.id).sort();
const linesOf = (event: { distributions: { organization: { id: string }; amount: string }[] }) =>
  Object.fromEntries(event.distributions.map((l) => [l.organization.id, l.amount]));
const ownersOf = (asset: { owners: { organization: { id: string }; basisPoints: number }[] | null }) =>
  Object.fromEntries((asset.owners ?? []).map((o) => [o.organization.id, o.basisPoints]));

let keys = 0;
const revenue = (w: ProjectWorld, amount: string) =>
  recordRevenue(t.url, w.secretariat.token, {
    projectId: w.projectId,
    kind: "PRODUCT_SALES",
    amount,
    receivedOn: "2026-06-01",
    idempotencyKey: `consent-${Date.now()}-${keys++}`,
  });

const PLAN = `query($id: ID!) { node(id: $id) { ... on BenefitPlan { id status
  requiredApprovers { id } missingApprovers { id } approvals { organization { id } approvedBy { id } approvedAt } } } }`;
const PLAN_STATUSES = `query($p: ID!) { benefitPlans(filter: { projectId: { eq: $p } }) { edges { node { id status } } } }`;

async function planStatuses(w: ProjectWorld): Promise<Record<string, string>> {
  const data = ok(await gql(t.url, PLAN_STATUSES, { p: w.projectId }, w.secretariat.token));
  return Object.fromEntries(data.benefitPlans.edges.map((e: { node: { id: string; status: string } }) => [e.node.id, e.node.status]));
}

describe("benefit plans", () => {
  it("keeps the plan in force until every holder of it and of the new plan has approved; revenue follows the plan in force", async () => {
    const w = await projectWorld(t.url, t.admin, 4);
    const [a, b, c, d] = w.members;
    const old = await agreedPlan(t.url, a.admin.token, { projectId: w.projectId }, [
      [a, 5000],
      [b, 3000],
      [c, 2000],
    ]);

    // The lead's ORG_ADMIN, alone, gives itself everything and approves.
    const grab = ok(await createBenefitPlan(t.url, a.admin.token, { projectId: w.projectId, shares: [share(a, 10000)] })).createBenefitPlan;
    const approved = ok(await approveBenefitPlan(t.url, a.admin.token, grab.id)).approveBenefitPlan;
    expect(approved.status).toBe("DRAFT");
    expect(ids(approved.requiredApprovers)).toEqual(sorted([a, b, c]));
    expect(ids(approved.missingApprovers)).toEqual(sorted([b, c]));
    expect(approved.approvals.map((x: any) => [x.organization.id, x.approvedBy.id])).toEqual([[a.id, a.admin.id]]);
    expect(await planStatuses(w)).toEqual({ [old]: "AGREED", [grab.id]: "DRAFT" });

    // Income meanwhile is shared under the plan in force.
    expect(linesOf(ok(await revenue(w, "100.00")).recordRevenue)).toEqual({ [a.id]: "50.00", [b.id]: "30.00", [c.id]: "20.00" });

    // The holders of the plan in force see the pending plan although it gives them nothing; d does not.
    const asB = ok(await gql(t.url, PLAN, { id: grab.id }, b.admin.token)).node;
    expect(ids(asB.missingApprovers)).toEqual(sorted([b, c]));
    expect(failure(await gql(t.url, PLAN, { id: grab.id }, d.admin.token)).extensions?.code).toBe("NOT_FOUND");
    expect(failure(await approveBenefitPlan(t.url, d.admin.token, grab.id)).extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "benefitPlanId",
    });
    // Only ORG_ADMINs of the organizations involved approve.
    expect(failure(await approveBenefitPlan(t.url, w.secretariat.token, grab.id)).extensions?.code).toBe("FORBIDDEN");
    const engineer = await createUser(t.url, b.admin.token, b.id);
    expect(failure(await approveBenefitPlan(t.url, engineer.token, grab.id)).extensions?.code).toBe("FORBIDDEN");

    const afterB = ok(await approveBenefitPlan(t.url, b.admin.token, grab.id)).approveBenefitPlan;
    expect(afterB.status).toBe("DRAFT");
    expect(ids(afterB.missingApprovers)).toEqual([c.id]);
    // Approving twice for one organization changes nothing.
    expect(
      ids(ok(await approveBenefitPlan(t.url, b.admin.token, grab.id)).approveBenefitPlan.approvals.map((x: any) => x.organization)),
    ).toEqual(sorted([a, b]));
    expect(linesOf(ok(await revenue(w, "10.00")).recordRevenue)).toEqual({ [a.id]: "5.00", [b.id]: "3.00", [c.id]: "2.00" });

    const agreed = ok(await approveBenefitPlan(t.url, c.admin.token, grab.id)).approveBenefitPlan;
    expect(agreed.status).toBe("AGREED");
    expect(agreed.missingApprovers).toEqual([]);
    expect(ids(agreed.requiredApprovers)).toEqual(sorted([a, b, c]));
    expect(await planStatuses(w)).toEqual({ [old]: "SUPERSEDED", [grab.id]: "AGREED" });
    expect(linesOf(ok(await revenue(w, "100.00")).recordRevenue)).toEqual({ [a.id]: "100.00" });
    // Who approved it still sees what they approved.
    expect(ids(ok(await gql(t.url, PLAN, { id: grab.id }, c.admin.token)).node.approvals.map((x: any) => x.organization))).toEqual(
      sorted([a, b, c]),
    );
  });

  it("asks the holders of whichever plan is in force when the last approval comes", async () => {
    const w = await projectWorld(t.url, t.admin, 3);
    const [a, b, c] = w.members;
    const pending = ok(
      await createBenefitPlan(t.url, w.secretariat.token, { projectId: w.projectId, shares: [share(a, 5000), share(b, 5000)] }),
    ).createBenefitPlan.id;
    ok(await approveBenefitPlan(t.url, a.admin.token, pending));
    // Meanwhile another plan, with c, is agreed: c must now approve the pending one too.
    await agreedPlan(t.url, w.secretariat.token, { projectId: w.projectId }, [
      [a, 4000],
      [c, 6000],
    ]);
    const afterB = ok(await approveBenefitPlan(t.url, b.admin.token, pending)).approveBenefitPlan;
    expect(afterB.status).toBe("DRAFT");
    expect(ids(afterB.missingApprovers)).toEqual([c.id]);
    expect(ok(await approveBenefitPlan(t.url, c.admin.token, pending)).approveBenefitPlan.status).toBe("AGREED");
  });

  it("reports a pending plan on projectActivity to the organizations involved", async () => {
    const w = await projectWorld(t.url, t.admin, 3);
    const [a, b, c] = w.members;
    await agreedPlan(t.url, a.admin.token, { projectId: w.projectId }, [
      [a, 5000],
      [b, 5000],
    ]);
    const query = `subscription($p: ID!) { projectActivity(projectId: $p) { topic subject { id } } }`;
    const bView = await live<{ projectActivity: { topic: string; subject: { id: string } } }>(b.admin.token, query, { p: w.projectId });
    const cView = await live<{ projectActivity: { topic: string; subject: { id: string } } }>(c.admin.token, query, { p: w.projectId });
    const plan = ok(await createBenefitPlan(t.url, a.admin.token, { projectId: w.projectId, shares: [share(a, 10000)] })).createBenefitPlan
      .id;
    ok(await approveBenefitPlan(t.url, a.admin.token, plan));
    const marker = ok(await revenue(w, "1.00")).recordRevenue.id;
    expect((await bView.waitFor(3)).map((e) => [e.projectActivity.topic, e.projectActivity.subject.id])).toEqual([
      ["benefitPlan.proposed", plan],
      ["benefitPlan.approved", plan],
      ["revenue.recorded", marker],
    ]);
    // c takes part but holds no share in either plan: it sees neither the plan nor the revenue, only what follows.
    const milestone = await createMilestone(t.url, a.admin.token, w.projectId);
    expect((await cView.waitFor(1)).map((e) => [e.projectActivity.topic, e.projectActivity.subject.id])).toEqual([
      ["milestone.created", milestone.id],
    ]);
  });
});

describe("IP owners", () => {
  async function coOwned(w: ProjectWorld, owners: { organizationId: string; basisPoints: number }[]) {
    const world = { allianceId: w.allianceId, secretariat: w.secretariat, analyst: w.secretariat, members: w.members };
    return registerIpAsset(t.url, world, { originProjectId: w.projectId, owners });
  }
  const owners = async (token: string, assetId: string) => ownersOf(ok(await readIpAsset(t.url, token, assetId)).ipAsset);

  it("refuses setIpOwners on a co-owned asset and applies a proposal once every owner involved approves", async () => {
    const w = await projectWorld(t.url, t.admin, 3);
    const [a, b, c] = w.members;
    const asset = await coOwned(w, [share(a, 6000), share(b, 4000)]);

    // One co-owner alone may not take the other's share.
    const refused = failure(await setIpOwners(t.url, a.admin.token, asset.id, [share(a, 10000)]));
    expect(refused.extensions?.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/proposeIpOwnershipChange/);
    expect(failure(await setIpOwners(t.url, w.secretariat.token, asset.id, [share(a, 10000)])).extensions?.code).toBe("FORBIDDEN");
    expect(await owners(a.admin.token, asset.id)).toEqual({ [a.id]: 6000, [b.id]: 4000 });

    // The owners are validated as setIpOwners validates them.
    const propose = (list: unknown[]) => proposeIpOwnershipChange(t.url, a.admin.token, asset.id, list as never);
    expect(failure(await propose([share(a, 6000), share(b, 3999)])).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "owners" });
    expect(failure(await propose([share(a, 5000), share(a, 5000)])).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "owners[1].organizationId",
    });
    expect(failure(await propose([share(a, 10000), share(b, 0)])).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "owners[1].basisPoints",
    });
    expect(failure(await propose([share(a, 6000), share(b, 4000)])).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "owners" });
    expect(failure(await propose([share({ id: w.projectId }, 10000)])).extensions).toMatchObject({ field: "owners[0].organizationId" });
    const none = ok(
      await gql(t.url, `query($id: ID!) { ipAsset(id: $id) { ownershipChanges { totalCount } } }`, { id: asset.id }, a.admin.token),
    );
    expect(none.ipAsset.ownershipChanges.totalCount).toBe(0);

    // Proposed by a: a's approval comes with it; b refuses, and that rejects it.
    const grab = ok(await propose([share(a, 10000)])).proposeIpOwnershipChange;
    expect(grab).toMatchObject({ status: "PENDING", decidedAt: null, proposedBy: { id: a.admin.id } });
    expect(ids(grab.requiredApprovers)).toEqual(sorted([a, b]));
    expect(ids(grab.missingApprovers)).toEqual([b.id]);
    expect(grab.previousOwners.map((o: any) => [o.organization.id, o.basisPoints])).toEqual([
      [a.id, 6000],
      [b.id, 4000],
    ]);
    const rejected = ok(await decideIpOwnershipChange(t.url, b.admin.token, grab.id, false)).decideIpOwnershipChange;
    expect(rejected.status).toBe("REJECTED");
    expect(rejected.decidedAt).toEqual(expect.any(String));
    expect(failure(await decideIpOwnershipChange(t.url, b.admin.token, grab.id, true)).extensions).toMatchObject({
      code: "CONFLICT",
      field: "changeId",
    });
    expect(await owners(a.admin.token, asset.id)).toEqual({ [a.id]: 6000, [b.id]: 4000 });

    // Bringing in c needs a, b and c; c sees the change before it owns anything.
    const widen = ok(await propose([share(a, 5000), share(b, 3000), share(c, 2000)])).proposeIpOwnershipChange;
    expect(ids(widen.requiredApprovers)).toEqual(sorted([a, b, c]));
    const engineer = await createUser(t.url, b.admin.token, b.id);
    expect(failure(await decideIpOwnershipChange(t.url, engineer.token, widen.id, true)).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await decideIpOwnershipChange(t.url, w.secretariat.token, widen.id, true)).extensions?.code).toBe("FORBIDDEN");
    const partial = ok(await decideIpOwnershipChange(t.url, b.admin.token, widen.id, true)).decideIpOwnershipChange;
    expect(partial.status).toBe("PENDING");
    expect(ids(partial.missingApprovers)).toEqual([c.id]);
    expect(await owners(a.admin.token, asset.id)).toEqual({ [a.id]: 6000, [b.id]: 4000 });
    const listed = ok(
      await gql(t.url, `{ ipOwnershipChanges(filter: { status: { eq: PENDING } }) { edges { node { id } } } }`, {}, c.admin.token),
    );
    expect(listed.ipOwnershipChanges.edges.map((e: any) => e.node.id)).toContain(widen.id);
    const applied = ok(await decideIpOwnershipChange(t.url, c.admin.token, widen.id, true)).decideIpOwnershipChange;
    expect(applied.status).toBe("APPLIED");
    expect(applied.missingApprovers).toEqual([]);
    expect(await owners(c.admin.token, asset.id)).toEqual({ [a.id]: 5000, [b.id]: 3000, [c.id]: 2000 });
    const history = ok(
      await gql(
        t.url,
        `query($id: ID!) { ipAsset(id: $id) { ownershipChanges { edges { node { id status } } } } }`,
        { id: asset.id },
        w.secretariat.token,
      ),
    );
    expect(history.ipAsset.ownershipChanges.edges.map((e: any) => [e.node.id, e.node.status])).toEqual([
      [widen.id, "APPLIED"],
      [grab.id, "REJECTED"],
    ]);
  });

  it("lets the proposer withdraw, and never applies a change proposed against owners that have changed since", async () => {
    const w = await projectWorld(t.url, t.admin, 3);
    const [a, b, c] = w.members;
    const asset = await coOwned(w, [share(a, 5000), share(b, 5000)]);

    const withdrawn = ok(await proposeIpOwnershipChange(t.url, a.admin.token, asset.id, [share(a, 9000), share(b, 1000)]))
      .proposeIpOwnershipChange.id;
    expect(failure(await withdrawIpOwnershipChange(t.url, b.admin.token, withdrawn)).extensions?.code).toBe("FORBIDDEN");
    expect(ok(await withdrawIpOwnershipChange(t.url, a.admin.token, withdrawn)).withdrawIpOwnershipChange.status).toBe("WITHDRAWN");
    expect(failure(await decideIpOwnershipChange(t.url, b.admin.token, withdrawn, true)).extensions?.code).toBe("CONFLICT");

    const stale = ok(await proposeIpOwnershipChange(t.url, a.admin.token, asset.id, [share(a, 7000), share(b, 3000)]))
      .proposeIpOwnershipChange.id;
    const other = ok(await proposeIpOwnershipChange(t.url, b.admin.token, asset.id, [share(a, 4000), share(b, 4000), share(c, 2000)]))
      .proposeIpOwnershipChange.id;
    ok(await decideIpOwnershipChange(t.url, a.admin.token, other, true));
    expect(ok(await decideIpOwnershipChange(t.url, c.admin.token, other, true)).decideIpOwnershipChange.status).toBe("APPLIED");
    const conflict = failure(await decideIpOwnershipChange(t.url, b.admin.token, stale, true));
    expect(conflict.extensions).toMatchObject({ code: "CONFLICT", field: "changeId" });
    expect(await owners(a.admin.token, asset.id)).toEqual({ [a.id]: 4000, [b.id]: 4000, [c.id]: 2000 });
    expect(ok(await decideIpOwnershipChange(t.url, b.admin.token, stale, false)).decideIpOwnershipChange.status).toBe("REJECTED");
  });

  it("applies a change once when the last approvals race", async () => {
    const w = await projectWorld(t.url, t.admin, 3);
    const [a, b, c] = w.members;
    const AUDIT = `query($a: String!) { auditEntries(filter: { action: { eq: $a } }) { totalCount } }`;
    const applies = async () => ok(await gql(t.url, AUDIT, { a: "applyIpOwnershipChange" }, w.secretariat.token)).auditEntries.totalCount;

    // Two organizations give the last two approvals at once: both are recorded, the change applies once.
    const asset = await coOwned(w, [share(a, 5000), share(b, 5000)]);
    const change = ok(
      await proposeIpOwnershipChange(t.url, w.secretariat.token, asset.id, [share(a, 2500), share(b, 2500), share(c, 5000)]),
    ).proposeIpOwnershipChange.id;
    ok(await decideIpOwnershipChange(t.url, a.admin.token, change, true));
    const before = await applies();
    const both = await Promise.all([b, c].map((org) => decideIpOwnershipChange(t.url, org.admin.token, change, true)));
    expect(both.map((r) => ok(r).decideIpOwnershipChange.status).sort()).toEqual(["APPLIED", "PENDING"]);
    expect(await applies()).toBe(before + 1);
    expect(await owners(a.admin.token, asset.id)).toEqual({ [a.id]: 2500, [b.id]: 2500, [c.id]: 5000 });

    // Two ORG_ADMINs of the last organization approve at once: one decides, the other is told it was decided.
    const second = await coOwned(w, [share(a, 5000), share(b, 5000)]);
    const shift = ok(await proposeIpOwnershipChange(t.url, a.admin.token, second.id, [share(a, 6000), share(b, 4000)]))
      .proposeIpOwnershipChange.id;
    const otherAdmin = await createUser(t.url, b.admin.token, b.id, { orgRole: "ORG_ADMIN" });
    const raced = await Promise.all([b.admin.token, otherAdmin.token].map((token) => decideIpOwnershipChange(t.url, token, shift, true)));
    const codes = raced.map((r) => (r.errors ? r.errors[0].extensions?.code : ok(r).decideIpOwnershipChange.status)).sort();
    expect(codes).toEqual(["APPLIED", "CONFLICT"]);
    expect(await applies()).toBe(before + 2);
    expect(await owners(a.admin.token, second.id)).toEqual({ [a.id]: 6000, [b.id]: 4000 });
  });

  it("lets a sole owner set owners at once, and reports proposals on the origin project's activity", async () => {
    const w = await projectWorld(t.url, t.admin, 2);
    const [a, b] = w.members;
    const asset = await coOwned(w, [share(a, 10000)]);
    const query = `subscription($p: ID!) { projectActivity(projectId: $p) { topic subject { id } } }`;
    const bView = await live<{ projectActivity: { topic: string; subject: { id: string } } }>(b.admin.token, query, { p: w.projectId });
    ok(await setIpOwners(t.url, a.admin.token, asset.id, [share(a, 5000), share(b, 5000)]));
    const change = ok(await proposeIpOwnershipChange(t.url, b.admin.token, asset.id, [share(b, 10000)])).proposeIpOwnershipChange.id;
    ok(await decideIpOwnershipChange(t.url, a.admin.token, change, true));
    expect((await bView.waitFor(3)).map((e) => [e.projectActivity.topic, e.projectActivity.subject.id])).toEqual([
      ["ipOwnershipChange.proposed", change],
      ["ipOwnershipChange.approved", change],
      ["ipOwnershipChange.applied", change],
    ]);
    expect(await owners(b.admin.token, asset.id)).toEqual({ [b.id]: 10000 });
  });
});
