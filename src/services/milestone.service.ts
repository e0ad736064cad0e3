/** Project milestones: checkpoints with due dates, set by whoever runs the project. */
import { Milestone } from "../../entities/milestone.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { badInput, notFound } from "../errors";
import { Topic } from "../events/topics";
import { dateOnly } from "../graphql/date-only";
import { projectMonthEnd, todayOf } from "../clock";
import { assertProjectMonth } from "./work-plan-rules";
import { assertOpen, projectService } from "./project.service";

class MilestoneService {
  /** Visible exactly when its project is. */
  async get(ctx: Context, id: string, field = "id"): Promise<Milestone> {
    const milestone = await requireAccess(ctx).visible("milestone", id, ctx.loaders.milestone);
    if (!milestone) throw notFound("Milestone", field);
    return milestone;
  }

  /** The lead's ORG_ADMIN or the secretariat, while the project is open. */
  async create(
    ctx: Context,
    input: { projectId: string; title: string; description?: string; dueDate?: string | null; dueMonth?: number; verification?: string },
  ): Promise<Milestone> {
    requireAccess(ctx);
    const project = await projectService.getManaged(ctx, input.projectId);
    assertOpen(project);
    const dueMonth = input.dueMonth ?? null;
    if (dueMonth !== null) assertProjectMonth(project, dueMonth, "dueMonth");
    const dueDate =
      dateOnly(input.dueDate) ?? (dueMonth !== null && project.startDate ? projectMonthEnd(project.startDate, dueMonth) : null);
    return write(ctx, async (tx) => {
      const milestone = tx.manager.create(Milestone, {
        projectId: project.id,
        title: input.title,
        description: input.description ?? "",
        dueDate,
        dueMonth,
        verification: input.verification ?? "",
      });
      await tx.manager.save(milestone);
      tx.audit({
        action: "createMilestone",
        entityType: "Milestone",
        entityId: milestone.id,
        allianceId: project.allianceId,
        changes: input,
      });
      tx.emit({
        topic: Topic.MILESTONE_CREATED,
        entityType: "Milestone",
        entityId: milestone.id,
        allianceId: project.allianceId,
        projectId: project.id,
      });
      return milestone;
    });
  }

  /** Records the day the milestone was reached (not in the future): those who may add milestones. */
  async achieve(ctx: Context, input: { milestoneId: string; achievedOn: string }): Promise<Milestone> {
    const milestone = await this.get(ctx, input.milestoneId, "milestoneId");
    const project = await projectService.getManaged(ctx, milestone.projectId, "milestoneId");
    assertOpen(project, "milestoneId");
    const achievedOn = dateOnly(input.achievedOn) as string;
    if (achievedOn > todayOf(clockOf(ctx))) throw badInput("achievedOn", "achievedOn must not be in the future");
    return write(ctx, async (tx) => {
      await tx.manager.update(Milestone, { id: milestone.id }, { achievedOn });
      tx.audit({
        action: "achieveMilestone",
        entityType: "Milestone",
        entityId: milestone.id,
        allianceId: project.allianceId,
        changes: { ...input, achievedOn },
      });
      tx.emit({
        topic: Topic.MILESTONE_ACHIEVED,
        entityType: "Milestone",
        entityId: milestone.id,
        allianceId: project.allianceId,
        projectId: project.id,
      });
      return tx.manager.findOneByOrFail(Milestone, { id: milestone.id });
    });
  }
}

export const milestoneService = new MilestoneService();
