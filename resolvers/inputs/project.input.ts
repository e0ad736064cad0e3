import { Field, ID, InputType, Int } from "type-graphql";
import { IsNotEmpty, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { GraphQLDate } from "../../src/graphql/scalars";
import { ProjectStatus, ProjectVisibility } from "../../entities/project.entity";
import { ParticipantRole } from "../../entities/project-participant.entity";
import { projects } from "../../src/collections/project";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";

/** The optional `indirectCostRate` of project inputs: basis points, 0 to 10000. */
function IndirectCostRate(): PropertyDecorator {
  return (target, property) => {
    Field(() => Int, {
      nullable: true,
      description: "Indirect costs as a flat rate of the direct costs without subcontracting, in basis points (default 2500 = 25%).",
    })(target, property);
    Min(0)(target, property);
    Max(10000)(target, property);
  };
}

@InputType({ description: "Starts a joint R&D project of the alliance." })
export class CreateProjectInput {
  @Field(() => ID, { description: "The alliance; your organization leads the project." }) allianceId!: string;
  @Field({ description: 'Unique within the alliance, e.g. "PB-2026-01".' }) @IsNotEmpty() @MaxLength(50) code!: string;
  @Field({ description: "Its title." }) @IsNotEmpty() @MaxLength(300) title!: string;
  @Field({ nullable: true, description: "What it does." }) @MaxLength(20000) summary?: string;
  @Field(() => ProjectVisibility, {
    nullable: true,
    defaultValue: ProjectVisibility.PARTICIPANTS,
    description: "Who in the alliance sees it (default PARTICIPANTS).",
  })
  visibility?: ProjectVisibility;
  @Field(() => GraphQLDate, { nullable: true, description: "When it starts." }) startDate?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "When it ends (not before it starts)." }) endDate?: string;
  @Field(() => DecimalScalar, { nullable: true, description: "The planned budget." }) budget?: Decimal;
  @Field({ nullable: true, defaultValue: "CNY", description: "ISO 4217 code." })
  @Length(3, 3)
  @Matches(/^[A-Z]{3}$/)
  currency?: string;
  @Field(() => ID, { nullable: true, description: "The lead organization; defaults to yours (the secretariat must name it)." })
  leadOrganizationId?: string;
  @IndirectCostRate() indirectCostRate?: number;
}

@InputType({ description: "Only the fields given change; null clears a date or the budget." })
export class UpdateProjectInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
  @Field({ nullable: true, description: "A new title." }) @IsNotEmpty() @MaxLength(300) title?: string;
  @Field({ nullable: true, description: "A new summary." }) @MaxLength(20000) summary?: string;
  @Field(() => ProjectVisibility, { nullable: true, description: "Who in the alliance sees it." }) visibility?: ProjectVisibility;
  @Field(() => GraphQLDate, { nullable: true, description: "A new start date." }) startDate?: string | null;
  @Field(() => GraphQLDate, { nullable: true, description: "A new end date." }) endDate?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "A new budget." }) budget?: Decimal | null;
  @IndirectCostRate() indirectCostRate?: number;
  @Field({
    nullable: true,
    description:
      "Whether the alliance's government supervisor sees the personnel rates of the people who declared time on the project, when it is government-funded (Art. 8.4).",
  })
  supervisorSeesPersonnelRates?: boolean;
}

@InputType({ description: "Moves a project along its life cycle." })
export class SetProjectStatusInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
  @Field(() => ProjectStatus, { description: "The new status." }) status!: ProjectStatus;
  @Field({ nullable: true, description: "Why, for the record." }) @MaxLength(1000) reason?: string;
}

@InputType({ description: "Adds a member organization to a project." })
export class AddProjectParticipantInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
  @Field(() => ID, { description: "The organization joining; it must be an active member of the alliance." }) organizationId!: string;
  @Field(() => ParticipantRole, {
    nullable: true,
    defaultValue: ParticipantRole.PARTICIPANT,
    description: "Its role in the project (default PARTICIPANT).",
  })
  role?: ParticipantRole;
  @Field({ nullable: true, description: "What the organization brings: funds, equipment, staff, know-how." })
  @MaxLength(2000)
  contribution?: string;
}

@InputType({ description: "Removes an organization from a project (it keeps its history)." })
export class RemoveProjectParticipantInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
  @Field(() => ID, { description: "The organization leaving." }) organizationId!: string;
  @Field({ nullable: true, description: "Why, for the record." }) @MaxLength(1000) reason?: string;
}

@InputType({ description: "Records the day a milestone was reached." })
export class AchieveMilestoneInput {
  @Field(() => ID, { description: "The milestone." }) milestoneId!: string;
  @Field(() => GraphQLDate, { description: "The day it was reached, not in the future." }) achievedOn!: string;
}

@InputType({ description: "Adds a milestone to a project." })
export class CreateMilestoneInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
  @Field({ description: "Its title." }) @IsNotEmpty() @MaxLength(300) title!: string;
  @Field({ nullable: true, description: "What it delivers." }) @MaxLength(20000) description?: string;
  @Field(() => GraphQLDate, { nullable: true, description: "Defaults to the last day of dueMonth when that is given." })
  dueDate?: string;
  @Field(() => Int, { nullable: true, description: "The month it is due, counted from the project's start (month 1 = the start month)." })
  @Min(1)
  dueMonth?: number;
  @Field({ nullable: true, description: "How reaching it is verified (the means of verification)." })
  @MaxLength(2000)
  verification?: string;
}

/** Filter and order of project lists: see src/collections/project.ts. */
export const ProjectFilter = projects.filterInput;
export type ProjectFilter = Record<string, unknown>;
export const ProjectOrder = projects.orderInput!;
