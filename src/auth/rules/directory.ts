/** Who may change: alliances, memberships, platform-level rows. See src/auth/permissions.ts. */
import { AllianceRole } from "../../../entities/alliance-role-grant.entity";
import { forbidden } from "../../errors";
import type { Access } from "../access";

/** The secretariat runs membership, agreements, funds and the pilot application. */
export async function isSecretariat(access: Access, allianceId: string): Promise<boolean> {
  return access.isAdmin || (await access.hasRole(allianceId, AllianceRole.SECRETARIAT));
}

export async function assertSecretariat(access: Access, allianceId: string): Promise<void> {
  if (!(await isSecretariat(access, allianceId))) {
    throw forbidden("Only the alliance's secretariat may do this");
  }
}

export function assertPlatformAdmin(access: Access): void {
  if (!access.isAdmin) throw forbidden("Only a platform administrator may do this");
}
