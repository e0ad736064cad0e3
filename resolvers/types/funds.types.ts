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
  @Field({ description: "ISO 4217 code." }) currency!: string;
  @Field(() => DecimalScalar, { description: "The exact total." }) amount!: Decimal;
  @Field(() => Int, { description: "Distribution lines counted." }) lines!: number;
  @Field(() => Int, { description: "Revenue events those lines come from." }) events!: number;
}

@ObjectType({ description: "What an organization received in a period, per currency (the lines you may see)." })
export class BenefitStatement {
  @Field(() => ID, { description: "The organization." }) organizationId!: string;
  @Field(() => GraphQLDate, { nullable: true, description: "First day counted, if given." }) from!: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: "Last day counted, if given." }) to!: string | null;
  @Field(() => [CurrencyTotal], { description: "What it received, per currency." }) totals!: CurrencyTotal[];
}

@ObjectType({ description: "Amounts of one currency: available, approved, pending approval and still unspent." })
export class FundingTotal {
  @Field({ description: "ISO 4217 code." }) currency!: string;
  @Field(() => DecimalScalar, { description: "Funds provided." }) amount!: Decimal;
  @Field(() => DecimalScalar, { description: "Approved expenses." }) approved!: Decimal;
  @Field(() => DecimalScalar, { description: "Expenses awaiting a decision." }) pending!: Decimal;
  @Field(() => DecimalScalar, { description: "What is left: amount − approved." }) remaining!: Decimal;
}

@ObjectType({ description: "One funding source's amount and what has been spent from it." })
export class FundingSourceBalance extends FundingTotal {
  @Field(() => ID, { description: "The funding source's global id." }) fundingSourceId!: string;
  @Field(() => FundingKind, { description: "Where the money comes from." }) kind!: FundingKind;
  @Field({ description: "Who provides it." }) provider!: string;
  @Field({ description: "Government money, supervised and reported apart (Art. 8.4)." }) government!: boolean;
}

@ObjectType({ description: "A project's funds: per source, and totals per currency with government money apart." })
export class FundingSummary {
  @Field(() => [FundingSourceBalance], { description: "Each funding source with its balance." }) sources!: FundingSourceBalance[];
  @Field(() => [FundingTotal], { description: "GOVERNMENT sources." }) government!: FundingTotal[];
  @Field(() => [FundingTotal], { description: "All other sources." }) nonGovernment!: FundingTotal[];
  @Field(() => [FundingTotal], { description: "Every source." }) total!: FundingTotal[];
}

@ObjectType({ description: "A page of BenefitPlan rows (a Relay connection)." })
export class BenefitPlanConnection extends Connection(BenefitPlan) {}
@ObjectType({ description: "A page of RevenueEvent rows (a Relay connection)." })
export class RevenueEventConnection extends Connection(RevenueEvent) {}
@ObjectType({ description: "A page of Distribution rows (a Relay connection)." })
export class DistributionConnection extends Connection(Distribution) {}
@ObjectType({ description: "A page of Expense rows (a Relay connection)." })
export class ExpenseConnection extends Connection(Expense) {}
@ObjectType({ description: "A page of SharedFacility rows (a Relay connection)." })
export class SharedFacilityConnection extends Connection(SharedFacility) {}
@ObjectType({ description: "A page of Booking rows (a Relay connection)." })
export class BookingConnection extends Connection(Booking) {}
