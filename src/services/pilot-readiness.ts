/**
 * The basic conditions of Art. 8 that an alliance must meet to apply for the pilot programme
 * (Art. 7), each evaluated against live data: the members, the alliance agreement in force and
 * its signatures, the governing bodies and their seats, the adopted policies, the projects' benefit
 * plans and project agreements, and the IP assets' diffusion duty.
 */
import type { EntityManager } from "typeorm";
import type { Alliance } from "../../entities/alliance.entity";
import type { PilotConditionData, PilotReadinessData } from "../../entities/pilot-application.entity";
import { SqlParams } from "../db/sql";
import { toGlobalId } from "../graphql/global-id";

type Offender = PilotConditionData["offending"][number];
type Db = Pick<EntityManager, "query" | "connection">;

/** Whether the reader sees the IP asset aliased `alias` (its visibility rule, as SQL). */
export type SeesAsset = (alias: string, params: SqlParams) => string;

const condition = (
  article: string,
  code: string,
  title: string,
  problems: string[],
  offending: Offender[],
  whenMet: string,
): PilotConditionData => ({
  article,
  code,
  title,
  met: problems.length === 0 && offending.length === 0,
  explanation: problems.length === 0 && offending.length === 0 ? whenMet : problems.join(" "),
  offending,
});

const organization = (row: { id: string; name: string }, problem: string): Offender => ({
  id: toGlobalId("Organization", row.id),
  type: "Organization",
  label: row.name,
  problem,
});

async function activeMembers(db: Db, allianceId: string) {
  return db.query<{ id: string; name: string; type: string; backbone: boolean }[]>(
    `SELECT o.id, o.name, o.type::text AS type, o.industry_backbone AS backbone
       FROM membership m JOIN organization o ON o.id = m.organization_id
      WHERE m.alliance_id = $1 AND m.status = 'ACTIVE'
      ORDER BY o.name, o.id`,
    [allianceId],
  );
}

/** 8.1: several independent legal entities, a backbone enterprise and a university or research institute. */
async function legalEntities(db: Db, allianceId: string): Promise<PilotConditionData> {
  const members = await activeMembers(db, allianceId);
  const problems: string[] = [];
  if (members.length < 2)
    problems.push(`The alliance has ${members.length} active member(s); it needs several independent legal entities.`);
  if (!members.some((m) => m.type === "ENTERPRISE" && m.backbone))
    problems.push("No active member is an enterprise holding a backbone position in its industry.");
  if (!members.some((m) => m.type === "UNIVERSITY" || m.type === "RESEARCH_INSTITUTE"))
    problems.push("No active member is a university or research institute.");
  return condition(
    "8.1",
    "LEGAL_ENTITIES",
    "Several independent legal entities, including a backbone enterprise and a university or research institute",
    problems,
    [],
    `${members.length} active members, among them a backbone enterprise and a university or research institute.`,
  );
}

/** 8.2: an alliance agreement in force, signed by every active member, with goals and a task for every member. */
async function allianceAgreement(db: Db, allianceId: string): Promise<PilotConditionData> {
  const title =
    "An effective alliance agreement signed by every active member, with innovation goals and a task division covering every member";
  const [agreement]: { id: string; title: string }[] = await db.query(
    `SELECT id, title FROM agreement WHERE alliance_id = $1 AND kind = 'ALLIANCE'`,
    [allianceId],
  );
  if (!agreement) return condition("8.2", "ALLIANCE_AGREEMENT", title, ["The alliance has no alliance agreement."], [], "");
  const [version]: {
    id: string;
    number: number;
    goals: string[];
    task_division: { organizationId: string; responsibilities: string[] }[];
  }[] = await db.query(`SELECT id, number, goals, task_division FROM agreement_version WHERE agreement_id = $1 AND status = 'EFFECTIVE'`, [
    agreement.id,
  ]);
  if (!version) {
    const offender = {
      id: toGlobalId("Agreement", agreement.id),
      type: "Agreement",
      label: agreement.title,
      problem: "no version is in force",
    };
    return condition(
      "8.2",
      "ALLIANCE_AGREEMENT",
      title,
      ["The alliance agreement is not in force: no version has been signed by every party."],
      [offender],
      "",
    );
  }
  const members = await activeMembers(db, allianceId);
  const signed = new Set(
    (
      await db.query<{ organization_id: string }[]>(`SELECT organization_id FROM agreement_signature WHERE version_id = $1`, [version.id])
    ).map((r) => r.organization_id),
  );
  const tasked = new Set(version.task_division.filter((t) => t.responsibilities.length > 0).map((t) => t.organizationId));
  const offending = [
    ...members
      .filter((m) => !signed.has(m.id))
      .map((m) => organization(m, `has not signed version ${version.number} of the alliance agreement`)),
    ...members.filter((m) => !tasked.has(m.id)).map((m) => organization(m, "has no task in the alliance agreement's task division")),
  ];
  const problems: string[] = [];
  if (version.goals.length === 0) problems.push("The alliance agreement in force states no innovation goals.");
  if (offending.some((o) => o.problem.startsWith("has not signed")))
    problems.push("Some active members have not signed the alliance agreement in force.");
  if (offending.some((o) => o.problem.startsWith("has no task"))) problems.push("The task division does not cover every active member.");
  return condition(
    "8.2",
    "ALLIANCE_AGREEMENT",
    title,
    problems,
    offending,
    `Version ${version.number} of the alliance agreement is in force, signed by all ${members.length} active members, with ${version.goals.length} goal(s) and a task for every member.`,
  );
}

/** 8.3: decision, advisory and executive bodies, full-time executive staff, a named host organization. */
async function governingBodies(db: Db, alliance: Alliance): Promise<PilotConditionData> {
  const bodies: { id: string; kind: string; name: string; full_time: number }[] = await db.query(
    `SELECT b.id, b.kind::text AS kind, b.name,
            (SELECT count(*)::int FROM body_seat s WHERE s.governing_body_id = b.id AND s.full_time) AS full_time
       FROM governing_body b WHERE b.alliance_id = $1 ORDER BY b.name, b.id`,
    [alliance.id],
  );
  const problems: string[] = [];
  const missing = ["DECISION", "ADVISORY", "EXECUTIVE"].filter((kind) => !bodies.some((b) => b.kind === kind));
  if (missing.length) problems.push(`Missing governing bodies: ${missing.join(", ")}.`);
  const executives = bodies.filter((b) => b.kind === "EXECUTIVE");
  const unstaffed = executives.filter((b) => b.full_time === 0);
  if (executives.length > 0 && unstaffed.length === executives.length) problems.push("The executive body has no full-time staff.");
  if (!alliance.hostOrganizationId) problems.push("The alliance names no host (responsible) organization.");
  const offending =
    executives.length > 0 && unstaffed.length === executives.length
      ? unstaffed.map((b) => ({
          id: toGlobalId("GoverningBody", b.id),
          type: "GoverningBody",
          label: b.name,
          problem: "has no full-time staff",
        }))
      : [];
  return condition(
    "8.3",
    "GOVERNING_BODIES",
    "Decision, advisory and executive bodies, full-time staff in the executive body, and a host organization",
    problems,
    offending,
    "Decision, advisory and executive bodies exist, the executive body has full-time staff, and the host organization is named.",
  );
}

async function hasPolicy(db: Db, allianceId: string, kind: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM policy_document WHERE alliance_id = $1 AND kind = $2 AND adopted_at <= now() LIMIT 1`,
    [allianceId, kind],
  );
  return rows.length > 0;
}

/** 8.4: a fund-management policy adopted. */
async function fundManagement(db: Db, allianceId: string): Promise<PilotConditionData> {
  const problems = (await hasPolicy(db, allianceId, "FUND_MANAGEMENT")) ? [] : ["No fund-management policy has been adopted."];
  return condition("8.4", "FUND_MANAGEMENT", "A fund-management policy adopted", problems, [], "A fund-management policy is adopted.");
}

/** 8.5: every ACTIVE project has an agreed benefit plan or a project agreement in force. */
async function benefitSharing(db: Db, allianceId: string): Promise<PilotConditionData> {
  const projects: { id: string; code: string; title: string }[] = await db.query(
    `SELECT p.id, p.code, p.title FROM project p
      WHERE p.alliance_id = $1 AND p.status = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM benefit_plan bp WHERE bp.project_id = p.id AND bp.status = 'AGREED')
        AND NOT EXISTS (SELECT 1 FROM agreement ag JOIN agreement_version av ON av.agreement_id = ag.id
                         WHERE ag.project_id = p.id AND av.status = 'EFFECTIVE')
      ORDER BY p.code, p.id`,
    [allianceId],
  );
  const offending = projects.map((p) => ({
    id: toGlobalId("Project", p.id),
    type: "Project",
    label: `${p.code} ${p.title}`,
    problem: "is active without an agreed benefit plan or a project agreement in force",
  }));
  const problems = offending.length
    ? [`${offending.length} active project(s) have no agreed benefit plan and no project agreement in force.`]
    : [];
  return condition(
    "8.5",
    "BENEFIT_SHARING",
    "Every active project has an agreed benefit plan or a project agreement",
    problems,
    offending,
    "Every active project has an agreed benefit plan or a project agreement in force.",
  );
}

/** 8.6: an admission policy adopted and no overdue diffusion duty. */
async function openDevelopment(db: Db, allianceId: string, today: string, seesAsset: SeesAsset): Promise<PilotConditionData> {
  const problems: string[] = [];
  if (!(await hasPolicy(db, allianceId, "ADMISSION"))) problems.push("No admission policy has been adopted.");
  const params = new SqlParams();
  const [sql, values] = db.connection.driver.escapeQueryWithParameters(
    `SELECT ia.id, ia.title, ia.diffusion_due_date::text AS due, (${seesAsset("ia", params)}) AS visible FROM ip_asset ia
      WHERE ia.alliance_id = ${params.add(allianceId)} AND ia.diffusion_status = 'PENDING' AND ia.diffusion_due_date < ${params.add(today)}::date
      ORDER BY ia.diffusion_due_date, ia.id`,
    params.values,
  );
  const overdue: { id: string; title: string; due: string; visible: boolean }[] = await db.query(sql, values);
  const offending = overdue.map((a) => ({
    id: toGlobalId("IpAsset", a.id),
    type: "IpAsset",
    // The readers of the report see every asset but trade secrets (analysts): they learn that
    // one is overdue, not what it is.
    label: a.visible ? a.title : "(trade secret)",
    problem: `was due to be diffused outside the alliance by ${a.due}`,
  }));
  if (offending.length) problems.push(`${offending.length} government-funded result(s) are overdue for diffusion outside the alliance.`);
  return condition(
    "8.6",
    "OPEN_DEVELOPMENT",
    "An admission policy adopted and no overdue diffusion duty",
    problems,
    offending,
    "An admission policy is adopted and no diffusion duty is overdue.",
  );
}

/** The readiness report of `alliance` as of `now`. */
export async function evaluateReadiness(db: Db, alliance: Alliance, now: Date, seesAsset: SeesAsset): Promise<PilotReadinessData> {
  const today = now.toISOString().slice(0, 10);
  const conditions = [
    await legalEntities(db, alliance.id),
    await allianceAgreement(db, alliance.id),
    await governingBodies(db, alliance),
    await fundManagement(db, alliance.id),
    await benefitSharing(db, alliance.id),
    await openDevelopment(db, alliance.id, today, seesAsset),
  ];
  return { allianceId: alliance.id, ready: conditions.every((c) => c.met), evaluatedAt: now.toISOString(), conditions };
}
