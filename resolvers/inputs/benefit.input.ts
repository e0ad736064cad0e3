import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, Length, Matches, MaxLength } from "class-validator";
import { GraphQLDate } from "../../src/graphql/scalars";
import { RevenueKind } from "../../entities/revenue-event.entity";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { benefitPlans } from "../../src/collections/benefit-plan";
import { distributions, revenueEvents } from "../../src/collections/revenue";

@InputType()
export class BenefitShareInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => Int, { description: "10000 = 100%." }) basisPoints!: number;
}

@InputType({ description: "Exactly one of projectId and ipAssetId." })
export class CreateBenefitPlanInput {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, { nullable: true }) ipAssetId?: string;
  @Field(() => [BenefitShareInput], { description: "Distinct organizations; basis points total exactly 10000." })
  @ArrayMaxSize(200)
  shares!: BenefitShareInput[];
}

@InputType()
export class ApproveBenefitPlanInput {
  @Field(() => ID) benefitPlanId!: string;
}

@InputType({ description: "Exactly one of projectId and ipAssetId." })
export class RecordRevenueInput {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, { nullable: true }) ipAssetId?: string;
  @Field(() => RevenueKind) kind!: RevenueKind;
  @Field(() => DecimalScalar, { description: "Negative for a correction; never zero." }) amount!: Decimal;
  @Field({ nullable: true, defaultValue: "CNY", description: "ISO 4217 code." })
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
  @Field(() => GraphQLDate) receivedOn!: Date;
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
