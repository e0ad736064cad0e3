import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, Length, Matches, MaxLength } from "class-validator";
import { ExpenseCategory } from "../../entities/expense.entity";
import { FundingKind } from "../../entities/funding-source.entity";
import { Decision } from "../../src/services/membership.service";
import { expenses } from "../../src/collections/expense";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { GraphQLDate } from "../../src/graphql/scalars";

@InputType({ description: "Adds a source of money to a project." })
export class AddFundingSourceInput {
  @Field(() => ID, { description: "The project funded." }) projectId!: string;
  @Field(() => FundingKind, { description: "Where the money comes from." }) kind!: FundingKind;
  @Field({ description: "Who provides it, e.g. the ministry or the bank." }) @IsNotEmpty() @MaxLength(300) provider!: string;
  @Field(() => DecimalScalar, { description: "Greater than zero." }) amount!: Decimal;
  @Field({ nullable: true, description: "ISO 4217 code; defaults to the project's currency." })
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}

@InputType({ description: "Asks to spend from a funding source." })
export class RequestExpenseInput {
  @Field(() => ID, { description: "The source." }) fundingSourceId!: string;
  @Field(() => DecimalScalar, { description: "Greater than zero, in the source's currency." }) amount!: Decimal;
  @Field(() => ExpenseCategory, { description: "The cost category it is charged to." })
  category!: ExpenseCategory;
  @Field(() => ID, { nullable: true, description: "The work package charged (of the source's project)." })
  workPackageId?: string;
  @Field({ nullable: true, description: "What the money is for." }) @MaxLength(2000) description?: string;
  @Field(() => GraphQLDate, {
    nullable: true,
    description: "The day the cost was incurred (its reporting period), not in the future; defaults to today.",
  })
  incurredOn?: string;
}

@InputType({ description: "The secretariat's decision on an expense." })
export class DecideExpenseInput {
  @Field(() => ID, { description: "The expense." }) expenseId!: string;
  @Field(() => Decision, { description: "Approve or reject." }) decision!: Decision;
  @Field({ nullable: true, description: "Why (required to reject)." }) @MaxLength(1000) reason?: string;
}

/** Filter of expense lists: see src/collections/expense.ts. */
export const ExpenseFilter = expenses.filterInput;
export type ExpenseFilter = Record<string, unknown>;
