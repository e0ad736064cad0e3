/**
 * The live subscriptions of projects, tasks, talent exchanges (DESIGN.md §5) and motions (§7). Subscribing
 * checks that the viewer may see what they subscribe to (NOT_FOUND otherwise); then every event
 * is loaded again under a fresh context, and skipped if the viewer may no longer see it — once
 * per audience: subscriptions whose loading is the same (`share`) and whose viewer is the same
 * share it (see src/events/stream.ts).
 */
import type { Task } from "../../entities/task.entity";
import type { TalentExchange } from "../../entities/talent-exchange.entity";
import type { Project } from "../../entities/project.entity";
import type { Motion } from "../../entities/motion.entity";
import { ExpenseCategory, type Expense } from "../../entities/expense.entity";
import type { TimeDeclaration } from "../../entities/time-declaration.entity";
import { requireAccess, type Context } from "../operation-context";
import { forbidden, notFound } from "../errors";
import { canManageProject } from "../auth/permissions";
import { toGlobalId } from "../graphql/global-id";
import type { Loaders } from "../loaders";
import type { EventScope } from "../events/scope";
import { openEventStream } from "../events/stream";
import type { OutboxEvent } from "../events/dispatcher";
import { TALENT_EXCHANGE_TOPICS, TASK_TOPICS, Topic } from "../events/topics";
import { fetchNode } from "./node.service";
import { governanceService } from "./governance.service";
import { MOTION_TOPICS, motionService } from "./motion.service";
import { projectService } from "./project.service";
import { taskService } from "./task.service";
import { talentExchangeService } from "./talent-exchange.service";
import { BudgetTopic } from "./budget-alert";
import { budgetService, type BudgetStatusData } from "./budget.service";

/** One event as one subscriber receives it: the event, its subject, and that delivery's loaders. */
export interface Delivery<T> {
  event: OutboxEvent;
  subject: T;
  /** The loaders of the delivery's fresh context (for the actor and nested fields). */
  loaders: Loaders;
}

export interface ProjectDelivery extends Delivery<object> {
  project: Project;
}

/** A budget alert: the approval that caused it, and the line it made overrun, as it stands at delivery. */
export interface BudgetAlertDelivery extends ProjectDelivery {
  line: BudgetStatusData["lines"][number] | null;
  effortLine: BudgetStatusData["effort"][number] | null;
}

interface StreamArgs {
  afterEventId?: string | null;
}

/** `share` names what `load` does with which arguments; see `StreamOptions.share`. `undefined` skips the event. */
function stream<T>(
  ctx: Context,
  scope: EventScope,
  args: StreamArgs,
  share: string,
  load: (fresh: Context, event: OutboxEvent) => Promise<T | undefined>,
): Promise<AsyncIterableIterator<T>> {
  return openEventStream({ ctx, scope, afterEventId: args.afterEventId, resolve: load, share });
}

class LiveService {
  /** A task of the project got a new assignee in `organizationId`. */
  async taskAssigned(
    ctx: Context,
    args: StreamArgs & { projectId: string; organizationId: string },
  ): Promise<AsyncIterableIterator<Delivery<Task>>> {
    await this.followTasks(ctx, args.projectId);
    if (!(await ctx.loaders.organization.load(args.organizationId))) throw notFound("Organization", "organizationId");
    const scope = { topics: [Topic.TASK_ASSIGNED], projectId: args.projectId, organizationId: args.organizationId };
    return stream(ctx, scope, args, `task:${args.projectId}`, (fresh, event) => this.task(fresh, event, args.projectId));
  }

  /** Any change of a task of the project: created, assigned, updated. */
  async taskUpdated(ctx: Context, args: StreamArgs & { projectId: string }): Promise<AsyncIterableIterator<Delivery<Task>>> {
    await this.followTasks(ctx, args.projectId);
    const scope = { topics: [TASK_TOPICS], projectId: args.projectId };
    return stream(ctx, scope, args, `task:${args.projectId}`, (fresh, event) => this.task(fresh, event, args.projectId));
  }

  /**
   * Exchanges of the alliance proposed, decided or progressed — those concerning
   * `organizationId` when given. Members subscribe for their own organization; the secretariat
   * and analysts for any (or all).
   */
  async talentExchangeUpdated(
    ctx: Context,
    args: StreamArgs & { allianceId: string; organizationId?: string | null },
  ): Promise<AsyncIterableIterator<Delivery<TalentExchange>>> {
    const access = requireAccess(ctx);
    if (!(await access.visible("directory", args.allianceId, ctx.loaders.alliance))) throw notFound("Alliance", "allianceId");
    if (args.organizationId) {
      const own = args.organizationId === access.viewer.organizationId;
      const exists = await ctx.loaders.organization.load(args.organizationId);
      if (!exists || (!own && !(await access.sees("wholeAlliance", args.allianceId)))) {
        throw notFound("Organization", "organizationId");
      }
    }
    const scope = { topics: [TALENT_EXCHANGE_TOPICS], allianceId: args.allianceId, organizationId: args.organizationId ?? undefined };
    return stream(ctx, scope, args, "talentExchange", async (fresh, event) => ({
      event,
      subject: await talentExchangeService.get(fresh, event.entityId),
      loaders: fresh.loaders,
    }));
  }

  /**
   * Everything that happens in the project — participants, milestones, tasks, and whatever
   * other features emit with this `projectId` (IP, revenue, funds). The subject is loaded with
   * `fetchNode` under the subscriber's rights; what they may not see is skipped.
   */
  async projectActivity(ctx: Context, args: StreamArgs & { projectId: string }): Promise<AsyncIterableIterator<ProjectDelivery>> {
    await projectService.get(ctx, args.projectId, "projectId");
    return stream(ctx, { projectId: args.projectId }, args, `projectActivity:${args.projectId}`, async (fresh, event) => {
      const project = await projectService.get(fresh, args.projectId);
      const subject = await fetchNode(fresh, toGlobalId(event.entityType, event.entityId));
      return { event, project, subject, loaders: fresh.loaders };
    });
  }

  /**
   * Motions of the body opened, voted on, decided or withdrawn: for its seat holders, the
   * secretariat and analysts (FORBIDDEN for others who see the body). Events are selected by
   * the body's alliance and kept for this body when delivered, rechecking the subscriber's right.
   */
  async motionUpdated(ctx: Context, args: StreamArgs & { bodyId: string }): Promise<AsyncIterableIterator<Delivery<Motion>>> {
    const body = await governanceService.getBody(ctx, args.bodyId, "bodyId");
    if (!(await motionService.mayFollow(ctx, body))) {
      throw forbidden("Only the body's seat holders, the secretariat and analysts follow its motions");
    }
    const scope = { topics: [MOTION_TOPICS], allianceId: body.allianceId };
    return stream(ctx, scope, args, `motion:${body.id}`, async (fresh, event) => {
      const motion = await motionService.find(fresh, event.entityId);
      if (motion?.bodyId !== body.id || !(await motionService.mayFollow(fresh, body))) return undefined;
      return { event, subject: motion, loaders: fresh.loaders };
    });
  }

  /**
   * A line of the project's budget went over plan (DESIGN.md §7): for the project's managers — its
   * lead's ORG_ADMINs and the secretariat — only; anyone else who sees the project is FORBIDDEN,
   * and a subscriber who stops managing it stops receiving.
   */
  async budgetAlert(ctx: Context, args: StreamArgs & { projectId: string }): Promise<AsyncIterableIterator<BudgetAlertDelivery>> {
    const project = await projectService.get(ctx, args.projectId, "projectId");
    if (!(await canManageProject(requireAccess(ctx), project))) {
      throw forbidden("Budget alerts go to the project lead's ORG_ADMINs and the secretariat");
    }
    const scope = { topics: Object.values(BudgetTopic), projectId: args.projectId };
    return stream(ctx, scope, args, `budgetAlert:${args.projectId}`, async (fresh, event) => {
      const current = await projectService.get(fresh, args.projectId);
      // FORBIDDEN skips the event: the subscriber no longer manages the project.
      if (!(await canManageProject(requireAccess(fresh), current))) throw forbidden("No longer a manager of the project");
      const subject = (await fetchNode(fresh, toGlobalId(event.entityType, event.entityId))) as Expense | TimeDeclaration;
      const status = await budgetService.status(fresh, current);
      const organizationId = event.organizationIds[0];
      const category = "category" in subject ? subject.category : ExpenseCategory.PERSONNEL;
      const line =
        event.topic === BudgetTopic.COST_OVERRUN
          ? status.lines.find(
              (l) =>
                l.organization.id === organizationId && (l.workPackage?.id ?? null) === subject.workPackageId && l.category === category,
            )
          : undefined;
      const effortLine =
        event.topic === BudgetTopic.EFFORT_OVERRUN
          ? status.effort.find((l) => l.organization.id === organizationId && l.workPackage.id === subject.workPackageId)
          : undefined;
      return { event, project: current, subject, line: line ?? null, effortLine: effortLine ?? null, loaders: fresh.loaders };
    });
  }

  /**
   * A project's tasks are its own audience's (`projectWork`): NOT_FOUND for a project the viewer
   * does not see, FORBIDDEN for its government supervisor, who sees the project but not its tasks.
   */
  private async followTasks(ctx: Context, projectId: string): Promise<void> {
    await projectService.get(ctx, projectId, "projectId");
    if (!(await requireAccess(ctx).sees("projectWork", projectId))) {
      throw forbidden("A project's tasks are for its participants, the secretariat and analysts");
    }
  }

  private async task(fresh: Context, event: OutboxEvent, projectId: string): Promise<Delivery<Task>> {
    await projectService.get(fresh, projectId);
    return { event, subject: await taskService.get(fresh, event.entityId), loaders: fresh.loaders };
  }
}

export const liveService = new LiveService();
