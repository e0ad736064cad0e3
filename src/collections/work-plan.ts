/**
 * The work plan (Art. 8.2): work packages and their deliverables, visible with their project —
 * except CONFIDENTIAL deliverables, which the alliance at large never sees (src/auth/visibility.ts).
 */
import { Deliverable, DeliverableStatus, DisseminationLevel } from "../../entities/deliverable.entity";
import { WorkPackage } from "../../entities/work-package.entity";
import { visibleDeliverableSql, visibleProjectChildSql } from "../auth/permissions";
import { sqlEnum } from "../db/sql-enum";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { projects } from "./project";
import { organizationNameColumn, orgJoin, organizationDimensions } from "./shared-sql";

export const workPackages = defineCollection({
  name: "WorkPackage",
  entity: WorkPackage,
  alias: "wp",
  description: "Work packages of the projects you may see.",
  visibility: (access, a, params) => visibleProjectChildSql(access, `${a}.project_id`, params),
  fields: {
    id: field.id("WorkPackage"),
    projectId: field.id("Project"),
    number: field.string({ order: "NUMBER" }),
    title: field.string({ order: "TITLE" }),
    leadOrganizationId: field.id("Organization"),
    startMonth: field.int({ order: "START_MONTH" }),
    endMonth: field.int({ order: "END_MONTH" }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  relations: { project: { to: () => projects, on: "projectId", description: "Conditions on the work package's project." } },
  defaultOrder: [
    ["projectId", SortDirection.ASC],
    ["number", SortDirection.ASC],
  ],
  export: {
    path: "workPackages",
    columns: [
      "id",
      "projectId",
      "number",
      "title",
      "leadOrganizationId",
      organizationNameColumn("leadOrganizationName", (a) => `${a}.lead_organization_id`),
      "startMonth",
      "endMonth",
      {
        header: "plannedPersonMonths",
        sql: (a) => `(SELECT COALESCE(SUM(person_months), 0)::text FROM planned_effort WHERE work_package_id = ${a}.id)`,
        type: "decimal",
      },
      {
        header: "plannedBudget",
        sql: (a) => `(SELECT COALESCE(SUM(amount), 0)::text FROM planned_budget WHERE work_package_id = ${a}.id)`,
        type: "decimal",
      },
    ],
  },
});

/** A deliverable is overdue while it is not SUBMITTED or ACCEPTED and its due date has passed. */
const overdueSql = (a: string, today: string) =>
  `(${a}.status IN (${sqlEnum([DeliverableStatus.PENDING, DeliverableStatus.REVISION_REQUESTED])}) AND ${a}.due_date < ${today}::date)`;

export const deliverables = defineCollection({
  name: "Deliverable",
  entity: Deliverable,
  alias: "dl",
  description: "Deliverables you may see (CONFIDENTIAL ones: the project's participants and the secretariat).",
  visibility: visibleDeliverableSql,
  fields: {
    id: field.id("Deliverable"),
    projectId: field.id("Project"),
    workPackageId: field.id("WorkPackage"),
    number: field.string({ order: "NUMBER" }),
    title: field.string({ order: "TITLE" }),
    dueMonth: field.int({ order: "DUE_MONTH" }),
    dueDate: field.date({ order: "DUE_DATE" }),
    disseminationLevel: field.enum(DisseminationLevel, "DisseminationLevel"),
    responsibleOrganizationId: field.id("Organization"),
    status: field.enum(DeliverableStatus, "DeliverableStatus", { order: "STATUS" }),
    overdue: field.boolean({
      description: "Not submitted (or sent back) and past its due date, by today's date.",
      sql: (a, env) => overdueSql(a, env.params.add(env.today)),
    }),
    submittedAt: field.datetime({ filter: false }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  relations: {
    project: { to: () => projects, on: "projectId", description: "Conditions on the deliverable's project." },
    workPackage: { to: () => workPackages, on: "workPackageId", description: "Conditions on the deliverable's work package." },
  },
  defaultOrder: [["dueDate", SortDirection.ASC]],
  export: {
    path: "deliverables",
    columns: [
      "id",
      "projectId",
      "workPackageId",
      "number",
      "title",
      "dueMonth",
      "dueDate",
      "disseminationLevel",
      "responsibleOrganizationId",
      organizationNameColumn("responsibleOrganizationName", (a) => `${a}.responsible_organization_id`),
      "status",
      { header: "overdue", sql: (a, env) => overdueSql(a, env.params.add(env.today)), type: "boolean" },
      "submittedAt",
    ],
  },
  aggregate: {
    joins: { org: (a) => orgJoin("org", `${a}.responsible_organization_id`) },
    dimensions: {
      STATUS: { field: "status", description: "The deliverable's status." },
      PROJECT: { field: "projectId", description: "The deliverable's project." },
      WORK_PACKAGE: { field: "workPackageId", key: "workPackageId", description: "The deliverable's work package." },
      ...organizationDimensions("responsibleOrganizationId", "org", "responsible organization"),
    },
    dates: {
      DUE_DATE: { field: "dueDate", description: "The deliverable's due date." },
      SUBMITTED_AT: { field: "submittedAt", description: "When it was last submitted (UTC)." },
    },
    defaultDate: "DUE_DATE",
  },
});
