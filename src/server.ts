/**
 * HTTP and WebSocket wiring: Apollo Server on express 5 at `/graphql`, graphql-ws on the same
 * path and port, health and metrics endpoints. Both transports go through the same operation guard.
 */
import http from "node:http";
import { randomUUID, timingSafeEqual } from "node:crypto";
import type { AddressInfo } from "node:net";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { WebSocketServer, type WebSocket } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Config } from "./config";
import { authenticate, contextFor, createContext } from "./context";
import type { AppDeps, Context } from "./operation-context";
import { AppError, ErrorCode, formatError, unauthenticated } from "./errors";
import { bearerToken, tokenExpiresAt } from "./auth/tokens";
import type { Viewer } from "./auth/viewer";
import { logger } from "./logger";
import { metrics, registry } from "./metrics";
import { compiledExecution } from "./graphql/compiled-execution";
import { OperationGuard } from "./graphql/limits";
import { budgetKey, operationPlugin } from "./graphql/operation-plugin";
import { sendingTo, sharedSubscribe } from "./graphql/shared-subscribe";
import { TrustedDocuments } from "./graphql/trusted-documents";
import { graphqlPost, isGraphqlPost, sendHttpError } from "./graphql/http-post";
import { exportHandler } from "./export/export.handler";
import { activityExportHandler } from "./export/activity.handler";
import { periodReportHandler } from "./export/period-report.handler";
import { IDE_ASSETS_PATH, ideAssets, idePage, type IdeLogin } from "./graphql/ide";

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  /** Stops accepting, finishes in-flight requests, closes WebSockets with 1001. */
  close(): Promise<void>;
}

type SocketState = {
  viewer?: Viewer | null;
  operations?: number;
  /** When the connection's token expires (epoch ms); anonymous connections have none. */
  expiresAt?: number;
  /** Names the connection for limits per connection (replays). */
  connectionId?: string;
  /** The client's address (`clientAddress`), read from the upgrade request at connection. */
  remoteAddress?: string;
};

/** graphql-ws's close code for a refused authentication; also what an expired session ends with. */
const CLOSE_FORBIDDEN = 4403;
const EXPIRED = "Token expired; reconnect with a new token";
/** setTimeout's longest delay; longer sessions re-arm. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Ends a WebSocket session when its token expires: the socket closes with 4403, which ends every
 * subscription on it; the timer goes with the socket.
 */
function closeAtExpiry(socket: WebSocket, expiresAt: number): void {
  let timer: NodeJS.Timeout;
  const arm = () => {
    const left = expiresAt - Date.now();
    if (left <= 0) socket.close(CLOSE_FORBIDDEN, EXPIRED);
    else timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS)).unref();
  };
  arm();
  socket.once("close", () => clearTimeout(timer));
}

async function databaseAnswers(deps: AppDeps): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      deps.db.query("SELECT 1"),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), 2000))),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** A result sent over graphql-ws: its errors masked as over HTTP, without HTTP-only extensions. */
function wsResult(result: ExecutionResult): ExecutionResult {
  return result.errors?.length ? { ...result, errors: wsErrors(result.errors) } : result;
}

/** Errors sent over graphql-ws: the same masking as HTTP, without HTTP-only extensions. */
function wsErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => {
    const formatted = formatError(error.toJSON(), error);
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return new GraphQLError(formatted.message, { extensions });
  });
}

/** A client's x-request-id when it is a plain token of at most 100 characters, else a new one. */
function requestIdOf(req: http.IncomingMessage): string {
  const header = req.headers["x-request-id"];
  return typeof header === "string" && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
}

const isLoopback = (address: string) => /^(::ffff:)?127\.|^::1$/.test(address);

/**
 * A client's address (HTTP and WebSocket alike; the one rule, express's `req.ip` is not used), as
 * express computes `req.ip` with `trust proxy: loopback`: behind a proxy on this host, the nearest
 * address in X-Forwarded-For that is not a loopback one.
 */
function clientAddress(request: http.IncomingMessage): string | undefined {
  const socket = request.socket.remoteAddress;
  const forwarded = request.headers["x-forwarded-for"];
  if (!socket || !isLoopback(socket) || typeof forwarded !== "string") return socket;
  const hops = forwarded.split(",").map((hop) => hop.trim());
  return hops.reverse().find((hop) => hop && !isLoopback(hop)) ?? socket;
}

/**
 * `GET /metrics`: with METRICS_TOKEN set, only for `Authorization: Bearer <METRICS_TOKEN>`; without
 * it, open outside production and not served in production.
 */
function metricsHandler(config: Config): express.RequestHandler {
  const expected = config.metricsToken === undefined ? undefined : Buffer.from(config.metricsToken);
  if (config.production && !expected) logger.warn("METRICS_TOKEN is not set: /metrics is not served");
  return async (req, res) => {
    if (expected) {
      const given = Buffer.from(bearerToken(req.headers.authorization) ?? "");
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).setHeader("www-authenticate", "Bearer").json({ error: "metrics require the METRICS_TOKEN bearer token" });
        return;
      }
    } else if (config.production) {
      res.status(404).json({ error: "not found" });
      return;
    }
    res.setHeader("content-type", registry.contentType);
    res.send(await registry.metrics());
  };
}

/**
 * `ideLogins`: the sign-ins the IDE prefills tokens for; the app passes none in production, where
 * the IDE (switched on with IDE=true) only shows how to log in.
 */
export async function startServer(
  deps: AppDeps,
  schema: GraphQLSchema,
  config: Config,
  ideLogins: IdeLogin[] = [],
): Promise<RunningServer> {
  const guard = new OperationGuard(schema, config.limits);
  const trusted = config.trustedDocuments && new TrustedDocuments(config.trustedDocuments, guard);
  const app = express();
  app.disable("x-powered-by");
  // Requests are routed once everything is set up (below); the WebSocket server and the drain plugin attach now.
  const httpServer = http.createServer();

  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", maxPayload: config.limits.bodyLimitBytes });
  const wsCleanup = useServer<Record<string, unknown>, SocketState>(
    {
      schema,
      // Each event is executed once per audience (same delivery, document and variables).
      subscribe: sharedSubscribe,
      // A bad token closes the socket with 4403 (graphql-ws's answer to onConnect returning false).
      onConnect: async (ctx) => {
        try {
          // GraphiQL-style clients send their HTTP headers as connectionParams, often as "Authorization".
          const params = ctx.connectionParams;
          const authorization = params?.authorization ?? params?.Authorization;
          ctx.extra.viewer = await authenticate(deps, authorization);
          ctx.extra.operations = 0;
          ctx.extra.connectionId = randomUUID();
          ctx.extra.remoteAddress = clientAddress(ctx.extra.request);
          // What is needed of the upgrade request is read: let it go rather than keep it (its
          // headers and parser state) for the life of the connection.
          Reflect.deleteProperty(ctx.extra, "request");
          const token = bearerToken(authorization);
          ctx.extra.expiresAt = token === undefined ? undefined : tokenExpiresAt(token);
          if (ctx.extra.expiresAt !== undefined) closeAtExpiry(ctx.extra.socket, ctx.extra.expiresAt);
          return true;
        } catch {
          return false;
        }
      },
      // The same limits as over HTTP (Apollo's validation rules do not run here). Errors returned
      // here reach the client through onError, which masks them once: do not format them twice.
      onSubscribe: async (ctx, id, payload) => {
        const extra = ctx.extra;
        // The timer may lag behind a busy event loop: never start an operation past expiry.
        if (extra.expiresAt !== undefined && Date.now() >= extra.expiresAt) {
          extra.socket.close(CLOSE_FORBIDDEN, EXPIRED);
          return [unauthenticated("The token has expired; log in again")];
        }
        if ((extra.operations ?? 0) >= config.limits.maxWsOperations) {
          return [new AppError(ErrorCode.RATE_LIMITED, `At most ${config.limits.maxWsOperations} operations per connection`)];
        }
        const parsed = trusted ? trusted.resolve(payload) : guard.parseAndValidate(payload.query);
        if (parsed instanceof GraphQLError) return [parsed];
        if ("errors" in parsed) return [...parsed.errors];
        const contextValue: Context = contextFor(deps, extra.viewer ?? null, {
          id: extra.connectionId,
          remoteAddress: extra.remoteAddress,
        });
        try {
          guard.price(
            parsed.document,
            payload.variables ?? undefined,
            payload.operationName,
            budgetKey(contextValue, contextValue.remoteAddress),
          );
        } catch (error) {
          return [error as GraphQLError];
        }
        extra.operations = (extra.operations ?? 0) + 1;
        metrics.activeSubscriptions.inc();
        const args = {
          schema,
          document: parsed.document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          // A fresh context (viewer standing, loaders) per operation; subscriptions rebuild it per event.
          contextValue,
        };
        // A subscription's results are written to the socket by its audience (shared-subscribe.ts).
        return sendingTo(args, { socket: extra.socket, id, present: wsResult });
      },
      onNext: (_ctx, _id, _payload, _args, result) => wsResult(result as ExecutionResult),
      onError: (_ctx, _id, _payload, errors) => wsErrors(errors).map((error) => error.toJSON()),
      onComplete: (ctx) => {
        ctx.extra.operations = Math.max(0, (ctx.extra.operations ?? 1) - 1);
        metrics.activeSubscriptions.dec();
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    // Queries and mutations run compiled (./graphql/compiled-execution.ts).
    gateway: compiledExecution(schema),
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // With trusted documents, a hash names a document of the manifest (see trusted.http), never one
    // a client registered; without, automatic persisted queries work as Apollo ships them.
    ...(trusted ? { persistedQueries: false as const, documentStore: trusted.documentStore() } : {}),
    parseOptions: guard.parseOptions,
    validationRules: guard.rules,
    // main.ts owns the signals: it drains, then closes the database, then exits 0.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No @cacheControl hints are used; the default cache-control plugin wraps every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      // A browser at /graphql gets the IDE below (when it is on), never Apollo's landing page (it loads from a CDN).
      ApolloServerPluginLandingPageDisabled(),
      operationPlugin(guard),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              // 1001 "going away": clients reconnect to another process.
              for (const client of wsServer.clients) client.close(1001, "Server shutting down");
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.status(200).json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    const ready = await databaseAnswers(deps);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "database unavailable" });
  });
  if (config.ide) {
    // A browser pointed at the bare host finds the IDE.
    app.get("/", (_req, res) => res.redirect(302, "/graphql"));
    app.use(IDE_ASSETS_PATH, ideAssets());
    app.get("/graphql", idePage({ db: deps.db, tokens: config, logins: ideLogins }));
  }
  app.get("/metrics", metricsHandler(config));
  // The request listener below has put the request's id in place of the client's header.
  const contextOf = (req: http.IncomingMessage) =>
    createContext(deps, req.headers.authorization, { remoteAddress: clientAddress(req), requestId: req.headers["x-request-id"] as string });
  app.get("/export/alliance-activity.csv", activityExportHandler(contextOf));
  app.get("/export/period-reports/:reportId.csv", periodReportHandler(contextOf, "csv"));
  app.get("/export/period-reports/:reportId.pdf", periodReportHandler(contextOf, "pdf"));
  app.get("/export/:collection.csv", exportHandler(schema, contextOf, config.exports));
  app.use(
    "/graphql",
    express.json({ limit: config.limits.bodyLimitBytes }),
    ...(trusted ? [trusted.http] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextOf(req),
    }),
  );
  app.use((error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) =>
    sendHttpError(res, error, config.limits.bodyLimitBytes),
  );
  // POST /graphql is answered on node:http directly (./graphql/http-post.ts); the rest by express.
  const post = graphqlPost({ apollo, bodyLimitBytes: config.limits.bodyLimitBytes, trusted, context: contextOf });
  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    // The id the response carries is the one the request's log lines name (src/logger.ts).
    const requestId = requestIdOf(req);
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    if (isGraphqlPost(req)) post(req, res);
    else app(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  logger.debug("listening", { port });

  return {
    url: `http://localhost:${port}/graphql`,
    port,
    httpServer,
    close: () => apollo.stop(),
  };
}
