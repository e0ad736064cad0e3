/** Benefit plans and their shares (as a filter across them). */
import { BenefitPlan, BenefitPlanStatus } from "../../entities/benefit-plan.entity";
import { BenefitShare } from "../../entities/benefit-share.entity";
import { visibleBenefitPlanSql } from "../auth/permissions";
import { defineCollection, SortDirection } from "./collection";
import { field } from "./fields";

/** A plan's shares; `shares: {…}` on plans means "some share matches". */
export const benefitShares = defineCollection({
  name: "BenefitShare",
  entity: BenefitShare,
  alias: "bs",
  combinators: false,
  fields: {
    organizationId: field.id("Organization"),
    basisPoints: field.int(),
    approvedAt: field.datetime(),
  },
});

export const benefitPlans = defineCollection({
  name: "BenefitPlan",
  entity: BenefitPlan,
  alias: "bp",
  visibility: visibleBenefitPlanSql,
  fields: {
    id: field.id("BenefitPlan"),
    allianceId: field.id("Alliance"),
    projectId: field.id("Project"),
    ipAssetId: field.id("IpAsset"),
    status: field.enum(BenefitPlanStatus, "BenefitPlanStatus", { order: "STATUS" }),
    createdAt: field.datetime({ order: "CREATED_AT" }),
    // Plans not agreed yet sort after the agreed ones.
    agreedAt: field.datetime({ order: "AGREED_AT", nullsAs: "'infinity'::timestamptz" }),
  },
  relations: {
    shares: {
      to: () => benefitShares,
      by: "planId",
      description: "Plans with a share matching this (e.g. held by an organization).",
    },
  },
  defaultOrder: [["createdAt", SortDirection.ASC]],
  export: {
    path: "benefitPlans",
    columns: ["id", "allianceId", "projectId", "ipAssetId", "status", "createdAt", "agreedAt"],
  },
});
