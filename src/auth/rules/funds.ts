/** Who may change: funds (Art. 8.4) and shared platforms (Art. 5). See src/auth/permissions.ts. */
import { MembershipStatus } from "../../../entities/membership.entity";
import type { Access } from "../access";
import { isSecretariat } from "./directory";
import { worksOnProject } from "./work-plan";
import type { ProjectRef } from "./projects";

// ---- Funds and expenses (Art. 8.4) --------------------------------------------------------------

/** A user of a current participant organization (while an ACTIVE member) may request spending. */
export function canRequestExpense(access: Access, project: ProjectRef): Promise<boolean> {
  return worksOnProject(access, project);
}

/** Only the secretariat decides expenses, and never on its own request (internal supervision). */
export async function canDecideExpense(access: Access, allianceId: string, requestedById: string | null): Promise<boolean> {
  return requestedById !== access.viewer.userId && (await isSecretariat(access, allianceId));
}

// ---- Shared technology platforms (Art. 5) -------------------------------------------------------

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
