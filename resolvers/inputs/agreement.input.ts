import { Field, ID, InputType, Int } from "type-graphql";
import { MaxLength } from "class-validator";
import { AgreementKind } from "../../entities/agreement.entity";
import { BreachStatus } from "../../entities/breach-record.entity";
import { agreements } from "../../src/collections/agreement";

@InputType({ description: "One organization's responsibilities under the agreement." })
export class TaskAssignmentInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => [String]) responsibilities!: string[];
}

@InputType()
export class CreateAgreementInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => AgreementKind) kind!: AgreementKind;
  @Field(() => ID, { nullable: true, description: "Required for a PROJECT agreement." }) projectId?: string;
  @Field() @MaxLength(300) title!: string;
  @Field() text!: string;
  @Field(() => [String], { nullable: true, description: "Innovation goals." }) goals?: string[];
  @Field(() => [TaskAssignmentInput], { nullable: true }) taskDivision?: TaskAssignmentInput[];
  @Field({ nullable: true, description: "Breach liability." }) breachTerms?: string;
}

@InputType({ description: "Changed terms; what is left out is carried over from the latest version." })
export class AmendAgreementInput {
  @Field(() => ID) agreementId!: string;
  @Field({ nullable: true }) @MaxLength(300) title?: string;
  @Field({ nullable: true }) text?: string;
  @Field(() => [String], { nullable: true }) goals?: string[];
  @Field(() => [TaskAssignmentInput], { nullable: true }) taskDivision?: TaskAssignmentInput[];
  @Field({ nullable: true }) breachTerms?: string;
}

@InputType()
export class OpenAgreementForSignatureInput {
  @Field(() => ID) agreementId!: string;
}

@InputType()
export class SignAgreementInput {
  @Field(() => ID) agreementId!: string;
}

@InputType()
export class TerminateAgreementInput {
  @Field(() => ID) agreementId!: string;
  @Field({ nullable: true }) @MaxLength(1000) reason?: string;
}

@InputType()
export class RecordBreachInput {
  @Field(() => ID) agreementId!: string;
  @Field(() => ID, { description: "The party in breach." }) organizationId!: string;
  @Field() @MaxLength(10000) description!: string;
  @Field({ nullable: true }) @MaxLength(10000) liability?: string;
  @Field(() => Int, { nullable: true, description: "The remedy period in days from today's notice (default 30)." })
  remedyDays?: number;
}

@InputType()
export class CloseBreachRecordInput {
  @Field(() => ID) breachRecordId!: string;
  @Field(() => BreachStatus, { description: "REMEDIED, ESCALATED or DISMISSED." }) status!: BreachStatus;
  @Field({ nullable: true }) @MaxLength(10000) resolution?: string;
}

@InputType({ description: "A breach the party remedied (or whose liability it bore)." })
export class RemedyBreachInput {
  @Field(() => ID, { description: "The NOTIFIED or ESCALATED breach record." }) breachRecordId!: string;
  @Field({ nullable: true, description: "How it was remedied." }) @MaxLength(10000) resolution?: string;
}

@InputType({ description: "A breach not remedied, referred to the decision body." })
export class EscalateBreachInput {
  @Field(() => ID, { description: "The NOTIFIED breach record." }) breachRecordId!: string;
}

/** Filter and order of agreement lists: see src/collections/agreement.ts. */
export const AgreementFilter = agreements.filterInput;
export type AgreementFilter = Record<string, unknown>;
export const AgreementOrder = agreements.orderInput!;
