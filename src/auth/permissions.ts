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

// ---- Agreements, governing bodies and policies (Art. 8.2-8.5) -----------------------------------

/**
 * The alliance agreement, governing bodies and policies belong to the directory (`canSeeDirectory`).
 * A project agreement is visible to whoever sees its project.
 */
export async function canSeeAgreement(
  access: Access,
  agreement: { allianceId: string; projectId: string | null },
  project: ProjectRef | undefined,
): Promise<boolean> {
  if (agreement.projectId === null) return canSeeDirectory(access, agreement.allianceId);
  return project !== undefined && (await canSeeProject(access, project));
}

/** The SQL twin of `canSeeAgreement` over an agreement row aliased `alias`. */
export function visibleAgreementSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  return `((${alias}.project_id IS NULL AND ${directorySql(access, `${alias}.alliance_id`, params)})
        OR EXISTS (SELECT 1 FROM project agp WHERE agp.id = ${alias}.project_id AND ${visibleProjectSql(access, "agp", params)}))`;
}

/**
 * Signing for a party (Art. 8.2): only a legal representative of the party organization.
 * `partyOrganizationIds` are the organizations that must sign the version.
 */
export function canSignFor(access: Access, partyOrganizationIds: string[]): boolean {
  const org = access.viewer.organizationId;
  return access.viewer.isLegalRepresentative && org !== null && partyOrganizationIds.includes(org);
}

// ---- IP assets (Art. 5, 8.5, 8.6) ---------------------------------------------------------------

/** Who holds which right in an asset, loaded by the caller. */
export interface IpAssetFacts {
  ownerOrganizationIds: string[];
  licenseeOrganizationIds: string[];
}

function ownsIp(access: Access, facts: Pick<IpAssetFacts, "ownerOrganizationIds">): boolean {
  const org = access.viewer.organizationId;
  return org !== null && facts.ownerOrganizationIds.includes(org);
}

/**
 * An IP asset's summary (title, kind, status, jurisdiction, diffusion): the alliance's directory
 * audience, the owner organizations and the licensees. A TRADE_SECRET: its owners and the
 * secretariat only — not analysts, not licensees, not the rest of the alliance.
 */
export async function canSeeIpAsset(
  access: Access,
  asset: { allianceId: string; kind: string },
  facts: IpAssetFacts,
): Promise<boolean> {
  if (ownsIp(access, facts) || (await isSecretariat(access, asset.allianceId))) return true;
  if (asset.kind === "TRADE_SECRET") return false;
  const org = access.viewer.organizationId;
  return (
    (org !== null && facts.licenseeOrganizationIds.includes(org)) || (await canSeeDirectory(access, asset.allianceId))
  );
}

/** The SQL twin of `canSeeIpAsset` over an asset row aliased `alias`. */
export function visibleIpAssetSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  const user = params.add(access.viewer.userId);
  return `(EXISTS (SELECT 1 FROM ip_owner vio WHERE vio.ip_asset_id = ${alias}.id AND vio.organization_id = ${org})
        OR ${alias}.alliance_id IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user} AND role = 'SECRETARIAT')
        OR (${alias}.kind <> 'TRADE_SECRET' AND (${directorySql(access, `${alias}.alliance_id`, params)}
            OR EXISTS (SELECT 1 FROM ip_license vil WHERE vil.ip_asset_id = ${alias}.id AND vil.licensee_id = ${org}))))`;
}

/**
 * The rights in an asset — owners' shares, all its licenses and their royalty terms: the owner
 * organizations, the secretariat and analysts (a licensee sees its own license, `visibleIpLicenseSql`).
 */
export async function canSeeIpRights(
  access: Access,
  asset: { allianceId: string },
  facts: Pick<IpAssetFacts, "ownerOrganizationIds">,
): Promise<boolean> {
  return ownsIp(access, facts) || (await readsWholeAlliance(access, asset.allianceId));
}

/** The SQL twin of `canSeeIpRights` for the asset whose id is `assetIdSql`. */
export function ipRightsSql(access: Access, assetIdSql: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const org = params.add(access.viewer.organizationId);
  const user = params.add(access.viewer.userId);
  return `(EXISTS (SELECT 1 FROM ip_owner rio WHERE rio.ip_asset_id = ${assetIdSql} AND rio.organization_id = ${org})
        OR EXISTS (SELECT 1 FROM ip_asset ria WHERE ria.id = ${assetIdSql} AND ria.alliance_id IN (
             SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user} AND role IN ('SECRETARIAT', 'ANALYST'))))`;
}

/** A license: whoever sees the asset's rights, and the licensee itself — always within a visible asset. */
export function visibleIpLicenseSql(access: Access, alias: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  return `((${alias}.licensee_id = ${params.add(access.viewer.organizationId)} OR ${ipRightsSql(access, `${alias}.ip_asset_id`, params)})
        AND EXISTS (SELECT 1 FROM ip_asset vla WHERE vla.id = ${alias}.ip_asset_id AND ${visibleIpAssetSql(access, "vla", params)}))`;
}

/**
 * Changing an asset (owners, licenses, status, diffusion): the secretariat or an ORG_ADMIN of a
 * current owner. An asset without owners is the secretariat's alone.
 */
export async function canManageIpAsset(
  access: Access,
  asset: { allianceId: string },
  facts: Pick<IpAssetFacts, "ownerOrganizationIds">,
): Promise<boolean> {
  return (
    facts.ownerOrganizationIds.some((org) => access.isOrgAdminOf(org)) || (await isSecretariat(access, asset.allianceId))
  );
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

// ---- The pilot programme (Art. 7-8) --------------------------------------------------------------

/** The readiness report and applications: the secretariat, analysts and platform admins. */
export const canReadPilot = (access: Access, allianceId: string) => readsWholeAlliance(access, allianceId);

/** Applying is the secretariat's (it runs the pilot application). */
export const canApplyForPilot = (access: Access, allianceId: string) => isSecretariat(access, allianceId);

/** Deciding is the coordination office's, represented by platform admins. */
export const canDecidePilot = (access: Access): boolean => access.isAdmin;
