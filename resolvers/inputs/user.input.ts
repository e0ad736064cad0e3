import { Field, ID, InputType } from "type-graphql";
import { IsEmail, IsNotEmpty, MaxLength } from "class-validator";
import { OrgRole } from "../../entities/user.entity";

@InputType()
export class CreateUserInput {
  @Field() @IsEmail() @MaxLength(254) email!: string;
  @Field() @IsNotEmpty() @MaxLength(100) name!: string;
  @Field({ description: "At least 10 characters." }) password!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => OrgRole, { nullable: true, defaultValue: OrgRole.MEMBER }) orgRole?: OrgRole;
  @Field({ nullable: true, defaultValue: false }) isLegalRepresentative?: boolean;
}
