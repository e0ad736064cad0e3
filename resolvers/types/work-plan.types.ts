/** Value types of the work plan and the budget status (computed, not stored), and the work plan's connections. */
import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "../../src/graphql/connection";
import { DecimalScalar, type Decimal } from "../../src/graphql/decimal";
import { Deliverable } from "../../entities/deliverable.entity";
import { ExpenseCategory } from "../../entities/expense.entity";
import { Organization } from "../../entities/organization.entity";
import { ReportingPeriod } from "../../entities/reporting-period.entity";
import { TimeDeclaration } from "../../entities/time-declaration.entity";
import { WorkPackage } from "../../entities/work-package.entity";

@ObjectType({ description: "Work packages, a page at a time." })
export class WorkPackageConnection extends Connection(WorkPackage) {}
@ObjectType({ description: "Deliverables, a page at a time." })
export class DeliverableConnection extends Connection(Deliverable) {}
@ObjectType({ description: "Time declarations, a page at a time." })
export class TimeDeclarationConnection extends Connection(TimeDeclaration) {}
@ObjectType({ description: "Reporting periods, a page at a time." })
export class ReportingPeriodConnection extends Connection(ReportingPeriod) {}

@ObjectType({ description: "A submitted report's totals, as frozen in its snapshot, in the project's currency." })
export class PeriodReportTotals {
  @Field(() => DecimalScalar, { description: "Direct costs in the period." }) direct!: Decimal;
  @Field(() => DecimalScalar, { description: "Indirect costs (the flat rate, rounded per participant)." }) indirect!: Decimal;
  @Field(() => DecimalScalar, { description: "Direct plus indirect costs." }) total!: Decimal;
  @Field({ description: 'Approved person-months in the period, an exact decimal with four places (e.g. "2.7907").' })
  personMonths!: string;
}

@ObjectType({ description: "Planned against actual direct costs of one participant, work package and cost category." })
export class BudgetLine {
  @Field(() => Organization, { description: "The participant." }) organization!: Organization;
  @Field(() => WorkPackage, { nullable: true, description: "The work package; null for spending charged to none." })
  workPackage!: WorkPackage | null;
  @Field(() => ExpenseCategory, { description: "The cost category." }) category!: ExpenseCategory;
  @Field(() => DecimalScalar, { description: "Planned in the work plan." }) planned!: Decimal;
  @Field(() => DecimalScalar, {
    description: "Approved expenses, plus (for PERSONNEL) approved time declarations at the person's rate.",
  })
  actual!: Decimal;
  @Field(() => DecimalScalar, { description: "Planned minus actual (negative when overrun)." }) remaining!: Decimal;
  @Field(() => DecimalScalar, { nullable: true, description: "Actual as a percentage of planned; null when nothing was planned." })
  burnPercentage!: Decimal | null;
  @Field({ description: "True when actual > planned." }) overrun!: boolean;
}

@ObjectType({ description: "Planned against approved effort of one participant in one work package, in person-months." })
export class EffortLine {
  @Field(() => Organization, { description: "The participant." }) organization!: Organization;
  @Field(() => WorkPackage, { description: "The work package." }) workPackage!: WorkPackage;
  @Field(() => DecimalScalar, { description: "Planned person-months." }) planned!: Decimal;
  @Field(() => DecimalScalar, { description: "Person-months of approved time declarations." }) approved!: Decimal;
  @Field(() => DecimalScalar, { nullable: true, description: "Approved as a percentage of planned; null when nothing was planned." })
  burnPercentage!: Decimal | null;
  @Field({ description: "True when approved > planned." }) overrun!: boolean;
}

@ObjectType({ description: "Direct costs, flat-rate indirect costs and their total, planned against actual." })
export class BudgetTotals {
  @Field(() => DecimalScalar, { description: "Planned direct costs." }) plannedDirect!: Decimal;
  @Field(() => DecimalScalar, { description: "Actual direct costs." }) actualDirect!: Decimal;
  @Field(() => DecimalScalar, { description: "The indirect rate of the planned direct costs without subcontracting." })
  plannedIndirect!: Decimal;
  @Field(() => DecimalScalar, { description: "The indirect rate of the actual direct costs without subcontracting." })
  actualIndirect!: Decimal;
  @Field(() => DecimalScalar, { description: "The planned total: plannedDirect + plannedIndirect." }) plannedTotal!: Decimal;
  @Field(() => DecimalScalar, { description: "The actual total: actualDirect + actualIndirect." }) actualTotal!: Decimal;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The actual total as a percentage of plannedTotal; null when nothing was planned.",
  })
  burnPercentage!: Decimal | null;
  @Field({ description: "True when actualTotal > plannedTotal." }) overrun!: boolean;
}

@ObjectType({ description: "One participant's totals." })
export class ParticipantBudget extends BudgetTotals {
  @Field(() => Organization, { description: "The participant." }) organization!: Organization;
}

@ObjectType({ description: "A project's planned against actual costs and effort (Art. 8.4), in the project's currency." })
export class BudgetStatus {
  @Field({ description: "The project's currency: only money in it is counted." }) currency!: string;
  @Field(() => Int, { description: "The indirect cost rate applied, in basis points." }) indirectCostRate!: number;
  @Field(() => [BudgetLine], { description: "Per participant × work package × category." }) lines!: BudgetLine[];
  @Field(() => [EffortLine], { description: "Per participant × work package." }) effort!: EffortLine[];
  @Field(() => [ParticipantBudget], { description: "Per participant, indirect costs included." }) participants!: ParticipantBudget[];
  @Field(() => BudgetTotals, { description: "The whole project." }) total!: BudgetTotals;
  @Field({ description: "Some line, effort line or total overruns." }) overrun!: boolean;
}
