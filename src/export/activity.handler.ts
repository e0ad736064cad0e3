/**
 * `GET /export/alliance-activity.csv?allianceId=<id>&year=<year>`: the activity report as CSV,
 * one row per indicator (dimension, indicator key, label, value, source rows, weight, score),
 * exactly as `allianceActivity` answers it: same token, same rights, same errors (JSON with the
 * API's codes), and the collections' CSV conventions (UTF-8 with a byte order mark, a header
 * row, CRLF line ends). The report is small, so it is written in one piece.
 */
import type { Request, Response } from "express";
import { stringify } from "csv-stringify/sync";
import { AppError, ErrorCode, badInput, mapKnownError } from "../errors";
import { keyOf } from "../graphql/global-id";
import type { Context } from "../operation-context";
import { logger } from "../logger";
import { activityService, type AllianceActivityData } from "../services/activity.service";
import { sendError } from "./export.handler";

const ACTIVITY_CSV_HEADER = ["dimension", "indicator", "label", "value", "sourceRows", "weight", "score"];

/** The report's rows as the CSV lists them; decimals as the GraphQL `Decimal` scalar writes them. */
function activityRecords(report: AllianceActivityData): (string | number)[][] {
  return report.dimensions.flatMap((d) =>
    d.indicators.map((i) => [d.dimension, i.key, i.label, i.value.toFixed(2), i.sourceRows, i.weight.toFixed(2), i.score.toFixed(2)]),
  );
}

function queryParameter(req: Request, name: string): string {
  const value = req.query[name];
  if (typeof value !== "string" || value === "") throw badInput(name, `${name} must be given once`);
  return value;
}

export function activityExportHandler(contextOf: (req: Request) => Promise<Context>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const ctx = await contextOf(req);
      const allianceId = keyOf(queryParameter(req, "allianceId"), "Alliance", "allianceId");
      const year = queryParameter(req, "year");
      if (!/^\d{4}$/.test(year)) throw badInput("year", "year must be a four-digit year");
      const report = await activityService.report(ctx, allianceId, Number(year));
      const csv = stringify(activityRecords(report), {
        bom: true,
        header: true,
        columns: ACTIVITY_CSV_HEADER,
        record_delimiter: "windows",
      });
      res.status(200);
      res.setHeader("content-type", "text/csv; charset=utf-8");
      res.setHeader("content-disposition", `attachment; filename="alliance-activity-${year}.csv"`);
      res.setHeader("cache-control", "no-store");
      res.send(csv);
    } catch (error) {
      const known = mapKnownError(error);
      if (!known) logger.error("activity export failed", { error: (error as Error).stack });
      sendError(res, known ?? new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error"));
    }
  };
}
