import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { MaxLength } from "class-validator";
import { MembershipRole, MembershipStatus } from "../../entities/membership.entity";
import { Decision } from "../../src/services/membership.service";
import { DateTimeFilter, EnumFilter, IdFilter } from "../../src/graphql/filters";
import { OrderInput } from "../../src/graphql/order";
import { OrganizationFilter } from "./organization.input";

const MembershipRoleFilter = EnumFilter(MembershipRole, "MembershipRole");
const MembershipStatusFilter = EnumFilter(MembershipStatus, "MembershipStatus");

registerEnumType(Decision, { name: "Decision" });

@InputType()
export class ApplyForMembershipInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => MembershipRole, { nullable: true, defaultValue: MembershipRole.MEMBER }) role?: MembershipRole;
}

@InputType()
export class DecideMembershipInput {
  @Field(() => ID) membershipId!: string;
  @Field(() => Decision) decision!: Decision;
  @Field({ nullable: true }) @MaxLength(1000) reason?: string;
}

@InputType({ description: "Suspend, reinstate or withdraw a membership." })
export class ChangeMembershipInput {
  @Field(() => ID) membershipId!: string;
  @Field({ nullable: true }) @MaxLength(1000) reason?: string;
}

@InputType()
export class MembershipFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) organizationId?: IdFilter;
  @Field(() => MembershipRoleFilter, { nullable: true }) role?: object;
  @Field(() => MembershipStatusFilter, { nullable: true }) status?: object;
  @Field(() => DateTimeFilter, { nullable: true }) appliedAt?: DateTimeFilter;
  @Field(() => DateTimeFilter, { nullable: true }) decidedAt?: DateTimeFilter;
  @Field(() => OrganizationFilter, { nullable: true, description: "Conditions on the member organization." })
  organization?: OrganizationFilter;
  @Field(() => [MembershipFilter], { nullable: true }) and?: MembershipFilter[];
  @Field(() => [MembershipFilter], { nullable: true }) or?: MembershipFilter[];
  @Field(() => MembershipFilter, { nullable: true }) not?: MembershipFilter;
}

export enum MembershipOrderField {
  APPLIED_AT = "APPLIED_AT",
  STATUS = "STATUS",
  ROLE = "ROLE",
  ORGANIZATION_NAME = "ORGANIZATION_NAME",
}
registerEnumType(MembershipOrderField, { name: "MembershipOrderField" });
export const MembershipOrder = OrderInput(MembershipOrderField, "Membership");
