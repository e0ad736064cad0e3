import { failure, gql, ok } from "../support/client";
import { applyForMembership, createOrgWithAdmin, decideMembership, type TestOrg } from "../support/factories";
import {
  amendAgreement,
  createAgreementRaw,
  createWorld,
  draftAllianceAgreement,
  openAgreement,
  registerIpAsset,
  signAgreement,
  type World,
} from "../support/ip-factories";
import { agreedPlan } from "../support/funds-factories";
import { addParticipant, createProject, setProjectStatus } from "../support/project-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const READINESS = `query($id: ID!) {
  pilotReadiness(allianceId: $id) {
    ready evaluatedAt alliance { id }
    conditions { article code title met explanation offending { id: subjectId type label problem } }
  }
}`;

async function readiness(world: World, token = world.secretariat.token) {
  return ok(await gql(t.url, READINESS, { id: world.allianceId }, token)).pilotReadiness;
}

async function conditionOf(world: World, article: string, token?: string) {
  return (await readiness(world, token)).conditions.find((c: { article: string }) => c.article === article);
}

async function admit(world: World, type: string): Promise<TestOrg> {
  const org = await createOrgWithAdmin(t.url, t.admin, { type });
  const applied = ok(await applyForMembership(t.url, org.admin.token, world.allianceId, org.id));
  ok(await decideMembership(t.url, world.secretariat.token, applied.applyForMembership.id, "APPROVE"));
  world.members.push(org);
  return org;
}

const mutate = (query: string, input: Record<string, unknown>, token: string) => gql(t.url, query, { input }, token);
const CREATE_BODY = `mutation($input: CreateGoverningBodyInput!) { createGoverningBody(input: $input) { id } }`;
const ADD_SEAT = `mutation($input: AddBodySeatInput!) { addBodySeat(input: $input) { id } }`;
const ADOPT_POLICY = `mutation($input: AdoptPolicyDocumentInput!) { adoptPolicyDocument(input: $input) { id } }`;
const APPLY = `mutation($input: ApplyForPilotInput!) {
  applyForPilot(input: $input) { id status appliedAt appliedBy { id } alliance { id pilotStatus } readiness { ready conditions { article met } } }
}`;
const DECIDE = `mutation($input: DecidePilotInput!) { decidePilot(input: $input) { id status reason decidedAt decidedBy { id } alliance { pilotStatus } } }`;

describe("pilot readiness (Art. 8) and the pilot application (Art. 7)", () => {
  it("turns each condition from unmet to met on live data, refuses to apply until all hold, then applies and is decided", async () => {
    const w = await createWorld(t.url, t.admin, 1);
    const host = w.members[0];

    const initial = await readiness(w);
    expect(initial.ready).toBe(false);
    expect(initial.alliance.id).toBe(w.allianceId);
    expect(initial.conditions.map((c: any) => [c.article, c.code, c.met])).toEqual([
      ["8.1", "LEGAL_ENTITIES", false],
      ["8.2", "ALLIANCE_AGREEMENT", false],
      ["8.3", "GOVERNING_BODIES", false],
      ["8.4", "FUND_MANAGEMENT", false],
      ["8.5", "BENEFIT_SHARING", true],
      ["8.6", "OPEN_DEVELOPMENT", false],
    ]);
    const refused = failure(await mutate(APPLY, { allianceId: w.allianceId }, w.secretariat.token));
    expect(refused.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "allianceId" });
    expect((refused.extensions!.unmetConditions as { article: string }[]).map((c) => c.article)).toEqual([
      "8.1",
      "8.2",
      "8.3",
      "8.4",
      "8.6",
    ]);

    // 8.1: a backbone enterprise alone is not enough; a university makes several legal entities of both kinds.
    expect((await conditionOf(w, "8.1")).explanation).toBe(
      "The alliance has 1 active member(s); it needs several independent legal entities. No active member is a university or research institute.",
    );
    const university = await admit(w, "UNIVERSITY");
    const third = await admit(w, "ENTERPRISE");
    expect(await conditionOf(w, "8.1")).toMatchObject({ met: true, offending: [] });

    // 8.2: an agreement not in force, then one whose task division leaves a member out, then an amended one.
    expect((await conditionOf(w, "8.2")).explanation).toBe("The alliance has no alliance agreement.");
    const partial = w.members
      .filter((m) => m.id !== third.id)
      .map((m, i) => ({ organizationId: m.id, responsibilities: [`Package ${i + 1}`] }));
    const agreement = await draftAllianceAgreement(t.url, w, { taskDivision: partial });
    const draft = await conditionOf(w, "8.2");
    expect(draft.met).toBe(false);
    expect(draft.offending).toEqual([
      { id: agreement.id, type: "Agreement", label: "Alliance agreement", problem: "no version is in force" },
    ]);
    ok(await openAgreement(t.url, w.secretariat.token, agreement.id));
    for (const member of w.members) ok(await signAgreement(t.url, member.admin.token, agreement.id));
    const untasked = await conditionOf(w, "8.2");
    expect(untasked.met).toBe(false);
    expect(untasked.explanation).toBe("The task division does not cover every active member.");
    expect(untasked.offending).toEqual([
      { id: third.id, type: "Organization", label: third.name, problem: "has no task in the alliance agreement's task division" },
    ]);
    ok(
      await amendAgreement(t.url, w.secretariat.token, {
        agreementId: agreement.id,
        taskDivision: w.members.map((m, i) => ({ organizationId: m.id, responsibilities: [`Package ${i + 1}`] })),
      }),
    );
    ok(await openAgreement(t.url, w.secretariat.token, agreement.id));
    ok(await signAgreement(t.url, host.admin.token, agreement.id));
    ok(await signAgreement(t.url, university.admin.token, agreement.id));
    // Version 1 stays in force until the last party signs version 2.
    expect((await conditionOf(w, "8.2")).offending).toEqual([
      { id: third.id, type: "Organization", label: third.name, problem: "has no task in the alliance agreement's task division" },
    ]);
    ok(await signAgreement(t.url, third.admin.token, agreement.id));
    expect(await conditionOf(w, "8.2")).toMatchObject({ met: true, offending: [] });

    // 8.3: all three bodies, then full-time staff in the executive body.
    for (const kind of ["DECISION", "ADVISORY"])
      ok(await mutate(CREATE_BODY, { allianceId: w.allianceId, kind, name: `${kind} body` }, w.secretariat.token));
    expect((await conditionOf(w, "8.3")).explanation).toBe("Missing governing bodies: EXECUTIVE.");
    const office = ok(
      await mutate(CREATE_BODY, { allianceId: w.allianceId, kind: "EXECUTIVE", name: "Secretariat office" }, w.secretariat.token),
    ).createGoverningBody;
    ok(await mutate(ADD_SEAT, { governingBodyId: office.id, userId: host.admin.id, position: "Part-time clerk" }, w.secretariat.token));
    const unstaffed = await conditionOf(w, "8.3");
    expect(unstaffed).toMatchObject({ met: false, explanation: "The executive body has no full-time staff." });
    expect(unstaffed.offending).toEqual([
      { id: office.id, type: "GoverningBody", label: "Secretariat office", problem: "has no full-time staff" },
    ]);
    ok(
      await mutate(
        ADD_SEAT,
        { governingBodyId: office.id, userId: w.secretariat.id, position: "Secretary-General", fullTime: true },
        w.secretariat.token,
      ),
    );
    expect(await conditionOf(w, "8.3")).toMatchObject({ met: true, offending: [] });

    // 8.4: the fund-management policy.
    ok(await mutate(ADOPT_POLICY, { allianceId: w.allianceId, kind: "IP_POLICY", title: "IP", text: "IP rules" }, w.secretariat.token));
    expect((await conditionOf(w, "8.4")).met).toBe(false);
    ok(
      await mutate(
        ADOPT_POLICY,
        { allianceId: w.allianceId, kind: "FUND_MANAGEMENT", title: "Funds", text: "Fund rules" },
        w.secretariat.token,
      ),
    );
    expect((await conditionOf(w, "8.4")).met).toBe(true);

    // 8.5: active projects without an agreed benefit plan or project agreement, then with one each.
    const proposed = await createProject(t.url, host.admin.token, w.allianceId, { code: "P-PROPOSED" });
    const planned = await createProject(t.url, host.admin.token, w.allianceId, { code: "P-PLAN", title: "Pilot line" });
    const agreed = await createProject(t.url, university.admin.token, w.allianceId, { code: "P-AGREE", title: "Interface study" });
    ok(await addParticipant(t.url, host.admin.token, planned.id, university.id));
    ok(await addParticipant(t.url, university.admin.token, agreed.id, host.id));
    for (const project of [planned, agreed]) {
      ok(await setProjectStatus(t.url, w.secretariat.token, project.id, "APPROVED"));
      ok(await setProjectStatus(t.url, w.secretariat.token, project.id, "ACTIVE"));
    }
    const unplanned = await conditionOf(w, "8.5");
    expect(unplanned).toMatchObject({
      met: false,
      explanation: "2 active project(s) have no agreed benefit plan and no project agreement in force.",
    });
    const problem = "is active without an agreed benefit plan or a project agreement in force";
    expect(unplanned.offending).toEqual([
      { id: agreed.id, type: "Project", label: "P-AGREE Interface study", problem },
      { id: planned.id, type: "Project", label: "P-PLAN Pilot line", problem },
    ]);
    expect(unplanned.offending.map((o: any) => o.id)).not.toContain(proposed.id);
    await agreedPlan(t.url, w.secretariat.token, { projectId: planned.id }, [
      [host, 6000],
      [university, 4000],
    ]);
    expect((await conditionOf(w, "8.5")).offending.map((o: any) => o.id)).toEqual([agreed.id]);
    const projectAgreement = ok(
      await createAgreementRaw(t.url, w.secretariat.token, {
        allianceId: w.allianceId,
        kind: "PROJECT",
        projectId: agreed.id,
        title: "Results of the interface study",
        text: "Results belong to both participants; income is shared equally.",
      }),
    ).createAgreement;
    ok(await openAgreement(t.url, w.secretariat.token, projectAgreement.id));
    ok(await signAgreement(t.url, university.admin.token, projectAgreement.id));
    expect((await conditionOf(w, "8.5")).met).toBe(false);
    ok(await signAgreement(t.url, host.admin.token, projectAgreement.id));
    expect(await conditionOf(w, "8.5")).toMatchObject({ met: true, offending: [] });

    // 8.6: the admission policy, then an overdue diffusion duty, then its diffusion.
    ok(
      await mutate(
        ADOPT_POLICY,
        { allianceId: w.allianceId, kind: "ADMISSION", title: "Admission", text: "Admission rules" },
        w.secretariat.token,
      ),
    );
    expect((await conditionOf(w, "8.6")).met).toBe(true);
    const owners = [{ organizationId: host.id, basisPoints: 10000 }];
    const overdue = await registerIpAsset(t.url, w, {
      title: "Overdue patent",
      status: "GRANTED",
      grantedOn: "2020-01-15",
      governmentFunded: true,
      owners,
    });
    const secret = await registerIpAsset(t.url, w, {
      kind: "TRADE_SECRET",
      title: "Secret recipe",
      status: "GRANTED",
      grantedOn: "2020-03-01",
      governmentFunded: true,
      owners,
    });
    const blocked = await conditionOf(w, "8.6");
    expect(blocked.met).toBe(false);
    expect(blocked.offending).toEqual([
      { id: overdue.id, type: "IpAsset", label: "Overdue patent", problem: "was due to be diffused outside the alliance by 2021-01-14" },
      { id: secret.id, type: "IpAsset", label: "Secret recipe", problem: "was due to be diffused outside the alliance by 2021-03-01" },
    ]);
    // Analysts read the report but never a trade secret's title.
    expect((await conditionOf(w, "8.6", w.analyst.token)).offending.map((o: any) => o.label)).toEqual(["Overdue patent", "(trade secret)"]);
    for (const asset of [overdue, secret]) {
      ok(
        await gql(
          t.url,
          `mutation($input: RecordDiffusionInput!) { recordDiffusion(input: $input) { id } }`,
          { input: { ipAssetId: asset.id, reference: "Published at the 2026 transfer fair" } },
          w.secretariat.token,
        ),
      );
    }
    expect(await conditionOf(w, "8.6")).toMatchObject({ met: true, offending: [] });

    // All met: the secretariat applies; the report of that moment is kept with the application.
    expect((await readiness(w)).ready).toBe(true);
    const applied = ok(await mutate(APPLY, { allianceId: w.allianceId }, w.secretariat.token)).applyForPilot;
    expect(applied).toMatchObject({
      status: "APPLIED",
      appliedBy: { id: w.secretariat.id },
      alliance: { id: w.allianceId, pilotStatus: "APPLIED" },
    });
    expect(applied.readiness.ready).toBe(true);
    expect(applied.readiness.conditions.every((c: any) => c.met)).toBe(true);
    expect(failure(await mutate(APPLY, { allianceId: w.allianceId }, w.secretariat.token)).extensions).toMatchObject({
      code: "CONFLICT",
      field: "allianceId",
    });

    // Only the coordination office decides.
    expect(
      failure(await mutate(DECIDE, { pilotApplicationId: applied.id, decision: "APPROVE" }, w.secretariat.token)).extensions?.code,
    ).toBe("FORBIDDEN");
    const decided = ok(
      await mutate(DECIDE, { pilotApplicationId: applied.id, decision: "APPROVE", reason: "Meets Art. 8" }, t.admin),
    ).decidePilot;
    expect(decided).toMatchObject({ status: "APPROVED", reason: "Meets Art. 8", alliance: { pilotStatus: "APPROVED" } });
    expect(failure(await mutate(DECIDE, { pilotApplicationId: applied.id, decision: "REJECT" }, t.admin)).extensions).toMatchObject({
      code: "CONFLICT",
    });

    // Live readiness moves on; the stored snapshot does not.
    await admit(w, "OTHER");
    expect((await readiness(w)).ready).toBe(false);
    const stored = ok(
      await gql(
        t.url,
        `query($id: ID!) { alliance(id: $id) { pilotStatus pilotApplication { id status readiness { ready evaluatedAt } } } }`,
        { id: w.allianceId },
        w.analyst.token,
      ),
    ).alliance;
    expect(stored).toEqual({
      pilotStatus: "APPROVED",
      pilotApplication: { id: applied.id, status: "APPROVED", readiness: { ready: true, evaluatedAt: expect.any(String) } },
    });
  });

  it("shows the report to the secretariat and analysts only, and lets only the secretariat apply", async () => {
    const w = await createWorld(t.url, t.admin, 2);
    const member = w.members[1];
    expect(failure(await gql(t.url, READINESS, { id: w.allianceId }, member.admin.token)).extensions?.code).toBe("FORBIDDEN");
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    expect(failure(await gql(t.url, READINESS, { id: w.allianceId }, outsider.admin.token)).extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "allianceId",
    });
    expect(failure(await mutate(APPLY, { allianceId: w.allianceId }, member.admin.token)).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await mutate(APPLY, { allianceId: w.allianceId }, w.analyst.token)).extensions?.code).toBe("FORBIDDEN");
    const report = await readiness(w, w.analyst.token);
    expect(report.conditions).toHaveLength(6);
    expect(report.conditions.find((c: any) => c.article === "8.3").explanation).toBe(
      "Missing governing bodies: DECISION, ADVISORY, EXECUTIVE.",
    );
  });
});
