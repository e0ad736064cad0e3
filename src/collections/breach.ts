/** Breach records: visible with the agreement they are about. */
import { BreachRecord } from "../../entities/breach-record.entity";
import { visibleAgreementSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";

/** `organization.breachRecords`: no filter, newest first. */
export const breachRecords = defineCollection({
  name: "BreachRecord",
  entity: BreachRecord,
  alias: "b",
  filter: false,
  visibility: (access, a, params) =>
    `EXISTS (SELECT 1 FROM agreement bag WHERE bag.id = ${a}.agreement_id AND ${visibleAgreementSql(access, "bag", params)})`,
  fields: {},
  defaultOrder: [["recordedAt", SortDirection.DESC]],
});
