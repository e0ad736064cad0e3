/** SQL pieces several collections use: the organizations and lead organizations rows point at. */
import { ParticipantRole } from "../../entities/project-participant.entity";
import type { ExportColumn } from "./collection";

/** The lead organization's id of the project whose id is `projectIdSql` (exactly one per project). */
const leadOf = (projectIdSql: string) =>
  `(SELECT organization_id FROM project_participant WHERE project_id = ${projectIdSql} AND role = '${ParticipantRole.LEAD}' AND removed_at IS NULL)`;

/** A many-to-one join of the organization whose id is `idSql`, under `name`. */
export const orgJoin = (name: string, idSql: string) => `LEFT JOIN organization ${name} ON ${name}.id = ${idSql}`;

/** A many-to-one join of the lead organization of the project whose id is `projectIdSql`, under `name`. */
export const leadJoin = (name: string, projectIdSql: string) =>
  `LEFT JOIN project_participant ${name}_pp ON ${name}_pp.project_id = ${projectIdSql} AND ${name}_pp.role = '${ParticipantRole.LEAD}' AND ${name}_pp.removed_at IS NULL
   LEFT JOIN organization ${name} ON ${name}.id = ${name}_pp.organization_id`;

/** Aggregate dimensions of the lead organization, read through a join named `join`. */
export const leadDimensions = (join: string) =>
  ({
    LEAD_ORGANIZATION: {
      key: "leadOrganizationId",
      sql: () => `${join}.id`,
      joins: [join],
      description: "The project's lead organization.",
    },
    LEAD_ORGANIZATION_TYPE: {
      key: "leadOrganizationType",
      sql: () => `${join}.type`,
      joins: [join],
      description: "The type of the project's lead organization.",
    },
  }) as const;

/** Aggregate dimensions of an organization the row points at (`idProperty`), its type through `join`. */
export const organizationDimensions = <P extends string>(idProperty: P, join: string, what: string) =>
  ({
    ORGANIZATION: { field: idProperty, key: "organizationId", description: `The ${what}.` },
    ORGANIZATION_TYPE: { key: "organizationType", sql: () => `${join}.type`, joins: [join], description: `The ${what}'s type.` },
  }) as const;

/** CSV columns naming the organization whose id is `idSql(alias)`. */
export const organizationNameColumn = (header: string, idSql: (alias: string) => string): ExportColumn => ({
  header,
  sql: (a) => `(SELECT name FROM organization WHERE id = ${idSql(a)})`,
  type: "text",
});

export const organizationTypeColumn = (header: string, idSql: (alias: string) => string): ExportColumn => ({
  header,
  sql: (a) => `(SELECT type::text FROM organization WHERE id = ${idSql(a)})`,
  type: "text",
});

/** The lead organization of the project whose id is `projectIdSql(alias)`: its id and its name. */
export const leadColumns = (projectIdSql: (alias: string) => string): ExportColumn[] => [
  { header: "leadOrganizationId", sql: (a) => leadOf(projectIdSql(a)), type: "id", idType: "Organization" },
  organizationNameColumn("leadOrganizationName", (a) => leadOf(projectIdSql(a))),
];
