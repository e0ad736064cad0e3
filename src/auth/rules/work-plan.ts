/** Who may change: the work plan, time declarations and personnel rates (Art. 8.2, 8.4). See src/auth/permissions.ts. */
import { MembershipStatus } from "../../../entities/membership.entity";
import type { Access } from "../access";
import type { ProjectRef } from "./projects";

/** The viewer's organization is an ACTIVE member and currently takes part in the project. */
export async function worksOnProject(access: Access, project: ProjectRef): Promise<boolean> {
  const standing = await access.standing(project.allianceId);
  return standing.membershipStatus === MembershipStatus.ACTIVE && (await access.participation(project.id)) !== undefined;
}

/** A user of the responsible organization, while it takes part, submits a deliverable. */
export async function canSubmitDeliverable(
  access: Access,
  project: ProjectRef,
  deliverable: { responsibleOrganizationId: string },
): Promise<boolean> {
  return access.viewer.organizationId === deliverable.responsibleOrganizationId && (await worksOnProject(access, project));
}

/**
 * Four eyes on effort (Art. 8.4, as for expenses): an ORG_ADMIN of the person's organization
 * other than the person decides a time declaration.
 */
export function canDecideTimeDeclaration(access: Access, declaration: { userId: string; organizationId: string }): boolean {
  return declaration.userId !== access.viewer.userId && access.isOrgAdminOf(declaration.organizationId);
}

/** An ORG_ADMIN of the person's organization sets their personnel rate (and the organization's productive hours). */
export function canSetOrganizationCosts(access: Access, organizationId: string): boolean {
  return access.isAdmin || access.isOrgAdminOf(organizationId);
}
