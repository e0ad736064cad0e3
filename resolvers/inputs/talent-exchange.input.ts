import { Field, ID, InputType } from "type-graphql";
import { MaxLength } from "class-validator";
import { GraphQLDate } from "../../src/graphql/scalars";
import { TalentExchangeKind, TalentExchangeStatus } from "../../entities/talent-exchange.entity";
import { Decision } from "../../src/services/membership.service";
import { talentExchanges } from "../../src/collections/talent-exchange";
import "./membership.input"; // registers the Decision enum

@InputType({ description: "Proposes sending a person to another member organization." })
export class ProposeTalentExchangeInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => ID, { description: "A user of the sending organization." }) personId!: string;
  @Field(() => ID, { description: "The sending organization (yours)." }) fromOrganizationId!: string;
  @Field(() => ID, { description: "The host organization." }) toOrganizationId!: string;
  @Field(() => TalentExchangeKind, { description: "What kind of exchange." }) kind!: TalentExchangeKind;
  @Field(() => ID, { nullable: true, description: "The project it serves, if any." }) projectId?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "When it starts." }) startDate?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "When it ends (not before it starts)." }) endDate?: string;
}

@InputType({ description: "The host organization's decision on a proposed talent exchange." })
export class DecideTalentExchangeInput {
  @Field(() => ID, { description: "The exchange." }) talentExchangeId!: string;
  @Field(() => Decision, { description: "Approve or reject." }) decision!: Decision;
  @Field({ nullable: true, description: "Why, for the record." }) @MaxLength(1000) reason?: string;
}

@InputType({ description: "APPROVED → ONGOING → COMPLETED, or CANCELLED before completion." })
export class UpdateTalentExchangeInput {
  @Field(() => ID, { description: "The exchange." }) talentExchangeId!: string;
  @Field(() => TalentExchangeStatus, { description: "The new status." }) status!: TalentExchangeStatus;
  @Field({ nullable: true, description: "Why, for the record." }) @MaxLength(1000) reason?: string;
}

/** Filter and order of talent exchange lists: see src/collections/talent-exchange.ts. */
export const TalentExchangeFilter = talentExchanges.filterInput;
export type TalentExchangeFilter = Record<string, unknown>;
export const TalentExchangeOrder = talentExchanges.orderInput!;
