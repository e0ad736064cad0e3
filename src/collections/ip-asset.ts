/** IP assets: the summary to the alliance, trade secrets to owners and the secretariat (src/auth). */
import { DiffusionStatus, IpAsset, IpKind, IpStatus } from "../../entities/ip-asset.entity";
import { visibleIpAssetSql } from "../auth/permissions";
import { diffusionStatusSql } from "./diffusion";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const ipAssets = defineCollection({
  name: "IpAsset",
  entity: IpAsset,
  alias: "ia",
  visibility: visibleIpAssetSql,
  fields: {
    id: field.id("IpAsset"),
    allianceId: field.id("Alliance"),
    originProjectId: field.id("Project"),
    kind: field.enum(IpKind, "IpKind", { order: "KIND" }),
    status: field.enum(IpStatus, "IpStatus", { order: "STATUS" }),
    title: field.string({ order: "TITLE" }),
    registrationNumber: field.string(),
    jurisdiction: field.string(),
    governmentFunded: field.boolean(),
    // The stored PENDING reads OVERDUE once past its due date, as in the API's field.
    diffusionStatus: field.enum(DiffusionStatus, "DiffusionStatus", {
      description: "As of today: PENDING past its due date is OVERDUE.",
      sql: (a, env) => diffusionStatusSql(a, env.params, env.today),
    }),
    diffusionDueDate: field.date(),
    filedOn: field.date(),
    grantedOn: field.date(),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  defaultOrder: [["createdAt", SortDirection.DESC]],
  export: {
    path: "ipAssets",
    columns: [
      "id",
      "allianceId",
      "kind",
      "title",
      "registrationNumber",
      "jurisdiction",
      "status",
      "filedOn",
      "grantedOn",
      "governmentFunded",
      "diffusionStatus",
      "diffusionDueDate",
      "originProjectId",
      "createdAt",
    ],
  },
  aggregate: {
    dimensions: {
      STATUS: { field: "status", description: "The asset's legal status." },
      KIND: { field: "kind", description: "Patent, copyright, standard, …" },
      ALLIANCE: { field: "allianceId", description: "The alliance." },
      PROJECT: { field: "originProjectId", key: "projectId", description: "The project it came from." },
      GOVERNMENT_FUNDED: { field: "governmentFunded", description: "Whether it came from government-funded work." },
    },
    dates: {
      GRANTED_ON: { field: "grantedOn", description: "When the right was granted." },
      FILED_ON: { field: "filedOn", description: "When it was filed." },
      CREATED_AT: { field: "createdAt", description: "When it was registered here (UTC)." },
    },
    defaultDate: "GRANTED_ON",
  },
});
