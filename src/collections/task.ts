/** Project tasks: their project's own audience (`projectWork`), not its government supervisor. */
import { Task, TaskPriority, TaskStatus } from "../../entities/task.entity";
import { visibleProjectWorkSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { organizations } from "./organization";
import { projects } from "./project";
import { leadColumns, leadDimensions, leadJoin, orgJoin, organizationDimensions, organizationNameColumn } from "./shared-sql";

export const tasks = defineCollection({
  name: "Task",
  entity: Task,
  alias: "t",
  visibility: (access, a, params) => visibleProjectWorkSql(access, `${a}.project_id`, params),
  fields: {
    id: field.id("Task"),
    projectId: field.id("Project"),
    milestoneId: field.id("Milestone"),
    workPackageId: field.id("WorkPackage"),
    title: field.string({ order: "TITLE" }),
    status: field.enum(TaskStatus, "TaskStatus", { order: "STATUS" }),
    priority: field.enum(TaskPriority, "TaskPriority", { order: "PRIORITY" }),
    dueDate: field.date({ order: "DUE_DATE", nullsAs: "'infinity'::date" }),
    assigneeOrganizationId: field.id("Organization"),
    assigneeId: field.id("User"),
    version: field.int({ filter: false }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
    updatedAt: field.datetime({ order: "UPDATED_AT" }),
  },
  relations: {
    project: { to: () => projects, on: "projectId", description: "Conditions on the task's project." },
    assigneeOrganization: {
      to: () => organizations,
      on: "assigneeOrganizationId",
      description: "Conditions on the assignee organization.",
    },
  },
  defaultOrder: [["createdAt", SortDirection.ASC]],
  export: {
    path: "tasks",
    columns: [
      "id",
      "projectId",
      { header: "projectCode", sql: (a) => `(SELECT code FROM project WHERE id = ${a}.project_id)`, type: "text" },
      "milestoneId",
      "title",
      "status",
      "priority",
      "dueDate",
      "assigneeOrganizationId",
      organizationNameColumn("assigneeOrganizationName", (a) => `${a}.assignee_organization_id`),
      ...leadColumns((a) => `${a}.project_id`),
      "version",
      "createdAt",
      "updatedAt",
      "workPackageId",
    ],
  },
  aggregate: {
    joins: {
      project: (a) => `LEFT JOIN project tp ON tp.id = ${a}.project_id`,
      org: (a) => orgJoin("org", `${a}.assignee_organization_id`),
      lead: (a) => leadJoin("lead", `${a}.project_id`),
    },
    dimensions: {
      STATUS: { field: "status", description: "The task's status." },
      PRIORITY: { field: "priority", description: "The task's priority." },
      PROJECT: { field: "projectId", description: "The task's project." },
      ALLIANCE: { key: "allianceId", sql: () => "tp.alliance_id", joins: ["project"], description: "The project's alliance." },
      ...organizationDimensions("assigneeOrganizationId", "org", "assignee organization"),
      ...leadDimensions("lead"),
    },
    dates: {
      DUE_DATE: { field: "dueDate", description: "The task's due date." },
      CREATED_AT: { field: "createdAt", description: "When it was created (UTC)." },
      UPDATED_AT: { field: "updatedAt", description: "When it last changed (UTC)." },
    },
    defaultDate: "DUE_DATE",
  },
});
