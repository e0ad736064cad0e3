import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { MaxLength } from "class-validator";
import { GraphQLDate } from "graphql-scalars";
import { TalentExchangeKind, TalentExchangeStatus } from "../../entities/talent-exchange.entity";
import { Decision } from "../../src/services/membership.service";
import { DateFilter, DateTimeFilter, EnumFilter, IdFilter } from "../../src/graphql/filters";
import { OrderInput } from "../../src/graphql/order";
import { OrganizationFilter } from "./organization.input";
import "./membership.input"; // registers the Decision enum

const TalentExchangeKindFilter = EnumFilter(TalentExchangeKind, "TalentExchangeKind");
const TalentExchangeStatusFilter = EnumFilter(TalentExchangeStatus, "TalentExchangeStatus");

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

@InputType()
export class TalentExchangeFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) personId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) fromOrganizationId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) toOrganizationId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) projectId?: IdFilter;
  @Field(() => TalentExchangeKindFilter, { nullable: true }) kind?: object;
  @Field(() => TalentExchangeStatusFilter, { nullable: true }) status?: object;
  @Field(() => DateFilter, { nullable: true }) startDate?: DateFilter;
  @Field(() => DateFilter, { nullable: true }) endDate?: DateFilter;
  @Field(() => DateTimeFilter, { nullable: true }) proposedAt?: DateTimeFilter;
  @Field(() => OrganizationFilter, { nullable: true }) fromOrganization?: OrganizationFilter;
  @Field(() => OrganizationFilter, { nullable: true }) toOrganization?: OrganizationFilter;
  @Field(() => [TalentExchangeFilter], { nullable: true }) and?: TalentExchangeFilter[];
  @Field(() => [TalentExchangeFilter], { nullable: true }) or?: TalentExchangeFilter[];
  @Field(() => TalentExchangeFilter, { nullable: true }) not?: TalentExchangeFilter;
}

export enum TalentExchangeOrderField {
  START_DATE = "START_DATE",
  PROPOSED_AT = "PROPOSED_AT",
  UPDATED_AT = "UPDATED_AT",
  STATUS = "STATUS",
  KIND = "KIND",
}
registerEnumType(TalentExchangeOrderField, { name: "TalentExchangeOrderField" });
export const TalentExchangeOrder = OrderInput(TalentExchangeOrderField, "TalentExchange");
