/** Alliances, and the role grants (secretariat, analysts) that are part of an alliance's directory. */
import { Alliance, AllianceScope, AllianceStatus, PilotStatus } from "../../entities/alliance.entity";
import { AllianceRoleGrant } from "../../entities/alliance-role-grant.entity";
import { directorySql, visibleAllianceSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const alliances = defineCollection({
  name: "Alliance",
  entity: Alliance,
  alias: "a",
  visibility: (access, a, params) => visibleAllianceSql(access, `${a}.id`, params),
  fields: {
    id: field.id("Alliance"),
    name: field.string({ order: "NAME" }),
    field: field.string(),
    scope: field.enum(AllianceScope, "AllianceScope"),
    region: field.string(),
    status: field.enum(AllianceStatus, "AllianceStatus"),
    pilotStatus: field.enum(PilotStatus, "PilotStatus"),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  defaultOrder: [["name", SortDirection.ASC]],
});

/** `alliance.roleGrants`: no filter, oldest first. */
export const allianceRoleGrants = defineCollection({
  name: "AllianceRoleGrant",
  entity: AllianceRoleGrant,
  alias: "g",
  filter: false,
  visibility: (access, a, params) => directorySql(access, `${a}.alliance_id`, params),
  fields: {},
  defaultOrder: [["createdAt", SortDirection.ASC]],
});
