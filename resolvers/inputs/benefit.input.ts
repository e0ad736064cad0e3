import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, Length, Matches, MaxLength } from "class-validator";
import { GraphQLDate } from "../../src/graphql/scalars";
import { RevenueKind } from "../../entities/revenue-event.entity";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { benefitPlans } from "../../src/collections/benefit-plan";
import { distributions, revenueEvents } from "../../src/collections/revenue";

@InputType({ description: "One organization's share of the income from a result." })
export class BenefitShareInput {
  @Field(() => ID, { description: "The organization." }) organizationId!: string;
  @Field(() => Int, { description: "10000 = 100%." }) basisPoints!: number;
}

@InputType({ description: "Exactly one of projectId and ipAssetId." })
export class CreateBenefitPlanInput {
  @Field(() => ID, { nullable: true, description: "The project whose results the plan covers (or give ipAssetId)." }) projectId?: string;
  @Field(() => ID, { nullable: true, description: "The IP asset whose income the plan shares (or give projectId)." }) ipAssetId?: string;
  @Field(() => [BenefitShareInput], { description: "Distinct organizations; basis points total exactly 10000." })
  @ArrayMaxSize(200)
  shares!: BenefitShareInput[];
}

@InputType({ description: "One shareholder's approval of a benefit-sharing plan." })
export class ApproveBenefitPlanInput {
  @Field(() => ID, { description: "The plan." }) benefitPlanId!: string;
}

@InputType({ description: "Exactly one of projectId and ipAssetId." })
export class RecordRevenueInput {
  @Field(() => ID, { nullable: true, description: "The project the income comes from (or give ipAssetId)." }) projectId?: string;
  @Field(() => ID, { nullable: true, description: "The IP asset the income comes from (or give projectId)." }) ipAssetId?: string;
  @Field(() => RevenueKind, { description: "What the income is." }) kind!: RevenueKind;
  @Field(() => DecimalScalar, { description: "Negative for a correction; never zero." }) amount!: Decimal;
  @Field({ nullable: true, defaultValue: "CNY", description: "ISO 4217 code." })
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
  @Field(() => GraphQLDate, { description: "When it was received." }) receivedOn!: Date;
  @Field({ description: "Chosen by the client; the same key records one event (unique per alliance)." })
  @IsNotEmpty()
  @MaxLength(200)
  idempotencyKey!: string;
}

/** Filters and orders of benefit plan, revenue event and distribution lists: see src/collections/. */
export const BenefitPlanFilter = benefitPlans.filterInput;
export type BenefitPlanFilter = Record<string, unknown>;
export const BenefitPlanOrder = benefitPlans.orderInput!;

export const RevenueEventFilter = revenueEvents.filterInput;
export type RevenueEventFilter = Record<string, unknown>;
export const RevenueEventOrder = revenueEvents.orderInput!;

export const DistributionFilter = distributions.filterInput;
export type DistributionFilter = Record<string, unknown>;
export const DistributionOrder = distributions.orderInput!;
