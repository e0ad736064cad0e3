import { Field, ID, InputType, Int } from "type-graphql";
import { IsNotEmpty, Matches, MaxLength } from "class-validator";
import { DisseminationLevel } from "../../entities/deliverable.entity";
import { ExpenseCategory } from "../../entities/expense.entity";
import { Decision } from "../../src/services/membership.service";
import { deliverables, workPackages } from "../../src/collections/work-plan";
import { timeDeclarations } from "../../src/collections/time-declaration";
import { reportingPeriods } from "../../src/collections/reporting-period";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { GraphQLDate } from "../../src/graphql/scalars";

@InputType({ description: "The effort one participant plans for a work package." })
export class PlannedEffortInput {
  @Field(() => ID, { description: "A current participant of the project." }) organizationId!: string;
  @Field(() => DecimalScalar, { description: "Person-months, greater than zero." }) personMonths!: Decimal;
}

@InputType({ description: "The direct costs one participant plans for a work package in one category." })
export class PlannedBudgetInput {
  @Field(() => ID, { description: "A current participant of the project." }) organizationId!: string;
  @Field(() => ExpenseCategory, { description: "The cost category." }) category!: ExpenseCategory;
  @Field(() => DecimalScalar, { description: "The planned amount in the project's currency, greater than zero." }) amount!: Decimal;
}

@InputType({ description: "A new work package of a project (its managers)." })
export class CreateWorkPackageInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
  @Field({ description: 'Unique in the project, e.g. "WP1".' }) @IsNotEmpty() @MaxLength(20) number!: string;
  @Field({ description: "The work package's title." }) @IsNotEmpty() @MaxLength(300) title!: string;
  @Field({ nullable: true, description: "What it sets out to achieve." }) @MaxLength(20000) objectives?: string;
  @Field(() => ID, { description: "The leading participant." }) leadOrganizationId!: string;
  @Field(() => Int, { description: "First month, counted from the project's start (month 1 = the start month)." }) startMonth!: number;
  @Field(() => Int, { description: "Last month, not before startMonth, within the project's duration." }) endMonth!: number;
  @Field(() => [PlannedEffortInput], { nullable: true, description: "Planned effort per participant." })
  plannedEffort?: PlannedEffortInput[];
  @Field(() => [PlannedBudgetInput], { nullable: true, description: "Planned direct costs per participant and category." })
  plannedBudget?: PlannedBudgetInput[];
}

@InputType({ description: "Only the fields given change; a list given replaces the one before." })
export class UpdateWorkPackageInput {
  @Field(() => ID, { description: "The work package." }) workPackageId!: string;
  @Field({ nullable: true, description: "A new number, unique in the project." }) @IsNotEmpty() @MaxLength(20) number?: string;
  @Field({ nullable: true, description: "A new title." }) @IsNotEmpty() @MaxLength(300) title?: string;
  @Field({ nullable: true, description: "New objectives." }) @MaxLength(20000) objectives?: string;
  @Field(() => ID, { nullable: true, description: "A new leading participant." }) leadOrganizationId?: string;
  @Field(() => Int, { nullable: true, description: "A new first month." }) startMonth?: number;
  @Field(() => Int, { nullable: true, description: "A new last month." }) endMonth?: number;
  @Field(() => [PlannedEffortInput], { nullable: true, description: "Replaces the planned effort." })
  plannedEffort?: PlannedEffortInput[];
  @Field(() => [PlannedBudgetInput], { nullable: true, description: "Replaces the planned budget." })
  plannedBudget?: PlannedBudgetInput[];
}

@InputType({ description: "A new deliverable of a work package (the project's managers)." })
export class CreateDeliverableInput {
  @Field(() => ID, { description: "The work package that owes it." }) workPackageId!: string;
  @Field({ description: 'Unique in the project, e.g. "D1.1".' }) @IsNotEmpty() @MaxLength(20) number!: string;
  @Field({ description: "The deliverable's title." }) @IsNotEmpty() @MaxLength(300) title!: string;
  @Field(() => Int, { description: "The month it is due, counted from the project's start (month 1 = the start month)." })
  dueMonth!: number;
  @Field(() => DisseminationLevel, { description: "Who may read it." }) disseminationLevel!: DisseminationLevel;
  @Field(() => ID, { description: "The participant that delivers it." }) responsibleOrganizationId!: string;
}

@InputType({ description: "Submit a deliverable (a user of its responsible organization)." })
export class SubmitDeliverableInput {
  @Field(() => ID, { description: "The deliverable." }) deliverableId!: string;
  @Field({ nullable: true, description: "Why it comes after its due date: required then." })
  @MaxLength(2000)
  delayJustification?: string;
}

@InputType({ description: "Review a submitted deliverable (an ORG_ADMIN of the project's lead organization, or the secretariat)." })
export class ReviewDeliverableInput {
  @Field(() => ID, { description: "The deliverable." }) deliverableId!: string;
  @Field({ description: "true accepts it; false requests a revision." }) accept!: boolean;
  @Field({ nullable: true, description: "The review's comment; required when requesting a revision." })
  @MaxLength(2000)
  comment?: string;
}

@InputType({ description: "Your hours on one work package in one month." })
export class DeclareTimeInput {
  @Field(() => ID, { description: "The work package worked on." }) workPackageId!: string;
  @Field({ description: "The month worked, YYYY-MM (the current or a past month of the project)." })
  @Matches(/^\d{4}-\d{2}$/)
  month!: string;
  @Field(() => DecimalScalar, { description: "Hours worked, more than 0 and at most 744." }) hours!: Decimal;
}

@InputType({ description: "Approve or refuse a time declaration (another ORG_ADMIN of the person's organization)." })
export class DecideTimeDeclarationInput {
  @Field(() => ID, { description: "The declaration." }) timeDeclarationId!: string;
  @Field(() => Decision, { description: "APPROVE or REJECT." }) decision!: Decision;
  @Field({ nullable: true, description: "Why." }) @MaxLength(1000) reason?: string;
}

@InputType({ description: "A person's monthly personnel cost from a day on (an ORG_ADMIN of their organization)." })
export class SetPersonnelRateInput {
  @Field(() => ID, { description: "The person." }) userId!: string;
  @Field(() => GraphQLDate, { description: "The first day it applies; a rate of the same day is replaced." }) validFrom!: string;
  @Field(() => DecimalScalar, { description: "The cost of one person-month, greater than zero." }) monthlyRate!: Decimal;
}

@InputType({ description: "An organization's productive hours per year (its ORG_ADMIN)." })
export class SetProductiveHoursInput {
  @Field(() => ID, { description: "The organization." }) organizationId!: string;
  @Field(() => DecimalScalar, { description: "Hours, greater than zero (1720 by default: 143.33 a month)." })
  productiveHoursPerYear!: Decimal;
}

/** Filters and orders of the work plan's lists: see src/collections/work-plan.ts and time-declaration.ts. */
export const WorkPackageFilter = workPackages.filterInput;
export type WorkPackageFilter = Record<string, unknown>;
export const WorkPackageOrder = workPackages.orderInput!;
export const DeliverableFilter = deliverables.filterInput;
export type DeliverableFilter = Record<string, unknown>;
export const DeliverableOrder = deliverables.orderInput!;
export const TimeDeclarationFilter = timeDeclarations.filterInput;
export type TimeDeclarationFilter = Record<string, unknown>;
export const TimeDeclarationOrder = timeDeclarations.orderInput!;

@InputType({ description: "A reporting period: a stretch of the project's months, overlapping no other period of the project." })
export class CreateReportingPeriodInput {
  @Field(() => ID, { description: "The project." }) projectId!: string;
  @Field(() => Int, { description: "Its first month of the project (month 1 = the start month)." }) startMonth!: number;
  @Field(() => Int, { description: "Its last month of the project, not before startMonth." }) endMonth!: number;
}

@InputType({ description: "Submits a reporting period's report." })
export class SubmitPeriodReportInput {
  @Field(() => ID, { description: "The reporting period, OPEN or REOPENED, whose last day has passed." }) periodId!: string;
}

@InputType({ description: "Approves a reporting period's submitted report." })
export class ApprovePeriodReportInput {
  @Field(() => ID, { description: "The SUBMITTED reporting period." }) periodId!: string;
}

@InputType({ description: "Reopens a submitted or approved reporting period." })
export class ReopenPeriodInput {
  @Field(() => ID, { description: "The reporting period." }) periodId!: string;
  @Field({ description: "Why it is reopened (kept with the period and in the audit trail)." }) @MaxLength(2000) reason!: string;
}

/** Filter and order of reporting periods: see src/collections/reporting-period.ts. */
export const ReportingPeriodFilter = reportingPeriods.filterInput;
export type ReportingPeriodFilter = Record<string, unknown>;
export const ReportingPeriodOrder = reportingPeriods.orderInput!;
