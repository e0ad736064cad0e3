import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { IsNotEmpty, Length, Matches, MaxLength } from "class-validator";
import { GraphQLDate } from "graphql-scalars";
import { ProjectStatus, ProjectVisibility } from "../../entities/project.entity";
import { ParticipantRole } from "../../entities/project-participant.entity";
import { DateFilter, DateTimeFilter, DecimalFilter, EnumFilter, IdFilter, StringFilter } from "../../src/graphql/filters";
import { OrderInput } from "../../src/graphql/order";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { OrganizationFilter } from "./organization.input";

const ProjectStatusFilter = EnumFilter(ProjectStatus, "ProjectStatus");
const ProjectVisibilityFilter = EnumFilter(ProjectVisibility, "ProjectVisibility");
const ParticipantRoleFilter = EnumFilter(ParticipantRole, "ParticipantRole");

@InputType()
export class CreateProjectInput {
  @Field(() => ID) allianceId!: string;
  @Field() @IsNotEmpty() @MaxLength(50) code!: string;
  @Field() @IsNotEmpty() @MaxLength(300) title!: string;
  @Field({ nullable: true }) @MaxLength(20000) summary?: string;
  @Field(() => ProjectVisibility, { nullable: true, defaultValue: ProjectVisibility.PARTICIPANTS })
  visibility?: ProjectVisibility;
  @Field(() => GraphQLDate, { nullable: true }) startDate?: string;
  @Field(() => GraphQLDate, { nullable: true }) endDate?: string;
  @Field(() => DecimalScalar, { nullable: true }) budget?: Decimal;
  @Field({ nullable: true, defaultValue: "CNY", description: "ISO 4217 code." })
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
  @Field(() => ID, { nullable: true, description: "The lead organization; defaults to yours (the secretariat must name it)." })
  leadOrganizationId?: string;
}

@InputType({ description: "Only the fields given change; null clears a date or the budget." })
export class UpdateProjectInput {
  @Field(() => ID) projectId!: string;
  @Field({ nullable: true }) @IsNotEmpty() @MaxLength(300) title?: string;
  @Field({ nullable: true }) @MaxLength(20000) summary?: string;
  @Field(() => ProjectVisibility, { nullable: true }) visibility?: ProjectVisibility;
  @Field(() => GraphQLDate, { nullable: true }) startDate?: string | null;
  @Field(() => GraphQLDate, { nullable: true }) endDate?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) budget?: Decimal | null;
}

@InputType()
export class SetProjectStatusInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ProjectStatus) status!: ProjectStatus;
  @Field({ nullable: true }) @MaxLength(1000) reason?: string;
}

@InputType()
export class AddProjectParticipantInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => ParticipantRole, { nullable: true, defaultValue: ParticipantRole.PARTICIPANT }) role?: ParticipantRole;
  @Field({ nullable: true, description: "What the organization brings: funds, equipment, staff, know-how." })
  @MaxLength(2000)
  contribution?: string;
}

@InputType()
export class RemoveProjectParticipantInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) organizationId!: string;
  @Field({ nullable: true }) @MaxLength(1000) reason?: string;
}

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID) projectId!: string;
  @Field() @IsNotEmpty() @MaxLength(300) title!: string;
  @Field({ nullable: true }) @MaxLength(20000) description?: string;
  @Field(() => GraphQLDate, { nullable: true }) dueDate?: string;
}

@InputType({ description: "Conditions on a current participant of the project." })
export class ParticipantFilter {
  @Field(() => IdFilter, { nullable: true }) organizationId?: IdFilter;
  @Field(() => ParticipantRoleFilter, { nullable: true }) role?: object;
  @Field(() => DateTimeFilter, { nullable: true }) joinedAt?: DateTimeFilter;
  @Field(() => OrganizationFilter, { nullable: true }) organization?: OrganizationFilter;
  @Field(() => [ParticipantFilter], { nullable: true }) and?: ParticipantFilter[];
  @Field(() => [ParticipantFilter], { nullable: true }) or?: ParticipantFilter[];
  @Field(() => ParticipantFilter, { nullable: true }) not?: ParticipantFilter;
}

@InputType()
export class ProjectFilter {
  @Field(() => IdFilter, { nullable: true }) id?: IdFilter;
  @Field(() => IdFilter, { nullable: true }) allianceId?: IdFilter;
  @Field(() => StringFilter, { nullable: true }) code?: StringFilter;
  @Field(() => StringFilter, { nullable: true }) title?: StringFilter;
  @Field(() => ProjectStatusFilter, { nullable: true }) status?: object;
  @Field(() => ProjectVisibilityFilter, { nullable: true }) visibility?: object;
  @Field(() => DateFilter, { nullable: true }) startDate?: DateFilter;
  @Field(() => DateFilter, { nullable: true }) endDate?: DateFilter;
  @Field(() => DecimalFilter, { nullable: true }) budget?: DecimalFilter;
  @Field(() => DateTimeFilter, { nullable: true }) createdAt?: DateTimeFilter;
  @Field(() => ParticipantFilter, {
    nullable: true,
    description: "Some current participant matches, e.g. { organization: { type: { eq: UNIVERSITY } } }.",
  })
  participants?: ParticipantFilter;
  @Field(() => [ProjectFilter], { nullable: true }) and?: ProjectFilter[];
  @Field(() => [ProjectFilter], { nullable: true }) or?: ProjectFilter[];
  @Field(() => ProjectFilter, { nullable: true }) not?: ProjectFilter;
}

export enum ProjectOrderField {
  CODE = "CODE",
  TITLE = "TITLE",
  STATUS = "STATUS",
  START_DATE = "START_DATE",
  END_DATE = "END_DATE",
  BUDGET = "BUDGET",
  CREATED_AT = "CREATED_AT",
}
registerEnumType(ProjectOrderField, { name: "ProjectOrderField" });
export const ProjectOrder = OrderInput(ProjectOrderField, "Project");
