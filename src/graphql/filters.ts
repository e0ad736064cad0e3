/**
 * Typed per-field filter inputs shared by every collection. Each collection's filter input
 * combines them with `and`, `or` and `not`; `src/collections/filter.ts` turns them into SQL.
 */
import { Field, ID, InputType, Int, registerEnumType, type ClassType } from "type-graphql";
import { GraphQLDate, GraphQLDateTime } from "./scalars";
import { DecimalScalar, type Decimal } from "./decimal";
import { SortDirection } from "../db/keyset";

@InputType({ description: "Conditions on a text field; all given conditions must hold." })
export class StringFilter {
  @Field({ nullable: true, description: "Equal to this value." }) eq?: string;
  @Field({ nullable: true, description: "Not equal to this value (rows where the field is null do not match)." }) ne?: string;
  @Field(() => [String], { nullable: true, description: "Equal to one of these values." }) in?: string[];
  @Field({ nullable: true, description: "Case-insensitive substring match." }) contains?: string;
  @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a reference, by global id." })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: "Equal to this value." }) eq?: string;
  @Field(() => ID, { nullable: true, description: "Not equal to this value (rows where the field is null do not match)." }) ne?: string;
  @Field(() => [ID], { nullable: true, description: "Equal to one of these values." }) in?: string[];
  @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a whole number; all given conditions must hold." })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: "Equal to this value." }) eq?: number;
  @Field(() => Int, { nullable: true, description: "Not equal to this value (rows where the field is null do not match)." }) ne?: number;
  @Field(() => [Int], { nullable: true, description: "Equal to one of these values." }) in?: number[];
  @Field(() => Int, { nullable: true, description: "Greater than this value." }) gt?: number;
  @Field(() => Int, { nullable: true, description: "Greater than or equal to this value." }) gte?: number;
  @Field(() => Int, { nullable: true, description: "Less than this value." }) lt?: number;
  @Field(() => Int, { nullable: true, description: "Less than or equal to this value." }) lte?: number;
  @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a true/false field." })
export class BooleanFilter {
  @Field({ nullable: true, description: "Equal to this value." }) eq?: boolean;
  @Field({ nullable: true, description: "Not equal to this value (rows where the field is null do not match)." }) ne?: boolean;
  @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a point in time; all given conditions must hold." })
export class DateTimeFilter {
  @Field(() => GraphQLDateTime, { nullable: true, description: "Equal to this value." }) eq?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "Not equal to this value (rows where the field is null do not match)." })
  ne?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "Greater than this value." }) gt?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "Greater than or equal to this value." }) gte?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "Less than this value." }) lt?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: "Less than or equal to this value." }) lte?: Date;
  @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a calendar date; all given conditions must hold." })
export class DateFilter {
  @Field(() => GraphQLDate, { nullable: true, description: "Equal to this value." }) eq?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "Not equal to this value (rows where the field is null do not match)." })
  ne?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "Greater than this value." }) gt?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "Greater than or equal to this value." }) gte?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "Less than this value." }) lt?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "Less than or equal to this value." }) lte?: string;
  @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
}

@InputType({ description: "Conditions on an exact decimal amount." })
export class DecimalFilter {
  @Field(() => DecimalScalar, { nullable: true, description: "Equal to this value." }) eq?: Decimal;
  @Field(() => DecimalScalar, { nullable: true, description: "Not equal to this value (rows where the field is null do not match)." })
  ne?: Decimal;
  @Field(() => DecimalScalar, { nullable: true, description: "Greater than this value." }) gt?: Decimal;
  @Field(() => DecimalScalar, { nullable: true, description: "Greater than or equal to this value." }) gte?: Decimal;
  @Field(() => DecimalScalar, { nullable: true, description: "Less than this value." }) lt?: Decimal;
  @Field(() => DecimalScalar, { nullable: true, description: "Less than or equal to this value." }) lte?: Decimal;
  @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
}

export interface EnumFilterShape<T> {
  eq?: T;
  ne?: T;
  in?: T[];
  isNull?: boolean;
}

const enumFilters = new Map<string, ClassType>();

/** The filter input for one GraphQL enum, `<Enum>Filter { eq ne in isNull }` (made once per enum). */
export function EnumFilter<T extends string>(enumType: Record<string, T>, enumName: string): ClassType {
  const existing = enumFilters.get(enumName);
  if (existing) return existing;
  @InputType(`${enumName}Filter`, { description: `Conditions on a ${enumName} value.` })
  class EnumFilterClass implements EnumFilterShape<T> {
    @Field(() => enumType, { nullable: true, description: "Equal to this value." }) eq?: T;
    @Field(() => enumType, { nullable: true, description: "Not equal to this value (rows where the field is null do not match)." }) ne?: T;
    @Field(() => [enumType], { nullable: true, description: "Equal to one of these values." }) in?: T[];
    @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
  }
  enumFilters.set(enumName, EnumFilterClass);
  return EnumFilterClass;
}

registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Which way an ordering key runs.",
  valuesConfig: { ASC: { description: "Smallest (or earliest, or A) first." }, DESC: { description: "Largest (or latest, or Z) first." } },
});
export { SortDirection };
