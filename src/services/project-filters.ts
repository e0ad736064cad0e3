/** How projects are filtered and ordered, in SQL (shared by every list of projects). */
import type { FilterSpec } from "../db/filter-sql";
import { sortKeys, type OrderShape } from "../graphql/order";
import { SortDirection } from "../graphql/filters";
import type { PageArgs } from "../graphql/connection";
import { organizationFilterSpec } from "./organization.service";

export type ProjectOrderField = "CODE" | "TITLE" | "STATUS" | "START_DATE" | "END_DATE" | "BUDGET" | "CREATED_AT";

export interface ProjectListArgs extends PageArgs {
  filter?: object;
  orderBy?: OrderShape<ProjectOrderField>[];
}

/** Current participants of a project row `a`; `participants: {…}` means "some participant matches". */
export const participantFilterSpec = (a: string): FilterSpec => ({
  organizationId: { kind: "id", sql: `${a}.organization_id`, type: "Organization" },
  role: { kind: "enum", sql: `${a}.role` },
  joinedAt: { kind: "datetime", sql: `${a}.joined_at` },
  organization: {
    kind: "relation",
    exists: (r) => `SELECT 1 FROM organization ${r} WHERE ${r}.id = ${a}.organization_id`,
    spec: organizationFilterSpec,
  },
});

export const projectFilterSpec = (a: string): FilterSpec => ({
  id: { kind: "id", sql: `${a}.id`, type: "Project" },
  allianceId: { kind: "id", sql: `${a}.alliance_id`, type: "Alliance" },
  code: { kind: "string", sql: `${a}.code` },
  title: { kind: "string", sql: `${a}.title` },
  status: { kind: "enum", sql: `${a}.status` },
  visibility: { kind: "enum", sql: `${a}.visibility` },
  startDate: { kind: "date", sql: `${a}.start_date` },
  endDate: { kind: "date", sql: `${a}.end_date` },
  budget: { kind: "decimal", sql: `${a}.budget` },
  createdAt: { kind: "datetime", sql: `${a}.created_at` },
  participants: {
    kind: "relation",
    exists: (r) => `SELECT 1 FROM project_participant ${r} WHERE ${r}.project_id = ${a}.id AND ${r}.removed_at IS NULL`,
    spec: participantFilterSpec,
  },
});

/** Sort expressions are never null: missing dates sort last, a missing budget first. */
const projectOrderColumns = (a: string): Record<ProjectOrderField, string> => ({
  CODE: `${a}.code`,
  TITLE: `${a}.title`,
  STATUS: `${a}.status`,
  START_DATE: `COALESCE(${a}.start_date, 'infinity'::date)`,
  END_DATE: `COALESCE(${a}.end_date, 'infinity'::date)`,
  BUDGET: `COALESCE(${a}.budget, -1)`,
  CREATED_AT: `${a}.created_at`,
});

export const projectOrder = (a: string, orderBy: OrderShape<ProjectOrderField>[] | undefined) =>
  sortKeys(orderBy, projectOrderColumns(a), [{ sql: `${a}.created_at`, direction: SortDirection.ASC }]);

