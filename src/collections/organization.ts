/** Organizations: a public registry of independent legal entities (Art. 8.1). */
import { Organization, OrganizationType } from "../../entities/organization.entity";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const organizations = defineCollection({
  name: "Organization",
  entity: Organization,
  alias: "o",
  // Any signed-in user may read the registry.
  visibility: () => "TRUE",
  fields: {
    id: field.id("Organization"),
    name: field.string({ order: "NAME" }),
    type: field.enum(OrganizationType, "OrganizationType", { order: "TYPE" }),
    creditCode: field.string(),
    legalRepresentative: field.string({ filter: false }),
    region: field.string({ order: "REGION" }),
    industryBackbone: field.boolean(),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  defaultOrder: [["name", SortDirection.ASC]],
  export: {
    path: "organizations",
    columns: ["id", "name", "type", "creditCode", "legalRepresentative", "region", "industryBackbone", "createdAt"],
  },
});
