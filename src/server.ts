/**
 * HTTP and WebSocket wiring: Apollo Server on express 5 at `/graphql`, graphql-ws on the same
 * path and port, health and metrics endpoints. Both transports go through the same operation guard.
 */
import http from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import { GraphQLError, type ExecutionResult, type GraphQLSchema } from "graphql";
import type { Config } from "./config";
import { authenticate, contextFor, createContext } from "./context";
import type { AppDeps, Context } from "./operation-context";
import { AppError, ErrorCode, formatError } from "./errors";
import type { Viewer } from "./auth/viewer";
import { logger, requestScope } from "./logger";
import { metrics, registry } from "./metrics";
import { OperationGuard } from "./graphql/limits";
import { budgetKey, operationPlugin } from "./graphql/operation-plugin";
import { sharedSubscribe } from "./graphql/shared-subscribe";
import { exportHandler } from "./export/export.handler";
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
};

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

/** Errors sent over graphql-ws: the same masking as HTTP, without HTTP-only extensions. */
function wsErrors(errors: readonly GraphQLError[]): GraphQLError[] {
  return errors.map((error) => {
    const formatted = formatError(error.toJSON(), error);
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return new GraphQLError(formatted.message, { extensions });
  });
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
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const httpServer = http.createServer(app);

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
          ctx.extra.viewer = await authenticate(deps, params?.authorization ?? params?.Authorization);
          ctx.extra.operations = 0;
          return true;
        } catch {
          return false;
        }
      },
      // The same limits as over HTTP (Apollo's validation rules do not run here). Errors returned
      // here reach the client through onError, which masks them once: do not format them twice.
      onSubscribe: async (ctx, _id, payload) => {
        const extra = ctx.extra;
        if ((extra.operations ?? 0) >= config.limits.maxWsOperations) {
          return [new AppError(ErrorCode.RATE_LIMITED, `At most ${config.limits.maxWsOperations} operations per connection`)];
        }
        const parsed = guard.parseAndValidate(payload.query);
        if ("errors" in parsed) return [...parsed.errors];
        const contextValue: Context = contextFor(deps, extra.viewer ?? null);
        try {
          guard.price(parsed.document, payload.variables ?? undefined, payload.operationName, budgetKey(contextValue, undefined));
        } catch (error) {
          return [error as GraphQLError];
        }
        extra.operations = (extra.operations ?? 0) + 1;
        metrics.activeSubscriptions.inc();
        return {
          schema,
          document: parsed.document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          // A fresh context (viewer standing, loaders) per operation; subscriptions rebuild it per event.
          contextValue,
        };
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        const { errors } = result as ExecutionResult;
        return errors?.length ? { ...result, errors: wsErrors(errors) } : result;
      },
      onError: (_ctx, _id, _payload, errors) => wsErrors(errors).map((error) => error.toJSON()),
      onComplete: (ctx) => {
        ctx.extra.operations = Math.max(0, (ctx.extra.operations ?? 1) - 1);
        metrics.activeSubscriptions.dec();
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
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

  app.use((req, res, next) => {
    const header = req.headers["x-request-id"];
    const requestId = typeof header === "string" && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
    res.setHeader("x-request-id", requestId);
    requestScope.run({ requestId }, next);
  });
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
  app.get("/metrics", async (_req, res) => {
    res.setHeader("content-type", registry.contentType);
    res.send(await registry.metrics());
  });
  const contextOf = (req: express.Request) => createContext(deps, req.headers.authorization, req.ip);
  app.get("/export/:collection.csv", exportHandler(schema, contextOf));
  app.use(
    "/graphql",
    express.json({ limit: config.limits.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextOf(req),
    }),
  );
  app.use(
    (error: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      const status = error.status ?? 500;
      if (status >= 500) logger.error("http error", { error: error.stack });
      const message =
        error.type === "entity.too.large"
          ? `Request body exceeds ${config.limits.bodyLimitBytes} bytes`
          : status >= 500
            ? "Internal server error"
            : "Bad request";
      res
        .status(status)
        .json({ errors: [{ message, extensions: { code: status >= 500 ? ErrorCode.INTERNAL_SERVER_ERROR : "BAD_REQUEST" } }] });
    },
  );

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
