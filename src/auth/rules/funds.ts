/** Rules: Benefit plans and distribution lines (Art. 8.5), funds (Art. 8.4), shared platforms (Art. 5). See src/auth/permissions.ts. */
import { AllianceRole } from "../../../entities/alliance-role-grant.entity";
import { MembershipStatus } from "../../../entities/membership.entity";
import type { SqlParams } from "../../db/sql";
import type { Access } from "../access";
import { canSeeDirectory, directorySql, isSecretariat } from "./directory";
import { ProjectRef } from "./projects";

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

/**
 * The SQL twin of `readsAllBenefits` for a row with the given alliance and IP-asset columns.
 * Every sub-select is uncorrelated, so PostgreSQL runs each once per statement (a hashed set)
 * instead of once per row: aggregates over thousands of lines stay as cheap as without the rule.
 */
export function readsAllBenefitsSql(access: Access, allianceIdSql: string, ipAssetIdSql: string, params: SqlParams): string {
  if (access.isAdmin) return "TRUE";
  const user = params.add(access.viewer.userId);
  return `(${allianceIdSql} IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user} AND role = 'SECRETARIAT')
        OR (${allianceIdSql} IN (SELECT alliance_id FROM alliance_role_grant WHERE user_id = ${user} AND role = 'ANALYST')
            AND (${ipAssetIdSql} IS NULL OR ${ipAssetIdSql} NOT IN (SELECT ts.id FROM ip_asset ts WHERE ts.kind = 'TRADE_SECRET'))))`;
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
