import { Field, ID, InputType } from "type-graphql";
import { MaxLength } from "class-validator";
import { GraphQLDate } from "../../src/graphql/scalars";
import { TalentExchangeKind, TalentExchangeStatus } from "../../entities/talent-exchange.entity";
import { Decision } from "../../src/services/membership.service";
import { talentExchanges } from "../../src/collections/talent-exchange";
import "./membership.input"; // registers the Decision enum

@InputType()
export class ProposeTalentExchangeInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => ID, { description: "A user of the sending organization." }) personId!: string;
  @Field(() => ID) fromOrganizationId!: string;
  @Field(() => ID) toOrganizationId!: string;
  @Field(() => TalentExchangeKind) kind!: TalentExchangeKind;
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => GraphQLDate, { nullable: true }) startDate?: string;
  @Field(() => GraphQLDate, { nullable: true }) endDate?: string;
}

@InputType()
export class DecideTalentExchangeInput {
  @Field(() => ID) talentExchangeId!: string;
  @Field(() => Decision) decision!: Decision;
  @Field({ nullable: true }) @MaxLength(1000) reason?: string;
}

@InputType({ description: "APPROVED → ONGOING → COMPLETED, or CANCELLED before completion." })
export class UpdateTalentExchangeInput {
  @Field(() => ID) talentExchangeId!: string;
  @Field(() => TalentExchangeStatus) status!: TalentExchangeStatus;
  @Field({ nullable: true }) @MaxLength(1000) reason?: string;
}

/** Filter and order of talent exchange lists: see src/collections/talent-exchange.ts. */
export const TalentExchangeFilter = talentExchanges.filterInput;
export type TalentExchangeFilter = Record<string, unknown>;
export const TalentExchangeOrder = talentExchanges.orderInput!;
