/**
 * Loaders of the work plan, effort and personnel rates (one fresh set per request, like the rest).
 * Visibility is checked by the services, except where a scope restricts rows to the viewer's.
 */
import { Deliverable } from "../../entities/deliverable.entity";
import { PeriodReport } from "../../entities/period-report.entity";
import { PersonnelRate } from "../../entities/personnel-rate.entity";
import { PlannedBudget } from "../../entities/planned-budget.entity";
import { PlannedEffort } from "../../entities/planned-effort.entity";
import { ReportingPeriod } from "../../entities/reporting-period.entity";
import { TimeDeclaration } from "../../entities/time-declaration.entity";
import { WorkPackage } from "../../entities/work-package.entity";
import { visibleDeliverableSql, visiblePersonnelRateSql } from "../auth/permissions";
import { byIdLoader, childrenLoader } from "./by-id.loader";
import type { LoaderDeps } from "./lazy";

/** Made on first read (see ./lazy.ts). */
export const workPlanLoaders = {
  workPackage: ({ db }: LoaderDeps) => byIdLoader(db, WorkPackage),
  workPackagesByProject: ({ db }: LoaderDeps) => childrenLoader(db, WorkPackage, "projectId", { orderBy: "number" }),
  plannedEffortByWorkPackage: ({ db }: LoaderDeps) => childrenLoader(db, PlannedEffort, "workPackageId", { orderBy: "organizationId" }),
  plannedBudgetByWorkPackage: ({ db }: LoaderDeps) => childrenLoader(db, PlannedBudget, "workPackageId", { orderBy: "organizationId" }),
  deliverable: ({ db }: LoaderDeps) => byIdLoader(db, Deliverable),
  /** The deliverables of a work package that the viewer may see (CONFIDENTIAL ones are not everyone's). */
  visibleDeliverablesByWorkPackage: ({ db, access }: LoaderDeps) =>
    childrenLoader(db, Deliverable, "workPackageId", {
      scope: access ? (alias, params) => visibleDeliverableSql(access, alias, params) : () => "FALSE",
      orderBy: "number",
    }),
  reportingPeriod: ({ db }: LoaderDeps) => byIdLoader(db, ReportingPeriod),
  reportingPeriodsByProject: ({ db }: LoaderDeps) => childrenLoader(db, ReportingPeriod, "projectId", { orderBy: "number" }),
  periodReport: ({ db }: LoaderDeps) => byIdLoader(db, PeriodReport),
  /** A period's reports, oldest version first. */
  reportsByPeriod: ({ db }: LoaderDeps) => childrenLoader(db, PeriodReport, "periodId", { orderBy: "version" }),
  timeDeclaration: ({ db }: LoaderDeps) => byIdLoader(db, TimeDeclaration),
  personnelRate: ({ db }: LoaderDeps) => byIdLoader(db, PersonnelRate),
  /** A person's rates that the viewer may see (their organization, the secretariat). */
  visibleRatesByUser: ({ db, access }: LoaderDeps) =>
    childrenLoader(db, PersonnelRate, "userId", {
      scope: access ? (alias, params) => visiblePersonnelRateSql(access, alias, params) : () => "FALSE",
      orderBy: "validFrom",
    }),
};
