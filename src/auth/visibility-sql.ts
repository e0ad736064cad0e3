/**
 * The rules of ./visibility.ts put to use, each still written once:
 * - `visibleXSql(access, alias, params)`: the WHERE predicate of lists, counts, aggregates and
 *   exports, for one viewer whose organization and user are bound parameters;
 * - `BY_ID`: the row and rule behind each by-id check (`Access.visible`, `Access.sees`), which
 *   RightsFacts asks of many rows and many viewers in the statement that reads the rows.
 */
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { AccessDecision } from "../../entities/access-decision.entity";
import { AccessRequest } from "../../entities/access-request.entity";
import { Agreement } from "../../entities/agreement.entity";
import { Alliance } from "../../entities/alliance.entity";
import { AuditEntry } from "../../entities/audit-entry.entity";
import { BackgroundDeclaration } from "../../entities/background-declaration.entity";
import { BenefitPlan } from "../../entities/benefit-plan.entity";
import { BenefitShare } from "../../entities/benefit-share.entity";
import { Deliverable } from "../../entities/deliverable.entity";
import { Distribution } from "../../entities/distribution.entity";
import { Expense } from "../../entities/expense.entity";
import { FundingSource } from "../../entities/funding-source.entity";
import { IpAsset } from "../../entities/ip-asset.entity";
import { IpOwner } from "../../entities/ip-owner.entity";
import { IpOwnershipChange } from "../../entities/ip-ownership-change.entity";
import { Membership } from "../../entities/membership.entity";
import { Milestone } from "../../entities/milestone.entity";
import { Motion } from "../../entities/motion.entity";
import { PeriodReport } from "../../entities/period-report.entity";
import { PersonnelRate } from "../../entities/personnel-rate.entity";
import { PilotApplication } from "../../entities/pilot-application.entity";
import { ProjectParticipant } from "../../entities/project-participant.entity";
import { Project } from "../../entities/project.entity";
import { ReportingPeriod } from "../../entities/reporting-period.entity";
import { RevenueEvent } from "../../entities/revenue-event.entity";
import { SharedFacility } from "../../entities/shared-facility.entity";
import { TalentExchange } from "../../entities/talent-exchange.entity";
import { Task } from "../../entities/task.entity";
import { User } from "../../entities/user.entity";
import { TimeDeclaration } from "../../entities/time-declaration.entity";
import { WorkPackage } from "../../entities/work-package.entity";
import { GoverningBody } from "../../entities/governing-body.entity";
import type { SqlParams } from "../db/sql";
import { tableOf } from "../db/naming-strategy";
import type { Viewer } from "./viewer";
import * as rules from "./visibility";
import type { Asker, Rule } from "./visibility";

/** What a rule needs of the viewer's rights (an `Access` is one). */
interface Access {
  readonly isAdmin: boolean;
  readonly viewer: Pick<Viewer, "organizationId" | "userId">;
}

function askerOf(access: Access, params: SqlParams): Asker {
  return {
    org: params.add(access.viewer.organizationId),
    user: params.add(access.viewer.userId),
    alias: () => params.alias(),
  };
}

/** `rule` for `access`'s viewer over `target` (a row alias, or an id expression where the rule says so). */
function forViewer(rule: Rule) {
  return (access: Access, target: string, params: SqlParams): string => (access.isAdmin ? "TRUE" : rule(askerOf(access, params), target));
}

// `target` is the row's alias unless the name says otherwise (`…IdSql`).
export const directorySql: (access: Access, allianceIdSql: string, params: SqlParams) => string = forViewer(rules.directory);
export const visibleAllianceSql: (access: Access, allianceIdSql: string, params: SqlParams) => string = forViewer(rules.alliance);
export const visibleMembershipSql = forViewer(rules.membership);
export const visibleUserSql = forViewer(rules.user);
export const visibleFacilitySql = forViewer(rules.facility);
export const visibleAuditSql = forViewer(rules.auditEntry);
export const visibleProjectSql = forViewer(rules.project);
export const visibleProjectChildSql: (access: Access, projectIdSql: string, params: SqlParams) => string = forViewer(rules.projectChild);
export const visibleProjectWorkSql: (access: Access, projectIdSql: string, params: SqlParams) => string = forViewer(rules.projectWork);
export const visibleProjectFinanceSql: (access: Access, projectIdSql: string, params: SqlParams) => string = forViewer(
  rules.projectFinance,
);
export const visibleTalentExchangeSql = forViewer(rules.talentExchange);
export const visibleAgreementSql = forViewer(rules.agreement);
export const visibleIpAssetSql = forViewer(rules.ipAsset);
export const visibleIpLicenseSql = forViewer(rules.ipLicense);
export const visibleBenefitPlanSql = forViewer(rules.benefitPlan);
export const visibleDistributionSql = forViewer(rules.distribution);
export const visibleRevenueEventSql = forViewer(rules.revenueEvent);
export const visibleIpOwnershipChangeSql = forViewer(rules.ipOwnershipChange);
export const visibleBackgroundDeclarationSql = forViewer(rules.backgroundDeclaration);
export const visibleAccessRequestSql = forViewer(rules.accessRequest);
export const visibleMotionSql = forViewer(rules.motion);
export const visibleDeliverableSql = forViewer(rules.deliverable);
export const visiblePersonnelRateSql = forViewer(rules.personnelRate);
export const visibleReportingPeriodSql = forViewer(rules.reportingPeriod);

/** `rule` over a row's column rather than the row (an alliance's, a project's, an asset's id). */
const via =
  (rule: Rule, column: string): Rule =>
  (v, row) =>
    rule(v, `${row}.${column}`);

/**
 * What a by-id check can ask: a row of `entity` (by its `id`) and the rule it must pass. Most are
 * a row's visibility; `directory`, `wholeAlliance`, `projectWork`, `projectFinance` and `ipRights`
 * ask a right over an alliance, a project or an asset, by its id.
 */
export const BY_ID = {
  alliance: { entity: Alliance, rule: via(rules.alliance, "id") },
  directory: { entity: Alliance, rule: via(rules.directory, "id") },
  governingBody: { entity: GoverningBody, rule: via(rules.directory, "alliance_id") },
  wholeAlliance: { entity: Alliance, rule: via(rules.readsWholeAlliance, "id") },
  membership: { entity: Membership, rule: rules.membership },
  user: { entity: User, rule: rules.user },
  facility: { entity: SharedFacility, rule: rules.facility },
  auditEntry: { entity: AuditEntry, rule: rules.auditEntry },
  pilotApplication: { entity: PilotApplication, rule: rules.pilotApplication },
  project: { entity: Project, rule: rules.project },
  projectWork: { entity: Project, rule: via(rules.projectWork, "id") },
  projectFinance: { entity: Project, rule: via(rules.projectFinance, "id") },
  participant: { entity: ProjectParticipant, rule: via(rules.projectChild, "project_id") },
  milestone: { entity: Milestone, rule: via(rules.projectChild, "project_id") },
  task: { entity: Task, rule: via(rules.projectWork, "project_id") },
  fundingSource: { entity: FundingSource, rule: via(rules.projectChild, "project_id") },
  expense: { entity: Expense, rule: via(rules.projectChild, "project_id") },
  workPackage: { entity: WorkPackage, rule: via(rules.projectChild, "project_id") },
  deliverable: { entity: Deliverable, rule: rules.deliverable },
  timeDeclaration: { entity: TimeDeclaration, rule: via(rules.projectFinance, "project_id") },
  personnelRate: { entity: PersonnelRate, rule: rules.personnelRate },
  reportingPeriod: { entity: ReportingPeriod, rule: rules.reportingPeriod },
  periodReport: { entity: PeriodReport, rule: rules.reportingPeriod },
  talentExchange: { entity: TalentExchange, rule: rules.talentExchange },
  agreement: { entity: Agreement, rule: rules.agreement },
  ipAsset: { entity: IpAsset, rule: rules.ipAsset },
  ipRights: { entity: IpAsset, rule: via(rules.ipRights, "id") },
  ipOwner: { entity: IpOwner, rule: rules.ipOwner },
  benefitPlan: { entity: BenefitPlan, rule: rules.benefitPlan },
  benefitShare: { entity: BenefitShare, rule: rules.benefitShare },
  distribution: { entity: Distribution, rule: rules.distribution },
  revenueEvent: { entity: RevenueEvent, rule: rules.revenueEvent },
  ipOwnershipChange: { entity: IpOwnershipChange, rule: rules.ipOwnershipChange },
  backgroundDeclaration: { entity: BackgroundDeclaration, rule: rules.backgroundDeclaration },
  accessRequest: { entity: AccessRequest, rule: rules.accessRequest },
  accessDecision: { entity: AccessDecision, rule: rules.accessDecision },
  motion: { entity: Motion, rule: rules.motion },
} satisfies Record<string, { entity: EntityTarget<ObjectLiteral & { id: string }>; rule: Rule }>;

export type Visible = keyof typeof BY_ID;

/** The row type a check of `rule` reads. */
export type RowOf<R extends Visible> = InstanceType<(typeof BY_ID)[R]["entity"]>;

/**
 * The rule a reference to a row of each GraphQL type passes (its row's own visibility), or `null`
 * for types every signed-in viewer may read (the organization registry). A collection field that
 * holds the id of a type missing here fails at start (src/collections/collection.ts).
 */
const REFERENCE_RULES: Readonly<Record<string, Visible | null>> = {
  AccessDecision: "accessDecision",
  AccessRequest: "accessRequest",
  Agreement: "agreement",
  Alliance: "alliance",
  AuditEntry: "auditEntry",
  BackgroundDeclaration: "backgroundDeclaration",
  BenefitPlan: "benefitPlan",
  BenefitShare: "benefitShare",
  Deliverable: "deliverable",
  Distribution: "distribution",
  Expense: "expense",
  FundingSource: "fundingSource",
  GoverningBody: "governingBody",
  IpAsset: "ipAsset",
  IpOwner: "ipOwner",
  IpOwnershipChange: "ipOwnershipChange",
  Membership: "membership",
  Milestone: "milestone",
  Motion: "motion",
  Organization: null,
  PeriodReport: "periodReport",
  PersonnelRate: "personnelRate",
  PilotApplication: "pilotApplication",
  Project: "project",
  ProjectParticipant: "participant",
  ReportingPeriod: "reportingPeriod",
  RevenueEvent: "revenueEvent",
  SharedFacility: "facility",
  TalentExchange: "talentExchange",
  Task: "task",
  TimeDeclaration: "timeDeclaration",
  User: "user",
  WorkPackage: "workPackage",
};

/** Whether references to rows of `type` can be checked (see `visibleReferenceSql`). */
export function isReferenceType(type: string): boolean {
  return type in REFERENCE_RULES;
}

/**
 * Whether the row of `type` whose id is `idSql` exists and `access`'s viewer may see it, as an SQL
 * predicate; "TRUE" when every viewer may. Lists, filters, group keys and exports show a reference
 * only under this predicate, so a row the viewer may not see reads as null everywhere, exactly as
 * its field does.
 */
export function visibleReferenceSql(access: Access, type: string, idSql: string, params: SqlParams): string {
  const rule = REFERENCE_RULES[type];
  if (rule === undefined) throw new Error(`no visibility rule for references to ${type}`);
  if (rule === null || access.isAdmin) return "TRUE";
  const { entity, rule: predicate } = BY_ID[rule];
  const r = params.alias();
  return `EXISTS (SELECT 1 FROM ${tableOf(entity)} ${r} WHERE ${r}.id = ${idSql} AND ${predicate(askerOf(access, params), r)})`;
}
