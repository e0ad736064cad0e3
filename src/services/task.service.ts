/**
 * Project tasks: created and assigned by whoever runs the project, moved along by their
 * assignee, changed under optimistic locking (`version`).
 */
import type { EntityManager } from "typeorm";
import { Task, TaskPriority, type TaskStatus } from "../../entities/task.entity";
import { Project } from "../../entities/project.entity";
import type { User } from "../../entities/user.entity";
import { requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { canManageProject, taskChangeRight, visibleProjectWorkSql } from "../auth/permissions";
import type { Tx } from "../db/transaction";
import { rowReader } from "../db/rows";
import { SqlParams, querySql } from "../db/sql";
import { childPage, listPage, type ListArgs, type Page } from "../collections/page";
import { tasks } from "../collections/task";
import { Topic } from "../events/topics";
import { dateOnly } from "../graphql/date-only";
import { assertOpen, projectService } from "./project.service";
import { workPlanService } from "./work-plan.service";

export interface CreateTaskData {
  projectId: string;
  title: string;
  description?: string;
  priority?: TaskPriority;
  dueDate?: string | null;
  milestoneId?: string | null;
  workPackageId?: string | null;
  assigneeOrganizationId?: string;
  assigneeId?: string;
}

export interface UpdateTaskData {
  taskId: string;
  version: number;
  status?: TaskStatus;
  title?: string;
  description?: string;
  priority?: TaskPriority;
  dueDate?: string | null;
  milestoneId?: string | null;
  workPackageId?: string | null;
}

function taskEvent(topic: string, task: Task, project: Project) {
  return {
    topic,
    entityType: "Task",
    entityId: task.id,
    allianceId: project.allianceId,
    projectId: project.id,
    organizationIds: task.assigneeOrganizationId ? [task.assigneeOrganizationId] : [],
  };
}

class TaskService {
  /** Visible exactly when its project is. */
  async get(ctx: Context, id: string, field = "id"): Promise<Task> {
    const task = await requireAccess(ctx).visible("task", id, ctx.loaders.task);
    if (!task) throw notFound("Task", field);
    return task;
  }

  /** Tasks of every project the viewer sees, filtered (also across the project) and ordered. */
  list(ctx: Context, args: ListArgs): Promise<Page<Task>> {
    return listPage(ctx, requireAccess(ctx), tasks, args);
  }

  /** `project.tasks`, batched across the projects of a list. */
  listByProject(ctx: Context, projectId: string, args: ListArgs): Promise<Page<Task>> {
    return childPage(ctx, requireAccess(ctx), tasks, "projectId", projectId, args, {
      field: "project.tasks",
      prime: ctx.loaders.task,
    });
  }

  /** The lead's ORG_ADMIN or the secretariat, in an open project; optionally assigned at once. */
  async create(ctx: Context, input: CreateTaskData): Promise<Task> {
    const access = requireAccess(ctx);
    const project = await projectService.getManaged(ctx, input.projectId);
    assertOpen(project);
    if (input.milestoneId) await this.checkMilestone(ctx, project, input.milestoneId);
    if (input.workPackageId) await this.checkWorkPackage(ctx, project, input.workPackageId);
    if (input.assigneeId && !input.assigneeOrganizationId) {
      throw badInput("assigneeOrganizationId", "name the assignee's organization too");
    }
    const assignee = input.assigneeId ? await this.visibleUser(ctx, input.assigneeId) : null;
    return write(ctx, async (tx) => {
      let task = tx.manager.create(Task, {
        projectId: project.id,
        milestoneId: input.milestoneId ?? null,
        workPackageId: input.workPackageId ?? null,
        title: input.title,
        description: input.description ?? "",
        priority: input.priority ?? TaskPriority.MEDIUM,
        dueDate: dateOnly(input.dueDate) ?? null,
        createdById: access.viewer.userId,
      });
      await tx.manager.save(task);
      tx.audit({ action: "createTask", entityType: "Task", entityId: task.id, allianceId: project.allianceId, changes: input });
      tx.emit(taskEvent(Topic.TASK_CREATED, task, project));
      if (input.assigneeOrganizationId) {
        // Checked inside the transaction (the participation row is locked): a failure here undoes the insert too.
        task = await this.writeAssignment(tx, project, task, input.assigneeOrganizationId, assignee, null);
      }
      return task;
    });
  }

  /**
   * Assigns a task to a current participant organization and, optionally, one of its users:
   * the lead's ORG_ADMIN or the secretariat. With `version`, a stale one is a CONFLICT.
   */
  async assign(
    ctx: Context,
    input: { taskId: string; assigneeOrganizationId: string; assigneeId?: string | null; version?: number },
  ): Promise<Task> {
    const access = requireAccess(ctx);
    // Both reads at once; their failures are still reported in this order.
    const [found, assignee] = await Promise.all([
      this.getWithProject(ctx, input.taskId, "taskId").then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
      input.assigneeId ? ctx.loaders.user.load(input.assigneeId) : null,
    ]);
    if ("error" in found) throw found.error;
    const { task, project } = found.value;
    if (!(await canManageProject(access, project))) {
      throw forbidden("Only the lead organization's ORG_ADMIN or the secretariat may assign tasks");
    }
    if (input.assigneeId && !assignee) throw notFound("User", "assigneeId");
    return write(ctx, (tx) =>
      this.writeAssignment(tx, project, task, input.assigneeOrganizationId, assignee ?? null, input.version ?? null),
    );
  }

  /**
   * Changes a task based on the `version` the client read. The lead's ORG_ADMIN and the
   * secretariat may change anything; the assignee only the status; others are FORBIDDEN. A stale
   * version is a CONFLICT and changes nothing.
   */
  async update(ctx: Context, input: UpdateTaskData): Promise<Task> {
    const access = requireAccess(ctx);
    const { task, project } = await this.getWithProject(ctx, input.taskId, "taskId");
    const { taskId: _id, version, ...fields } = input;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<Task>;
    const right = await taskChangeRight(access, project, task);
    if (right === "NONE") throw forbidden("Only the assignee, the lead organization's ORG_ADMIN or the secretariat may change this task");
    if (right === "STATUS" && Object.keys(changes).some((k) => k !== "status")) {
      throw forbidden("The assignee may change the task's status only");
    }
    if (changes.dueDate !== undefined) changes.dueDate = dateOnly(changes.dueDate);
    if (changes.milestoneId) await this.checkMilestone(ctx, project, changes.milestoneId);
    if (changes.workPackageId) await this.checkWorkPackage(ctx, project, changes.workPackageId);
    return write(ctx, async (tx) => {
      const updated = await this.writeVersioned(tx.manager, task.id, version, changes);
      tx.audit({
        action: "updateTask",
        entityType: "Task",
        entityId: task.id,
        allianceId: project.allianceId,
        changes: { ...changes, version: updated.version },
      });
      tx.emit(taskEvent(Topic.TASK_UPDATED, updated, project));
      return updated;
    });
  }

  /** `assignee` is the user row the viewer loaded (it may see it) or null for no user. */
  private async writeAssignment(
    tx: Tx,
    project: Project,
    task: Task,
    organizationId: string,
    assignee: User | null,
    version: number | null,
  ): Promise<Task> {
    const participating: unknown[] = await tx.manager.query(
      `SELECT 1 FROM project_participant pp
         JOIN membership m ON m.organization_id = pp.organization_id AND m.alliance_id = $3 AND m.status = 'ACTIVE'
        WHERE pp.project_id = $1 AND pp.organization_id = $2 AND pp.removed_at IS NULL
          FOR SHARE OF pp`,
      [project.id, organizationId, project.allianceId],
    );
    if (participating.length === 0) {
      throw badInput("assigneeOrganizationId", "the assignee organization must be a current participant of the project");
    }
    // A user's organization is set when the user is created and never changes, so the row
    // loaded before the transaction answers this as well as a read inside it would.
    if (assignee && assignee.organizationId !== organizationId) {
      throw badInput("assigneeId", "the assignee must be a user of the assignee organization");
    }
    const userId = assignee?.id ?? null;
    if (task.assigneeOrganizationId === organizationId && task.assigneeId === userId && version === null) return task;
    const updated = await this.writeVersioned(tx.manager, task.id, version, { assigneeOrganizationId: organizationId, assigneeId: userId });
    tx.audit({
      action: "assignTask",
      entityType: "Task",
      entityId: task.id,
      allianceId: project.allianceId,
      changes: { assigneeOrganizationId: organizationId, assigneeId: userId, version: updated.version },
    });
    tx.emit(taskEvent(Topic.TASK_ASSIGNED, updated, project));
    return updated;
  }

  /** Applies `changes` only if the row is still at `version` (when given); bumps the version. */
  private async writeVersioned(manager: EntityManager, id: string, version: number | null, changes: Partial<Task>): Promise<Task> {
    // Written by hand from the entity's columns: the update builder cost more than the statement
    // on this, the busiest write (src/db/rows.ts reads the row it returns).
    const { driver } = manager.connection;
    const metadata = manager.connection.getMetadata(Task);
    const values: unknown[] = [id];
    const sets = Object.entries(changes).map(([property, value]) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`Task has no column ${property}`);
      values.push(driver.preparePersistentValue(value, column));
      return `"${column.databaseName}" = $${values.length}`;
    });
    if (version !== null) values.push(version);
    // TypeORM answers an UPDATE with its rows and their count.
    const [rows]: [Record<string, unknown>[], number] = await manager.query(
      `UPDATE task SET ${[...sets, "version = version + 1", "updated_at = now()"].join(", ")}
        WHERE id = $1${version === null ? "" : ` AND version = $${values.length}`} RETURNING *`,
      values,
    );
    if (rows.length !== 1) {
      const current: { version: number }[] = await manager.query(`SELECT version FROM task WHERE id = $1`, [id]);
      throw conflict(`The task changed since version ${version} (it is at version ${current[0]?.version}); reload it and retry`, "version");
    }
    // What the update wrote, as a read would hydrate it: no second statement to read it back.
    return rowReader(manager.connection, Task).read(rows[0]);
  }

  private async checkMilestone(ctx: Context, project: Project, milestoneId: string): Promise<void> {
    const milestone = await ctx.loaders.milestone.load(milestoneId);
    if (!milestone) throw notFound("Milestone", "milestoneId");
    if (milestone.projectId !== project.id) throw badInput("milestoneId", "the milestone belongs to another project");
  }

  private async checkWorkPackage(ctx: Context, project: Project, workPackageId: string): Promise<void> {
    const wp = await workPlanService.getWorkPackage(ctx, workPackageId, "workPackageId");
    if (wp.projectId !== project.id) throw badInput("workPackageId", "the work package belongs to another project");
  }

  private async visibleUser(ctx: Context, userId: string): Promise<User> {
    const user = await ctx.loaders.user.load(userId);
    if (!user) throw notFound("User", "assigneeId");
    return user;
  }

  /**
   * `get` for mutations, which need the project too: both, and whether the viewer sees them, in
   * one statement, primed into the loaders for the rest of the operation.
   */
  private async getWithProject(ctx: Context, id: string, field: string): Promise<{ task: Task; project: Project }> {
    const access = requireAccess(ctx);
    const [taskReader, projectReader] = [rowReader(ctx.db, Task), rowReader(ctx.db, Project)];
    const params = new SqlParams();
    const [row] = await querySql(
      ctx.db,
      `SELECT ${taskReader.select("t")}, ${projectReader.select("p")} FROM task t JOIN project p ON p.id = t.project_id
        WHERE t.id = ${params.add(id)} AND (${visibleProjectWorkSql(access, "p.id", params)})`,
      params,
    );
    if (!row) throw notFound("Task", field);
    const [task, project] = [taskReader.read(row, "t"), projectReader.read(row, "p")];
    ctx.loaders.task.clear(id).prime(id, task);
    ctx.loaders.project.clear(project.id).prime(project.id, project);
    return { task, project };
  }
}

export const taskService = new TaskService();
