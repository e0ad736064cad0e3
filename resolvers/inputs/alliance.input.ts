import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";
import { AdmissionBy, AllianceScope, AllianceStatus } from "../../entities/alliance.entity";
import { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { alliances } from "../../src/collections/alliance";

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

@InputType({ description: "Who admits new members of an alliance." })
export class SetAdmissionByInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => AdmissionBy, { description: "SECRETARIAT (decideMembership) or DECISION_BODY (ADMIT_MEMBER motions)." })
  admissionBy!: AdmissionBy;
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

/** Filter and order of alliance lists: see src/collections/alliance.ts. */
export const AllianceFilter = alliances.filterInput;
export type AllianceFilter = Record<string, unknown>;
export const AllianceOrder = alliances.orderInput!;
