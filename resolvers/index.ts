import type { ClassType, NonEmptyArray } from "type-graphql";
import {
  AccessDecisionResolver,
  AccessRequestResolver,
  BackgroundDeclarationResolver,
  IpAssetAccessRequestsResolver,
  ProjectAccessRightsResolver,
} from "./access-rights.resolver";
import { AuthResolver } from "./auth.resolver";
import { NodeResolver } from "./node.resolver";
import { OrganizationResolver } from "./organization.resolver";
import { UserResolver } from "./user.resolver";
import { AllianceResolver } from "./alliance.resolver";
import { AllianceRoleGrantResolver } from "./role-grant.resolver";
import { MembershipResolver } from "./membership.resolver";
import { AuditResolver } from "./audit.resolver";
import {
  BenefitPlanResolver,
  BenefitShareResolver,
  DistributionResolver,
  OrganizationBenefitResolver,
  RevenueEventResolver,
} from "./benefit.resolver";
import { ExpenseResolver, FundingSourceResolver, ProjectFundingResolver } from "./funding.resolver";
import { BookingResolver, SharedFacilityResolver } from "./facility.resolver";
import {
  AgreementResolver,
  AgreementSignatureResolver,
  AgreementVersionResolver,
  ProjectAgreementResolver,
  TaskAssignmentResolver,
} from "./agreement.resolver";
import { BreachRecordResolver, OrganizationBreachResolver } from "./breach.resolver";
import { AllianceDirectoryResolver, BodySeatResolver, GoverningBodyResolver, PolicyDocumentResolver } from "./governance.resolver";
import { IpAssetResolver, IpLicenseResolver, IpOwnerResolver, ProjectIpAssetsResolver } from "./ip-asset.resolver";
import { MilestoneResolver, OrganizationProjectsResolver, ProjectParticipantResolver, ProjectResolver } from "./project.resolver";
import { TaskResolver } from "./task.resolver";
import {
  BenefitPlanConsentResolver,
  ConsentApprovalResolver,
  IpAssetOwnershipChangesResolver,
  IpOwnerShareResolver,
  IpOwnershipChangeResolver,
} from "./consent.resolver";
import {
  DeliverableResolver,
  PlannedBudgetResolver,
  PlannedEffortResolver,
  ProjectWorkPlanResolver,
  TaskWorkPackageResolver,
  WorkPackageResolver,
} from "./work-plan.resolver";
import { OrganizationCostResolver, PersonnelRateResolver, TimeDeclarationResolver, UserCostResolver } from "./effort.resolver";
import { PeriodReportResolver, ProjectReportingResolver, ReportingPeriodResolver } from "./reporting-period.resolver";
import { TalentExchangeResolver } from "./talent-exchange.resolver";
import { LiveResolver } from "./live.resolver";
import { GoverningBodyMotionsResolver, MotionResolver, VoteResolver } from "./motion.resolver";
import { AggregateKeyResolver, AggregateResolver } from "./aggregate.resolver";
import { AllianceActivityResolver } from "./activity.resolver";
import { AlliancePilotResolver, PilotApplicationResolver, PilotOffenderResolver, PilotReadinessResolver } from "./pilot.resolver";

/** Every resolver class of the API. */
export const resolvers: NonEmptyArray<ClassType> = [
  AuthResolver,
  NodeResolver,
  OrganizationResolver,
  UserResolver,
  AllianceResolver,
  AllianceRoleGrantResolver,
  MembershipResolver,
  AuditResolver,
  ProjectResolver,
  ProjectParticipantResolver,
  BenefitPlanResolver,
  BenefitShareResolver,
  RevenueEventResolver,
  DistributionResolver,
  OrganizationBenefitResolver,
  ProjectFundingResolver,
  FundingSourceResolver,
  ExpenseResolver,
  SharedFacilityResolver,
  BookingResolver,
  AgreementResolver,
  AgreementVersionResolver,
  AgreementSignatureResolver,
  TaskAssignmentResolver,
  ProjectAgreementResolver,
  BreachRecordResolver,
  OrganizationBreachResolver,
  GoverningBodyResolver,
  BodySeatResolver,
  PolicyDocumentResolver,
  AllianceDirectoryResolver,
  MotionResolver,
  VoteResolver,
  GoverningBodyMotionsResolver,
  IpAssetResolver,
  IpOwnerResolver,
  IpLicenseResolver,
  ProjectIpAssetsResolver,
  BenefitPlanConsentResolver,
  IpOwnershipChangeResolver,
  ConsentApprovalResolver,
  IpOwnerShareResolver,
  IpAssetOwnershipChangesResolver,
  MilestoneResolver,
  OrganizationProjectsResolver,
  TaskResolver,
  WorkPackageResolver,
  PlannedEffortResolver,
  PlannedBudgetResolver,
  DeliverableResolver,
  ProjectWorkPlanResolver,
  TaskWorkPackageResolver,
  ReportingPeriodResolver,
  PeriodReportResolver,
  ProjectReportingResolver,
  TimeDeclarationResolver,
  PersonnelRateResolver,
  UserCostResolver,
  OrganizationCostResolver,
  TalentExchangeResolver,
  LiveResolver,
  AggregateResolver,
  AggregateKeyResolver,
  PilotReadinessResolver,
  AllianceActivityResolver,
  PilotApplicationResolver,
  AlliancePilotResolver,
  PilotOffenderResolver,
  BackgroundDeclarationResolver,
  AccessRequestResolver,
  AccessDecisionResolver,
  ProjectAccessRightsResolver,
  IpAssetAccessRequestsResolver,
];
