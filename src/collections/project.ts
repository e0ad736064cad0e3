/** Joint R&D projects and their current participants (as a filter across them). */
import { Project, ProjectStatus, ProjectVisibility } from "../../entities/project.entity";
import { ParticipantRole, ProjectParticipant } from "../../entities/project-participant.entity";
import { visibleProjectSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";
import { organizations } from "./organization";
import { leadColumns, leadDimensions, leadJoin } from "./shared-sql";

/** A project's current participants; `participants: {…}` on projects means "some participant matches". */
export const participants = defineCollection({
  name: "Participant",
  entity: ProjectParticipant,
  alias: "pp",
  description: "Conditions on a current participant of the project.",
  fields: {
    organizationId: field.id("Organization"),
    role: field.enum(ParticipantRole, "ParticipantRole"),
    joinedAt: field.datetime(),
  },
  relations: { organization: { to: () => organizations, on: "organizationId" } },
});

export const projects = defineCollection({
  name: "Project",
  entity: Project,
  alias: "p",
  visibility: visibleProjectSql,
  fields: {
    id: field.id("Project"),
    allianceId: field.id("Alliance"),
    code: field.string({ order: "CODE" }),
    title: field.string({ order: "TITLE" }),
    status: field.enum(ProjectStatus, "ProjectStatus", { order: "STATUS" }),
    visibility: field.enum(ProjectVisibility, "ProjectVisibility"),
    // Missing dates sort last, a missing budget first.
    startDate: field.date({ order: "START_DATE", nullsAs: "'infinity'::date" }),
    endDate: field.date({ order: "END_DATE", nullsAs: "'infinity'::date" }),
    budget: field.decimal({ order: "BUDGET", nullsAs: "-1" }),
    currency: field.string({ filter: false, sql: (a) => `trim(${a}.currency)` }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  relations: {
    participants: {
      to: () => participants,
      by: "projectId",
      where: (r) => `${r}.removed_at IS NULL`,
      description: "Some current participant matches, e.g. { organization: { type: { eq: UNIVERSITY } } }.",
    },
  },
  defaultOrder: [["createdAt", SortDirection.ASC]],
  export: {
    path: "projects",
    columns: [
      "id",
      "allianceId",
      "code",
      "title",
      "status",
      "visibility",
      "startDate",
      "endDate",
      "budget",
      "currency",
      ...leadColumns((a) => `${a}.id`),
      "createdAt",
    ],
  },
  aggregate: {
    joins: { lead: (a) => leadJoin("lead", `${a}.id`) },
    dimensions: {
      STATUS: { field: "status", description: "The project's status." },
      ALLIANCE: { field: "allianceId", description: "The alliance." },
      ...leadDimensions("lead"),
      CURRENCY: { field: "currency", key: "currency", description: "The budget's currency (always grouped by)." },
    },
    dates: {
      START_DATE: { field: "startDate", description: "The project's start date." },
      END_DATE: { field: "endDate", description: "The project's end date." },
      CREATED_AT: { field: "createdAt", description: "When it was created (UTC)." },
    },
    defaultDate: "START_DATE",
    measures: { budget: "budget" },
    implicitGroupBy: ["CURRENCY"],
  },
});
