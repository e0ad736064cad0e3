/** Governing bodies and adopted policies: part of an alliance's directory (Art. 8.3, 8.4). */
import { GoverningBody, GoverningBodyKind } from "../../entities/governing-body.entity";
import { PolicyDocument, PolicyKind } from "../../entities/policy-document.entity";
import { directorySql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const governingBodies = defineCollection({
  name: "GoverningBody",
  entity: GoverningBody,
  alias: "gb",
  visibility: (access, a, params) => directorySql(access, `${a}.alliance_id`, params),
  fields: {
    kind: field.enum(GoverningBodyKind, "GoverningBodyKind"),
    name: field.string(),
  },
  defaultOrder: [["createdAt", SortDirection.ASC]],
});

export const policyDocuments = defineCollection({
  name: "PolicyDocument",
  entity: PolicyDocument,
  alias: "pd",
  visibility: (access, a, params) => directorySql(access, `${a}.alliance_id`, params),
  fields: {
    kind: field.enum(PolicyKind, "PolicyKind"),
    title: field.string(),
    adoptedAt: field.datetime(),
  },
  // Newest first.
  defaultOrder: [["adoptedAt", SortDirection.DESC]],
});
