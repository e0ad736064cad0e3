/**
 * Who may see and do what (DESIGN.md §3), in one place. Each rule exists twice on purpose:
 * as a check on one loaded row (`can…`) and as an SQL predicate (`…Sql`) that lists, counts and
 * aggregates put in their WHERE clause, so nothing is ever filtered in memory.
 *
 * Reading something you may not see answers NOT_FOUND, exactly like a missing id; changing
 * something you may see but not change answers FORBIDDEN.
 */
import { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { ParticipantRole } from "../../entities/project-participant.entity";
import { ProjectVisibility } from "../../entities/project.entity";
import { forbidden } from "../errors";
import type { SqlParams } from "../db/filter-sql";
import type { Access } from "./access";

// ---- Alliances and their directory -------------------------------------------------------------

/**
 * The directory (members, bodies, policies, agreements): while the viewer's organization is an
 * ACTIVE member, or the viewer holds a role in the alliance. Platform admins see every alliance.
 */
export async function canSeeDirectory(access: Access, allianceId: string): Promise<boolean> {
  if (access.isAdmin) return true;
  const standing = await access.standing(allianceId);
  return standing.membershipStatus === MembershipStatus.ACTIVE || standing.roles.size > 0;
}

/**
 * The alliance itself (name, field, status): its directory audience, plus an organization with
 * an open application or suspended membership, which has to see what it applied to.
 */
export async function canSeeAlliance(access: Access, allianceId: string): Promise<boolean> {
  if (access.isAdmin) return true;
  const standing = await access.standing(allianceId);
  return standing.membershipStatus !== undefined || standing.roles.size > 0;
}

export function visibleAllianceSql(access: Access, allianceIdSql: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  const user = params.add(access.viewer.userId);
  return `(${allianceIdSql} IN (SELECT alliance_id FROM membership WHERE organization_id = ${org}
            AND status IN ('APPLIED', 'ACTIVE', 'SUSPENDED'))
        OR ${allianceIdSql} IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user}))`;
}

export function directorySql(access: Access, allianceIdSql: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  const user = params.add(access.viewer.userId);
  return `(${allianceIdSql} IN (SELECT alliance_id FROM membership WHERE organization_id = ${org} AND status = 'ACTIVE')
        OR ${allianceIdSql} IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user}))`;
}

/** The secretariat runs membership, agreements, funds and the pilot application. */
export async function isSecretariat(access: Access, allianceId: string): Promise<boolean> {
  return access.isAdmin || (await access.hasRole(allianceId, AllianceRole.SECRETARIAT));
}

/** Secretariat and analysts read everything in the alliance (analysts: except trade secrets). */
export async function readsWholeAlliance(access: Access, allianceId: string): Promise<boolean> {
  if (access.isAdmin) return true;
  const { roles } = await access.standing(allianceId);
  return roles.has(AllianceRole.SECRETARIAT) || roles.has(AllianceRole.ANALYST);
}

export async function assertSecretariat(access: Access, allianceId: string): Promise<void> {
  if (!(await isSecretariat(access, allianceId))) {
    throw forbidden("Only the alliance's secretariat may do this");
  }
}

// ---- Memberships ------------------------------------------------------------------------------

/** A membership: the directory audience, and always the member organization itself. */
export async function canSeeMembership(
  access: Access,
  membership: { allianceId: string; organizationId: string },
): Promise<boolean> {
  return (
    membership.organizationId === access.viewer.organizationId || (await canSeeDirectory(access, membership.allianceId))
  );
}

export function visibleMembershipSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  return `(${alias}.organization_id = ${params.add(access.viewer.organizationId)}
        OR ${directorySql(access, `${alias}.alliance_id`, params)})`;
}

// ---- Platform level ---------------------------------------------------------------------------

export function assertPlatformAdmin(access: Access): void {
  if (!access.isAdmin) throw forbidden("Only a platform administrator may do this");
}

/**
 * Users (names and e-mail addresses) are personal data: visible to colleagues of the same
 * organization, to platform admins, and to the directory audience of an alliance in which the
 * user's organization holds an open membership (alliance partners see who does the work).
 */
export function visibleUserSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  const user = params.add(access.viewer.userId);
  return `(${alias}.organization_id = ${org} OR ${alias}.id = ${user} OR EXISTS (
            SELECT 1 FROM membership vm WHERE vm.organization_id = ${alias}.organization_id
               AND vm.status IN ('APPLIED', 'ACTIVE', 'SUSPENDED')
               AND ${directorySql(access, "vm.alliance_id", params)}))`;
}

/** Audit entries: the secretariat of the alliance concerned; platform admins see all. */
export function visibleAuditSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const user = params.add(access.viewer.userId);
  return `${alias}.alliance_id IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user} AND role = 'SECRETARIAT')`;
}

// ---- Projects (and their tasks, milestones, funding, expenses) ----------------------------------

export interface ProjectRef {
  id: string;
  allianceId: string;
  visibility: ProjectVisibility;
}

/**
 * A project: users of participant organizations (while their organization is an ACTIVE member),
 * everyone in the alliance's directory when `visibility: ALLIANCE`, and the secretariat and analysts.
 */
export async function canSeeProject(access: Access, project: ProjectRef): Promise<boolean> {
  if (await readsWholeAlliance(access, project.allianceId)) return true;
  const standing = await access.standing(project.allianceId);
  if (standing.membershipStatus !== MembershipStatus.ACTIVE) return false;
  return project.visibility === ProjectVisibility.ALLIANCE || (await access.participation(project.id)) !== undefined;
}

/** The SQL twin of `canSeeProject` over a project row aliased `alias`. */
export function visibleProjectSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  const user = params.add(access.viewer.userId);
  return `(${alias}.alliance_id IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user})
        OR (${alias}.alliance_id IN (SELECT alliance_id FROM membership WHERE organization_id = ${org} AND status = 'ACTIVE')
            AND (${alias}.visibility = 'ALLIANCE' OR EXISTS (
                  SELECT 1 FROM project_participant vp WHERE vp.project_id = ${alias}.id
                     AND vp.organization_id = ${org} AND vp.removed_at IS NULL))))`;
}

/** The lead organization's ORG_ADMIN (while an ACTIVE member), who runs the project day to day. */
export async function isProjectLeadAdmin(access: Access, project: ProjectRef): Promise<boolean> {
  if (!access.viewer.organizationId || !access.isOrgAdminOf(access.viewer.organizationId)) return false;
  const standing = await access.standing(project.allianceId);
  return (
    standing.membershipStatus === MembershipStatus.ACTIVE &&
    (await access.participation(project.id)) === ParticipantRole.LEAD
  );
}

/** Lead ORG_ADMIN or secretariat: may change anything in the project. */
export async function canManageProject(access: Access, project: ProjectRef): Promise<boolean> {
  return (await isSecretariat(access, project.allianceId)) || (await isProjectLeadAdmin(access, project));
}

/** Approving a proposed project is the alliance's executive body's call, not the proposer's. */
export async function canApproveProject(access: Access, project: ProjectRef): Promise<boolean> {
  return isSecretariat(access, project.allianceId);
}

/**
 * Rows that belong to a project (tasks, milestones): visible exactly when the project is.
 * `projectIdSql` is the row's project id column.
 */
export function visibleProjectChildSql(access: Access, projectIdSql: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const p = params.alias();
  return `EXISTS (SELECT 1 FROM project ${p} WHERE ${p}.id = ${projectIdSql} AND ${visibleProjectSql(access, p, params)})`;
}

// ---- Tasks ------------------------------------------------------------------------------------

export type TaskChangeRight = "ANY" | "STATUS" | "NONE";

/**
 * What the viewer may change on a task of a project they see: the lead's ORG_ADMIN and the
 * secretariat anything; the assignee (while their organization still takes part) its status.
 */
export async function taskChangeRight(
  access: Access,
  project: ProjectRef,
  task: { assigneeId: string | null; assigneeOrganizationId: string | null },
): Promise<TaskChangeRight> {
  if (await canManageProject(access, project)) return "ANY";
  if (
    task.assigneeId !== null &&
    task.assigneeId === access.viewer.userId &&
    task.assigneeOrganizationId === access.viewer.organizationId &&
    (await access.standing(project.allianceId)).membershipStatus === MembershipStatus.ACTIVE &&
    (await access.participation(project.id)) !== undefined
  ) {
    return "STATUS";
  }
  return "NONE";
}

// ---- Talent exchanges (Art. 5) ------------------------------------------------------------------

export interface TalentExchangeRef {
  allianceId: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  proposedByOrganizationId: string;
}

/**
 * A talent exchange concerns a person and two organizations: users of the sending and the
 * receiving organization (while it is an ACTIVE member), the secretariat and analysts.
 */
export async function canSeeTalentExchange(access: Access, exchange: TalentExchangeRef): Promise<boolean> {
  if (await readsWholeAlliance(access, exchange.allianceId)) return true;
  const org = access.viewer.organizationId;
  if (org !== exchange.fromOrganizationId && org !== exchange.toOrganizationId) return false;
  return (await access.standing(exchange.allianceId)).membershipStatus === MembershipStatus.ACTIVE;
}

/** The SQL twin of `canSeeTalentExchange` over a talent_exchange row aliased `alias`. */
export function visibleTalentExchangeSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  const user = params.add(access.viewer.userId);
  return `(${alias}.alliance_id IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user})
        OR (${org} IN (${alias}.from_organization_id, ${alias}.to_organization_id)
            AND ${alias}.alliance_id IN (SELECT alliance_id FROM membership WHERE organization_id = ${org} AND status = 'ACTIVE')))`;
}

/** Either side's ORG_ADMIN proposes (their organization must be one of the two). */
export function canProposeTalentExchange(access: Access, exchange: { fromOrganizationId: string; toOrganizationId: string }): boolean {
  return access.isOrgAdminOf(exchange.fromOrganizationId) || access.isOrgAdminOf(exchange.toOrganizationId);
}

/** The side that did not propose decides, through its ORG_ADMIN; or the secretariat. */
export async function canDecideTalentExchange(access: Access, exchange: TalentExchangeRef): Promise<boolean> {
  const otherSide =
    exchange.proposedByOrganizationId === exchange.fromOrganizationId ? exchange.toOrganizationId : exchange.fromOrganizationId;
  return access.isOrgAdminOf(otherSide) || (await isSecretariat(access, exchange.allianceId));
}

/** Starting, completing or cancelling: either side's ORG_ADMIN, or the secretariat. */
export async function canProgressTalentExchange(access: Access, exchange: TalentExchangeRef): Promise<boolean> {
  return canProposeTalentExchange(access, exchange) || (await isSecretariat(access, exchange.allianceId));
}
