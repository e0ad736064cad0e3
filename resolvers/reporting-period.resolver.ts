import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { PeriodReport } from "../entities/period-report.entity";
import { Project } from "../entities/project.entity";
import { ReportingPeriod } from "../entities/reporting-period.entity";
import { User } from "../entities/user.entity";
import type { Context } from "../src/operation-context";
import { PageArgs } from "../src/graphql/connection";
import { Decimal } from "../src/graphql/decimal";
import { keyOf, withKeys } from "../src/graphql/global-id";
import type { PeriodReportSnapshot } from "../src/reports/period-report";
import { projectService } from "../src/services/project.service";
import { reportingPeriodService } from "../src/services/reporting-period.service";
import {
  ApprovePeriodReportInput,
  CreateReportingPeriodInput,
  SubmitPeriodReportInput,
  ReopenPeriodInput,
  ReportingPeriodFilter,
  ReportingPeriodOrder,
} from "./inputs/work-plan.input";
import { PeriodReportTotals, ReportingPeriodConnection } from "./types/work-plan.types";

const ORDER = "Sort keys, first one first.";

@Authorized()
@Resolver(() => ReportingPeriod)
export class ReportingPeriodResolver {
  @Query(() => ReportingPeriod, { nullable: true, description: "NOT_FOUND (and null) if it does not exist or you may not see it." })
  reportingPeriod(
    @Ctx() ctx: Context,
    @Arg("id", () => ID, { description: "The reporting period's global id." }) id: string,
  ): Promise<ReportingPeriod> {
    return reportingPeriodService.get(ctx, keyOf(id, "ReportingPeriod", "id"));
  }

  @Query(() => ReportingPeriodConnection, { description: "Reporting periods of the projects you may see." })
  async reportingPeriods(
    @Ctx() ctx: Context,
    @Args() page: PageArgs,
    @Arg("filter", () => ReportingPeriodFilter, { nullable: true, description: "Conditions on the periods." })
    filter?: ReportingPeriodFilter,
    @Arg("orderBy", () => [ReportingPeriodOrder], { nullable: true, description: ORDER })
    orderBy?: InstanceType<typeof ReportingPeriodOrder>[],
  ): Promise<ReportingPeriodConnection> {
    return new ReportingPeriodConnection(await reportingPeriodService.list(ctx, { ...page, filter, orderBy }));
  }

  @Mutation(() => ReportingPeriod, {
    description: "Add the project's next reporting period (its lead ORG_ADMIN or the secretariat); periods never overlap.",
  })
  createReportingPeriod(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The period's months." }) input: CreateReportingPeriodInput,
  ): Promise<ReportingPeriod> {
    return reportingPeriodService.create(ctx, withKeys(input, { projectId: "Project" }));
  }

  @Mutation(() => ReportingPeriod, {
    description:
      "Submit the period's report once its last day has passed (an ORG_ADMIN of the lead organization): compiled and frozen as the next version; locks the period.",
  })
  submitPeriodReport(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The period." }) input: SubmitPeriodReportInput,
  ): Promise<ReportingPeriod> {
    return reportingPeriodService.submit(ctx, withKeys(input, { periodId: "ReportingPeriod" }));
  }

  @Mutation(() => ReportingPeriod, { description: "Approve a submitted period report (the secretariat)." })
  approvePeriodReport(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The period." }) input: ApprovePeriodReportInput,
  ): Promise<ReportingPeriod> {
    return reportingPeriodService.approve(ctx, withKeys(input, { periodId: "ReportingPeriod" }));
  }

  @Mutation(() => ReportingPeriod, {
    description: "Reopen a submitted or approved period (the secretariat), unlocking it; the next submission is a new version.",
  })
  reopenPeriod(
    @Ctx() ctx: Context,
    @Arg("input", { description: "The period and the reason." }) input: ReopenPeriodInput,
  ): Promise<ReportingPeriod> {
    return reportingPeriodService.reopen(ctx, withKeys(input, { periodId: "ReportingPeriod" }));
  }

  @FieldResolver(() => Project, { description: "The project." })
  project(@Ctx() ctx: Context, @Root() period: ReportingPeriod): Promise<Project> {
    return projectService.get(ctx, period.projectId);
  }

  @FieldResolver(() => [PeriodReport], { description: "Every submitted version of its report, newest first." })
  reports(@Ctx() ctx: Context, @Root() period: ReportingPeriod): Promise<PeriodReport[]> {
    return reportingPeriodService.reportsOf(ctx, period);
  }

  @FieldResolver(() => PeriodReport, { nullable: true, description: "The latest version of its report; null before the first submission." })
  currentReport(@Ctx() ctx: Context, @Root() period: ReportingPeriod): Promise<PeriodReport | null> {
    return reportingPeriodService.currentReport(ctx, period);
  }
}

@Authorized()
@Resolver(() => PeriodReport)
export class PeriodReportResolver {
  @FieldResolver(() => ReportingPeriod, { description: "The period reported on." })
  period(@Ctx() ctx: Context, @Root() report: PeriodReport): Promise<ReportingPeriod> {
    return reportingPeriodService.get(ctx, report.periodId);
  }

  @FieldResolver(() => User, { nullable: true, description: "Who submitted it; null if you may not see them." })
  async submittedBy(@Ctx() ctx: Context, @Root() report: PeriodReport): Promise<User | null> {
    return report.submittedById ? ((await ctx.loaders.user.load(report.submittedById)) ?? null) : null;
  }

  @FieldResolver(() => PeriodReportTotals, { description: "The project's totals as frozen in the snapshot." })
  totals(@Root() report: PeriodReport): PeriodReportTotals {
    const { totals } = report.snapshot as unknown as PeriodReportSnapshot;
    return {
      direct: new Decimal(totals.direct),
      indirect: new Decimal(totals.indirect),
      total: new Decimal(totals.total),
      personMonths: totals.personMonths,
    };
  }
}

@Authorized()
@Resolver(() => Project)
export class ProjectReportingResolver {
  @FieldResolver(() => ReportingPeriodConnection, { description: "Its reporting periods, by number." })
  async reportingPeriods(
    @Ctx() ctx: Context,
    @Root() project: Project,
    @Args() page: PageArgs,
    @Arg("filter", () => ReportingPeriodFilter, { nullable: true, description: "Only the rows matching these conditions." })
    filter?: ReportingPeriodFilter,
    @Arg("orderBy", () => [ReportingPeriodOrder], { nullable: true, description: ORDER })
    orderBy?: InstanceType<typeof ReportingPeriodOrder>[],
  ): Promise<ReportingPeriodConnection> {
    return new ReportingPeriodConnection(await reportingPeriodService.listByProject(ctx, project.id, { ...page, filter, orderBy }));
  }
}
