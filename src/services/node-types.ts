/**
 * Every type `node(id)` and `nodes(ids)` can fetch, by the type name in its global id, and how: the
 * service read that applies the viewer's rights, so a row the viewer may not see is NOT_FOUND like
 * one that does not exist. Live events name their subject's type from this list (`entityType`, see
 * src/db/outbox.ts). A new node type is added here, and nowhere else.
 */
import { AllianceRoleGrant } from "../../entities/alliance-role-grant.entity";
import type { Context } from "../operation-context";
import { notFound } from "../errors";
import { accessRequestService } from "./access-request.service";
import { backgroundService } from "./background.service";
import { agreementSignatureService } from "./agreement-signature.service";
import { agreementService } from "./agreement.service";
import { allianceService } from "./alliance.service";
import { auditService } from "./audit.service";
import { benefitPlanService } from "./benefit-plan.service";
import { breachService } from "./breach.service";
import { facilityService } from "./facility.service";
import { fundingService } from "./funding.service";
import { governanceService } from "./governance.service";
import { ipAssetService } from "./ip-asset.service";
import { ipLicenseService } from "./ip-license.service";
import { ipOwnershipChangeService } from "./ip-ownership-change.service";
import { membershipService } from "./membership.service";
import { milestoneService } from "./milestone.service";
import { motionService } from "./motion.service";
import { organizationService } from "./organization.service";
import { pilotService } from "./pilot.service";
import { projectService } from "./project.service";
import { reportingPeriodService } from "./reporting-period.service";
import { revenueService } from "./revenue.service";
import { talentExchangeService } from "./talent-exchange.service";
import { taskService } from "./task.service";
import { userService } from "./user.service";
import { effortService } from "./effort.service";
import { workPlanService } from "./work-plan.service";

type NodeFetcher = (ctx: Context, key: string) => Promise<object>;

export const nodeTypes: Readonly<Record<string, NodeFetcher>> = {
  AccessDecision: (ctx, key) => accessRequestService.getDecision(ctx, key),
  AccessRequest: (ctx, key) => accessRequestService.get(ctx, key),
  Agreement: (ctx, key) => agreementService.get(ctx, key, "id"),
  AgreementSignature: (ctx, key) => agreementSignatureService.getSignature(ctx, key),
  AgreementVersion: (ctx, key) => agreementService.getVersion(ctx, key),
  Alliance: (ctx, key) => allianceService.get(ctx, key),
  AllianceRoleGrant: async (ctx, key) => {
    const grant = await ctx.db.getRepository(AllianceRoleGrant).findOneBy({ id: key });
    if (!grant) throw notFound("AllianceRoleGrant", "id");
    await allianceService.getDirectory(ctx, grant.allianceId, "id");
    return grant;
  },
  AuditEntry: (ctx, key) => auditService.get(ctx, key),
  BackgroundDeclaration: (ctx, key) => backgroundService.get(ctx, key),
  BenefitPlan: (ctx, key) => benefitPlanService.get(ctx, key),
  BenefitShare: (ctx, key) => benefitPlanService.getShare(ctx, key),
  BodySeat: (ctx, key) => governanceService.getSeat(ctx, key),
  Booking: (ctx, key) => facilityService.getBooking(ctx, key),
  BreachRecord: (ctx, key) => breachService.get(ctx, key, "id"),
  Deliverable: (ctx, key) => workPlanService.getDeliverable(ctx, key),
  Distribution: (ctx, key) => revenueService.getLine(ctx, key),
  Expense: (ctx, key) => fundingService.getExpense(ctx, key),
  FundingSource: (ctx, key) => fundingService.getSource(ctx, key),
  GoverningBody: (ctx, key) => governanceService.getBody(ctx, key, "id"),
  IpAsset: (ctx, key) => ipAssetService.get(ctx, key, "id"),
  IpLicense: (ctx, key) => ipLicenseService.get(ctx, key),
  IpOwner: (ctx, key) => ipAssetService.getOwner(ctx, key),
  IpOwnershipChange: (ctx, key) => ipOwnershipChangeService.get(ctx, key),
  Membership: (ctx, key) => membershipService.get(ctx, key, "id"),
  Milestone: (ctx, key) => milestoneService.get(ctx, key),
  Motion: (ctx, key) => motionService.get(ctx, key, "id"),
  Organization: (ctx, key) => organizationService.get(ctx, key),
  PeriodReport: (ctx, key) => reportingPeriodService.getReport(ctx, key),
  PersonnelRate: (ctx, key) => effortService.getRate(ctx, key),
  PilotApplication: (ctx, key) => pilotService.get(ctx, key),
  PolicyDocument: (ctx, key) => governanceService.getPolicy(ctx, key),
  Project: (ctx, key) => projectService.get(ctx, key),
  ProjectParticipant: (ctx, key) => projectService.getParticipant(ctx, key),
  ReportingPeriod: (ctx, key) => reportingPeriodService.get(ctx, key),
  RevenueEvent: (ctx, key) => revenueService.get(ctx, key),
  SharedFacility: (ctx, key) => facilityService.get(ctx, key),
  TalentExchange: (ctx, key) => talentExchangeService.get(ctx, key),
  Task: (ctx, key) => taskService.get(ctx, key),
  TimeDeclaration: (ctx, key) => effortService.getDeclaration(ctx, key),
  User: (ctx, key) => userService.get(ctx, key),
  Vote: (ctx, key) => motionService.getVote(ctx, key),
  WorkPackage: (ctx, key) => workPlanService.getWorkPackage(ctx, key),
};
