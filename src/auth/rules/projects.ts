/** Who may change: projects and what belongs to them (milestones, tasks); talent exchanges. See src/auth/permissions.ts. */
import { MembershipStatus } from "../../../entities/membership.entity";
import { ParticipantRole } from "../../../entities/project-participant.entity";
import type { Access } from "../access";
import { isSecretariat } from "./directory";

// ---- Projects -----------------------------------------------------------------------------------

export interface ProjectRef {
  id: string;
  allianceId: string;
}

/** The role in the project of the viewer's organization, when the viewer is its ORG_ADMIN and it is an ACTIVE member. */
async function adminParticipation(access: Access, project: ProjectRef): Promise<ParticipantRole | undefined> {
  if (!access.viewer.organizationId || !access.isOrgAdminOf(access.viewer.organizationId)) return undefined;
  const standing = await access.standing(project.allianceId);
  return standing.membershipStatus === MembershipStatus.ACTIVE ? access.participation(project.id) : undefined;
}

/** The lead organization's ORG_ADMIN (while an ACTIVE member), who runs the project day to day. */
async function isProjectLeadAdmin(access: Access, project: ProjectRef): Promise<boolean> {
  return (await adminParticipation(access, project)) === ParticipantRole.LEAD;
}

/**
 * An ORG_ADMIN of any participant (while an ACTIVE member), acting for its organization in the
 * project: declaring background, requesting access rights.
 */
export async function isParticipantAdmin(access: Access, project: ProjectRef): Promise<boolean> {
  return (await adminParticipation(access, project)) !== undefined;
}

/** Lead ORG_ADMIN or secretariat: may change anything in the project. */
export async function canManageProject(access: Access, project: ProjectRef): Promise<boolean> {
  return (await isSecretariat(access, project.allianceId)) || (await isProjectLeadAdmin(access, project));
}

/** A period report is the lead organization's to submit, through its ORG_ADMIN (Art. 8.4). */
export function canSubmitPeriodReport(access: Access, project: ProjectRef): Promise<boolean> {
  return isProjectLeadAdmin(access, project);
}

/** Approving and reopening a reporting period is internal supervision: the secretariat's (Art. 8.4). */
export function canSuperviseReporting(access: Access, project: ProjectRef): Promise<boolean> {
  return isSecretariat(access, project.allianceId);
}

/** Approving a proposed project is the alliance's executive body's call, not the proposer's. */
export async function canApproveProject(access: Access, project: ProjectRef): Promise<boolean> {
  return isSecretariat(access, project.allianceId);
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
