/** What subscribers receive: the event's id (for `afterEventId`), what happened, and its subject. */
import { Field, ID, InterfaceType, ObjectType } from "type-graphql";
import { GraphQLDateTime } from "../../src/graphql/scalars";
import { Node } from "../../src/graphql/node";
import { Motion } from "../../entities/motion.entity";
import { Project } from "../../entities/project.entity";
import { Task } from "../../entities/task.entity";
import { TalentExchange } from "../../entities/talent-exchange.entity";
import { User } from "../../entities/user.entity";
import type { BudgetAlertDelivery, Delivery, ProjectDelivery } from "../../src/services/live.service";
import { BudgetLine, EffortLine } from "./work-plan.types";

@InterfaceType({
  description:
    "What every live event carries. Events hold ids only: their subject is loaded when the event is delivered to you, under your rights, so it shows the state at delivery (a later change may already be visible; its own event follows).",
})
export abstract class LiveEvent {
  @Field(() => ID, { description: "Increases with every event; resubscribe with it as afterEventId to get what you missed." })
  eventId: string;

  @Field({ description: "What happened, `<subject>.<verb>`: task.created, task.assigned, talentExchange.decided, …" })
  topic: string;

  @Field(() => GraphQLDateTime, { description: "When the change was committed." })
  occurredAt: Date;

  private readonly delivery: Delivery<unknown>;

  constructor(delivery: Delivery<unknown>) {
    this.delivery = delivery;
    this.eventId = delivery.event.id;
    this.topic = delivery.event.topic;
    this.occurredAt = delivery.event.createdAt;
  }

  @Field(() => User, { nullable: true, description: "Who made the change; null if you may not see them." })
  get actor(): Promise<User | null> {
    const { event, loaders } = this.delivery;
    return event.actorId ? loaders.user.load(event.actorId).then((user) => user ?? null) : Promise.resolve(null);
  }
}

@ObjectType({ implements: LiveEvent, description: "A task was created, assigned or changed." })
export class TaskEvent extends LiveEvent {
  @Field(() => Task, { description: "The task as it is now, as you may see it." })
  task: Task;

  constructor(delivery: Delivery<Task>) {
    super(delivery);
    this.task = delivery.subject;
  }
}

@ObjectType({ implements: LiveEvent, description: "A talent exchange was proposed, decided or progressed." })
export class TalentExchangeEvent extends LiveEvent {
  @Field(() => TalentExchange, { description: "The exchange as it is now, as you may see it." })
  talentExchange: TalentExchange;

  constructor(delivery: Delivery<TalentExchange>) {
    super(delivery);
    this.talentExchange = delivery.subject;
  }
}

@ObjectType({ implements: LiveEvent, description: "Something happened in a project: participants, milestones, tasks, IP, revenue, …" })
export class ProjectActivityEvent extends LiveEvent {
  @Field(() => Project, { description: "The project." })
  project: Project;

  @Field(() => String, { description: "The GraphQL type of `subject`." })
  subjectType: string;

  @Field(() => Node, { description: "What the event is about, as it is now, loaded under your rights." })
  subject: object;

  constructor(delivery: ProjectDelivery) {
    super(delivery);
    this.project = delivery.project;
    this.subjectType = delivery.event.entityType;
    this.subject = delivery.subject;
  }
}

@ObjectType({ implements: LiveEvent, description: "A motion of the body was opened, voted on, decided or withdrawn." })
export class MotionEvent extends LiveEvent {
  @Field(() => Motion, { description: "The motion as it is now, with its votes and tally." })
  motion: Motion;

  constructor(delivery: Delivery<Motion>) {
    super(delivery);
    this.motion = delivery.subject;
  }
}

@ObjectType({
  implements: LiveEvent,
  description:
    "An approved expense or time declaration made a line of the project's budget overrun (topic budget.costOverrun or budget.effortOverrun).",
})
export class BudgetAlertEvent extends LiveEvent {
  @Field(() => Project, { description: "The project." })
  project: Project;

  @Field(() => String, { description: "The GraphQL type of `subject`: Expense or TimeDeclaration." })
  subjectType: string;

  @Field(() => Node, { description: "The approval that made the line overrun, as it is now." })
  subject: object;

  @Field(() => BudgetLine, { nullable: true, description: "For budget.costOverrun: the cost line, as it stands now." })
  line: BudgetLine | null;

  @Field(() => EffortLine, { nullable: true, description: "For budget.effortOverrun: the effort line, as it stands now." })
  effortLine: EffortLine | null;

  constructor(delivery: BudgetAlertDelivery) {
    super(delivery);
    this.project = delivery.project;
    this.subjectType = delivery.event.entityType;
    this.subject = delivery.subject;
    this.line = delivery.line;
    this.effortLine = delivery.effortLine;
  }
}
