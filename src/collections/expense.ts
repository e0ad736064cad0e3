/** Expenses charged to a project's funding sources: visible exactly when their project is. */
import { Expense, ExpenseCategory, ExpenseStatus } from "../../entities/expense.entity";
import { visibleProjectChildSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { organizationNameColumn, orgJoin, organizationDimensions } from "./shared-sql";

export const expenses = defineCollection({
  name: "Expense",
  entity: Expense,
  alias: "ex",
  visibility: (access, a, params) => visibleProjectChildSql(access, `${a}.project_id`, params),
  fields: {
    id: field.id("Expense"),
    projectId: field.id("Project"),
    fundingSourceId: field.id("FundingSource"),
    workPackageId: field.id("WorkPackage", { description: "The work package charged." }),
    organizationId: field.id("Organization", { description: "The requesting organization." }),
    status: field.enum(ExpenseStatus, "ExpenseStatus"),
    amount: field.decimal(),
    currency: field.string(),
    category: field.enum(ExpenseCategory, "ExpenseCategory"),
    incurredOn: field.date({ description: "The day the cost was incurred (its reporting period)." }),
    createdAt: field.datetime(),
    decidedAt: field.datetime(),
  },
  defaultOrder: [["createdAt", SortDirection.ASC]],
  export: {
    path: "expenses",
    columns: [
      "id",
      "projectId",
      "fundingSourceId",
      "workPackageId",
      "organizationId",
      organizationNameColumn("organizationName", (a) => `${a}.organization_id`),
      "category",
      "amount",
      "currency",
      "incurredOn",
      "status",
      "createdAt",
      "decidedAt",
    ],
  },
  aggregate: {
    joins: { org: (a) => orgJoin("org", `${a}.organization_id`) },
    dimensions: {
      CURRENCY: { field: "currency", key: "currency", description: "The currency (always grouped by)." },
      CATEGORY: { field: "category", key: "category", description: "The cost category." },
      STATUS: { field: "status", description: "The expense's status." },
      PROJECT: { field: "projectId", description: "The project." },
      WORK_PACKAGE: { field: "workPackageId", key: "workPackageId", description: "The work package charged." },
      ...organizationDimensions("organizationId", "org", "requesting organization (the participant)"),
    },
    dates: {
      INCURRED_ON: { field: "incurredOn", description: "The day the cost was incurred." },
      CREATED_AT: { field: "createdAt", description: "When it was requested (UTC)." },
      DECIDED_AT: { field: "decidedAt", description: "When it was decided (UTC)." },
    },
    defaultDate: "CREATED_AT",
    measures: { amount: "amount" },
    implicitGroupBy: ["CURRENCY"],
  },
});
