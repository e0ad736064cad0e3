import type { OrgRole, PlatformRole } from "../../entities/user.entity";

/** The authenticated user a request or subscription runs as. */
export interface Viewer {
  userId: string;
  organizationId: string | null;
  orgRole: OrgRole;
  platformRole: PlatformRole;
  isLegalRepresentative: boolean;
}
