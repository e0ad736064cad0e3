/** Value types of benefit statements and funding summaries (computed, not stored). */
import { Field, ID, Int, ObjectType } from "type-graphql";
import { GraphQLDate } from "../../src/graphql/scalars";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { FundingKind } from "../../entities/funding-source.entity";
import { Connection } from "../../src/graphql/connection";
import { BenefitPlan } from "../../entities/benefit-plan.entity";
import { RevenueEvent } from "../../entities/revenue-event.entity";
import { Distribution } from "../../entities/distribution.entity";
import { Expense } from "../../entities/expense.entity";
import { SharedFacility } from "../../entities/shared-facility.entity";
import { Booking } from "../../entities/booking.entity";

@ObjectType({ description: "Distribution lines of one currency." })
export class CurrencyTotal {
  @Field() currency!: string;
  @Field(() => DecimalScalar) amount!: Decimal;
  @Field(() => Int, { description: "Distribution lines counted." }) lines!: number;
  @Field(() => Int, { description: "Revenue events those lines come from." }) events!: number;
}

@ObjectType({ description: "What an organization received in a period, per currency (the lines you may see)." })
export class BenefitStatement {
  @Field(() => ID) organizationId!: string;
  @Field(() => GraphQLDate, { nullable: true }) from!: string | null;
  @Field(() => GraphQLDate, { nullable: true }) to!: string | null;
  @Field(() => [CurrencyTotal]) totals!: CurrencyTotal[];
}

@ObjectType({ description: "Amounts of one currency: available, approved, pending approval and still unspent." })
export class FundingTotal {
  @Field() currency!: string;
  @Field(() => DecimalScalar) amount!: Decimal;
  @Field(() => DecimalScalar) approved!: Decimal;
  @Field(() => DecimalScalar) pending!: Decimal;
  @Field(() => DecimalScalar, { description: "amount − approved." }) remaining!: Decimal;
}

@ObjectType()
export class FundingSourceBalance extends FundingTotal {
  @Field(() => ID, { description: "The funding source's global id." }) fundingSourceId!: string;
  @Field(() => FundingKind) kind!: FundingKind;
  @Field() provider!: string;
  @Field({ description: "Government money, supervised and reported apart (Art. 8.4)." }) government!: boolean;
}

@ObjectType({ description: "A project's funds: per source, and totals per currency with government money apart." })
export class FundingSummary {
  @Field(() => [FundingSourceBalance]) sources!: FundingSourceBalance[];
  @Field(() => [FundingTotal], { description: "GOVERNMENT sources." }) government!: FundingTotal[];
  @Field(() => [FundingTotal], { description: "All other sources." }) nonGovernment!: FundingTotal[];
  @Field(() => [FundingTotal], { description: "Every source." }) total!: FundingTotal[];
}

@ObjectType()
export class BenefitPlanConnection extends Connection(BenefitPlan) {}
@ObjectType()
export class RevenueEventConnection extends Connection(RevenueEvent) {}
@ObjectType()
export class DistributionConnection extends Connection(Distribution) {}
@ObjectType()
export class ExpenseConnection extends Connection(Expense) {}
@ObjectType()
export class SharedFacilityConnection extends Connection(SharedFacility) {}
@ObjectType()
export class BookingConnection extends Connection(Booking) {}
