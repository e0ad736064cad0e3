/** Rules: Alliances, their directory, memberships, platform-level rows. See src/auth/permissions.ts. */
import { AllianceRole } from "../../../entities/alliance-role-grant.entity";
import { MembershipStatus } from "../../../entities/membership.entity";
import { forbidden } from "../../errors";
import type { SqlParams } from "../../db/sql";
import type { Access } from "../access";

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
