/** Proposed changes of IP owners: seen by the organizations involved, the secretariat and analysts (src/auth). */
import { IpOwnershipChange, IpOwnershipChangeStatus } from "../../entities/ip-ownership-change.entity";
import { visibleIpOwnershipChangeSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const ipOwnershipChanges = defineCollection({
  name: "IpOwnershipChange",
  entity: IpOwnershipChange,
  alias: "ioc",
  visibility: visibleIpOwnershipChangeSql,
  fields: {
    id: field.id("IpOwnershipChange"),
    allianceId: field.id("Alliance"),
    ipAssetId: field.id("IpAsset"),
    status: field.enum(IpOwnershipChangeStatus, "IpOwnershipChangeStatus", { order: "STATUS" }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
    // Changes still pending sort last.
    decidedAt: field.datetime({ order: "DECIDED_AT", nullsAs: "'infinity'::timestamptz" }),
  },
  defaultOrder: [["createdAt", SortDirection.DESC]],
  export: {
    path: "ipOwnershipChanges",
    columns: ["id", "allianceId", "ipAssetId", "status", "createdAt", "decidedAt"],
  },
});
