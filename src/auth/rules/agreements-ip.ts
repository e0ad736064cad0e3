/** Who may change: agreements (Art. 8.2-8.5) and IP assets (Art. 5, 8.5, 8.6). See src/auth/permissions.ts. */
import type { Access } from "../access";
import { isSecretariat } from "./directory";

// ---- Agreements (Art. 8.2-8.5) ------------------------------------------------------------------

/**
 * Signing for a party (Art. 8.2): only a legal representative of the party organization.
 * `partyOrganizationIds` are the organizations that must sign the version.
 */
export function canSignFor(access: Access, partyOrganizationIds: string[]): boolean {
  const org = access.viewer.organizationId;
  return access.viewer.isLegalRepresentative && org !== null && partyOrganizationIds.includes(org);
}

// ---- IP assets (Art. 5, 8.5, 8.6) ---------------------------------------------------------------

/**
 * Changing an asset (owners, licenses, status, diffusion): the secretariat or an ORG_ADMIN of a
 * current owner. An asset without owners is the secretariat's alone.
 */
export async function canManageIpAsset(
  access: Access,
  asset: { allianceId: string },
  facts: { ownerOrganizationIds: string[] },
): Promise<boolean> {
  return facts.ownerOrganizationIds.some((org) => access.isOrgAdminOf(org)) || (await isSecretariat(access, asset.allianceId));
}
