import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { IsNotEmpty, MaxLength, Min } from "class-validator";
import { GraphQLDate } from "graphql-scalars";
import { TaskPriority, TaskStatus } from "../../entities/task.entity";
import { DateFilter, DateTimeFilter, EnumFilter, IdFilter, StringFilter } from "../../src/graphql/filters";
import { OrderInput } from "../../src/graphql/order";
import { OrganizationFilter } from "./organization.input";
import { ProjectFilter } from "./project.input";

const TaskStatusFilter = EnumFilter(TaskStatus, "TaskStatus");
const TaskPriorityFilter = EnumFilter(TaskPriority, "TaskPriority");

@InputType()
export class CreateTaskInput {
  @Field(() => ID) projectId!: string;
  @Field() @IsNotEmpty() @MaxLength(300) title!: string;
  @Field({ nullable: true }) @MaxLength(20000) description?: string;
  @Field(() => TaskPriority, { nullable: true, defaultValue: TaskPriority.MEDIUM }) priority?: TaskPriority;
  @Field(() => GraphQLDate, { nullable: true }) dueDate?: string;
  @Field(() => ID, { nullable: true }) milestoneId?: string;
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
}

@InputType()
export class TaskFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) projectId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) milestoneId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) title?: StringFilter;
  @Field(() => TaskStatusFilter, { nullable: true }) status?: object;
  @Field(() => TaskPriorityFilter, { nullable: true }) priority?: object;
  @Field(() => DateFilter, { nullable: true }) dueDate?: DateFilter;
  @Field(() => IdFilter, { nullable: true }) assigneeOrganizationId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) assigneeId?: IdFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) updatedAt?: DateTimeFilter;
  @Field(() => ProjectFilter, { nullable: true, description: "Conditions on the task's project." })
  project?: ProjectFilter;
  @Field(() => OrganizationFilter, { nullable: true, description: "Conditions on the assignee organization." })
  assigneeOrganization?: OrganizationFilter;
  @Field(() => [TaskFilter], { nullable: true }) and?: TaskFilter[];
  @Field(() => [TaskFilter], { nullable: true }) or?: TaskFilter[];
  @Field(() => TaskFilter, { nullable: true }) not?: TaskFilter;
}

export enum TaskOrderField {
  DUE_DATE = "DUE_DATE",
  PRIORITY = "PRIORITY",
  STATUS = "STATUS",
  TITLE = "TITLE",
  CREATED_AT = "CREATED_AT",
  UPDATED_AT = "UPDATED_AT",
}
registerEnumType(TaskOrderField, { name: "TaskOrderField" });
export const TaskOrder = OrderInput(TaskOrderField, "Task");
