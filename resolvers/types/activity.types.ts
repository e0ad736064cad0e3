/** The yearly activity report (活跃度): indicators with their values and sources, scored per dimension and in total. */
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Decimal, DecimalScalar } from "../../src/graphql/decimal";
import { GraphQLDateTime } from "../../src/graphql/scalars";
import type { ActivityDimensionData, ActivityIndicatorData, AllianceActivityData } from "../../src/services/activity.service";

export enum ActivityDimension {
  ORGANIZATION = "ORGANIZATION",
  COLLABORATION = "COLLABORATION",
  IMPACT = "IMPACT",
}
registerEnumType(ActivityDimension, {
  name: "ActivityDimension",
  description: "The three dimensions a pilot alliance's activity is evaluated in.",
  valuesConfig: {
    ORGANIZATION: { description: "Organization and operation (组织运行): membership and the alliance agreement." },
    COLLABORATION: {
      description: "Collaborative innovation (协同创新): joint projects, co-owned IP, talent exchanges, shared facilities.",
    },
    IMPACT: { description: "Impact on the industry (产业影响): IP granted, standards, licenses, revenue, diffusion." },
  },
});

export enum ActivityNormalization {
  TARGET = "TARGET",
  LIMIT = "LIMIT",
  RATIO = "RATIO",
}
registerEnumType(ActivityNormalization, {
  name: "ActivityNormalization",
  description: "How an indicator's value becomes its score from 0 to 100.",
  valuesConfig: {
    TARGET: { description: "The share of the target reached, capped at 100." },
    LIMIT: { description: "Fewer is better: 0 scores 100, the target or more scores 0." },
    RATIO: { description: "The value as a share of its source rows; none scores 100." },
  },
});

@ObjectType({ description: "One indicator of the activity report." })
export class ActivityIndicator implements ActivityIndicatorData {
  @Field({ description: "Stable key of the indicator, e.g. membersAdmitted." }) key!: string;
  @Field(() => ActivityDimension, { description: "The dimension it counts in." }) dimension!: ActivityDimension;
  @Field({ description: "What it measures." }) label!: string;
  @Field(() => ActivityNormalization, { description: "How its value is scored." }) normalization!: ActivityNormalization;
  @Field(() => DecimalScalar, { description: "Its value: a count, 1 or 0 for yes or no, or an amount in the report's currency." })
  value!: Decimal;
  @Field(() => Int, { description: "How many rows the value was computed from." }) sourceRows!: number;
  @Field(() => DecimalScalar, { nullable: true, description: "The target the value is scored against; null for a ratio." })
  target!: Decimal | null;
  @Field(() => DecimalScalar, { description: "Its weight within its dimension." }) weight!: Decimal;
  @Field(() => DecimalScalar, { description: "Its score, 0 to 100." }) score!: Decimal;
}

@ObjectType({ description: "One dimension of the activity report: the weighted mean of its indicators' scores." })
export class ActivityDimensionScore implements ActivityDimensionData {
  @Field(() => ActivityDimension, { description: "The dimension." }) dimension!: ActivityDimension;
  @Field({ description: "Its name, in English and Chinese." }) label!: string;
  @Field(() => DecimalScalar, { description: "Its weight in the total." }) weight!: Decimal;
  @Field(() => DecimalScalar, { description: "Its score, 0 to 100." }) score!: Decimal;
  @Field(() => [ActivityIndicator], { description: "Its indicators." }) indicators!: ActivityIndicator[];
}

@ObjectType({ description: "An alliance's activity in one year (活跃度), computed from live data (docs/activity-report.md)." })
export class AllianceActivity implements AllianceActivityData {
  allianceId!: string;
  @Field(() => Int, { description: "The calendar year (UTC) reported on." }) year!: number;
  @Field({ description: "The currency revenue is summed in (ISO 4217); revenue in other currencies is not counted." })
  currency!: string;
  @Field(() => DecimalScalar, { description: "The total score, 0 to 100: the weighted mean of the dimensions' scores." })
  score!: Decimal;
  @Field(() => GraphQLDateTime, { description: "When the report was computed." }) evaluatedAt!: string;
  @Field(() => [ActivityDimensionScore], { description: "The three dimensions with their indicators." })
  dimensions!: ActivityDimensionScore[];
}
