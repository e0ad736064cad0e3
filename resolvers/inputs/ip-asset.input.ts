import { GraphQLDate } from "../../src/graphql/scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { MaxLength } from "class-validator";
import { IpKind, IpStatus } from "../../entities/ip-asset.entity";
import { LicenseScope } from "../../entities/ip-license.entity";
import { ipAssets } from "../../src/collections/ip-asset";
import { ipOwnershipChanges } from "../../src/collections/ip-ownership-change";

@InputType({ description: "An owner's share in basis points (10000 = 100%)." })
export class IpOwnerInput {
  @Field(() => ID, { description: "An owner." }) organizationId!: string;
  @Field(() => Int, { description: "Its share in basis points (10000 = 100%); the shares add up to 10000." }) basisPoints!: number;
}

@InputType({ description: "Records an IP asset of the alliance." })
export class RegisterIpAssetInput {
  @Field(() => ID, { description: "The alliance." }) allianceId!: string;
  @Field(() => IpKind, { description: "Patent, copyright, standard..." }) kind!: IpKind;
  @Field({ description: "Its title." }) @MaxLength(300) title!: string;
  @Field({ nullable: true, description: "The office's number, once filed." }) @MaxLength(100) registrationNumber?: string;
  @Field({ nullable: true, description: "Country or office code, default CN." }) @MaxLength(10) jurisdiction?: string;
  @Field(() => IpStatus, { nullable: true, defaultValue: IpStatus.DRAFT, description: "Where it stands (default DRAFT)." })
  status?: IpStatus;
  @Field(() => ID, { nullable: true, description: "The project it came from, if any." }) originProjectId?: string;
  @Field({
    nullable: true,
    description:
      "A result of government-funded work carries a diffusion duty (Art. 8.6). Default: whether the origin project has a GOVERNMENT funding source.",
  })
  governmentFunded?: boolean;
  @Field(() => GraphQLDate, { nullable: true, description: "When it was filed." }) filedOn?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "When it was granted." }) grantedOn?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "When its protection ends." }) expiresOn?: string;
  @Field(() => [IpOwnerInput], {
    nullable: true,
    description: "First owners. Default: the registering ORG_ADMIN's organization, 100%; none when the secretariat registers.",
  })
  owners?: IpOwnerInput[];
}

@InputType({ description: "Sets who owns an IP asset and in what shares (权利归属, Art. 8.5)." })
export class SetIpOwnersInput {
  @Field(() => ID, { description: "The asset." }) ipAssetId!: string;
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

@InputType({ description: "Records an IP asset's progress through registration." })
export class UpdateIpAssetStatusInput {
  @Field(() => ID, { description: "The asset." }) ipAssetId!: string;
  @Field(() => IpStatus, { description: "The new status." }) status!: IpStatus;
  @Field({ nullable: true, description: "The office's number." }) @MaxLength(100) registrationNumber?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "When it was filed." }) filedOn?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "When it was granted." }) grantedOn?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "When its protection ends." }) expiresOn?: string;
}

@InputType({ description: "Licenses an IP asset (许可使用)." })
export class GrantLicenseInput {
  @Field(() => ID, { description: "The asset." }) ipAssetId!: string;
  @Field(() => ID, { description: "A member or an outside organization." }) licenseeId!: string;
  @Field(() => LicenseScope, { description: "Exclusive, sole or non-exclusive." }) scope!: LicenseScope;
  @Field({ description: "What the licensee may use it for." }) @MaxLength(200) fieldOfUse!: string;
  @Field({ description: "Where." }) @MaxLength(100) territory!: string;
  @Field(() => GraphQLDate, { description: "From when." }) startDate!: string;
  @Field(() => GraphQLDate, { nullable: true, description: "Until when (open-ended when omitted)." }) endDate?: string;
  @Field({ nullable: true, description: "What the licensee pays." }) @MaxLength(10000) royaltyTerms?: string;
}

@InputType({ description: "A public disclosure that diffuses the result outside the alliance (Art. 8.6)." })
export class RecordDiffusionInput {
  @Field(() => ID, { description: "The government-funded IP asset diffused." }) ipAssetId!: string;
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
