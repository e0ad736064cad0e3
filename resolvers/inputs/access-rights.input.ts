import { ArgsType, Field, ID, InputType } from "type-graphql";
import { MaxLength, ValidateNested } from "class-validator";
import { AccessPurpose } from "../../entities/access-request.entity";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { GraphQLDate } from "../../src/graphql/scalars";
import { PageArgs } from "../../src/graphql/connection";
import { accessRequests, backgroundDeclarations } from "../../src/collections/access-rights";

@InputType({ description: "Declare an asset your organization owns as background it brings to a project." })
export class DeclareBackgroundInput {
  @Field(() => ID, { description: "A project your organization takes part in." }) projectId!: string;
  @Field(() => ID, { description: "An asset your organization owns or co-owns." }) ipAssetId!: string;
  @Field({ description: "The conditions on which the other participants may get access to it." })
  @MaxLength(10000)
  conditions!: string;
}

@InputType({ description: "Ask the owners for access rights to background or results of a project." })
export class RequestAccessRightsInput {
  @Field(() => ID, { description: "Background declared to the project, or a result of it." }) ipAssetId!: string;
  @Field(() => ID, { description: "A project your organization takes part in." }) projectId!: string;
  @Field(() => AccessPurpose, { description: "EXECUTION of the project (royalty-free) or EXPLOITATION of results." })
  purpose!: AccessPurpose;
  @Field({ description: "Why your organization needs the access." })
  @MaxLength(10000)
  justification!: string;
}

@InputType({ description: "Terms of access rights; every field optional, at least one for EXPLOITATION." })
export class AccessTermsInput {
  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Royalty as a percentage of royaltyBasis, e.g. "3.50"; none (or "0.00") for EXECUTION.',
  })
  royaltyRate?: Decimal;
  @Field({ nullable: true, description: 'What the royalty is a percentage of, e.g. "net sales".' })
  @MaxLength(200)
  royaltyBasis?: string;
  @Field({ nullable: true, description: "The field of use the access is limited to." })
  @MaxLength(200)
  fieldOfUse?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "The last day of access." }) validUntil?: Date;
  @Field({ nullable: true, description: "Further conditions, in words." })
  @MaxLength(10000)
  text?: string;
}

@InputType({ description: "An owner's grant or refusal of an access request." })
export class DecideAccessRequestInput {
  @Field(() => ID, { description: "The access request." }) requestId!: string;
  @Field({ description: "True to grant, false to refuse." }) grant!: boolean;
  @Field(() => AccessTermsInput, {
    nullable: true,
    description: "The terms of a grant: required for EXPLOITATION, royalty-free for EXECUTION; every granting owner gives the same.",
  })
  @ValidateNested()
  terms?: AccessTermsInput;
  @Field({ nullable: true, description: "Why, in words (e.g. for a refusal)." })
  @MaxLength(2000)
  reason?: string;
}

/** Filters and orders of background and access-request lists: see src/collections/access-rights.ts. */
export const BackgroundDeclarationFilter = backgroundDeclarations.filterInput;
export type BackgroundDeclarationFilter = Record<string, unknown>;
export const BackgroundDeclarationOrder = backgroundDeclarations.orderInput!;
export const AccessRequestFilter = accessRequests.filterInput;
export type AccessRequestFilter = Record<string, unknown>;
export const AccessRequestOrder = accessRequests.orderInput!;

/** The arguments of every access-request list: the root one, a project's and an asset's. */
@ArgsType()
export class AccessRequestListArgs extends PageArgs {
  @Field(() => AccessRequestFilter, { nullable: true, description: "Only the requests matching this." })
  filter?: AccessRequestFilter;

  @Field(() => [AccessRequestOrder], { nullable: true, description: "Default: newest first." })
  orderBy?: InstanceType<typeof AccessRequestOrder>[];
}
