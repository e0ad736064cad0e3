/**
 * `GET /export/<collection>.csv?filter=<json>`: the caller's visible rows of a collection as CSV,
 * with the same bearer token, the same filter input (validated against the same GraphQL input
 * type) and the same visibility predicate as the collection's connection.
 *
 * The rows stream from a server-side cursor through the CSV writer to the socket with
 * back-pressure, so memory stays bounded whatever the size of the export. Output: UTF-8 with a
 * byte order mark (spreadsheet programs then show Chinese names correctly), a header row,
 * RFC 4180 quoting and CRLF line ends. Errors before the first byte are JSON with the API's codes.
 */
import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Request, Response } from "express";
import { coerceInputValue, isInputType, type GraphQLSchema } from "graphql";
import { stringify } from "csv-stringify";
import { AppError, ErrorCode, badInput, mapKnownError, notFound } from "../errors";
import { SqlParams } from "../db/sql";
import { clockOf, requireAccess, type Context } from "../operation-context";
import { toGlobalId } from "../graphql/global-id";
import { todayOf } from "../clock";
import { logger } from "../logger";
import { cleanInput } from "../validation/text";
import { measureFilter } from "../collections/filter";
import { exportSource, type Column } from "./collections";
import { inert } from "./formula";
import { Slots } from "../db/slots";
import type { ExportLimits } from "../config";
/** How often an export checks that its client is still reading. */
const IDLE_CHECKS_PER_TIMEOUT = 4;

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.TIMEOUT]: 503,
};

/** An error before the first byte: JSON with the API's code, and the HTTP status that goes with it. */
export function sendError(res: Response, error: AppError): void {
  res.removeHeader("content-disposition");
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.status(STATUS[error.code] ?? 500).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

/** The `filter` query parameter, parsed and coerced exactly as GraphQL coerces the connection's argument. */
function parseFilter(raw: unknown, schema: GraphQLSchema, typeName: string): Record<string, unknown> | undefined {
  if (raw === undefined || raw === "") return undefined;
  if (typeof raw !== "string") throw badInput("filter", "filter must be given once, as JSON");
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badInput("filter", "filter is not valid JSON");
  }
  // The same bounds as the connection's argument, checked before coercion recurses into the value.
  measureFilter(value);
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`no input type ${typeName}`);
  let problem: AppError | undefined;
  const coerced = coerceInputValue(value, type, (path, _invalid, error) => {
    // An unknown field is reported at its parent's path; name the field itself.
    const unknown = /^Field "([^"]+)" is not defined by type/.exec(error.message)?.[1];
    const field = ["filter", ...path, ...(unknown ? [unknown] : [])].join(".").replace(/\.(\d+)(?=\.|$)/g, "[$1]");
    problem ??= badInput(field, `${field}: ${error.message}`);
  });
  if (problem) throw problem;
  return cleanInput(coerced ?? undefined, type, "filter", "check") as Record<string, unknown> | undefined;
}

/** A text cell's value: strings as they are, anything else (numbers, JSON) as JSON. */
const asText = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));

function cell(column: Column, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case "id":
      return column.idType ? toGlobalId(column.idType, asText(value)) : Buffer.from(asText(value), "utf8").toString("base64url");
    case "datetime":
      return (value as Date).toISOString();
    case "boolean":
      return value ? "true" : "false";
    case "json":
      return inert(JSON.stringify(value));
    case "int":
      return Number(value);
    case "decimal":
      return asText(value);
    default:
      return inert(asText(value));
  }
}

/**
 * Ends the export when its client stops reading for `idleTimeoutMs` (the response waits for a
 * drain and the socket has taken no byte since) or when it has run `maxDurationMs`; `abort`
 * destroys the response, which ends the pipeline and so releases the transaction. Returns the
 * function that stops watching.
 */
function watchClient(res: Response, limits: ExportLimits, abort: (why: string) => void): () => void {
  const started = Date.now();
  let lastProgress = started;
  let lastBytes = res.socket?.bytesWritten ?? 0;
  const timer = setInterval(
    () => {
      const now = Date.now();
      const bytes = res.socket?.bytesWritten ?? 0;
      if (bytes !== lastBytes || !res.writableNeedDrain) {
        lastBytes = bytes;
        lastProgress = now;
      }
      if (now - started >= limits.maxDurationMs) abort(`ran longer than ${limits.maxDurationMs} ms`);
      else if (now - lastProgress >= limits.idleTimeoutMs) abort(`client read nothing for ${limits.idleTimeoutMs} ms`);
    },
    Math.max(25, Math.min(limits.idleTimeoutMs, limits.maxDurationMs) / IDLE_CHECKS_PER_TIMEOUT),
  );
  return () => clearInterval(timer);
}

/**
 * The response as the last stage of the export's pipeline, written to but not ended (the handler
 * ends it once the export's slot is free). A response closed early, by the client or by
 * `watchClient`, fails the pipeline as a premature close.
 */
function intoResponse(res: Response): Writable {
  const prematureClose = () => Object.assign(new Error("Premature close"), { code: "ERR_STREAM_PREMATURE_CLOSE" });
  const body = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (res.destroyed) return done(prematureClose());
      if (res.write(chunk)) done();
      else res.once("drain", () => done());
    },
  });
  res.once("close", () => {
    if (!res.writableEnded) body.destroy(prematureClose());
  });
  return body;
}

/**
 * `contextOf` builds the request's context, as for GraphQL over HTTP (same token, same errors).
 * Exports take a slot of `limits` per organization and in all (429 when none is free).
 */
export function exportHandler(schema: GraphQLSchema, contextOf: (req: Request) => Promise<Context>, limits: ExportLimits) {
  const slots = new Slots(limits.slots, limits.slotsPerOrganization);
  return async (req: Request, res: Response): Promise<void> => {
    const name = String(req.params.collection);
    const collection = exportSource(name);
    let release: (() => Promise<void>) | undefined;
    let stopWatching: (() => void) | undefined;
    try {
      if (!collection) throw notFound(`Collection ${name}`, "collection");
      const ctx = await contextOf(req);
      const access = requireAccess(ctx);
      const filter = parseFilter(req.query.filter, schema, collection.filterType);
      const today = todayOf(clockOf(ctx));
      const params = new SqlParams();
      const env = { params, today, access };
      const where = collection.where(access, filter, env);
      const columns = collection.columns(env);
      const sql = `SELECT ${columns.map((c, i) => `${c.sql} AS "c${i}"`).join(", ")}
                     FROM ${collection.from}
                    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
                    ORDER BY ${collection.orderBy(env)}`;
      const viewer = access.viewer;
      const slot = slots.tryTake(viewer.organizationId ? `org:${viewer.organizationId}` : `user:${viewer.userId}`);
      if (!slot) {
        throw new AppError(ErrorCode.RATE_LIMITED, "Your organization's exports (or all exports) are busy; retry when one has finished");
      }
      const runner = ctx.analyticsDb.createQueryRunner();
      release = async () => {
        try {
          if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
          await runner.release();
        } finally {
          slot();
        }
      };
      await runner.startTransaction("REPEATABLE READ");
      // The transaction ends with the export, which watchClient bounds; these bound it on the server's side too.
      await runner.query(`SET LOCAL statement_timeout = ${limits.maxDurationMs}`);
      await runner.query(`SET LOCAL idle_in_transaction_session_timeout = ${limits.maxDurationMs}`);
      const [text, values] = ctx.analyticsDb.driver.escapeQueryWithParameters(sql, params.values);
      const rows = await runner.stream(text, values);

      res.status(200);
      res.setHeader("content-type", "text/csv; charset=utf-8");
      res.setHeader("content-disposition", `attachment; filename="${name}.csv"`);
      res.setHeader("cache-control", "no-store");
      const toRecord = new Transform({
        objectMode: true,
        transform(row: Record<string, unknown>, _encoding, done) {
          done(
            null,
            columns.map((c, i) => cell(c, row[`c${i}`])),
          );
        },
      });
      const csv = stringify({
        bom: true,
        header: true,
        columns: columns.map((c) => c.header),
        record_delimiter: "windows",
        quoted_match: /[\r\n]/,
      });
      stopWatching = watchClient(res, limits, (why) => {
        logger.warn("export aborted", { collection: name, why });
        res.destroy();
      });
      await pipeline(rows, toRecord, csv, intoResponse(res));
      // The transaction and the slot end before the last byte leaves: a client that has the whole
      // file may start its next export at once.
      await release();
      release = undefined;
      res.end();
    } catch (error) {
      if (!res.headersSent) {
        const known = mapKnownError(error);
        if (!known) logger.error("export failed", { error: (error as Error).stack });
        sendError(res, known ?? new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error"));
      } else {
        // Mid-stream: the client sees a truncated download, never a partial file passed off as whole.
        if (!(error as { code?: string }).code?.startsWith("ERR_STREAM_PREMATURE_CLOSE")) {
          logger.error("export interrupted", { error: (error as Error).message });
        }
        res.destroy();
      }
    } finally {
      stopWatching?.();
      await release?.();
    }
  };
}
