/** Rules: Projects and what belongs to them: milestones, tasks; talent exchanges. See src/auth/permissions.ts. */
import { MembershipStatus } from "../../../entities/membership.entity";
import { ParticipantRole } from "../../../entities/project-participant.entity";
import { ProjectVisibility } from "../../../entities/project.entity";
import type { SqlParams } from "../../db/sql";
import type { Access } from "../access";
import { isSecretariat, readsWholeAlliance } from "./directory";

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
