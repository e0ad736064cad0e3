/** Who may change: the pilot programme (Art. 7-8). See src/auth/permissions.ts. */
import type { Access } from "../access";
import { isSecretariat } from "./directory";

/** Applying is the secretariat's (it runs the pilot application). */
export const canApplyForPilot = (access: Access, allianceId: string) => isSecretariat(access, allianceId);

/** Deciding is the coordination office's, represented by platform admins. */
export const canDecidePilot = (access: Access): boolean => access.isAdmin;
