/**
 * Live updates over graphql-ws (DESIGN.md §5). Each subscription's `subscribe` checks the
 * viewer may see what they ask for and opens a stream over the transactional outbox; the
 * handler turns each delivery into its payload type.
 */
import { Arg, Authorized, ID, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import type { Motion } from "../entities/motion.entity";
import type { Task } from "../entities/task.entity";
import type { TalentExchange } from "../entities/talent-exchange.entity";
import type { Context } from "../src/operation-context";
import { keyOf } from "../src/graphql/global-id";
import { liveService, type BudgetAlertDelivery, type Delivery, type ProjectDelivery } from "../src/services/live.service";
import { BudgetAlertEvent, MotionEvent, ProjectActivityEvent, TalentExchangeEvent, TaskEvent } from "./types/live";

type Subscribe<A> = SubscribeResolverData<unknown, A & { afterEventId?: string | null }, Context>;

const AFTER = "Replay the retained events after this eventId (the last one you received) before live ones.";

@Resolver()
export class LiveResolver {
  @Authorized()
  @Subscription(() => TaskEvent, {
    description: "A task of the project got a new assignee in the organization.",
    subscribe: ({ args, context }: Subscribe<{ projectId: string; organizationId: string }>) =>
      liveService.taskAssigned(context, {
        projectId: keyOf(args.projectId, "Project", "projectId"),
        organizationId: keyOf(args.organizationId, "Organization", "organizationId"),
        afterEventId: args.afterEventId,
      }),
  })
  taskAssigned(
    @Root() delivery: Delivery<Task>,
    @Arg("projectId", () => ID, { description: "The project (it must be visible to you)." }) _projectId: string,
    @Arg("organizationId", () => ID, { description: "The organization whose assignments to receive: yours, or any for the secretariat." })
    _organizationId: string,
    @Arg("afterEventId", () => ID, { nullable: true, description: AFTER }) _afterEventId?: string,
  ): TaskEvent {
    return new TaskEvent(delivery);
  }

  @Authorized()
  @Subscription(() => TaskEvent, {
    description: "Any change of a task of the project: created, assigned, updated.",
    subscribe: ({ args, context }: Subscribe<{ projectId: string }>) =>
      liveService.taskUpdated(context, {
        projectId: keyOf(args.projectId, "Project", "projectId"),
        afterEventId: args.afterEventId,
      }),
  })
  taskUpdated(
    @Root() delivery: Delivery<Task>,
    @Arg("projectId", () => ID, { description: "The project (it must be visible to you)." }) _projectId: string,
    @Arg("afterEventId", () => ID, { nullable: true, description: AFTER }) _afterEventId?: string,
  ): TaskEvent {
    return new TaskEvent(delivery);
  }

  @Authorized()
  @Subscription(() => TalentExchangeEvent, {
    description:
      "Talent exchanges of the alliance concerning the organization (yours; any, or all when omitted, for the secretariat and analysts): proposed, decided or progressed.",
    subscribe: ({ args, context }: Subscribe<{ allianceId: string; organizationId?: string | null }>) =>
      liveService.talentExchangeUpdated(context, {
        allianceId: keyOf(args.allianceId, "Alliance", "allianceId"),
        organizationId: args.organizationId ? keyOf(args.organizationId, "Organization", "organizationId") : null,
        afterEventId: args.afterEventId,
      }),
  })
  talentExchangeUpdated(
    @Root() delivery: Delivery<TalentExchange>,
    @Arg("allianceId", () => ID, { description: "The alliance (联盟) whose exchanges to receive." }) _allianceId: string,
    @Arg("organizationId", () => ID, { nullable: true, description: "Only exchanges concerning this organization." })
    _organizationId?: string,
    @Arg("afterEventId", () => ID, { nullable: true, description: AFTER }) _afterEventId?: string,
  ): TalentExchangeEvent {
    return new TalentExchangeEvent(delivery);
  }

  @Authorized()
  @Subscription(() => MotionEvent, {
    description: "Motions of the governing body opened, voted on, decided or withdrawn (its seat holders, the secretariat, analysts).",
    subscribe: ({ args, context }: Subscribe<{ bodyId: string }>) =>
      liveService.motionUpdated(context, {
        bodyId: keyOf(args.bodyId, "GoverningBody", "bodyId"),
        afterEventId: args.afterEventId,
      }),
  })
  motionUpdated(
    @Root() delivery: Delivery<Motion>,
    @Arg("bodyId", () => ID, { description: "The governing body." }) _bodyId: string,
    @Arg("afterEventId", () => ID, { nullable: true, description: AFTER }) _afterEventId?: string,
  ): MotionEvent {
    return new MotionEvent(delivery);
  }

  @Authorized()
  @Subscription(() => ProjectActivityEvent, {
    description: "Everything that happens in the project: participants, milestones, tasks, IP, revenue, …",
    subscribe: ({ args, context }: Subscribe<{ projectId: string }>) =>
      liveService.projectActivity(context, {
        projectId: keyOf(args.projectId, "Project", "projectId"),
        afterEventId: args.afterEventId,
      }),
  })
  projectActivity(
    @Root() delivery: ProjectDelivery,
    @Arg("projectId", () => ID, { description: "The project (it must be visible to you)." }) _projectId: string,
    @Arg("afterEventId", () => ID, { nullable: true, description: AFTER }) _afterEventId?: string,
  ): ProjectActivityEvent {
    return new ProjectActivityEvent(delivery);
  }

  @Authorized()
  @Subscription(() => BudgetAlertEvent, {
    description: "A line of the project's budget went over plan: for the lead's ORG_ADMINs and the secretariat.",
    subscribe: ({ args, context }: Subscribe<{ projectId: string }>) =>
      liveService.budgetAlert(context, {
        projectId: keyOf(args.projectId, "Project", "projectId"),
        afterEventId: args.afterEventId,
      }),
  })
  budgetAlert(
    @Root() delivery: BudgetAlertDelivery,
    @Arg("projectId", () => ID, { description: "The project." }) _projectId: string,
    @Arg("afterEventId", () => ID, { nullable: true, description: AFTER }) _afterEventId?: string,
  ): BudgetAlertEvent {
    return new BudgetAlertEvent(delivery);
  }
}
