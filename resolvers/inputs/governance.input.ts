import { GraphQLDateTime } from "../../src/graphql/scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { MaxLength } from "class-validator";
import { GoverningBodyKind } from "../../entities/governing-body.entity";
import { PolicyKind } from "../../entities/policy-document.entity";
import { governingBodies, policyDocuments } from "../../src/collections/governance";

@InputType()
export class CreateGoverningBodyInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => GoverningBodyKind) kind!: GoverningBodyKind;
  @Field() @MaxLength(200) name!: string;
  @Field({ nullable: true }) @MaxLength(10000) description?: string;
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

@InputType()
export class AddBodySeatInput {
  @Field(() => ID) governingBodyId!: string;
  @Field(() => ID) userId!: string;
  @Field() @MaxLength(100) position!: string;
  @Field({ nullable: true, defaultValue: false }) fullTime?: boolean;
}

@InputType()
export class RemoveBodySeatInput {
  @Field(() => ID) bodySeatId!: string;
}

@InputType()
export class AdoptPolicyDocumentInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => PolicyKind) kind!: PolicyKind;
  @Field() @MaxLength(300) title!: string;
  @Field() @MaxLength(500000) text!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: "When it was adopted; default now." }) adoptedAt?: Date;
}

/** Filters of an alliance's governing bodies and policies: see src/collections/governance.ts. */
export const GoverningBodyFilter = governingBodies.filterInput;
export type GoverningBodyFilter = Record<string, unknown>;
export const PolicyDocumentFilter = policyDocuments.filterInput;
export type PolicyDocumentFilter = Record<string, unknown>;
