import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { ArrayMaxSize, IsNotEmpty, Length, Matches, MaxLength } from "class-validator";
import { GraphQLDate } from "graphql-scalars";
import { RevenueKind } from "../../entities/revenue-event.entity";
import { DateFilter, DateTimeFilter, DecimalFilter, EnumFilter, IdFilter, StringFilter } from "../../src/graphql/filters";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { OrderInput } from "../../src/graphql/order";
import { OrganizationFilter } from "./organization.input";
import { benefitPlans } from "../../src/collections/benefit-plan";

const RevenueKindFilter = EnumFilter(RevenueKind, "RevenueKind");

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

@InputType()
export class RevenueRecipientFilter {
  @Field(() => IdFilter, { nullable: true }) organizationId?: IdFilter;
}

@InputType()
export class RevenueEventFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) projectId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) ipAssetId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) benefitPlanId?: IdFilter;
  @Field(() => RevenueKindFilter, { nullable: true }) kind?: object;
  @Field(() => DecimalFilter, { nullable: true }) amount?: DecimalFilter;
  @Field(() => StringFilter, { nullable: true }) currency?: StringFilter;
  @Field(() => DateFilter, { nullable: true }) receivedOn?: DateFilter;
  @Field(() => StringFilter, { nullable: true }) idempotencyKey?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => RevenueRecipientFilter, { nullable: true, description: "Events with a distribution line matching this." })
  distributions?: RevenueRecipientFilter;
  @Field(() => [RevenueEventFilter], { nullable: true }) and?: RevenueEventFilter[];
  @Field(() => [RevenueEventFilter], { nullable: true }) or?: RevenueEventFilter[];
  @Field(() => RevenueEventFilter, { nullable: true }) not?: RevenueEventFilter;
}

@InputType()
export class DistributionFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) organizationId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) revenueEventId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) benefitPlanId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) projectId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) ipAssetId?: IdFilter;
  @Field(() => DecimalFilter, { nullable: true }) amount?: DecimalFilter;
  @Field(() => StringFilter, { nullable: true }) currency?: StringFilter;
  @Field(() => DateFilter, { nullable: true }) receivedOn?: DateFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => RevenueKindFilter, { nullable: true, description: "The kind of the revenue event the line comes from." })
  kind?: object;
  @Field(() => OrganizationFilter, { nullable: true, description: "Conditions on the receiving organization, e.g. its type." })
  organization?: OrganizationFilter;
  @Field(() => [DistributionFilter], { nullable: true }) and?: DistributionFilter[];
  @Field(() => [DistributionFilter], { nullable: true }) or?: DistributionFilter[];
  @Field(() => DistributionFilter, { nullable: true }) not?: DistributionFilter;
}

export enum RevenueEventOrderField {
  RECEIVED_ON = "RECEIVED_ON",
  AMOUNT = "AMOUNT",
  KIND = "KIND",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(RevenueEventOrderField, { name: "RevenueEventOrderField" });
export const RevenueEventOrder = OrderInput(RevenueEventOrderField, "RevenueEvent");

export enum DistributionOrderField {
  RECEIVED_ON = "RECEIVED_ON",
  AMOUNT = "AMOUNT",
  CURRENCY = "CURRENCY",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(DistributionOrderField, { name: "DistributionOrderField" });
export const DistributionOrder = OrderInput(DistributionOrderField, "Distribution");

/** Filter and order of benefit plan lists: see src/collections/benefit-plan.ts. */
export const BenefitPlanFilter = benefitPlans.filterInput;
export type BenefitPlanFilter = Record<string, unknown>;
export const BenefitPlanOrder = benefitPlans.orderInput!;
