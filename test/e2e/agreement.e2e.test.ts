import { createHash } from "node:crypto";
import { gql, ok, failure } from "../support/client";
import { createOrgWithAdmin, createUser } from "../support/factories";
import { addParticipant, createProject } from "../support/project-factories";
import {
  admitMember,
  amendAgreement,
  createAgreementRaw,
  createWorld,
  draftAllianceAgreement,
  effectiveAllianceAgreement,
  openAgreement,
  readAgreement,
  signAgreement,
  type World,
} from "../support/ip-factories";
import { appPerFile } from "../support/suite";

const t = appPerFile();

const ids = (orgs: { id: string }[]) => orgs.map((o) => o.id).sort();

describe("signatures (Art. 8.2)", () => {
  let world: World;
  beforeEach(async () => {
    world = await createWorld(t.url, t.admin, 3);
  });

  it("is not effective with N-1 of N signatures and becomes EFFECTIVE with the N-th", async () => {
    const draft = await draftAllianceAgreement(t.url, world);
    expect(draft.status).toBe("DRAFT");
    expect(ids(draft.versions[0].requiredSignatories)).toEqual(ids(world.members));

    const opened = ok(await openAgreement(t.url, world.secretariat.token, draft.id)).openAgreementForSignature;
    const version = opened.versions[0];
    expect(version.status).toBe("OPEN_FOR_SIGNATURE");
    expect(version.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ids(version.missingSignatories)).toEqual(ids(world.members));

    const [a, b, c] = world.members;
    ok(await signAgreement(t.url, a.admin.token, draft.id));
    const afterTwo = ok(await signAgreement(t.url, b.admin.token, draft.id)).signAgreement;
    expect(afterTwo.status).toBe("OPEN_FOR_SIGNATURE");
    expect(afterTwo.effectiveVersion).toBeNull();
    expect(ids(afterTwo.versions[0].missingSignatories)).toEqual([c.id]);
    expect(afterTwo.versions[0].signatures).toHaveLength(2);

    const done = ok(await signAgreement(t.url, c.admin.token, draft.id)).signAgreement;
    expect(done.status).toBe("EFFECTIVE");
    expect(done.effectiveVersion.number).toBe(1);
    const signed = done.versions[0];
    expect(signed.status).toBe("EFFECTIVE");
    expect(signed.effectiveAt).toEqual(expect.any(String));
    expect(signed.missingSignatories).toEqual([]);
    expect(ids(signed.signatures.map((s: any) => s.organization))).toEqual(ids(world.members));
    for (const s of signed.signatures) expect(s.textHash).toBe(signed.textHash);
    expect(signed.signatures.find((s: any) => s.organization.id === c.id).signer.id).toBe(c.admin.id);
  });

  it("answers FORBIDDEN to a party's user who is not its legal representative, and to a legal representative of a non-party", async () => {
    const draft = await draftAllianceAgreement(t.url, world);
    ok(await openAgreement(t.url, world.secretariat.token, draft.id));
    const engineer = await createUser(t.url, t.admin, world.members[0].id, { orgRole: "ORG_ADMIN" });
    expect(failure(await signAgreement(t.url, engineer.token, draft.id)).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await signAgreement(t.url, world.secretariat.token, draft.id)).extensions?.code).toBe("FORBIDDEN");
    // An applicant's legal representative sees nothing of the directory yet: NOT_FOUND.
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    expect(failure(await signAgreement(t.url, outsider.admin.token, draft.id)).extensions?.code).toBe("NOT_FOUND");
    const read = ok(await readAgreement(t.url, world.secretariat.token, draft.id));
    expect(read.node.versions[0].signatures).toEqual([]);
  });

  it("answers CONFLICT to a second signature for the same party, by the same or another legal representative", async () => {
    const draft = await draftAllianceAgreement(t.url, world);
    ok(await openAgreement(t.url, world.secretariat.token, draft.id));
    const party = world.members[0];
    ok(await signAgreement(t.url, party.admin.token, draft.id));
    expect(failure(await signAgreement(t.url, party.admin.token, draft.id)).extensions).toMatchObject({
      code: "CONFLICT",
      field: "agreementId",
    });
    const secondRep = await createUser(t.url, t.admin, party.id, { isLegalRepresentative: true });
    expect(failure(await signAgreement(t.url, secondRep.token, draft.id)).extensions?.code).toBe("CONFLICT");
    const read = ok(await readAgreement(t.url, world.secretariat.token, draft.id));
    expect(read.node.versions[0].signatures).toHaveLength(1);
  });

  it("counts two concurrent last signatures and takes effect exactly once", async () => {
    const draft = await draftAllianceAgreement(t.url, world);
    ok(await openAgreement(t.url, world.secretariat.token, draft.id));
    ok(await signAgreement(t.url, world.members[0].admin.token, draft.id));
    const results = await Promise.all([
      signAgreement(t.url, world.members[1].admin.token, draft.id),
      signAgreement(t.url, world.members[2].admin.token, draft.id),
    ]);
    results.forEach((r) => ok(r));
    const read = ok(await readAgreement(t.url, world.secretariat.token, draft.id)).node;
    expect(read.status).toBe("EFFECTIVE");
    expect(read.versions[0].missingSignatories).toEqual([]);
  });

  it("answers CONFLICT when nothing is open for signature", async () => {
    const draft = await draftAllianceAgreement(t.url, world);
    expect(failure(await signAgreement(t.url, world.members[0].admin.token, draft.id)).extensions?.code).toBe("CONFLICT");
  });
});

describe("terms", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(t.url, t.admin, 2);
  });

  it("amends and terminates a draft that was never opened (it needs no hash)", async () => {
    const own = await createWorld(t.url, t.admin, 2);
    const draft = await draftAllianceAgreement(t.url, own);
    const amended = ok(await amendAgreement(t.url, own.secretariat.token, { agreementId: draft.id, text: "Second draft." })).amendAgreement;
    expect(amended.versions.map((v: any) => [v.number, v.status, v.textHash])).toEqual([
      [1, "SUPERSEDED", null],
      [2, "DRAFT", null],
    ]);
    const terminated = ok(
      await gql(
        t.url,
        `mutation($input: TerminateAgreementInput!) { terminateAgreement(input: $input) { versions { number status } } }`,
        {
          input: { agreementId: draft.id, reason: "Drafting stopped" },
        },
        own.secretariat.token,
      ),
    ).terminateAgreement;
    expect(terminated.versions.map((v: any) => [v.number, v.status])).toEqual([
      [1, "SUPERSEDED"],
      [2, "TERMINATED"],
    ]);
  });

  it("freezes the text when opened: its SHA-256 is recorded, an amendment is a new version, and the database refuses changes", async () => {
    const draft = await draftAllianceAgreement(t.url, world);
    const opened = ok(await openAgreement(t.url, world.secretariat.token, draft.id)).openAgreementForSignature.versions[0];
    const canonical = JSON.stringify({
      text: opened.text,
      goals: opened.goals,
      taskDivision: opened.taskDivision.map((d: any) => ({ organizationId: d.organization.id, responsibilities: d.responsibilities })),
      breachTerms: opened.breachTerms,
    });
    expect(opened.textHash).toBe(createHash("sha256").update(canonical, "utf8").digest("hex"));
    ok(await signAgreement(t.url, world.members[0].admin.token, draft.id));

    const amended = ok(
      await amendAgreement(t.url, world.secretariat.token, { agreementId: draft.id, text: "Amended text." }),
    ).amendAgreement;
    expect(amended.versions.map((v: any) => [v.number, v.status])).toEqual([
      [1, "SUPERSEDED"],
      [2, "DRAFT"],
    ]);
    const [v1, v2] = amended.versions;
    expect(v1).toMatchObject({ text: opened.text, textHash: opened.textHash, effectiveAt: null });
    expect(v1.signatures).toHaveLength(1);
    expect(v2).toMatchObject({ text: "Amended text.", goals: opened.goals, breachTerms: opened.breachTerms, textHash: null });

    const key = Buffer.from(opened.id, "base64url").toString().split(":")[1];
    await expect(t.app.deps.db.query(`UPDATE agreement_version SET text = 'tampered' WHERE id = $1`, [key])).rejects.toThrow(/frozen/);
    await expect(
      t.app.deps.db.query(`UPDATE agreement_signature SET text_hash = repeat('0', 64) WHERE version_id = $1`, [key]),
    ).rejects.toThrow(/immutable/);
    const reread = ok(await readAgreement(t.url, world.secretariat.token, draft.id)).node.versions[0];
    expect(reread.text).toBe(opened.text);
  });

  it("keeps the effective version in force until the amendment is signed by all, then SUPERSEDES it", async () => {
    const world2 = await createWorld(t.url, t.admin, 2);
    const effective = await effectiveAllianceAgreement(t.url, world2);
    ok(await amendAgreement(t.url, world2.secretariat.token, { agreementId: effective.id, goals: ["New goal"] }));
    ok(await openAgreement(t.url, world2.secretariat.token, effective.id));
    const half = ok(await signAgreement(t.url, world2.members[0].admin.token, effective.id)).signAgreement;
    expect(half.status).toBe("EFFECTIVE");
    expect(half.effectiveVersion.number).toBe(1);
    expect(half.openVersion.number).toBe(2);
    const all = ok(await signAgreement(t.url, world2.members[1].admin.token, effective.id)).signAgreement;
    expect(all.versions.map((v: any) => v.status)).toEqual(["SUPERSEDED", "EFFECTIVE"]);
    expect(all.versions[0].endedAt).toEqual(expect.any(String));
    expect(all.effectiveVersion.number).toBe(2);
  });

  it("rejects bad terms with BAD_USER_INPUT naming the field, and a second alliance agreement with CONFLICT", async () => {
    const world = await createWorld(t.url, t.admin, 2);
    const base = { allianceId: world.allianceId, kind: "ALLIANCE", title: "T", text: "Text" };
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    const notParty = failure(
      await createAgreementRaw(t.url, world.secretariat.token, {
        ...base,
        taskDivision: [{ organizationId: outsider.id, responsibilities: ["x"] }],
      }),
    );
    expect(notParty.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "taskDivision[0].organizationId" });
    const twice = failure(
      await createAgreementRaw(t.url, world.secretariat.token, {
        ...base,
        taskDivision: [world.members[0], world.members[0]].map((m) => ({ organizationId: m.id, responsibilities: ["x"] })),
      }),
    );
    expect(twice.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "taskDivision[1].organizationId" });
    expect(failure(await createAgreementRaw(t.url, world.secretariat.token, { ...base, text: "  " })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "text",
    });
    expect(failure(await createAgreementRaw(t.url, world.secretariat.token, { ...base, kind: "PROJECT" })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "projectId",
    });
    ok(await createAgreementRaw(t.url, world.secretariat.token, base));
    expect(failure(await createAgreementRaw(t.url, world.secretariat.token, base)).extensions).toMatchObject({
      code: "CONFLICT",
      field: "kind",
    });
  });

  it("lets only the secretariat draft, amend and open", async () => {
    const world3 = await createWorld(t.url, t.admin, 2);
    const member = world3.members[0].admin.token;
    const input = { allianceId: world3.allianceId, kind: "ALLIANCE", title: "T", text: "Text" };
    expect(failure(await createAgreementRaw(t.url, member, input)).extensions?.code).toBe("FORBIDDEN");
    const draft = ok(await createAgreementRaw(t.url, world3.secretariat.token, input)).createAgreement;
    expect(failure(await amendAgreement(t.url, member, { agreementId: draft.id, text: "x" })).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await openAgreement(t.url, member, draft.id)).extensions?.code).toBe("FORBIDDEN");
    expect(failure(await openAgreement(t.url, world3.analyst.token, draft.id)).extensions?.code).toBe("FORBIDDEN");
  });
});

describe("membership changes", () => {
  it("asks a newly admitted member to sign: the effective version stays in force and lists it as missing until it accedes", async () => {
    const world = await createWorld(t.url, t.admin, 2);
    const agreement = await effectiveAllianceAgreement(t.url, world);
    const newcomer = await admitMember(t.url, t.admin, world);
    const read = ok(await readAgreement(t.url, newcomer.admin.token, agreement.id)).node;
    expect(read.status).toBe("EFFECTIVE");
    expect(read.versions[0].status).toBe("EFFECTIVE");
    expect(ids(read.versions[0].missingSignatories)).toEqual([newcomer.id]);
    expect(read.versions[0].requiredSignatories).toHaveLength(3);

    const acceded = ok(await signAgreement(t.url, newcomer.admin.token, agreement.id)).signAgreement;
    expect(acceded.versions[0].missingSignatories).toEqual([]);
    expect(acceded.versions[0].signatures).toHaveLength(3);
    expect(failure(await signAgreement(t.url, newcomer.admin.token, agreement.id)).extensions?.code).toBe("CONFLICT");
  });

  it("adds a member admitted while a version is open to its signatories", async () => {
    const world2 = await createWorld(t.url, t.admin, 2);
    const draft2 = await draftAllianceAgreement(t.url, world2);
    ok(await openAgreement(t.url, world2.secretariat.token, draft2.id));
    ok(await signAgreement(t.url, world2.members[0].admin.token, draft2.id));
    const newcomer = await admitMember(t.url, t.admin, world2);
    ok(await signAgreement(t.url, world2.members[1].admin.token, draft2.id));
    const pending = ok(await readAgreement(t.url, world2.secretariat.token, draft2.id)).node;
    expect(pending.status).toBe("OPEN_FOR_SIGNATURE");
    expect(ids(pending.versions[0].missingSignatories)).toEqual([newcomer.id]);
    const done = ok(await signAgreement(t.url, newcomer.admin.token, draft2.id)).signAgreement;
    expect(done.status).toBe("EFFECTIVE");
  });

  it("makes the open version effective when the last missing party withdraws", async () => {
    const world = await createWorld(t.url, t.admin, 3);
    const draft = await draftAllianceAgreement(t.url, world);
    ok(await openAgreement(t.url, world.secretariat.token, draft.id));
    ok(await signAgreement(t.url, world.members[0].admin.token, draft.id));
    ok(await signAgreement(t.url, world.members[1].admin.token, draft.id));
    const leaving = world.members[2];
    const memberships = ok(
      await gql(
        t.url,
        `query($id: ID!) { organization(id: $id) { memberships { edges { node { id } } } } }`,
        { id: leaving.id },
        leaving.admin.token,
      ),
    );
    const membershipId = memberships.organization.memberships.edges[0].node.id;
    ok(
      await gql(
        t.url,
        `mutation($input: ChangeMembershipInput!) { withdrawMembership(input: $input) { status } }`,
        { input: { membershipId } },
        leaving.admin.token,
      ),
    );
    const read = ok(await readAgreement(t.url, world.secretariat.token, draft.id)).node;
    expect(read.status).toBe("EFFECTIVE");
    expect(read.versions[0].requiredSignatories).toHaveLength(2);
  });
});

describe("visibility and breach records", () => {
  it("shows the alliance agreement to the directory audience only, and breach records on the agreement and the organization", async () => {
    const world = await createWorld(t.url, t.admin, 2);
    const agreement = await effectiveAllianceAgreement(t.url, world);
    const outsider = await createOrgWithAdmin(t.url, t.admin);
    expect(failure(await readAgreement(t.url, outsider.admin.token, agreement.id)).extensions?.code).toBe("NOT_FOUND");
    const list = `query($id: ID!) { alliance(id: $id) { agreements { totalCount edges { node { id status } } } } }`;
    const seen = ok(await gql(t.url, list, { id: world.allianceId }, world.analyst.token));
    expect(seen.alliance.agreements).toMatchObject({ totalCount: 1, edges: [{ node: { id: agreement.id, status: "EFFECTIVE" } }] });

    const breachMutation = `mutation($input: RecordBreachInput!) { recordBreach(input: $input) { id status organization { id } agreement { id } } }`;
    const party = world.members[1];
    const input = {
      agreementId: agreement.id,
      organizationId: party.id,
      description: "Did not deliver work package 2",
      liability: "Pays 50,000 CNY",
    };
    expect(failure(await gql(t.url, breachMutation, { input }, party.admin.token)).extensions?.code).toBe("FORBIDDEN");
    expect(
      failure(await gql(t.url, breachMutation, { input: { ...input, organizationId: outsider.id } }, world.secretariat.token)).extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "organizationId" });
    const breach = ok(await gql(t.url, breachMutation, { input }, world.secretariat.token)).recordBreach;
    expect(breach).toMatchObject({ status: "NOTIFIED", organization: { id: party.id }, agreement: { id: agreement.id } });

    const onAgreement = ok(
      await gql(
        t.url,
        `query($id: ID!) { node(id: $id) { ... on Agreement { breachRecords { id description liability } } } }`,
        { id: agreement.id },
        world.members[0].admin.token,
      ),
    );
    expect(onAgreement.node.breachRecords).toEqual([{ id: breach.id, description: input.description, liability: input.liability }]);
    const onOrg = `query($id: ID!) { organization(id: $id) { breachRecords { totalCount edges { node { id } } } } }`;
    expect(ok(await gql(t.url, onOrg, { id: party.id }, world.members[0].admin.token)).organization.breachRecords.totalCount).toBe(1);
    expect(ok(await gql(t.url, onOrg, { id: party.id }, outsider.admin.token)).organization.breachRecords.totalCount).toBe(0);

    const close = `mutation($input: CloseBreachRecordInput!) { closeBreachRecord(input: $input) { status resolution } }`;
    const closed = ok(
      await gql(t.url, close, { input: { breachRecordId: breach.id, status: "REMEDIED", resolution: "Paid" } }, world.secretariat.token),
    );
    expect(closed.closeBreachRecord).toEqual({ status: "REMEDIED", resolution: "Paid" });
    expect(
      failure(await gql(t.url, close, { input: { breachRecordId: breach.id, status: "DISMISSED" } }, world.secretariat.token)).extensions
        ?.code,
    ).toBe("CONFLICT");
  });
});

describe("project agreements (Art. 8.5)", () => {
  it("are signed by the project's current participants, including one added after opening, and seen with the project", async () => {
    const world = await createWorld(t.url, t.admin, 3);
    const [a, b, c] = world.members;
    const project = await createProject(t.url, a.admin.token, world.allianceId);
    ok(await addParticipant(t.url, a.admin.token, project.id, b.id));
    const created = ok(
      await createAgreementRaw(t.url, world.secretariat.token, {
        allianceId: world.allianceId,
        kind: "PROJECT",
        projectId: project.id,
        title: "Ownership, licensing and revenue of project results",
        text: "Results belong to the participants in proportion to their contributions.",
        taskDivision: [
          { organizationId: a.id, responsibilities: ["Cell design"] },
          { organizationId: b.id, responsibilities: ["Testing"] },
        ],
      }),
    ).createAgreement;
    expect(created.kind).toBe("PROJECT");
    ok(await openAgreement(t.url, world.secretariat.token, created.id));
    ok(await signAgreement(t.url, a.admin.token, created.id));
    // C is not a participant: it sees neither the project nor its agreement.
    expect(failure(await signAgreement(t.url, c.admin.token, created.id)).extensions?.code).toBe("NOT_FOUND");
    ok(await addParticipant(t.url, a.admin.token, project.id, c.id));
    const pending = ok(await readAgreement(t.url, world.secretariat.token, created.id)).node;
    expect(ids(pending.versions[0].missingSignatories)).toEqual(ids([b, c]));
    expect(ok(await signAgreement(t.url, b.admin.token, created.id)).signAgreement.status).toBe("OPEN_FOR_SIGNATURE");
    expect(ok(await signAgreement(t.url, c.admin.token, created.id)).signAgreement.status).toBe("EFFECTIVE");
    const viaProject = ok(
      await gql(
        t.url,
        `query($id: ID!) { project(id: $id) { agreement { id project { id } effectiveVersion { number } } } }`,
        { id: project.id },
        c.admin.token,
      ),
    );
    expect(viaProject.project.agreement).toEqual({ id: created.id, project: { id: project.id }, effectiveVersion: { number: 1 } });
    expect(
      failure(
        await createAgreementRaw(t.url, world.secretariat.token, {
          allianceId: world.allianceId,
          kind: "PROJECT",
          projectId: project.id,
          title: "Again",
          text: "x",
        }),
      ).extensions,
    ).toMatchObject({ code: "CONFLICT", field: "projectId" });
  });
});
