/**
 * Who sees what (DESIGN.md §3), rule by rule. Each rule is written once, as an SQL predicate
 * over a row: lists, counts, aggregates and exports put it in their WHERE clause
 * (./visibility-sql.ts), and reading one row by id asks the same predicate of that row, for many
 * viewers at once (RightsFacts in ./rights-facts.ts). Nothing is filtered in memory, and no rule
 * has a second copy that could drift from the first.
 *
 * Platform administrators see everything; they never reach a rule.
 *
 * Reading something you may not see answers NOT_FOUND, exactly like a missing id.
 */
import { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { BenefitPlanStatus } from "../../entities/benefit-plan.entity";
import { DisseminationLevel } from "../../entities/deliverable.entity";
import { FundingKind } from "../../entities/funding-source.entity";
import { IpKind } from "../../entities/ip-asset.entity";
import { MembershipStatus, OPEN_MEMBERSHIP_STATUSES } from "../../entities/membership.entity";
import { MotionKind } from "../../entities/motion.entity";
import { OrgRole } from "../../entities/user.entity";
import { ProjectVisibility } from "../../entities/project.entity";
import { sqlEnum } from "../db/sql-enum";

/**
 * The viewer a rule is evaluated for, as SQL expressions: bound parameters when one viewer lists
 * rows, columns of a set of viewers when the rows of several viewers are checked in one statement.
 */
export interface Asker {
  /** The viewer's organization (NULL for platform staff, who belong to none). */
  org: string;
  user: string;
  /** A table alias no other part of the statement uses, for a nested sub-select. */
  alias(): string;
}

/** A rule over the row aliased (or the id expression) `target`. */
export type Rule = (v: Asker, target: string) => string;

function memberOf(v: Asker, allianceIdSql: string, statuses: readonly MembershipStatus[]): string {
  return `${allianceIdSql} IN (SELECT alliance_id FROM membership WHERE organization_id = ${v.org} AND status IN (${sqlEnum(statuses)}))`;
}

/** The viewer holds one of `roles` in the alliance (any role when omitted). */
function holdsRole(v: Asker, allianceIdSql: string, roles?: readonly AllianceRole[]): string {
  const which = roles ? ` AND role IN (${sqlEnum(roles)})` : "";
  return `${allianceIdSql} IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${v.user}${which})`;
}

// ---- The alliance's directory -------------------------------------------------------------------

/** The roles that read the whole alliance: the secretariat, which runs it, and analysts. */
const ALLIANCE_READERS = [AllianceRole.SECRETARIAT, AllianceRole.ANALYST] as const;

/**
 * "A user sees an alliance's directory (members, bodies, policies, agreements) while their
 * organization is an `ACTIVE` member, or while they hold a role grant in it" — the secretariat's
 * or an analyst's: a government supervisor reads its supervised projects and nothing else (Art. 8.4).
 */
export const directory: Rule = (v, allianceIdSql) =>
  `(${memberOf(v, allianceIdSql, [MembershipStatus.ACTIVE])} OR ${holdsRole(v, allianceIdSql, ALLIANCE_READERS)})`;

/**
 * The alliance itself (name, field, status): its directory audience, and an organization with an
 * open application or a suspended membership, which has to see what it applied to or belongs to;
 * and any role holder, a government supervisor included (its projects name the alliance).
 */
export const alliance: Rule = (v, allianceIdSql) =>
  `(${memberOf(v, allianceIdSql, OPEN_MEMBERSHIP_STATUSES)} OR ${holdsRole(v, allianceIdSql)})`;

/** A membership: the directory audience, and always the member organization itself. */
export const membership: Rule = (v, m) => `(${m}.organization_id = ${v.org} OR ${directory(v, `${m}.alliance_id`)})`;

/**
 * Users (names and e-mail addresses) are personal data: their colleagues of the same organization,
 * themselves, and the directory audience of an alliance in which their organization holds an open
 * membership (alliance partners see who does the work); and a government supervisor sees the
 * people who declared time on a project it supervises (effort is attributed to people, Art. 8.4).
 */
export const user: Rule = (v, u) => {
  const m = v.alias();
  return `(${u}.organization_id = ${v.org} OR ${u}.id = ${v.user} OR EXISTS (
            SELECT 1 FROM membership ${m} WHERE ${m}.organization_id = ${u}.organization_id
               AND ${m}.status IN (${sqlEnum(OPEN_MEMBERSHIP_STATUSES)})
               AND ${directory(v, `${m}.alliance_id`)})
        OR ${declaredTimeOnSupervised(v, `${u}.id`)})`;
};

/** Shared technology platforms (Art. 5) and their bookings: the directory audience. */
export const facility: Rule = (v, f) => directory(v, `${f}.alliance_id`);

/** The audit trail of an alliance: its secretariat. */
export const auditEntry: Rule = (v, e) => holdsRole(v, `${e}.alliance_id`, [AllianceRole.SECRETARIAT]);

// ---- Analysts and the secretariat ---------------------------------------------------------------

/**
 * "Analysts read everything in their alliance (except trade secrets) and write nothing", and so
 * does the secretariat, which runs it: projects, exchanges, IP rights, the pilot programme.
 */
export const readsWholeAlliance: Rule = (v, allianceIdSql) => holdsRole(v, allianceIdSql, ALLIANCE_READERS);

// ---- Decisions of governing bodies (Art. 8.3) ---------------------------------------------------

/**
 * "Motions and votes — the body's seat holders, the secretariat, analysts, and (for ADMIT_MEMBER)
 * the applicant's ORG_ADMINs" (DESIGN.md §7). Votes are visible with their motion.
 */
export const motion: Rule = (v, mo) => {
  const s = v.alias();
  const m = v.alias();
  const u = v.alias();
  return `(${readsWholeAlliance(v, `${mo}.alliance_id`)}
        OR EXISTS (SELECT 1 FROM body_seat ${s} WHERE ${s}.governing_body_id = ${mo}.body_id AND ${s}.user_id = ${v.user})
        OR (${mo}.kind = ${sqlEnum(MotionKind.ADMIT_MEMBER)} AND EXISTS (
              SELECT 1 FROM membership ${m} JOIN "user" ${u} ON ${u}.id = ${v.user}
               WHERE ${m}.id = ${mo}.subject_id AND ${m}.organization_id = ${v.org}
                 AND ${u}.organization_id = ${v.org} AND ${u}.org_role = ${sqlEnum(OrgRole.ORG_ADMIN)})))`;
};

/** The pilot programme's readiness report and applications (Art. 7-8): analysts and the secretariat. */
export const pilotApplication: Rule = (v, a) => readsWholeAlliance(v, `${a}.alliance_id`);

// ---- Projects -----------------------------------------------------------------------------------

/**
 * The project's own audience: "users of participant organizations, everyone in the alliance when
 * `visibility: ALLIANCE`, and the secretariat and analysts". Participants and the alliance only
 * while their organization is an ACTIVE member.
 */
function projectAudience(v: Asker, p: string): string {
  return `(${readsWholeAlliance(v, `${p}.alliance_id`)}
        OR (${memberOf(v, `${p}.alliance_id`, [MembershipStatus.ACTIVE])}
            AND (${p}.visibility = ${sqlEnum(ProjectVisibility.ALLIANCE)} OR ${takesPart(v, `${p}.id`)})))`;
}

/**
 * "The viewer supervises this project" (Art. 8.4): they hold GOVERNMENT_SUPERVISOR in the
 * project's alliance, and the project has at least one GOVERNMENT funding source — government
 * funds used by an alliance are under the supervision of the departments concerned.
 */
function supervises(v: Asker, p: string): string {
  const fs = v.alias();
  return `(${holdsRole(v, `${p}.alliance_id`, [AllianceRole.GOVERNMENT_SUPERVISOR])}
        AND EXISTS (SELECT 1 FROM funding_source ${fs} WHERE ${fs}.project_id = ${p}.id AND ${fs}.kind = ${sqlEnum(FundingKind.GOVERNMENT)}))`;
}

/**
 * "A project, its tasks, milestones, funding and expenses: visible to users of participant
 * organizations, to everyone in the alliance when `visibility: ALLIANCE`, and to the secretariat
 * and analysts" — and a government-funded project to the alliance's government supervisor
 * (DESIGN.md §7), who reads only some of what belongs to it (`projectChild`, `projectFinance`).
 */
export const project: Rule = (v, p) => `(${projectAudience(v, p)} OR ${supervises(v, p)})`;

/** The viewer's organization currently takes part in the project (membership checked apart). */
function takesPart(v: Asker, projectIdSql: string): string {
  const pp = v.alias();
  return `EXISTS (SELECT 1 FROM project_participant ${pp} WHERE ${pp}.project_id = ${projectIdSql}
                     AND ${pp}.organization_id = ${v.org} AND ${pp}.removed_at IS NULL)`;
}

/**
 * What belongs to a project and is seen with it, by its supervisor too: participants, work
 * packages, milestones, funding sources and expenses.
 */
export const projectChild: Rule = (v, projectIdSql) => {
  const p = v.alias();
  return `EXISTS (SELECT 1 FROM project ${p} WHERE ${p}.id = ${projectIdSql} AND ${project(v, p)})`;
};

/**
 * What belongs to a project and is its own audience's only, not its supervisor's: tasks, the
 * project agreement, background declared to it ("and nothing else", DESIGN.md §7).
 */
export const projectWork: Rule = (v, projectIdSql) => {
  const p = v.alias();
  return `EXISTS (SELECT 1 FROM project ${p} WHERE ${p}.id = ${projectIdSql} AND ${projectAudience(v, p)})`;
};

/**
 * A project's financial and effort records — its time declarations, budget status (whose lines
 * reveal personnel costs) and reporting periods with their reports: users of its participant organizations (ACTIVE members taking
 * part), the secretariat, analysts, and the supervisor of a government-funded project (Art. 8.4).
 * Not the alliance at large, even when the project's visibility is ALLIANCE.
 */
export const projectFinance: Rule = (v, projectIdSql) => {
  const p = v.alias();
  return `EXISTS (SELECT 1 FROM project ${p} WHERE ${p}.id = ${projectIdSql}
            AND (${readsWholeAlliance(v, `${p}.alliance_id`)}
                 OR (${memberOf(v, `${p}.alliance_id`, [MembershipStatus.ACTIVE])} AND ${takesPart(v, `${p}.id`)})
                 OR ${supervises(v, p)}))`;
};

/** A reporting period and the versions of its report: the project's financial records. */
export const reportingPeriod: Rule = (v, r) => projectFinance(v, `${r}.project_id`);

/**
 * A deliverable is seen with its project, except that a CONFIDENTIAL one is for "participants, the
 * secretariat" (DESIGN.md §7) only: not the alliance at large, even when the project's visibility
 * is ALLIANCE, not analysts, and not the government supervisor (who supervises funds, not results).
 */
export const deliverable: Rule = (v, d) => {
  const p = v.alias();
  return `(${projectChild(v, `${d}.project_id`)}
        AND (${d}.dissemination_level <> ${sqlEnum(DisseminationLevel.CONFIDENTIAL)} OR EXISTS (
              SELECT 1 FROM project ${p} WHERE ${p}.id = ${d}.project_id
                 AND (${holdsRole(v, `${p}.alliance_id`, [AllianceRole.SECRETARIAT])}
                      OR (${memberOf(v, `${p}.alliance_id`, [MembershipStatus.ACTIVE])} AND ${takesPart(v, `${p}.id`)})))))`;
};

/**
 * The person `userIdSql` declared time on a project the viewer supervises — for organization
 * `ratesOf.organizationIdSql` and on a project that consents to showing the supervisor the
 * personnel rates behind its costs (`supervisor_sees_personnel_rates`), when `ratesOf` is given.
 */
function declaredTimeOnSupervised(v: Asker, userIdSql: string, ratesOf?: { organizationIdSql: string }): string {
  const [td, p] = [v.alias(), v.alias()];
  const rates = ratesOf ? ` AND ${td}.organization_id = ${ratesOf.organizationIdSql} AND ${p}.supervisor_sees_personnel_rates` : "";
  return `EXISTS (SELECT 1 FROM time_declaration ${td} JOIN project ${p} ON ${p}.id = ${td}.project_id
                   WHERE ${td}.user_id = ${userIdSql}${rates} AND ${supervises(v, p)})`;
}

/**
 * A personnel rate is confidential: "the person's organization, the secretariat, the government
 * supervisor" (DESIGN.md §7) — the secretariat of an alliance the organization holds an open
 * membership in, and the supervisor of a project the person declared time on, if that project
 * opts in (`Project.supervisorSeesPersonnelRates`).
 */
export const personnelRate: Rule = (v, r) => {
  const m = v.alias();
  return `(${r}.organization_id = ${v.org} OR EXISTS (
            SELECT 1 FROM membership ${m} WHERE ${m}.organization_id = ${r}.organization_id
               AND ${m}.status IN (${sqlEnum(OPEN_MEMBERSHIP_STATUSES)})
               AND ${holdsRole(v, `${m}.alliance_id`, [AllianceRole.SECRETARIAT])})
        OR ${declaredTimeOnSupervised(v, `${r}.user_id`, { organizationIdSql: `${r}.organization_id` })})`;
};

/**
 * A talent exchange concerns a person and two organizations: users of the sending and the
 * receiving organization (while it is an ACTIVE member), the secretariat and analysts.
 */
export const talentExchange: Rule = (v, x) =>
  `(${readsWholeAlliance(v, `${x}.alliance_id`)}
        OR (${v.org} IN (${x}.from_organization_id, ${x}.to_organization_id)
            AND ${memberOf(v, `${x}.alliance_id`, [MembershipStatus.ACTIVE])}))`;

/** The alliance agreement belongs to the directory; a project agreement is its project's audience's (`projectWork`). */
export const agreement: Rule = (v, ag) =>
  `((${ag}.project_id IS NULL AND ${directory(v, `${ag}.alliance_id`)}) OR ${projectWork(v, `${ag}.project_id`)})`;

// ---- IP assets (Art. 5, 8.5, 8.6) ---------------------------------------------------------------

function ownsIp(v: Asker, assetIdSql: string): string {
  const o = v.alias();
  return `EXISTS (SELECT 1 FROM ip_owner ${o} WHERE ${o}.ip_asset_id = ${assetIdSql} AND ${o}.organization_id = ${v.org})`;
}

/**
 * "An IP asset's summary (title, kind, status, jurisdiction) is visible to the alliance" (its
 * directory audience), to its owners and to its licensees. "`TRADE_SECRET` assets are invisible
 * to everyone but owners and the secretariat": not analysts, not licensees.
 */
export const ipAsset: Rule = (v, ia) => {
  const l = v.alias();
  return `(${ownsIp(v, `${ia}.id`)}
        OR ${holdsRole(v, `${ia}.alliance_id`, [AllianceRole.SECRETARIAT])}
        OR (${ia}.kind <> ${sqlEnum(IpKind.TRADE_SECRET)} AND (${directory(v, `${ia}.alliance_id`)}
            OR EXISTS (SELECT 1 FROM ip_license ${l} WHERE ${l}.ip_asset_id = ${ia}.id AND ${l}.licensee_id = ${v.org}))))`;
};

/**
 * The rights in the asset whose id is `assetIdSql`: "owners' shares, licenses and royalty terms
 * only to owner organizations, the secretariat and analysts" (a licensee sees its own license,
 * `ipLicense`). Asked only of assets the viewer sees.
 */
export const ipRights: Rule = (v, assetIdSql) => {
  const a = v.alias();
  return `(${ownsIp(v, assetIdSql)}
        OR EXISTS (SELECT 1 FROM ip_asset ${a} WHERE ${a}.id = ${assetIdSql} AND ${readsWholeAlliance(v, `${a}.alliance_id`)}))`;
};

function inVisibleAsset(v: Asker, assetIdSql: string): string {
  const a = v.alias();
  return `EXISTS (SELECT 1 FROM ip_asset ${a} WHERE ${a}.id = ${assetIdSql} AND ${ipAsset(v, a)})`;
}

/** An owner's share: the rights audience, within an asset the viewer sees. */
export const ipOwner: Rule = (v, o) => `(${ipRights(v, `${o}.ip_asset_id`)} AND ${inVisibleAsset(v, `${o}.ip_asset_id`)})`;

/** A license: the rights audience, "and a licensee for its own license" — within an asset the viewer sees. */
export const ipLicense: Rule = (v, l) =>
  `((${l}.licensee_id = ${v.org} OR ${ipRights(v, `${l}.ip_asset_id`)}) AND ${inVisibleAsset(v, `${l}.ip_asset_id`)})`;

// ---- Background and access rights (consortium agreements, docs/access-rights.md) -----------------

/** Background brought to a project: its project's audience (`projectWork`), within the asset's own visibility. */
export const backgroundDeclaration: Rule = (v, bd) =>
  `(${projectWork(v, `${bd}.project_id`)} AND ${inVisibleAsset(v, `${bd}.ip_asset_id`)})`;

/**
 * An access request: the requester's organization and the rights audience (owners, the
 * secretariat, analysts), and only within an asset the viewer sees: requests on a trade secret
 * stay with those who may see the secret.
 */
export const accessRequest: Rule = (v, r) =>
  `((${r}.requester_id = ${v.org} OR ${ipRights(v, `${r}.ip_asset_id`)}) AND ${inVisibleAsset(v, `${r}.ip_asset_id`)})`;

/** An owner's decision on an access request: visible with the request. */
export const accessDecision: Rule = (v, d) => {
  const r = v.alias();
  return `EXISTS (SELECT 1 FROM access_request ${r} WHERE ${r}.id = ${d}.request_id AND ${accessRequest(v, r)})`;
};

// ---- Benefit sharing (Art. 8.5) -----------------------------------------------------------------

/**
 * All of an alliance's benefit sharing — "the secretariat and analysts see all" — except that
 * analysts never read plans and income of trade-secret assets. For a row with the given alliance
 * and IP-asset columns. Over bound parameters every sub-select is uncorrelated, so PostgreSQL runs
 * each once per statement (a hashed set): aggregates over thousands of lines stay cheap.
 */
function readsAllBenefits(v: Asker, allianceIdSql: string, ipAssetIdSql: string): string {
  const ts = v.alias();
  return `(${holdsRole(v, allianceIdSql, [AllianceRole.SECRETARIAT])}
        OR (${holdsRole(v, allianceIdSql, [AllianceRole.ANALYST])}
            AND (${ipAssetIdSql} IS NULL OR ${ipAssetIdSql} NOT IN (
                  SELECT ${ts}.id FROM ip_asset ${ts} WHERE ${ts}.kind = ${sqlEnum(IpKind.TRADE_SECRET)}))))`;
}

/**
 * "Benefit plans: an organization sees … the plans it holds shares in; the secretariat and analysts
 * see all." And a pending consent change is seen by "the organizations involved": a DRAFT plan by
 * the holders of the plan in force it would replace (whose approval it needs), and any plan by an
 * organization that approved it without holding a share.
 */
export const benefitPlan: Rule = (v, bp) => {
  const [s, a, cur, cs] = [v.alias(), v.alias(), v.alias(), v.alias()];
  return `(EXISTS (SELECT 1 FROM benefit_share ${s} WHERE ${s}.plan_id = ${bp}.id AND ${s}.organization_id = ${v.org})
        OR EXISTS (SELECT 1 FROM benefit_plan_approval ${a} WHERE ${a}.plan_id = ${bp}.id AND ${a}.organization_id = ${v.org})
        OR (${bp}.status = ${sqlEnum(BenefitPlanStatus.DRAFT)} AND EXISTS (
              SELECT 1 FROM benefit_plan ${cur} JOIN benefit_share ${cs} ON ${cs}.plan_id = ${cur}.id
               WHERE ${cur}.status = ${sqlEnum(BenefitPlanStatus.AGREED)} AND ${cs}.organization_id = ${v.org}
                 AND (${cur}.project_id = ${bp}.project_id OR ${cur}.ip_asset_id = ${bp}.ip_asset_id)))
        OR ${readsAllBenefits(v, `${bp}.alliance_id`, `${bp}.ip_asset_id`)})`;
};

/** A holder's share of a plan: visible with the plan. */
export const benefitShare: Rule = (v, s) => {
  const p = v.alias();
  return `EXISTS (SELECT 1 FROM benefit_plan ${p} WHERE ${p}.id = ${s}.plan_id AND ${benefitPlan(v, p)})`;
};

/** "Distribution lines: an organization sees its own lines; the secretariat and analysts see all." */
export const distribution: Rule = (v, d) =>
  `(${d}.organization_id = ${v.org} OR ${readsAllBenefits(v, `${d}.alliance_id`, `${d}.ip_asset_id`)})`;

/**
 * A revenue event (its total): the organizations that received a line of it, the secretariat and
 * analysts. A holder sees the event its own line comes from, not the other holders' lines.
 */
export const revenueEvent: Rule = (v, re) => {
  const d = v.alias();
  return `(EXISTS (SELECT 1 FROM distribution ${d} WHERE ${d}.revenue_event_id = ${re}.id AND ${d}.organization_id = ${v.org})
        OR ${readsAllBenefits(v, `${re}.alliance_id`, `${re}.ip_asset_id`)})`;
};

// ---- Consent to ownership changes (Art. 8.5) ----------------------------------------------------

/**
 * A proposed change of an IP asset's owners: "the organizations involved" — every owner it was
 * proposed against and every owner it proposes (`approver_organization_ids`), and whoever owns
 * the asset now — and, like the asset's rights, the secretariat and analysts (not analysts for a
 * trade secret).
 */
export const ipOwnershipChange: Rule = (v, c) =>
  `(${v.org} = ANY(${c}.approver_organization_ids)
        OR ${ownsIp(v, `${c}.ip_asset_id`)}
        OR ${readsAllBenefits(v, `${c}.alliance_id`, `${c}.ip_asset_id`)})`;
