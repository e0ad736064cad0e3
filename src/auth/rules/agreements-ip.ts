/** Rules: Agreements, governing bodies, policies (Art. 8.2-8.5) and IP assets (Art. 5, 8.5, 8.6). See src/auth/permissions.ts. */
import type { SqlParams } from "../../db/sql";
import type { Access } from "../access";
import { canSeeDirectory, directorySql, isSecretariat, readsWholeAlliance } from "./directory";
import { ProjectRef, canSeeProject, visibleProjectSql } from "./projects";

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
