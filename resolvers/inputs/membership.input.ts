import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { MaxLength } from "class-validator";
import { MembershipRole } from "../../entities/membership.entity";
import { Decision } from "../../src/services/membership.service";
import { memberships } from "../../src/collections/membership";

registerEnumType(Decision, {
  name: "Decision",
  description: "A yes or no on a request.",
  valuesConfig: { APPROVE: { description: "Accept the request." }, REJECT: { description: "Refuse it (give a reason)." } },
});

@InputType({ description: "An organization's application to join an alliance." })
export class ApplyForMembershipInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => ID, { description: "The applicant (yours)." }) organizationId!: string;
  @Field(() => MembershipRole, {
    nullable: true,
    defaultValue: MembershipRole.MEMBER,
    description: "The role applied for (default MEMBER).",
  })
  role?: MembershipRole;
}

@InputType({ description: "The secretariat's decision on a membership application." })
export class DecideMembershipInput {
  @Field(() => ID, { description: "The application." }) membershipId!: string;
  @Field(() => Decision, { description: "Approve or reject." }) decision!: Decision;
  @Field({ nullable: true, description: "Why, for the record." }) @MaxLength(1000) reason?: string;
}

@InputType({ description: "Suspend, reinstate or withdraw a membership." })
export class ChangeMembershipInput {
  @Field(() => ID, { description: "The membership." }) membershipId!: string;
  @Field({ nullable: true, description: "Why, for the record." }) @MaxLength(1000) reason?: string;
}

/** Filter and order of membership lists: see src/collections/membership.ts. */
export const MembershipFilter = memberships.filterInput;
export type MembershipFilter = Record<string, unknown>;
export const MembershipOrder = memberships.orderInput!;
