/**
 * Checks the work plan shares (Art. 8.2): months of the project and the participants a plan may
 * name. Months count from the project's start, month 1 being the start month.
 */
import type { Project } from "../../entities/project.entity";
import { badInput } from "../errors";
import { projectMonths } from "../clock";

/** A month of the project: at least 1, and within the project's duration when it has both dates. */
export function assertProjectMonth(project: Pick<Project, "startDate" | "endDate">, month: number, field: string): void {
  if (!Number.isInteger(month) || month < 1) throw badInput(field, `${field} must be a month of the project, 1 or more`);
  if (project.startDate && project.endDate) {
    const duration = projectMonths(project.startDate, project.endDate);
    if (month > duration) throw badInput(field, `${field} must be within the project's ${duration} months`);
  }
}

/** `organizationId` takes part in the project now (`participants`: the current participants' ids). */
export function assertParticipant(participants: ReadonlySet<string>, organizationId: string, field: string): void {
  if (!participants.has(organizationId)) throw badInput(field, `${field} must name a current participant of the project`);
}

/** No key twice in a list (`what` names the list for the message). */
export function assertDistinct(keys: string[], field: string, what: string): void {
  if (new Set(keys).size !== keys.length) throw badInput(field, `${field} names the same ${what} twice`);
}
