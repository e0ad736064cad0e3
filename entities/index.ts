import { Organization } from "./organization.entity";
import { User } from "./user.entity";
import { Alliance } from "./alliance.entity";
import { Membership } from "./membership.entity";
import { AllianceRoleGrant } from "./alliance-role-grant.entity";
import { AuditEntry } from "./audit-entry.entity";
import { Project } from "./project.entity";
import { ProjectParticipant } from "./project-participant.entity";
import { IpAsset } from "./ip-asset.entity";
import { IpOwner } from "./ip-owner.entity";
import { IpLicense } from "./ip-license.entity";
import { IpOwnershipChange, IpOwnershipDecision } from "./ip-ownership-change.entity";
import { Agreement } from "./agreement.entity";
import { AgreementVersion } from "./agreement-version.entity";
import { AgreementParty, AgreementSignature } from "./agreement-signature.entity";
import { BreachRecord } from "./breach-record.entity";
import { BodySeat, GoverningBody } from "./governing-body.entity";
import { PolicyDocument } from "./policy-document.entity";
import { Motion, Vote } from "./motion.entity";
import { BenefitPlan } from "./benefit-plan.entity";
import { BenefitShare } from "./benefit-share.entity";
import { BenefitPlanApproval } from "./benefit-plan-approval.entity";
import { RevenueEvent } from "./revenue-event.entity";
import { Distribution } from "./distribution.entity";
import { FundingSource } from "./funding-source.entity";
import { Expense } from "./expense.entity";
import { SharedFacility } from "./shared-facility.entity";
import { Booking } from "./booking.entity";
import { Milestone } from "./milestone.entity";
import { Task } from "./task.entity";
import { TalentExchange } from "./talent-exchange.entity";
import { OutboxEventRow } from "./event.entity";
import { PilotApplication } from "./pilot-application.entity";
import { BackgroundDeclaration } from "./background-declaration.entity";
import { AccessRequest } from "./access-request.entity";
import { AccessDecision } from "./access-decision.entity";
import { WorkPackage } from "./work-package.entity";
import { PlannedEffort } from "./planned-effort.entity";
import { PlannedBudget } from "./planned-budget.entity";
import { Deliverable } from "./deliverable.entity";
import { TimeDeclaration } from "./time-declaration.entity";
import { PersonnelRate } from "./personnel-rate.entity";
import { ReportingPeriod } from "./reporting-period.entity";
import { PeriodReport } from "./period-report.entity";

/** Every entity of the data model, registered with the DataSource. */
export const entities = [
  Organization,
  User,
  Alliance,
  Membership,
  AllianceRoleGrant,
  AuditEntry,
  Project,
  ProjectParticipant,
  IpAsset,
  IpOwner,
  IpLicense,
  IpOwnershipChange,
  IpOwnershipDecision,
  Agreement,
  AgreementVersion,
  AgreementParty,
  AgreementSignature,
  BreachRecord,
  GoverningBody,
  BodySeat,
  PolicyDocument,
  Motion,
  Vote,
  BenefitPlan,
  BenefitShare,
  BenefitPlanApproval,
  RevenueEvent,
  Distribution,
  FundingSource,
  Expense,
  SharedFacility,
  Booking,
  Milestone,
  Task,
  TalentExchange,
  OutboxEventRow,
  PilotApplication,
  BackgroundDeclaration,
  AccessRequest,
  AccessDecision,
  WorkPackage,
  PlannedEffort,
  PlannedBudget,
  Deliverable,
  TimeDeclaration,
  PersonnelRate,
  ReportingPeriod,
  PeriodReport,
];
