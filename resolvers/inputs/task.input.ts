import { Field, ID, InputType, Int } from "type-graphql";
import { IsNotEmpty, MaxLength, Min } from "class-validator";
import { GraphQLDate } from "../../src/graphql/scalars";
import { TaskPriority, TaskStatus } from "../../entities/task.entity";
import { tasks } from "../../src/collections/task";

@InputType()
export class CreateTaskInput {
  @Field(() => ID) projectId!: string;
  @Field() @IsNotEmpty() @MaxLength(300) title!: string;
  @Field({ nullable: true }) @MaxLength(20000) description?: string;
  @Field(() => TaskPriority, { nullable: true, defaultValue: TaskPriority.MEDIUM }) priority?: TaskPriority;
  @Field(() => GraphQLDate, { nullable: true }) dueDate?: string;
  @Field(() => ID, { nullable: true }) milestoneId?: string;
  @Field(() => ID, { nullable: true, description: "The work package it belongs to (of the same project)." }) workPackageId?: string;
  @Field(() => ID, { nullable: true, description: "Assign at once: a current participant organization." })
  assigneeOrganizationId?: string;
  @Field(() => ID, { nullable: true, description: "Assign at once: a user of assigneeOrganizationId." })
  assigneeId?: string;
}

@InputType()
export class AssignTaskInput {
  @Field(() => ID) taskId!: string;
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
  @Field(() => ID) taskId!: string;
  @Field(() => Int, { description: "The version you read; a stale one is a CONFLICT and changes nothing." })
  @Min(1)
  version!: number;
  @Field(() => TaskStatus, { nullable: true }) status?: TaskStatus;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(300) title?: string;
  @Field({ nullable: true }) @MaxLength(20000) description?: string;
  @Field(() => TaskPriority, { nullable: true }) priority?: TaskPriority;
  @Field(() => GraphQLDate, { nullable: true }) dueDate?: string | null;
  @Field(() => ID, { nullable: true }) milestoneId?: string | null;
  @Field(() => ID, { nullable: true, description: "The work package it belongs to (of the same project); null detaches it." })
  workPackageId?: string | null;
}

/** Filter and order of task lists: see src/collections/task.ts. */
export const TaskFilter = tasks.filterInput;
export type TaskFilter = Record<string, unknown>;
export const TaskOrder = tasks.orderInput!;
