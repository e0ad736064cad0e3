/** Who takes part in a project: adding and removing participant organizations. */
import { ParticipantRole, ProjectParticipant } from "../../entities/project-participant.entity";
import { requireAccess, type Context } from "../context";
import { badInput, forbidden, notFound, registerUniqueConstraint } from "../errors";
import { canManageProject, canSeeProject } from "../auth/permissions";
import { inTransaction } from "../db/transaction";
import { Topic } from "../events/topics";
import { registerNodeType } from "./node.service";
import { committed } from "./committed";
import { assertOpen, organizationIsActiveMember, projectService } from "./project.service";

registerUniqueConstraint(
  "project_participant_current_unique",
  "organizationId",
  "The organization already takes part in this project",
);

export class ProjectParticipantService {
  /** A participant row (current or removed) of a project the viewer sees. */
  async get(ctx: Context, id: string): Promise<ProjectParticipant> {
    const access = requireAccess(ctx);
    const participant = await ctx.loaders.participant.load(id);
    const project = participant && (await ctx.loaders.project.load(participant.projectId));
    if (!participant || !project || !(await canSeeProject(access, project))) throw notFound("ProjectParticipant", "id");
    return participant;
  }

  /** The lead's ORG_ADMIN or the secretariat adds an ACTIVE member organization, once. */
  async add(
    ctx: Context,
    input: { projectId: string; organizationId: string; role?: ParticipantRole; contribution?: string },
  ): Promise<ProjectParticipant> {
    const access = requireAccess(ctx);
    const project = await projectService.get(ctx, input.projectId, "projectId");
    if (!(await canManageProject(access, project))) {
      throw forbidden("Only the lead organization's ORG_ADMIN or the secretariat may add participants");
    }
    assertOpen(project);
    if (!(await ctx.loaders.organization.load(input.organizationId))) throw notFound("Organization", "organizationId");
    if (!(await organizationIsActiveMember(ctx.db, project.allianceId, input.organizationId))) {
      throw badInput("organizationId", "only active members of the alliance can take part in its projects");
    }
    if (input.role === ParticipantRole.LEAD) throw badInput("role", "a project has exactly one lead, set when it is created");
    return committed(
      ctx,
      inTransaction(ctx.db, access.viewer.userId, async (tx) => {
        const participant = tx.manager.create(ProjectParticipant, {
          projectId: project.id,
          organizationId: input.organizationId,
          role: ParticipantRole.PARTICIPANT,
          contribution: input.contribution ?? "",
        });
        await tx.manager.save(participant);
        tx.audit({ action: "addProjectParticipant", entityType: "ProjectParticipant", entityId: participant.id, allianceId: project.allianceId, changes: input });
        tx.emit({ topic: Topic.PARTICIPANT_ADDED, entityType: "ProjectParticipant", entityId: participant.id, allianceId: project.allianceId, projectId: project.id, organizationIds: [input.organizationId] });
        return participant;
      }),
    );
  }

  /**
   * Ends an organization's part in a project (the row stays, with `removedAt`): the lead's
   * ORG_ADMIN or the secretariat, or the participant's own ORG_ADMIN leaving. The lead cannot
   * be removed. Its users lose sight of a participants-only project at once, live streams included.
   */
  async remove(ctx: Context, input: { projectId: string; organizationId: string; reason?: string }): Promise<ProjectParticipant> {
    const access = requireAccess(ctx);
    const project = await projectService.get(ctx, input.projectId, "projectId");
    const leaving = access.isOrgAdminOf(input.organizationId);
    if (!leaving && !(await canManageProject(access, project))) {
      throw forbidden("Only the lead organization's ORG_ADMIN, the secretariat or the participant itself may end a participation");
    }
    const participant = (await ctx.loaders.participantsByProject.load(project.id)).find(
      (p) => p.organizationId === input.organizationId,
    );
    if (!participant) throw badInput("organizationId", "the organization does not take part in this project");
    if (participant.role === ParticipantRole.LEAD) throw badInput("organizationId", "the lead organization cannot be removed");
    return committed(
      ctx,
      inTransaction(ctx.db, access.viewer.userId, async (tx) => {
        const removedAt = new Date();
        const result = await tx.manager
          .createQueryBuilder()
          .update(ProjectParticipant)
          .set({ removedAt })
          .where("id = :id AND removed_at IS NULL", { id: participant.id })
          .execute();
        if (result.affected !== 1) throw badInput("organizationId", "the organization does not take part in this project");
        tx.audit({ action: "removeProjectParticipant", entityType: "ProjectParticipant", entityId: participant.id, allianceId: project.allianceId, changes: input });
        tx.emit({ topic: Topic.PARTICIPANT_REMOVED, entityType: "ProjectParticipant", entityId: participant.id, allianceId: project.allianceId, projectId: project.id, organizationIds: [input.organizationId] });
        return tx.manager.create(ProjectParticipant, { ...participant, removedAt });
      }),
    );
  }
}

export const projectParticipantService = new ProjectParticipantService();

registerNodeType("ProjectParticipant", (ctx, key) => projectParticipantService.get(ctx, key));
