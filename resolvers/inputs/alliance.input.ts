import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";
import { AllianceScope, AllianceStatus, PilotStatus } from "../../entities/alliance.entity";
import { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { DateTimeFilter, EnumFilter, IdFilter, StringFilter } from "../../src/graphql/filters";
import { OrderInput } from "../../src/graphql/order";

const AllianceScopeFilter = EnumFilter(AllianceScope, "AllianceScope");
const AllianceStatusFilter = EnumFilter(AllianceStatus, "AllianceStatus");
const PilotStatusFilter = EnumFilter(PilotStatus, "PilotStatus");

@InputType()
export class CreateAllianceInput {
  @Field() @IsNotEmpty() @MaxLength(200) name!: string;
  @Field() @IsNotEmpty() @MaxLength(200) field!: string;
  @Field(() => AllianceScope) scope!: AllianceScope;
  @Field() @IsNotEmpty() @MaxLength(100) region!: string;
  @Field(() => ID, { nullable: true, description: "依托单位, the host organization (Art. 8.4)." })
  hostOrganizationId?: string;
}

@InputType()
export class SetAllianceStatusInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => AllianceStatus) status!: AllianceStatus;
}

@InputType()
export class GrantAllianceRoleInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => AllianceRole) role!: AllianceRole;
}

@InputType()
export class RevokeAllianceRoleInput {
  @Field(() => ID) grantId!: string;
}

@InputType()
export class AllianceFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) field?: StringFilter;
  @Field(() => AllianceScopeFilter, { nullable: true }) scope?: object;
  @Field(() => StringFilter, { nullable: true }) region?: StringFilter;
  @Field(() => AllianceStatusFilter, { nullable: true }) status?: object;
  @Field(() => PilotStatusFilter, { nullable: true }) pilotStatus?: object;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => [AllianceFilter], { nullable: true }) and?: AllianceFilter[];
  @Field(() => [AllianceFilter], { nullable: true }) or?: AllianceFilter[];
  @Field(() => AllianceFilter, { nullable: true }) not?: AllianceFilter;
}

export enum AllianceOrderField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(AllianceOrderField, { name: "AllianceOrderField" });
export const AllianceOrder = OrderInput(AllianceOrderField, "Alliance");
