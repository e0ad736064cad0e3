/** Reporting periods of the projects you may see (rule `reportingPeriod`, src/auth/visibility.ts). */
import { ReportingPeriod, ReportingPeriodStatus } from "../../entities/reporting-period.entity";
import { visibleReportingPeriodSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { projects } from "./project";

export const reportingPeriods = defineCollection({
  name: "ReportingPeriod",
  entity: ReportingPeriod,
  alias: "rp",
  description: "Reporting periods of the projects you may see.",
  visibility: visibleReportingPeriodSql,
  fields: {
    id: field.id("ReportingPeriod"),
    projectId: field.id("Project"),
    number: field.int({ order: "NUMBER" }),
    startMonth: field.int({ order: "START_MONTH" }),
    endMonth: field.int({ order: "END_MONTH" }),
    startDate: field.date({ order: "START_DATE" }),
    endDate: field.date({ order: "END_DATE" }),
    status: field.enum(ReportingPeriodStatus, "ReportingPeriodStatus", { order: "STATUS" }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  relations: { project: { to: () => projects, on: "projectId", description: "Conditions on the period's project." } },
  defaultOrder: [
    ["projectId", SortDirection.ASC],
    ["number", SortDirection.ASC],
  ],
  export: {
    path: "reportingPeriods",
    columns: [
      "id",
      "projectId",
      "number",
      "startMonth",
      "endMonth",
      "startDate",
      "endDate",
      "status",
      {
        header: "currentVersion",
        sql: (a) => `(SELECT MAX(version) FROM period_report WHERE period_id = ${a}.id)`,
        type: "int",
      },
      {
        header: "currentSha256",
        sql: (a) => `(SELECT sha256 FROM period_report WHERE period_id = ${a}.id ORDER BY version DESC LIMIT 1)`,
        type: "text",
      },
    ],
  },
  aggregate: {
    dimensions: {
      STATUS: { field: "status", description: "The period's status." },
      PROJECT: { field: "projectId", description: "The period's project." },
    },
    dates: {
      END_DATE: { field: "endDate", description: "The period's last day." },
      START_DATE: { field: "startDate", description: "The period's first day." },
    },
    defaultDate: "END_DATE",
  },
});
