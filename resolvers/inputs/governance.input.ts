import { GraphQLDateTime } from "../../src/graphql/scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { MaxLength } from "class-validator";
import { GoverningBodyKind } from "../../entities/governing-body.entity";
import { PolicyKind } from "../../entities/policy-document.entity";
import { governingBodies, policyDocuments } from "../../src/collections/governance";

@InputType({ description: "Sets up one of the alliance's organs (Art. 8.3)." })
export class CreateGoverningBodyInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => GoverningBodyKind, { description: "Decision, advisory or executive." }) kind!: GoverningBodyKind;
  @Field({ description: 'Its name, e.g. "理事会" (council).' }) @MaxLength(200) name!: string;
  @Field({ nullable: true, description: "What it does." }) @MaxLength(10000) description?: string;
  @Field(() => Int, {
    nullable: true,
    description: "Quorum: more than this share of the seats must vote (basis points 0-9999; default 5000).",
  })
  quorumBasisPoints?: number;
  @Field(() => Int, {
    nullable: true,
    description: "A motion passes with more than this share of the votes cast FOR (basis points 0-9999; default 5000).",
  })
  majorityBasisPoints?: number;
  @Field(() => Int, {
    nullable: true,
    description: "The same for AMEND_AGREEMENT and DISSOLVE (basis points 0-9999; default 6667, two thirds).",
  })
  qualifiedMajorityBasisPoints?: number;
}

@InputType({ description: "Gives a user a seat on a governing body." })
export class AddBodySeatInput {
  @Field(() => ID, { description: "The body." }) governingBodyId!: string;
  @Field(() => ID, { description: "Who takes the seat." }) userId!: string;
  @Field({ description: 'The seat\'s title, e.g. "Chair" (理事长) or "Director" (理事).' }) @MaxLength(100) position!: string;
  @Field({ nullable: true, defaultValue: false, description: "Full-time staff (the executive body must have some, Art. 8.3)." })
  fullTime?: boolean;
}

@InputType({ description: "Ends a seat on a governing body." })
export class RemoveBodySeatInput {
  @Field(() => ID, { description: "The seat." }) bodySeatId!: string;
}

@InputType({ description: "Adopts one of the alliance's policies (e.g. its fund-management rules, Art. 8.4)." })
export class AdoptPolicyDocumentInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => PolicyKind, { description: "What the policy governs." }) kind!: PolicyKind;
  @Field({ description: "Its title." }) @MaxLength(300) title!: string;
  @Field({ description: "Its full text." }) @MaxLength(500000) text!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was adopted; default now." }) adoptedAt?: Date;
}

/** Filters of an alliance's governing bodies and policies: see src/collections/governance.ts. */
export const GoverningBodyFilter = governingBodies.filterInput;
export type GoverningBodyFilter = Record<string, unknown>;
export const PolicyDocumentFilter = policyDocuments.filterInput;
export type PolicyDocumentFilter = Record<string, unknown>;
