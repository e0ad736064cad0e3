/**
 * Demo data for funds, benefit sharing and shared platforms: a government-funded project with an
 * approved expense, a 50/30/20 benefit plan agreed by its three holders and a royalty distributed
 * under it, a revised split still waiting for one holder's approval, and a test platform hosted by
 * the institute with one booking. Everything goes through the services, as each role's user would
 * do it.
 */
import { ProjectVisibility } from "../../entities/project.entity";
import { FundingKind } from "../../entities/funding-source.entity";
import { ExpenseCategory } from "../../entities/expense.entity";
import { RevenueKind } from "../../entities/revenue-event.entity";
import { contextFor } from "../context";
import type { Context } from "../operation-context";
import { Decimal } from "../graphql/decimal";
import { projectService } from "../services/project.service";
import { fundingService } from "../services/funding.service";
import { benefitPlanService } from "../services/benefit-plan.service";
import { revenueService } from "../services/revenue.service";
import { facilityService } from "../services/facility.service";
import { Decision } from "../services/membership.service";
import type { DemoWorld } from "./world";

/** A context acting as one of the demo users. */
function as(world: DemoWorld, userKey: string): Context {
  const user = world.users[userKey];
  return contextFor(world.ctx, {
    userId: user.id,
    organizationId: user.organizationId,
    orgRole: user.orgRole,
    platformRole: user.platformRole,
    isLegalRepresentative: user.isLegalRepresentative,
  });
}

export async function seedFundsDemo(world: DemoWorld): Promise<void> {
  const { organizations: orgs } = world;
  const lead = as(world, "lead.admin");
  const secretariat = as(world, "secretariat");

  // A project of the lead enterprise with a materials maker and a university.
  const project = await projectService.create(lead, {
    allianceId: world.alliance.id,
    code: "PB-FUND-01",
    title: "高安全固态电解质中试 (Solid electrolyte pilot line)",
    summary: "Scaling the solid electrolyte from lab cells to a 1 GWh pilot line.",
    visibility: ProjectVisibility.ALLIANCE,
    startDate: "2026-01-01",
    endDate: "2027-12-31",
    budget: new Decimal("8000000.00"),
  });
  await projectService.addParticipant(lead, {
    projectId: project.id,
    organizationId: orgs.materials.id,
    contribution: "Electrolyte precursors",
  });
  await projectService.addParticipant(lead, {
    projectId: project.id,
    organizationId: orgs.eastuni.id,
    contribution: "Interface characterisation",
  });

  // Funds (Art. 8.4): government money reported apart; an expense requested by an engineer, approved by the secretariat.
  const government = await fundingService.addSource(secretariat, {
    projectId: project.id,
    kind: FundingKind.GOVERNMENT,
    provider: "科技部重点研发计划 (National Key R&D Programme)",
    amount: new Decimal("5000000.00"),
  });
  await fundingService.addSource(lead, {
    projectId: project.id,
    kind: FundingKind.MEMBER_CONTRIBUTION,
    provider: orgs.lead.name,
    amount: new Decimal("2000000.00"),
  });
  const expense = await fundingService.requestExpense(as(world, "lead.engineer"), {
    fundingSourceId: government.id,
    amount: new Decimal("350000.00"),
    category: ExpenseCategory.EQUIPMENT,
    description: "Glove box for electrolyte handling",
  });
  await fundingService.decideExpense(secretariat, {
    expenseId: expense.id,
    decision: Decision.APPROVE,
    reason: "Within the approved budget",
  });
  await fundingService.requestExpense(as(world, "materials.engineer"), {
    fundingSourceId: government.id,
    amount: new Decimal("120000.50"),
    category: ExpenseCategory.CONSUMABLES,
    description: "Lithium sulfide precursor, first batch",
  });

  // Benefit sharing (Art. 8.5): agreed in advance by every holder, then a royalty distributed under it.
  const plan = await benefitPlanService.create(lead, {
    projectId: project.id,
    shares: [
      { organizationId: orgs.lead.id, basisPoints: 5000 },
      { organizationId: orgs.materials.id, basisPoints: 3000 },
      { organizationId: orgs.eastuni.id, basisPoints: 2000 },
    ],
  });
  for (const holder of ["lead.admin", "materials.admin", "eastuni.admin"]) {
    await benefitPlanService.approve(as(world, holder), { benefitPlanId: plan.id });
  }
  await revenueService.record(secretariat, {
    projectId: project.id,
    kind: RevenueKind.LICENSE_ROYALTY,
    amount: new Decimal("1000000.01"),
    currency: "CNY",
    receivedOn: "2026-03-31",
    idempotencyKey: "demo-royalty-2026-Q1",
  });
  // A pending change (Art. 8.5): a new split proposed by the lead, approved by the lead and the
  // materials company, waiting for the university; income stays under the agreed plan meanwhile.
  const revised = await benefitPlanService.create(lead, {
    projectId: project.id,
    shares: [
      { organizationId: orgs.lead.id, basisPoints: 5500 },
      { organizationId: orgs.materials.id, basisPoints: 3000 },
      { organizationId: orgs.eastuni.id, basisPoints: 1500 },
    ],
  });
  for (const holder of ["lead.admin", "materials.admin"]) {
    await benefitPlanService.approve(as(world, holder), { benefitPlanId: revised.id });
  }

  // A shared technology platform (Art. 5) hosted by the institute, booked by a university.
  const facility = await facilityService.create(secretariat, {
    allianceId: world.alliance.id,
    hostOrganizationId: orgs.institute.id,
    name: "电池安全测试平台 (Battery safety test platform)",
    description: "Nail penetration, thermal runaway and overcharge testing.",
    location: "北京 (Beijing)",
  });
  await facilityService.book(as(world, "westuni.engineer"), {
    facilityId: facility.id,
    start: new Date("2026-09-01T01:00:00Z"),
    end: new Date("2026-09-01T09:00:00Z"),
    purpose: "Thermal runaway tests of pouch cells",
  });
}
