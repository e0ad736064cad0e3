/** Agreements: the alliance agreement and the project agreements (visibility in src/auth). */
import { Agreement, AgreementKind } from "../../entities/agreement.entity";
import { visibleAgreementSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

export const agreements = defineCollection({
  name: "Agreement",
  entity: Agreement,
  alias: "ag",
  visibility: visibleAgreementSql,
  fields: {
    id: field.id("Agreement"),
    kind: field.enum(AgreementKind, "AgreementKind"),
    projectId: field.id("Project"),
    title: field.string({ order: "TITLE" }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
  },
  defaultOrder: [["createdAt", SortDirection.ASC]],
});
