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

// ---- Benefit plans, revenue and distribution lines (Art. 8.5) -----------------------------------

/**
 * The whole of an alliance's benefit sharing: the secretariat, and analysts except for plans and
 * income on trade-secret IP assets (analysts never read trade secrets).
 */
export async function readsAllBenefits(access: Access, allianceId: string, tradeSecret: boolean): Promise<boolean> {
  if (access.isAdmin) return true;
  const { roles } = await access.standing(allianceId);
  return roles.has(AllianceRole.SECRETARIAT) || (!tradeSecret && roles.has(AllianceRole.ANALYST));
}

/** The SQL twin of `readsAllBenefits` for a row with the given alliance and IP-asset columns. */
export function readsAllBenefitsSql(access: Access, allianceIdSql: string, ipAssetIdSql: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const user = params.add(access.viewer.userId);
  return `${allianceIdSql} IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user}
            AND (role = 'SECRETARIAT' OR (role = 'ANALYST' AND NOT EXISTS (
                  SELECT 1 FROM ip_asset ts WHERE ts.id = ${ipAssetIdSql} AND ts.kind = 'TRADE_SECRET'))))`;
}

/** A benefit plan: the organizations holding a share in it, the secretariat and analysts. */
export async function canSeeBenefitPlan(
  access: Access,
  plan: { allianceId: string },
  holderIds: readonly string[],
  tradeSecret: boolean,
): Promise<boolean> {
  return holderIds.includes(access.viewer.organizationId ?? "") || (await readsAllBenefits(access, plan.allianceId, tradeSecret));
}

export function visibleBenefitPlanSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  return `(EXISTS (SELECT 1 FROM benefit_share vs WHERE vs.plan_id = ${alias}.id AND vs.organization_id = ${org})
        OR ${readsAllBenefitsSql(access, `${alias}.alliance_id`, `${alias}.ip_asset_id`, params)})`;
}

/** A distribution line: its own organization only, the secretariat and analysts. */
export async function canSeeDistribution(
  access: Access,
  line: { allianceId: string; organizationId: string },
  tradeSecret: boolean,
): Promise<boolean> {
  return line.organizationId === access.viewer.organizationId || (await readsAllBenefits(access, line.allianceId, tradeSecret));
}

export function visibleDistributionSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  return `(${alias}.organization_id = ${params.add(access.viewer.organizationId)}
        OR ${readsAllBenefitsSql(access, `${alias}.alliance_id`, `${alias}.ip_asset_id`, params)})`;
}

/**
 * A revenue event (its total): the organizations that received a line of it, the secretariat and
 * analysts. A holder sees the event its own line comes from, not the other holders' lines.
 */
export async function canSeeRevenueEvent(
  access: Access,
  event: { allianceId: string },
  lineOrganizationIds: readonly string[],
  tradeSecret: boolean,
): Promise<boolean> {
  return (
    lineOrganizationIds.includes(access.viewer.organizationId ?? "") ||
    (await readsAllBenefits(access, event.allianceId, tradeSecret))
  );
}

export function visibleRevenueEventSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  return `(EXISTS (SELECT 1 FROM distribution vd WHERE vd.revenue_event_id = ${alias}.id AND vd.organization_id = ${org})
        OR ${readsAllBenefitsSql(access, `${alias}.alliance_id`, `${alias}.ip_asset_id`, params)})`;
}

/**
 * An IP asset as the subject of benefit sharing: its summary is the alliance's (trade secrets
 * only the secretariat's); an organization holding a share in one of its plans always sees it.
 */
export async function canSeeIpBenefitSubject(
  access: Access,
  ipAsset: { allianceId: string; kind: string },
  holdsShare: () => Promise<boolean>,
): Promise<boolean> {
  if (await readsAllBenefits(access, ipAsset.allianceId, ipAsset.kind === "TRADE_SECRET")) return true;
  if (ipAsset.kind !== "TRADE_SECRET" && (await canSeeDirectory(access, ipAsset.allianceId))) return true;
  return holdsShare();
}

// ---- Funds and expenses (Art. 8.4): visible exactly as their project -----------------------------

/** A user of a current participant organization (while an ACTIVE member) may request spending. */
export async function canRequestExpense(access: Access, project: ProjectRef): Promise<boolean> {
  const standing = await access.standing(project.allianceId);
  return standing.membershipStatus === MembershipStatus.ACTIVE && (await access.participation(project.id)) !== undefined;
}

/** Only the secretariat decides expenses, and never on its own request (internal supervision). */
export async function canDecideExpense(access: Access, allianceId: string, requestedById: string | null): Promise<boolean> {
  return requestedById !== access.viewer.userId && (await isSecretariat(access, allianceId));
}

// ---- Shared technology platforms (Art. 5) -------------------------------------------------------

/** Facilities and their bookings: the alliance's directory audience. */
export const canSeeFacility = (access: Access, facility: { allianceId: string }) => canSeeDirectory(access, facility.allianceId);

export const visibleFacilitySql = (access: Access, alias: string, params: SqlParams) =>
  directorySql(access, `${alias}.alliance_id`, params);

/** Users of ACTIVE member organizations book facilities. */
export async function canBookFacility(access: Access, facility: { allianceId: string }): Promise<boolean> {
  return (await access.standing(facility.allianceId)).membershipStatus === MembershipStatus.ACTIVE;
}

/** The user who booked, an ORG_ADMIN of the booking organization, or the secretariat. */
export async function canCancelBooking(
  access: Access,
  facility: { allianceId: string },
  booking: { bookedById: string | null; organizationId: string },
): Promise<boolean> {
  return (
    booking.bookedById === access.viewer.userId ||
    access.isOrgAdminOf(booking.organizationId) ||
    (await isSecretariat(access, facility.allianceId))
  );
}
