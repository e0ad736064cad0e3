/**
 * Demo data for the work loop (Art. 8.2, 8.4): the government-funded solid electrolyte project
 * (./funds.demo.ts) gets a work plan of two work packages with planned effort and budget, three
 * deliverables (one submitted late with its justification and accepted), a milestone in project
 * months, an engineer's rate and approved time declarations, expenses charged to a work
 * package and a cost category, and two reporting periods: the first half year's report submitted
 * by the lead's ORG_ADMIN, the second half year still open.
 */
import { DisseminationLevel } from "../../entities/deliverable.entity";
import { ExpenseCategory } from "../../entities/expense.entity";
import { FundingKind, FundingSource } from "../../entities/funding-source.entity";
import { Project } from "../../entities/project.entity";
import { Decimal } from "../graphql/decimal";
import { effortService } from "../services/effort.service";
import { fundingService } from "../services/funding.service";
import { Decision } from "../services/membership.service";
import { milestoneService } from "../services/milestone.service";
import { reportingPeriodService } from "../services/reporting-period.service";
import { workPlanService } from "../services/work-plan.service";
import { contextAs, type DemoWorld } from "./world";

const money = (amount: string) => new Decimal(amount);

export async function seedWorkPlanDemo(world: DemoWorld): Promise<void> {
  const { organizations: orgs } = world;
  const as = (key: string) => contextAs(world, world.users[key]);
  const lead = as("lead.admin");
  const secretariat = as("secretariat");
  const project = await world.ctx.db.getRepository(Project).findOneByOrFail({ code: "PB-FUND-01", allianceId: world.alliance.id });
  const government = await world.ctx.db
    .getRepository(FundingSource)
    .findOneByOrFail({ projectId: project.id, kind: FundingKind.GOVERNMENT });

  const synthesis = await workPlanService.createWorkPackage(lead, {
    projectId: project.id,
    number: "WP1",
    title: "电解质合成放大 (Electrolyte synthesis scale-up)",
    objectives: "Sulfide electrolyte at 10 mS/cm in 100 kg batches.",
    leadOrganizationId: orgs.materials.id,
    startMonth: 1,
    endMonth: 12,
    plannedEffort: [
      { organizationId: orgs.materials.id, personMonths: money("18.00") },
      { organizationId: orgs.lead.id, personMonths: money("6.00") },
    ],
    plannedBudget: [
      { organizationId: orgs.materials.id, category: ExpenseCategory.PERSONNEL, amount: money("900000.00") },
      { organizationId: orgs.materials.id, category: ExpenseCategory.CONSUMABLES, amount: money("400000.00") },
      { organizationId: orgs.materials.id, category: ExpenseCategory.TRAVEL, amount: money("30000.00") },
      { organizationId: orgs.lead.id, category: ExpenseCategory.EQUIPMENT, amount: money("500000.00") },
    ],
  });
  const pilot = await workPlanService.createWorkPackage(lead, {
    projectId: project.id,
    number: "WP2",
    title: "中试线集成 (Pilot line integration)",
    objectives: "A 1 GWh pilot line running the new electrolyte.",
    leadOrganizationId: orgs.lead.id,
    startMonth: 10,
    endMonth: 24,
    plannedEffort: [
      { organizationId: orgs.lead.id, personMonths: money("24.00") },
      { organizationId: orgs.eastuni.id, personMonths: money("6.00") },
    ],
    plannedBudget: [
      { organizationId: orgs.lead.id, category: ExpenseCategory.PERSONNEL, amount: money("1200000.00") },
      { organizationId: orgs.lead.id, category: ExpenseCategory.EQUIPMENT, amount: money("1500000.00") },
      { organizationId: orgs.eastuni.id, category: ExpenseCategory.PERSONNEL, amount: money("300000.00") },
      { organizationId: orgs.eastuni.id, category: ExpenseCategory.SUBCONTRACTING, amount: money("200000.00") },
    ],
  });

  const report = await workPlanService.createDeliverable(lead, {
    workPackageId: synthesis.id,
    number: "D1.1",
    title: "Synthesis route report",
    dueMonth: 6,
    disseminationLevel: DisseminationLevel.PUBLIC,
    responsibleOrganizationId: orgs.materials.id,
  });
  await workPlanService.createDeliverable(lead, {
    workPackageId: synthesis.id,
    number: "D1.2",
    title: "Process parameters of the 100 kg batch",
    dueMonth: 12,
    disseminationLevel: DisseminationLevel.CONFIDENTIAL,
    responsibleOrganizationId: orgs.materials.id,
  });
  await workPlanService.createDeliverable(lead, {
    workPackageId: pilot.id,
    number: "D2.1",
    title: "Pilot line acceptance report",
    dueMonth: 24,
    disseminationLevel: DisseminationLevel.CONSORTIUM,
    responsibleOrganizationId: orgs.lead.id,
  });
  await workPlanService.submitDeliverable(as("materials.engineer"), {
    deliverableId: report.id,
    delayJustification: "The glove box arrived two months late.",
  });
  await workPlanService.reviewDeliverable(lead, { deliverableId: report.id, accept: true, comment: "Complete." });
  await milestoneService.create(lead, {
    projectId: project.id,
    title: "First 100 kg batch",
    dueMonth: 12,
    verification: "Batch record and conductivity measurements",
  });

  // Effort (Art. 8.4): the engineer declares, the materials maker's ORG_ADMIN approves; costed at the engineer's rate.
  const engineer = world.users["materials.engineer"];
  await effortService.setRate(as("materials.admin"), { userId: engineer.id, validFrom: "2026-01-01", monthlyRate: money("28000.00") });
  for (const [month, hours] of [
    ["2026-02", "120.00"],
    ["2026-03", "136.50"],
  ]) {
    const declaration = await effortService.declare(as("materials.engineer"), { workPackageId: synthesis.id, month, hours: money(hours) });
    await effortService.decide(as("materials.admin"), { timeDeclarationId: declaration.id, decision: Decision.APPROVE });
  }

  // Expenses charged to a work package and a category, approved by the secretariat.
  for (const [userKey, category, amount, description, incurredOn] of [
    ["materials.engineer", ExpenseCategory.TRAVEL, "8600.00", "Supplier audit in Ningde", "2026-03-12"],
    ["lead.engineer", ExpenseCategory.EQUIPMENT, "420000.00", "Planetary mill", "2026-05-20"],
  ] as const) {
    const expense = await fundingService.requestExpense(as(userKey), {
      fundingSourceId: government.id,
      amount: money(amount),
      category,
      workPackageId: synthesis.id,
      description,
      incurredOn,
    });
    await fundingService.decideExpense(secretariat, { expenseId: expense.id, decision: Decision.APPROVE });
  }

  // Reporting (Art. 8.4): the first half year is reported (the effort and spending above), the second is open.
  const firstHalf = await reportingPeriodService.create(lead, { projectId: project.id, startMonth: 1, endMonth: 6 });
  await reportingPeriodService.create(lead, { projectId: project.id, startMonth: 7, endMonth: 12 });
  await reportingPeriodService.submit(lead, { periodId: firstHalf.id });
}
