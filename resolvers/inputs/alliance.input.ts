import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, MaxLength } from "class-validator";
import { AdmissionBy, AllianceScope, AllianceStatus } from "../../entities/alliance.entity";
import { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { alliances } from "../../src/collections/alliance";

@InputType({ description: "Founds an alliance (产业技术创新战略联盟)." })
export class CreateAllianceInput {
  @Field({ description: "Its name." }) @IsNotEmpty() @MaxLength(200) name!: string;
  @Field({ description: "The industry or technology field it works in." }) @IsNotEmpty() @MaxLength(200) field!: string;
  @Field(() => AllianceScope, { description: "National or regional." }) scope!: AllianceScope;
  @Field({ description: "Its region, e.g. a province." }) @IsNotEmpty() @MaxLength(100) region!: string;
  @Field(() => ID, { nullable: true, description: "依托单位, the host organization (Art. 8.4)." })
  hostOrganizationId?: string;
}

@InputType({ description: "Moves the alliance along its life cycle." })
export class SetAllianceStatusInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => AllianceStatus, { description: "The new status." }) status!: AllianceStatus;
}

@InputType({ description: "Who admits new members of an alliance." })
export class SetAdmissionByInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => AdmissionBy, { description: "SECRETARIAT (decideMembership) or DECISION_BODY (ADMIT_MEMBER motions)." })
  admissionBy!: AdmissionBy;
}

@InputType({ description: "Gives a user a role in an alliance." })
export class GrantAllianceRoleInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => ID, { description: "The user." }) userId!: string;
  @Field(() => AllianceRole, { description: "Secretariat, analyst or government supervisor." }) role!: AllianceRole;
}

@InputType({ description: "Takes a role in an alliance away." })
export class RevokeAllianceRoleInput {
  @Field(() => ID, { description: "The grant." }) grantId!: string;
}

/** Filter and order of alliance lists: see src/collections/alliance.ts. */
export const AllianceFilter = alliances.filterInput;
export type AllianceFilter = Record<string, unknown>;
export const AllianceOrder = alliances.orderInput!;
