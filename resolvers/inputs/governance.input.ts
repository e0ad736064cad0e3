import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { MaxLength } from "class-validator";
import { GoverningBodyKind } from "../../entities/governing-body.entity";
import { PolicyKind } from "../../entities/policy-document.entity";
import { DateTimeFilter, EnumFilter, StringFilter } from "../../src/graphql/filters";

const GoverningBodyKindFilter = EnumFilter(GoverningBodyKind, "GoverningBodyKind");
const PolicyKindFilter = EnumFilter(PolicyKind, "PolicyKind");

@InputType()
export class CreateGoverningBodyInput {
  @Field(() => ID) allianceId!: string;
  @Field(() => GoverningBodyKind) kind!: GoverningBodyKind;
  @Field() @MaxLength(200) name!: string;
  @Field({ nullable: true }) @MaxLength(10000) description?: string;
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

@InputType()
export class GoverningBodyFilter {
  @Field(() => GoverningBodyKindFilter, { nullable: true }) kind?: object;
  @Field(() => StringFilter, { nullable: true }) name?: StringFilter;
  @Field(() => [GoverningBodyFilter], { nullable: true }) and?: GoverningBodyFilter[];
  @Field(() => [GoverningBodyFilter], { nullable: true }) or?: GoverningBodyFilter[];
  @Field(() => GoverningBodyFilter, { nullable: true }) not?: GoverningBodyFilter;
}

@InputType()
export class PolicyDocumentFilter {
  @Field(() => PolicyKindFilter, { nullable: true }) kind?: object;
  @Field(() => StringFilter, { nullable: true }) title?: StringFilter;
  @Field(() => DateTimeFilter, { nullable: true }) adoptedAt?: DateTimeFilter;
  @Field(() => [PolicyDocumentFilter], { nullable: true }) and?: PolicyDocumentFilter[];
  @Field(() => [PolicyDocumentFilter], { nullable: true }) or?: PolicyDocumentFilter[];
  @Field(() => PolicyDocumentFilter, { nullable: true }) not?: PolicyDocumentFilter;
}
