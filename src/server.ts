/**
 * HTTP and WebSocket wiring: Apollo Server on express 5 at `/graphql`, graphql-ws on the same
 * path and port, and the health endpoints. Nothing else.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { WebSocketServer } from "ws";
import { useServer } from "graphql-ws/use/ws";
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { Config } from "./config";
import { authenticate, contextFor, createContext, type AppDeps, type Context } from "./context";
import { formatError } from "./errors";
import type { Viewer } from "./auth/viewer";
import { logger } from "./logger";

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  /** Stops accepting, finishes in-flight requests, closes WebSockets with 1001. */
  close(): Promise<void>;
}

async function databaseAnswers(deps: AppDeps): Promise<boolean> {
  try {
    await Promise.race([
      deps.db.query("SELECT 1"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
    ]);
    return true;
  } catch {
    return false;
  }
}

function formatWsError(error: GraphQLError): GraphQLFormattedError {
  return error.originalError ? formatError(error.toJSON(), error) : error.toJSON();
}

export async function startServer(deps: AppDeps, schema: GraphQLSchema, config: Config): Promise<RunningServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);

  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql" });
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: Viewer | null }>(
    {
      schema,
      // A bad token closes the socket with 4403 (graphql-ws's answer to onConnect returning false).
      onConnect: async (ctx) => {
        try {
          ctx.extra.viewer = await authenticate(deps, ctx.connectionParams?.authorization);
          return true;
        } catch {
          return false;
        }
      },
      // A fresh context (viewer standing, loaders) per operation; subscriptions rebuild it per event.
      context: (ctx) => contextFor(deps, ctx.extra.viewer ?? null),
      // The same error mapping and masking as over HTTP, for errors raised while executing (those
      // with an original error); graphql-js's own validation and variable messages pass unchanged.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(formatWsError) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(formatWsError),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
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
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(deps, req.headers.authorization),
    }),
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
