import { GraphQLDate } from "../../src/graphql/scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { MaxLength } from "class-validator";
import { IpKind, IpStatus } from "../../entities/ip-asset.entity";
import { LicenseScope } from "../../entities/ip-license.entity";
import { ipAssets } from "../../src/collections/ip-asset";
import { ipOwnershipChanges } from "../../src/collections/ip-ownership-change";

@InputType({ description: "An owner's share in basis points (10000 = 100%)." })
export class IpOwnerInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => Int) basisPoints!: number;
}

@InputType()
export class RegisterIpAssetInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => IpKind) kind!: IpKind;
  @Field() @MaxLength(300) title!: string;
  @Field({ nullable: true }) @MaxLength(100) registrationNumber?: string;
  @Field({ nullable: true, description: "Country or office code, default CN." }) @MaxLength(10) jurisdiction?: string;
  @Field(() => IpStatus, { nullable: true, defaultValue: IpStatus.DRAFT }) status?: IpStatus;
  @Field(() => ID, { nullable: true }) originProjectId?: string;
  @Field({
    nullable: true,
    description:
      "A result of government-funded work carries a diffusion duty (Art. 8.6). Default: whether the origin project has a GOVERNMENT funding source.",
  })
  governmentFunded?: boolean;
  @Field(() => GraphQLDate, { nullable: true }) filedOn?: string;
  @Field(() => GraphQLDate, { nullable: true }) grantedOn?: string;
  @Field(() => GraphQLDate, { nullable: true }) expiresOn?: string;
  @Field(() => [IpOwnerInput], {
    nullable: true,
    description: "First owners. Default: the registering ORG_ADMIN's organization, 100%; none when the secretariat registers.",
  })
  owners?: IpOwnerInput[];
}

@InputType()
export class SetIpOwnersInput {
  @Field(() => ID) ipAssetId!: string;
  @Field(() => [IpOwnerInput], { description: "The complete new set of owners; shares total exactly 10000." })
  owners!: IpOwnerInput[];
}

@InputType({ description: "New owners for a co-owned asset, to be approved by every owner involved (Art. 8.5)." })
export class ProposeIpOwnershipChangeInput {
  @Field(() => ID, { description: "The asset (it must have owners already)." }) ipAssetId!: string;
  @Field(() => [IpOwnerInput], { description: "The complete new set of owners; shares total exactly 10000." })
  owners!: IpOwnerInput[];
}

@InputType({ description: "Your organization's answer to a proposed change of IP owners." })
export class DecideIpOwnershipChangeInput {
  @Field(() => ID, { description: "The IpOwnershipChange." }) changeId!: string;
  @Field({ description: "true approves; false refuses, which rejects the change." }) approve!: boolean;
}

@InputType({ description: "Withdraw a change of IP owners you proposed." })
export class WithdrawIpOwnershipChangeInput {
  @Field(() => ID, { description: "The IpOwnershipChange." }) changeId!: string;
}

@InputType()
export class UpdateIpAssetStatusInput {
  @Field(() => ID) ipAssetId!: string;
  @Field(() => IpStatus) status!: IpStatus;
  @Field({ nullable: true }) @MaxLength(100) registrationNumber?: string;
  @Field(() => GraphQLDate, { nullable: true }) filedOn?: string;
  @Field(() => GraphQLDate, { nullable: true }) grantedOn?: string;
  @Field(() => GraphQLDate, { nullable: true }) expiresOn?: string;
}

@InputType()
export class GrantLicenseInput {
  @Field(() => ID) ipAssetId!: string;
  @Field(() => ID, { description: "A member or an outside organization." }) licenseeId!: string;
  @Field(() => LicenseScope) scope!: LicenseScope;
  @Field() @MaxLength(200) fieldOfUse!: string;
  @Field() @MaxLength(100) territory!: string;
  @Field(() => GraphQLDate) startDate!: string;
  @Field(() => GraphQLDate, { nullable: true }) endDate?: string;
  @Field({ nullable: true }) @MaxLength(10000) royaltyTerms?: string;
}

@InputType({ description: "A public disclosure that diffuses the result outside the alliance (Art. 8.6)." })
export class RecordDiffusionInput {
  @Field(() => ID) ipAssetId!: string;
  @Field({ description: "Where it was disclosed: publication, standard number, URL, …" }) @MaxLength(500) reference!: string;
  @Field(() => GraphQLDate, { nullable: true, description: "Default today." }) diffusedOn?: string;
}

/** Filter and order of IP asset lists: see src/collections/ip-asset.ts. */
export const IpAssetFilter = ipAssets.filterInput;
export type IpAssetFilter = Record<string, unknown>;
export const IpAssetOrder = ipAssets.orderInput!;

/** Filter and order of proposed changes of IP owners: see src/collections/ip-ownership-change.ts. */
export const IpOwnershipChangeFilter = ipOwnershipChanges.filterInput;
export type IpOwnershipChangeFilter = Record<string, unknown>;
export const IpOwnershipChangeOrder = ipOwnershipChanges.orderInput!;
