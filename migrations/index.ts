/** Every migration, oldest first. Generated with `npm run db:generate -- <name>`, reviewed, never renamed. */
import type { MigrationInterface } from "typeorm";
import { Foundation1795832229026 } from "./1795832229026-foundation";
import { ProjectsAndIpAssets1795832367211 } from "./1795832367211-projects-and-ip-assets";
import { FundsBenefitsFacilities1795832815699 } from "./1795832815699-funds-benefits-facilities";
import { ProjectsTasksTalentEvents1795832889498 } from "./1795832889498-projects-tasks-talent-events";
import { AgreementsGovernanceIpRights1795833264279 } from "./1795833264279-agreements-governance-ip-rights";
import { PilotApplications1795835397355 } from "./1795835397355-pilot-applications";
import { OpenedVersionsCarryTheirHash1795839186889 } from "./1795839186889-opened-versions-carry-their-hash";
import { Consent1796609080758 } from "./1796609080758-consent";
import { AccessRights1796609083739 } from "./1796609083739-access-rights";
import { MotionsAndRemedyPeriods1796609293829 } from "./1796609293829-motions-and-remedy-periods";
import { WorkPlanEffortCosts1796609383268 } from "./1796609383268-work-plan-effort-costs";
import { GovernmentSupervisor1796619650102 } from "./1796619650102-government-supervisor";
import { ReportingPeriods1796619698211 } from "./1796619698211-reporting-periods";

export const migrations: (new () => MigrationInterface)[] = [
  Foundation1795832229026,
  ProjectsAndIpAssets1795832367211,
  FundsBenefitsFacilities1795832815699,
  ProjectsTasksTalentEvents1795832889498,
  AgreementsGovernanceIpRights1795833264279,
  PilotApplications1795835397355,
  OpenedVersionsCarryTheirHash1795839186889,
  Consent1796609080758,
  AccessRights1796609083739,
  MotionsAndRemedyPeriods1796609293829,
  WorkPlanEffortCosts1796609383268,
  GovernmentSupervisor1796619650102,
  ReportingPeriods1796619698211,
];
