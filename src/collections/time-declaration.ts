/** Time declarations (effort per person, work package and month): the project's financial records (`projectFinance`). */
import { TimeDeclaration, TimeDeclarationStatus } from "../../entities/time-declaration.entity";
import { visibleProjectFinanceSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { organizationNameColumn, orgJoin, organizationDimensions } from "./shared-sql";
import { workPackages } from "./work-plan";

export const timeDeclarations = defineCollection({
  name: "TimeDeclaration",
  entity: TimeDeclaration,
  alias: "td",
  description:
    "Time declarations of the projects whose financial records you may see (participants, the secretariat, analysts, the government supervisor).",
  visibility: (access, a, params) => visibleProjectFinanceSql(access, `${a}.project_id`, params),
  fields: {
    id: field.id("TimeDeclaration"),
    projectId: field.id("Project"),
    workPackageId: field.id("WorkPackage"),
    userId: field.id("User", { description: "The person who worked." }),
    organizationId: field.id("Organization", { description: "The person's organization." }),
    month: field.string({ order: "MONTH", description: "The month worked, YYYY-MM." }),
    hours: field.decimal({ order: "HOURS" }),
    status: field.enum(TimeDeclarationStatus, "TimeDeclarationStatus", { order: "STATUS" }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
    decidedAt: field.datetime({ filter: false }),
  },
  relations: {
    workPackage: { to: () => workPackages, on: "workPackageId", description: "Conditions on the work package." },
  },
  defaultOrder: [["month", SortDirection.ASC]],
  export: {
    path: "timeDeclarations",
    columns: [
      "id",
      "projectId",
      "workPackageId",
      "userId",
      "organizationId",
      organizationNameColumn("organizationName", (a) => `${a}.organization_id`),
      "month",
      "hours",
      "status",
      "createdAt",
      "decidedAt",
    ],
  },
  aggregate: {
    joins: { org: (a) => orgJoin("org", `${a}.organization_id`) },
    dimensions: {
      STATUS: { field: "status", description: "The declaration's status." },
      PROJECT: { field: "projectId", description: "The project." },
      WORK_PACKAGE: { field: "workPackageId", key: "workPackageId", description: "The work package." },
      ...organizationDimensions("organizationId", "org", "person's organization"),
    },
    dates: {
      CREATED_AT: { field: "createdAt", description: "When it was declared (UTC)." },
    },
    defaultDate: "CREATED_AT",
    measures: { hours: "hours" },
  },
});
