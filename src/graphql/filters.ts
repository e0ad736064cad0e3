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
  @Field({ nullable: true }) eq?: string;
  @Field({ nullable: true }) ne?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field({ nullable: true, description: "Case-insensitive substring match." }) contains?: string;
  @Field({ nullable: true, description: "true: the field is null; false: it is not." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a reference, by global id." })
export class IdFilter {
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => ID, { nullable: true }) ne?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType()
export class IntFilter {
  @Field(() => Int, { nullable: true }) eq?: number;
  @Field(() => Int, { nullable: true }) ne?: number;
  @Field(() => [Int], { nullable: true }) in?: number[];
  @Field(() => Int, { nullable: true }) gt?: number;
  @Field(() => Int, { nullable: true }) gte?: number;
  @Field(() => Int, { nullable: true }) lt?: number;
  @Field(() => Int, { nullable: true }) lte?: number;
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType()
export class BooleanFilter {
  @Field({ nullable: true }) eq?: boolean;
  @Field({ nullable: true }) ne?: boolean;
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType()
export class DateTimeFilter {
  @Field(() => GraphQLDateTime, { nullable: true }) eq?: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) ne?: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) gt?: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) gte?: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) lt?: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) lte?: Date;
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType()
export class DateFilter {
  @Field(() => GraphQLDate, { nullable: true }) eq?: string;
  @Field(() => GraphQLDate, { nullable: true }) ne?: string;
  @Field(() => GraphQLDate, { nullable: true }) gt?: string;
  @Field(() => GraphQLDate, { nullable: true }) gte?: string;
  @Field(() => GraphQLDate, { nullable: true }) lt?: string;
  @Field(() => GraphQLDate, { nullable: true }) lte?: string;
  @Field({ nullable: true }) isNull?: boolean;
}

@InputType({ description: "Conditions on an exact decimal amount." })
export class DecimalFilter {
  @Field(() => DecimalScalar, { nullable: true }) eq?: Decimal;
  @Field(() => DecimalScalar, { nullable: true }) ne?: Decimal;
  @Field(() => DecimalScalar, { nullable: true }) gt?: Decimal;
  @Field(() => DecimalScalar, { nullable: true }) gte?: Decimal;
  @Field(() => DecimalScalar, { nullable: true }) lt?: Decimal;
  @Field(() => DecimalScalar, { nullable: true }) lte?: Decimal;
  @Field({ nullable: true }) isNull?: boolean;
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
  @InputType(`${enumName}Filter`)
  class EnumFilterClass implements EnumFilterShape<T> {
    @Field(() => enumType, { nullable: true }) eq?: T;
    @Field(() => enumType, { nullable: true }) ne?: T;
    @Field(() => [enumType], { nullable: true }) in?: T[];
    @Field({ nullable: true }) isNull?: boolean;
  }
  enumFilters.set(enumName, EnumFilterClass);
  return EnumFilterClass;
}

registerEnumType(SortDirection, { name: "SortDirection" });
export { SortDirection };
