import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { IsNotEmpty, Length, MaxLength } from "class-validator";
import { OrganizationType } from "../../entities/organization.entity";
import { BooleanFilter, DateTimeFilter, EnumFilter, IdFilter, StringFilter } from "../../src/graphql/filters";
import { OrderInput } from "../../src/graphql/order";

const OrganizationTypeFilter = EnumFilter(OrganizationType, "OrganizationType");

@InputType()
export class CreateOrganizationInput {
  @Field() @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => OrganizationType) type!: OrganizationType;
  @Field({ description: "18-character unified social credit code (GB 32100-2015)." })
  @Length(18, 18)
  creditCode!: string;
  @Field() @IsNotEmpty() @MaxLength(100) legalRepresentative!: string;
  @Field() @IsNotEmpty() @MaxLength(100) region!: string;
  @Field({ nullable: true, defaultValue: false }) industryBackbone?: boolean;
}

@InputType()
export class OrganizationFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => OrganizationTypeFilter, { nullable: true }) type?: object;
  @Field(() => StringFilter, { nullable: true }) creditCode?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) region?: StringFilter;
  @Field(() => BooleanFilter, { nullable: true }) industryBackbone?: BooleanFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => [OrganizationFilter], { nullable: true }) and?: OrganizationFilter[];
  @Field(() => [OrganizationFilter], { nullable: true }) or?: OrganizationFilter[];
  @Field(() => OrganizationFilter, { nullable: true }) not?: OrganizationFilter;
}

export enum OrganizationOrderField {
  NAME = "NAME",
  CREATED_AT = "CREATED_AT",
  TYPE = "TYPE",
  REGION = "REGION",
}
registerEnumType(OrganizationOrderField, { name: "OrganizationOrderField" });
export const OrganizationOrder = OrderInput(OrganizationOrderField, "Organization");
