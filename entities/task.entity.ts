import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from "typeorm";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "../src/graphql/scalars";
import { Node } from "../src/graphql/node";
import { Project } from "./project.entity";
import { Milestone } from "./milestone.entity";
import { WorkPackage } from "./work-package.entity";
import { Organization } from "./organization.entity";
import { User } from "./user.entity";

export enum TaskStatus {
  TODO = "TODO",
  IN_PROGRESS = "IN_PROGRESS",
  BLOCKED = "BLOCKED",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}
registerEnumType(TaskStatus, {
  name: "TaskStatus",
  description: "Where a task stands.",
  valuesConfig: {
    TODO: { description: "Not started." },
    IN_PROGRESS: { description: "Being worked on." },
    BLOCKED: { description: "Waiting on something." },
    DONE: { description: "Finished." },
    CANCELLED: { description: "Dropped." },
  },
});

/** Declared from least to most pressing, so ordering by priority sorts by urgency. */
export enum TaskPriority {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
  URGENT = "URGENT",
}
registerEnumType(TaskPriority, {
  name: "TaskPriority",
  description: "How urgent a task is.",
  valuesConfig: {
    LOW: { description: "Low." },
    MEDIUM: { description: "Medium." },
    HIGH: { description: "High." },
    URGENT: { description: "Urgent." },
  },
});

/**
 * A unit of work in a project, assigned to a participant organization and one of its users.
 * `version` grows with every change: an update names the version it was based on, and a stale
 * one is a CONFLICT (optimistic locking), so two partners never overwrite each other silently.
 */
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    "A unit of work in a project, assigned to a participant organization and one of its users. `version` grows with every change: an update names the version it was based on, and a stale one is a CONFLICT (optimistic locking), so two partners never overwrite each other silently.",
})
@Entity()
export class Task extends Node {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Index()
  @Column({ type: "uuid" })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: "CASCADE" })
  @JoinColumn()
  project?: Relation<Project>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  milestoneId!: string | null;

  @ManyToOne(() => Milestone, { onDelete: "SET NULL" })
  @JoinColumn()
  milestone?: Relation<Milestone>;

  /** The work package the task belongs to, if any (same project). */
  @Index()
  @Column({ type: "uuid", nullable: true })
  workPackageId!: string | null;

  @ManyToOne(() => WorkPackage, { onDelete: "SET NULL" })
  @JoinColumn()
  workPackage?: Relation<WorkPackage>;

  @Field({ description: "Its title." })
  @Column({ length: 300 })
  title!: string;

  @Field({ description: "What to do." })
  @Column({ type: "text", default: "" })
  description!: string;

  @Field(() => TaskStatus, { description: "Where it stands." })
  @Column({ type: "enum", enum: TaskStatus, enumName: "task_status", default: TaskStatus.TODO })
  status!: TaskStatus;

  @Field(() => TaskPriority, { description: "How urgent." })
  @Column({ type: "enum", enum: TaskPriority, enumName: "task_priority", default: TaskPriority.MEDIUM })
  priority!: TaskPriority;

  @Field(() => GraphQLDate, { nullable: true, description: "When it is due." })
  @Column({ type: "date", nullable: true })
  dueDate!: string | null;

  @Index()
  @Column({ type: "uuid", nullable: true })
  assigneeOrganizationId!: string | null;

  @ManyToOne(() => Organization, { onDelete: "RESTRICT" })
  @JoinColumn()
  assigneeOrganization?: Relation<Organization>;

  @Index()
  @Column({ type: "uuid", nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: "SET NULL" })
  @JoinColumn()
  assignee?: Relation<User>;

  @Field(() => Int, { description: "Grows with every change; pass the version you read to updateTask." })
  @Column({ type: "integer", default: 1 })
  version!: number;

  @Column({ type: "uuid", nullable: true })
  createdById!: string | null;

  @Field(() => GraphQLDateTime, { description: "When it was recorded." })
  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @Field(() => GraphQLDateTime, { description: "When it last changed." })
  @Column({ type: "timestamptz", default: () => "now()" })
  updatedAt!: Date;
}
