import { Field, ID, InputType, Int } from "type-graphql";
import { IsNotEmpty, MaxLength, Min } from "class-validator";
import { GraphQLDate } from "../../src/graphql/scalars";
import { TaskPriority, TaskStatus } from "../../entities/task.entity";
import { tasks } from "../../src/collections/task";

@InputType({ description: "Adds a task to a project." })
export class CreateTaskInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
  @Field({ description: "Its title." }) @IsNotEmpty() @MaxLength(300) title!: string;
  @Field({ nullable: true, description: "What to do." }) @MaxLength(20000) description?: string;
  @Field(() => TaskPriority, { nullable: true, defaultValue: TaskPriority.MEDIUM, description: "How urgent (default MEDIUM)." })
  priority?: TaskPriority;
  @Field(() => GraphQLDate, { nullable: true, description: "When it is due." }) dueDate?: string;
  @Field(() => ID, { nullable: true, description: "The milestone it serves, of the same project." }) milestoneId?: string;
  @Field(() => ID, { nullable: true, description: "The work package it belongs to (of the same project)." }) workPackageId?: string;
  @Field(() => ID, { nullable: true, description: "Assign at once: a current participant organization." })
  assigneeOrganizationId?: string;
  @Field(() => ID, { nullable: true, description: "Assign at once: a user of assigneeOrganizationId." })
  assigneeId?: string;
}

@InputType({ description: "Assigns a task to an organization and, optionally, one of its users." })
export class AssignTaskInput {
  @Field(() => ID, { description: "The task." }) taskId!: string;
  @Field(() => ID, { description: "A current participant organization of the task's project." })
  assigneeOrganizationId!: string;
  @Field(() => ID, { nullable: true, description: "A user of that organization; omitted: the organization as a whole." })
  assigneeId?: string;
  @Field(() => Int, { nullable: true, description: "The version you read; a stale one is a CONFLICT." })
  @Min(1)
  version?: number;
}

@InputType({ description: "Only the fields given change. The assignee may change the status only." })
export class UpdateTaskInput {
  @Field(() => ID, { description: "The task." }) taskId!: string;
  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT and changes nothing." })
  @Min(1)
  version!: number;
  @Field(() => TaskStatus, { nullable: true, description: "A new status." }) status?: TaskStatus;
  @Field({ nullable: true, description: "A new title." }) @IsNotEmpty() @MaxLength(300) title?: string;
  @Field({ nullable: true, description: "A new description." }) @MaxLength(20000) description?: string;
  @Field(() => TaskPriority, { nullable: true, description: "A new priority." }) priority?: TaskPriority;
  @Field(() => GraphQLDate, { nullable: true, description: "A new due date." }) dueDate?: string | null;
  @Field(() => ID, { nullable: true, description: "Another milestone of the same project." }) milestoneId?: string | null;
  @Field(() => ID, { nullable: true, description: "The work package it belongs to (of the same project); null detaches it." })
  workPackageId?: string | null;
}

/** Filter and order of task lists: see src/collections/task.ts. */
export const TaskFilter = tasks.filterInput;
export type TaskFilter = Record<string, unknown>;
export const TaskOrder = tasks.orderInput!;
