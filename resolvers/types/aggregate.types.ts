/**
 * Aggregate results: groups with a typed key, a count and exact sums / averages / minimums /
 * maximums of a collection's numeric fields. One key type serves every collection; each
 * collection has its own groupBy and date enums and its own measures type.
 */
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDate } from "../../src/graphql/scalars";
import { OrganizationType } from "../../entities/organization.entity";
import { ExpenseCategory } from "../../entities/expense.entity";
import { DecimalScalar } from "../../src/graphql/decimal";
import { TIME_BUCKETS, type AggregateSource } from "../../src/db/aggregate";
import type { Decimal } from "../../src/graphql/decimal";
import type { AnyCollection } from "../../src/collections/collection";

@ObjectType({ description: "The values a group shares; only the dimensions grouped by are set." })
export class AggregateKey {
  @Field(() => String, { nullable: true, description: "The status grouped by." }) status?: string | null;
  @Field(() => String, { nullable: true, description: "The kind grouped by." }) kind?: string | null;
  @Field(() => String, { nullable: true, description: "The role grouped by." }) role?: string | null;
  @Field(() => String, { nullable: true, description: "The priority grouped by." }) priority?: string | null;
  @Field(() => String, { nullable: true, description: "The currency grouped by (ISO 4217)." }) currency?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether government-funded, when grouped by it." }) governmentFunded?:
    boolean | null;
  @Field(() => ID, { nullable: true, description: "The alliance grouped by." }) allianceId?: string | null;
  @Field(() => ID, { nullable: true, description: "The project grouped by." }) projectId?: string | null;
  @Field(() => ID, { nullable: true, description: "The organization grouped by." }) organizationId?: string | null;
  @Field(() => OrganizationType, { nullable: true, description: "The organization type grouped by." })
  organizationType?: OrganizationType | null;
  @Field(() => ID, { nullable: true, description: "The project's lead organization grouped by." }) leadOrganizationId?: string | null;
  @Field(() => OrganizationType, { nullable: true, description: "The lead organization's type grouped by." })
  leadOrganizationType?: OrganizationType | null;
  @Field(() => ID, { nullable: true, description: "The sending organization grouped by." }) fromOrganizationId?: string | null;
  @Field(() => OrganizationType, { nullable: true, description: "The sending organization's type grouped by." })
  fromOrganizationType?: OrganizationType | null;
  @Field(() => ID, { nullable: true, description: "The host organization grouped by." }) toOrganizationId?: string | null;
  @Field(() => OrganizationType, { nullable: true, description: "The host organization's type grouped by." })
  toOrganizationType?: OrganizationType | null;
  @Field(() => ExpenseCategory, { nullable: true, description: "The cost category." }) category?: ExpenseCategory | null;
  @Field(() => ID, { nullable: true, description: "The work package." }) workPackageId?: string | null;
  @Field(() => String, { nullable: true, description: 'The time bucket: "2026", "2026-Q1" or "2026-03".' })
  period?: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: "The first day of the time bucket." })
  periodStart?: string | null;
}

export interface AggregateGroupShape {
  key: AggregateKey;
  count: number;
  sum?: Record<string, Decimal | null>;
  avg?: Record<string, Decimal | null>;
  min?: Record<string, Decimal | null>;
  max?: Record<string, Decimal | null>;
}

/** `<Name>GroupBy`: the source's dimensions plus YEAR, QUARTER and MONTH of the chosen date. */
function groupByEnum(source: AggregateSource, name: string): Record<string, string> {
  const values: Record<string, string> = {};
  const valuesConfig: Record<string, { description: string }> = {};
  for (const [dim, spec] of Object.entries(source.dimensions)) {
    values[dim] = dim;
    valuesConfig[dim] = { description: spec.description };
  }
  for (const bucket of TIME_BUCKETS) {
    values[bucket] = bucket;
    valuesConfig[bucket] = { description: `Per ${bucket.toLowerCase()} of the chosen date.` };
  }
  registerEnumType(values, { name: `${name}GroupBy`, description: `What ${name} rows can be grouped by.`, valuesConfig });
  return values;
}

/** `<Name>AggregateDate`: the dates YEAR / QUARTER / MONTH can bucket. */
function dateEnum(source: AggregateSource, name: string): Record<string, string> {
  const values = Object.fromEntries(Object.keys(source.dates).map((d) => [d, d]));
  const valuesConfig = Object.fromEntries(Object.entries(source.dates).map(([d, spec]) => [d, { description: spec.description }]));
  registerEnumType(values, {
    name: `${name}AggregateDate`,
    description: `The ${name} date that YEAR, QUARTER and MONTH group by.`,
    valuesConfig,
  });
  return values;
}

/** `<Name>AggregateGroup { key count [sum avg min max: <Name>Measures] }`. */
function AggregateGroupType(source: AggregateSource, name: string) {
  const measureNames = Object.keys(source.measures);
  class Measures {}
  for (const measure of measureNames) {
    Field(() => DecimalScalar, { nullable: true, description: `Of \`${measure}\`.` })(Measures.prototype, measure);
  }
  if (measureNames.length) ObjectType(`${name}Measures`, { description: `The amounts ${name} groups can total.` })(Measures);

  @ObjectType(`${name}AggregateGroup`, {
    description: `One group of ${name} rows: its key, its count and, where there are amounts, their totals.`,
  })
  class Group implements AggregateGroupShape {
    @Field(() => AggregateKey, { description: "The group's values of the dimensions grouped by." }) key!: AggregateKey;
    @Field(() => Int, { description: "Rows in the group that you may see." }) count!: number;
  }
  if (measureNames.length) {
    const descriptions: Record<string, string> = {
      sum: "Exact sums (null when the group has no value).",
      avg: "Averages rounded to two decimals.",
      min: "Smallest values.",
      max: "Largest values.",
    };
    for (const op of ["sum", "avg", "min", "max"]) {
      Field(() => Measures, { description: descriptions[op] })(Group.prototype, op);
    }
  }
  return Group;
}

/** The GraphQL types of one collection's aggregate: its groupBy and date enums and its group type. */
export function aggregateTypes(collection: AnyCollection) {
  const source = collection.aggregate();
  return {
    groupBy: groupByEnum(source, collection.name),
    date: dateEnum(source, collection.name),
    group: AggregateGroupType(source, collection.name),
  };
}
