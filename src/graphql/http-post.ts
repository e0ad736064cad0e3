/**
 * `POST /graphql` on node:http, in front of express: the body parsed by body-parser's JSON parser
 * (the one express.json is), the trusted-documents rewrite, then Apollo Server's
 * `executeHTTPGraphQLRequest`, and the answer written in one piece. Everything else (GET /graphql,
 * the IDE, exports, health, metrics) is served by express as before.
 *
 * Why: for a trivial operation, express's own work per request (its router, the request and response
 * prototypes it swaps in, `res.send`'s ETag) cost more than Apollo Server's whole pipeline; see
 * BENCHMARKS.md (S1). The answers are the same: the same parser, limits and error bodies, the same
 * Apollo request, the same headers and status.
 */
import type http from "node:http";
import bodyParser from "body-parser";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors";
import { logger } from "../logger";
import type { Context } from "../operation-context";
import type { TrustedDocuments } from "./trusted-documents";

/** A request body body-parser refused (or any other error before Apollo), as `{ status, type }`. */
type HttpError = Error & { status?: number; type?: string };

/** The JSON error body every transport error gets, express's routes and this one alike. */
export function sendHttpError(res: http.ServerResponse, error: HttpError, bodyLimitBytes: number): void {
  const status = error.status ?? 500;
  if (status >= 500) logger.error("http error", { error: error.stack });
  const message =
    error.type === "entity.too.large"
      ? `Request body exceeds ${bodyLimitBytes} bytes`
      : status >= 500
        ? "Internal server error"
        : "Bad request";
  sendJson(res, status, { errors: [{ message, extensions: { code: status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : "BAD_REQUEST" } }] });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(text));
  res.end(text);
}

/** Whether a request is `POST /graphql` (or `/graphql/`), with any query string. */
export function isGraphqlPost(req: http.IncomingMessage): boolean {
  if (req.method !== "POST" || !req.url) return false;
  const end = req.url.indexOf("?");
  const path = end < 0 ? req.url : req.url.slice(0, end);
  return path === "/graphql" || path === "/graphql/";
}

export interface GraphqlPostOptions {
  apollo: ApolloServer<Context>;
  bodyLimitBytes: number;
  trusted?: TrustedDocuments | false;
  context: (req: http.IncomingMessage) => Promise<Context>;
}

export function graphqlPost(options: GraphqlPostOptions): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const { apollo, bodyLimitBytes, trusted, context } = options;
  const json = bodyParser.json({ limit: bodyLimitBytes });
  const execute = async (req: http.IncomingMessage & { body?: unknown }, res: http.ServerResponse): Promise<void> => {
    let body = req.body;
    if (trusted) {
      const rewritten = trusted.rewriteBody(body);
      if (rewritten instanceof GraphQLError) return sendJson(res, 400, { errors: [rewritten.toJSON()] });
      body = rewritten;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: "POST", headers, search: query < 0 ? "" : url.slice(query), body },
      context: () => context(req),
    });
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === "complete") {
      res.setHeader("content-length", Buffer.byteLength(answer.body.string));
      res.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    json(req, res, (error?: HttpError) => {
      if (error) return sendHttpError(res, error, bodyLimitBytes);
      execute(req, res).catch((failure: HttpError) => {
        // A failure after an incremental answer began can only end the connection.
        if (res.headersSent) res.destroy(failure);
        else sendHttpError(res, failure, bodyLimitBytes);
      });
    });
  };
}
