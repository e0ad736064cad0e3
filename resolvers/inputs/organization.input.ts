import { Field, InputType } from "type-graphql";
import { IsNotEmpty, Length, MaxLength } from "class-validator";
import { OrganizationType } from "../../entities/organization.entity";
import { organizations } from "../../src/collections/organization";

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

/** Filter and order of organization lists: see src/collections/organization.ts. */
export const OrganizationFilter = organizations.filterInput;
export type OrganizationFilter = Record<string, unknown>;
export const OrganizationOrder = organizations.orderInput!;
