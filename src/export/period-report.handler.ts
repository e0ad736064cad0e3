/**
 * `GET /export/period-reports/<reportId>.csv` and `.pdf`: one stored version of a period report
 * (Art. 8.4), rendered from its frozen snapshot with its seal (SHA-256 and version), never
 * recomputed. Same bearer token and rights as `node(id)` of the report: a report the viewer may
 * not see is 404 like one that does not exist; errors are JSON with the API's codes.
 */
import type { Request, Response } from "express";
import { AppError, ErrorCode, mapKnownError } from "../errors";
import { keyOf } from "../graphql/global-id";
import { logger } from "../logger";
import type { Context } from "../operation-context";
import { periodReportCsv } from "../reports/period-report-csv";
import { periodReportPdf } from "../reports/period-report-pdf";
import type { PeriodReportSnapshot } from "../reports/period-report";
import { reportingPeriodService } from "../services/reporting-period.service";
import { sendError } from "./export.handler";

const TYPES = { csv: "text/csv; charset=utf-8", pdf: "application/pdf" } as const;

export function periodReportHandler(contextOf: (req: Request) => Promise<Context>, format: keyof typeof TYPES) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const ctx = await contextOf(req);
      const report = await reportingPeriodService.getReport(
        ctx,
        keyOf(String(req.params.reportId), "PeriodReport", "reportId"),
        "reportId",
      );
      const snapshot = report.snapshot as unknown as PeriodReportSnapshot;
      const seal = { sha256: report.sha256, version: report.version };
      const body = format === "csv" ? periodReportCsv(snapshot, seal) : await periodReportPdf(snapshot, seal);
      const name = `${snapshot.project.code}-period-${snapshot.period.number}-v${report.version}`.replace(/[^A-Za-z0-9._-]/g, "_");
      res.status(200);
      res.setHeader("content-type", TYPES[format]);
      res.setHeader("content-disposition", `attachment; filename="${name}.${format}"`);
      res.setHeader("cache-control", "no-store");
      res.send(body);
    } catch (error) {
      const known = mapKnownError(error);
      if (!known) logger.error("period report download failed", { error: (error as Error).stack });
      sendError(res, known ?? new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error"));
    }
  };
}
