/** Users: an organization's staff, as far as the viewer may see them. */
import { User } from "../../entities/user.entity";
import { visibleUserSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";

/** `organization.users`: no filter, by name. */
export const users = defineCollection({
  name: "User",
  entity: User,
  alias: "u",
  filter: false,
  visibility: visibleUserSql,
  fields: {},
  defaultOrder: [["name", SortDirection.ASC]],
});
