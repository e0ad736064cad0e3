import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, Length, Matches, MaxLength } from "class-validator";
import { ExpenseCategory } from "../../entities/expense.entity";
import { FundingKind } from "../../entities/funding-source.entity";
import { Decision } from "../../src/services/membership.service";
import { expenses } from "../../src/collections/expense";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";

@InputType()
export class AddFundingSourceInput {
  @Field(() => ID) projectId!: string;
  @Field(() => FundingKind) kind!: FundingKind;
  @Field() @IsNotEmpty() @MaxLength(300) provider!: string;
  @Field(() => DecimalScalar, { description: "Greater than zero." }) amount!: Decimal;
  @Field({ nullable: true, description: "ISO 4217 code; defaults to the project's currency." })
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
}

@InputType()
export class RequestExpenseInput {
  @Field(() => ID) fundingSourceId!: string;
  @Field(() => DecimalScalar, { description: "Greater than zero, in the source's currency." }) amount!: Decimal;
  @Field(() => ExpenseCategory, { description: "The cost category it is charged to." })
  category!: ExpenseCategory;
  @Field(() => ID, { nullable: true, description: "The work package charged (of the source's project)." })
  workPackageId?: string;
  @Field({ nullable: true }) @MaxLength(2000) description?: string;
}

@InputType()
export class DecideExpenseInput {
  @Field(() => ID) expenseId!: string;
  @Field(() => Decision) decision!: Decision;
  @Field({ nullable: true }) @MaxLength(1000) reason?: string;
}

/** Filter of expense lists: see src/collections/expense.ts. */
export const ExpenseFilter = expenses.filterInput;
export type ExpenseFilter = Record<string, unknown>;
