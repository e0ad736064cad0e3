/** Expenses charged to a project's funding sources: visible exactly when their project is. */
import { Expense, ExpenseStatus } from "../../entities/expense.entity";
import { visibleProjectChildSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const expenses = defineCollection({
  name: "Expense",
  entity: Expense,
  alias: "ex",
  visibility: (access, a, params) => visibleProjectChildSql(access, `${a}.project_id`, params),
  fields: {
    id: field.id("Expense"),
    projectId: field.id("Project"),
    fundingSourceId: field.id("FundingSource"),
    organizationId: field.id("Organization", { description: "The requesting organization." }),
    status: field.enum(ExpenseStatus, "ExpenseStatus"),
    amount: field.decimal(),
    category: field.string(),
    createdAt: field.datetime(),
    decidedAt: field.datetime(),
  },
  defaultOrder: [["createdAt", SortDirection.ASC]],
});
