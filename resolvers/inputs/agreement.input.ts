import { Field, ID, InputType, Int } from "type-graphql";
import { MaxLength } from "class-validator";
import { AgreementKind } from "../../entities/agreement.entity";
import { BreachStatus } from "../../entities/breach-record.entity";
import { agreements } from "../../src/collections/agreement";

@InputType({ description: "One organization's responsibilities under the agreement." })
export class TaskAssignmentInput {
  @Field(() => ID, { description: "An organization of the project." }) organizationId!: string;
  @Field(() => [String], { description: "What it is responsible for." }) responsibilities!: string[];
}

@InputType({ description: "Drafts an agreement: the alliance agreement (联盟协议) or a project agreement." })
export class CreateAgreementInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => AgreementKind, { description: "Alliance or project agreement." }) kind!: AgreementKind;
  @Field(() => ID, { nullable: true, description: "Required for a PROJECT agreement." }) projectId?: string;
  @Field({ description: "Its title." }) @MaxLength(300) title!: string;
  @Field({ description: "The first version's full text." }) text!: string;
  @Field(() => [String], { nullable: true, description: "Innovation goals." }) goals?: string[];
  @Field(() => [TaskAssignmentInput], { nullable: true, description: "How tasks are divided among the members (任务分工, Art. 8.2)." })
  taskDivision?: TaskAssignmentInput[];
  @Field({ nullable: true, description: "Breach liability." }) breachTerms?: string;
}

@InputType({ description: "Changed terms; what is left out is carried over from the latest version." })
export class AmendAgreementInput {
  @Field(() => ID, { description: "The agreement to amend." }) agreementId!: string;
  @Field({ nullable: true, description: "A new title (default: unchanged)." }) @MaxLength(300) title?: string;
  @Field({ nullable: true, description: "The new version's full text." }) text?: string;
  @Field(() => [String], { nullable: true, description: "Its technology innovation goals (技术创新目标, Art. 8.2)." }) goals?: string[];
  @Field(() => [TaskAssignmentInput], { nullable: true, description: "How tasks are divided among the members (任务分工, Art. 8.2)." })
  taskDivision?: TaskAssignmentInput[];
  @Field({ nullable: true, description: "Liability for breach (违约责任, Art. 8.5)." }) breachTerms?: string;
}

@InputType({ description: "Puts the agreement's latest version up for signature." })
export class OpenAgreementForSignatureInput {
  @Field(() => ID, { description: "The agreement." }) agreementId!: string;
}

@InputType({ description: "Your organization's signature by its legal representative (Art. 8.2)." })
export class SignAgreementInput {
  @Field(() => ID, { description: "The agreement open for signature." }) agreementId!: string;
}

@InputType({ description: "Ends an effective agreement." })
export class TerminateAgreementInput {
  @Field(() => ID, { description: "The agreement." }) agreementId!: string;
  @Field({ nullable: true, description: "Why, for the record." }) @MaxLength(1000) reason?: string;
}

@InputType({ description: "Records a breach of an agreement (违约, Art. 8.5)." })
export class RecordBreachInput {
  @Field(() => ID, { description: "The agreement breached." }) agreementId!: string;
  @Field(() => ID, { description: "The party in breach." }) organizationId!: string;
  @Field({ description: "What happened." }) @MaxLength(10000) description!: string;
  @Field({ nullable: true, description: "The liability the agreement provides for." }) @MaxLength(10000) liability?: string;
  @Field(() => Int, { nullable: true, description: "The remedy period in days from today's notice (default 30)." })
  remedyDays?: number;
}

@InputType({ description: "Settles or dismisses a breach record." })
export class CloseBreachRecordInput {
  @Field(() => ID, { description: "The record." }) breachRecordId!: string;
  @Field(() => BreachStatus, { description: "REMEDIED, ESCALATED or DISMISSED." }) status!: BreachStatus;
  @Field({ nullable: true, description: "How it was settled, or why it is dismissed." }) @MaxLength(10000) resolution?: string;
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
