import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Task } from "../entities/task.entity";
import { Project } from "../entities/project.entity";
import { Milestone } from "../entities/milestone.entity";
import { Organization } from "../entities/organization.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { keyOf, withKeys } from "../src/graphql/global-id";
import { PageArgs } from "../src/graphql/connection";
import { taskService } from "../src/services/task.service";
import { projectService } from "../src/services/project.service";
import { AssignTaskInput, CreateTaskInput, TaskFilter, TaskOrder, UpdateTaskInput } from "./inputs/task.input";
import { TaskConnection } from "./types/project-connections";

@Authorized()
@Resolver(() => Task)
export class TaskResolver {
  @Query(() => Task, { nullable: true, description: "NOT_FOUND (and null) if it does not exist or you may not see it." })
  task(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Its global id." }) id: string): Promise<Task> {
    return taskService.get(ctx, keyOf(id, "Task", "id"));
  }

  @Query(() => TaskConnection, { description: "Tasks of every project you may see." })
  async tasks(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => TaskFilter, { nullable: true, description: "Only the rows matching these conditions." }) filter?: TaskFilter,
    @Arg("orderBy", () => [TaskOrder], {
      nullable: true,
      description: "Ordering keys, most significant first; the list's own order breaks the remaining ties.",
    })
    orderBy?: InstanceType<typeof TaskOrder>[],
  ): Promise<TaskConnection> {
    return new TaskConnection(await taskService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => Task, { description: "Lead ORG_ADMIN or secretariat; assigneeOrganizationId/assigneeId assign it at once." })
  createTask(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `CreateTaskInput`." }) input: CreateTaskInput,
  ): Promise<Task> {
    return taskService.create(
      ctx,
      withKeys(input, {
        projectId: "Project",
        milestoneId: "Milestone",
        workPackageId: "WorkPackage",
        assigneeOrganizationId: "Organization",
        assigneeId: "User",
      }),
    );
  }

  @Mutation(() => Task, { description: "Lead ORG_ADMIN or secretariat; the organization must be a current participant." })
  assignTask(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `AssignTaskInput`." }) input: AssignTaskInput,
  ): Promise<Task> {
    return taskService.assign(ctx, withKeys(input, { taskId: "Task", assigneeOrganizationId: "Organization", assigneeId: "User" }));
  }

  @Mutation(() => Task, {
    description: "Optimistic locking on version. The assignee may change the status; lead and secretariat anything.",
  })
  updateTask(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The request; its fields are described on `UpdateTaskInput`." }) input: UpdateTaskInput,
  ): Promise<Task> {
    return taskService.update(ctx, withKeys(input, { taskId: "Task", milestoneId: "Milestone", workPackageId: "WorkPackage" }));
  }

  @FieldResolver(() => Project, { description: "The project." })
  project(@Ctx() ctx: Context, @Root() task: Task): Promise<Project> {
    return projectService.get(ctx, task.projectId);
  }

  @FieldResolver(() => Milestone, { nullable: true, description: "The milestone it serves." })
  async milestone(@Ctx() ctx: Context, @Root() task: Task): Promise<Milestone | null> {
    return task.milestoneId ? ((await ctx.loaders.milestone.load(task.milestoneId)) ?? null) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organization it is assigned to." })
  async assigneeOrganization(@Ctx() ctx: Context, @Root() task: Task): Promise<Organization | null> {
    return task.assigneeOrganizationId ? ((await ctx.loaders.organization.load(task.assigneeOrganizationId)) ?? null) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Null when unassigned (or not visible to you)." })
  async assignee(@Ctx() ctx: Context, @Root() task: Task): Promise<User | null> {
    return task.assigneeId ? ((await ctx.loaders.user.load(task.assigneeId)) ?? null) : null;
  }
}
