import { Field, ID, InputType } from "type-graphql";
import { IsEmail, IsNotEmpty, MaxLength } from "class-validator";
import { OrgRole } from "../../entities/user.entity";

@InputType({ description: "Creates a user of an organization." })
export class CreateUserInput {
  @Field({ description: "Their sign-in address (unique, any case)." }) @IsEmail() @MaxLength(254) email!: string;
  @Field({ description: "Their name." }) @IsNotEmpty() @MaxLength(100) name!: string;
  @Field({ description: "At least 10 characters." }) password!: string;
  @Field(() => ID, { description: "Their organization." }) organizationId!: string;
  @Field(() => OrgRole, { nullable: true, defaultValue: OrgRole.MEMBER, description: "Their role in it (default MEMBER)." })
  orgRole?: OrgRole;
  @Field({ nullable: true, defaultValue: false, description: "Whether they may sign agreements for the organization (Art. 8.2)." })
  isLegalRepresentative?: boolean;
}
