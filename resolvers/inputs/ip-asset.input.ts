import { GraphQLDate } from "graphql-scalars";
import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { MaxLength } from "class-validator";
import { DiffusionStatus, IpKind, IpStatus } from "../../entities/ip-asset.entity";
import { LicenseScope } from "../../entities/ip-license.entity";
import { BooleanFilter, DateFilter, DateTimeFilter, EnumFilter, IdFilter, StringFilter } from "../../src/graphql/filters";
import { OrderInput } from "../../src/graphql/order";

const IpKindFilter = EnumFilter(IpKind, "IpKind");
const IpStatusFilter = EnumFilter(IpStatus, "IpStatus");
const DiffusionStatusFilter = EnumFilter(DiffusionStatus, "DiffusionStatus");

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
    description: "A result of government-funded work carries a diffusion duty (Art. 8.6). Default: whether the origin project has a GOVERNMENT funding source.",
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

@InputType()
export class IpAssetFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) originProjectId?: IdFilter;
  @Field(() => IpKindFilter, { nullable: true }) kind?: object;
  @Field(() => IpStatusFilter, { nullable: true }) status?: object;
  @Field(() => StringFilter, { nullable: true }) title?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) registrationNumber?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) jurisdiction?: StringFilter;
  @Field(() => BooleanFilter, { nullable: true }) governmentFunded?: BooleanFilter;
  @Field(() => DiffusionStatusFilter, { nullable: true, description: "As of today: PENDING past its due date is OVERDUE." })
  diffusionStatus?: object;
  @Field(() => DateFilter, { nullable: true }) diffusionDueDate?: DateFilter;
  @Field(() => DateFilter, { nullable: true }) filedOn?: DateFilter;
  @Field(() => DateFilter, { nullable: true }) grantedOn?: DateFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => [IpAssetFilter], { nullable: true }) and?: IpAssetFilter[];
  @Field(() => [IpAssetFilter], { nullable: true }) or?: IpAssetFilter[];
  @Field(() => IpAssetFilter, { nullable: true }) not?: IpAssetFilter;
}

export enum IpAssetOrderField {
  CREATED_AT = "CREATED_AT",
  TITLE = "TITLE",
  STATUS = "STATUS",
  KIND = "KIND",
}
registerEnumType(IpAssetOrderField, { name: "IpAssetOrderField" });
export const IpAssetOrder = OrderInput(IpAssetOrderField, "IpAsset");
