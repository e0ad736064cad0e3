import { Field, InputType } from "type-graphql";
import { IsNotEmpty, Length, MaxLength } from "class-validator";
import { OrganizationType } from "../../entities/organization.entity";
import { organizations } from "../../src/collections/organization";

@InputType({ description: "Registers an organization: an independent legal entity (法人, Art. 8.1)." })
export class CreateOrganizationInput {
  @Field({ description: "Its registered name." }) @IsNotEmpty() @MaxLength(200) name!: string;
  @Field(() => OrganizationType, { description: "Enterprise, university, research institute or other." }) type!: OrganizationType;
  @Field({ description: "18-character unified social credit code (GB 32100-2015)." })
  @Length(18, 18)
  creditCode!: string;
  @Field({ description: "Its legal representative (法定代表人)." }) @IsNotEmpty() @MaxLength(100) legalRepresentative!: string;
  @Field({ description: "Where it is registered." }) @IsNotEmpty() @MaxLength(100) region!: string;
  @Field({ nullable: true, defaultValue: false, description: "A backbone enterprise of its industry (行业骨干企业)." })
  industryBackbone?: boolean;
}

/** Filter and order of organization lists: see src/collections/organization.ts. */
export const OrganizationFilter = organizations.filterInput;
export type OrganizationFilter = Record<string, unknown>;
export const OrganizationOrder = organizations.orderInput!;
