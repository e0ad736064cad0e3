import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { MaxLength } from "class-validator";
import { MembershipRole } from "../../entities/membership.entity";
import { Decision } from "../../src/services/membership.service";
import { memberships } from "../../src/collections/membership";

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

/** Filter and order of membership lists: see src/collections/membership.ts. */
export const MembershipFilter = memberships.filterInput;
export type MembershipFilter = Record<string, unknown>;
export const MembershipOrder = memberships.orderInput!;
