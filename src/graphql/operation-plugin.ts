/**
 * Apollo plugin applying the operation guard (cost limit and budget) to HTTP requests, adding
 * `extensions.cost`, and recording each operation in the logs and metrics.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../operation-context";
import { logger } from "../logger";
import { metrics, operationLabel } from "../metrics";
import { type OperationCost, type OperationGuard } from "./limits";
import { actualCost } from "./actual-cost";

/** Whose budget an operation spends: the viewer's organization, else the viewer, else the address. */
export function budgetKey(ctx: Pick<Context, "viewer">, address: string | undefined): string {
  if (ctx.viewer?.organizationId) return `org:${ctx.viewer.organizationId}`;
  if (ctx.viewer) return `user:${ctx.viewer.userId}`;
  return `ip:${address ?? "unknown"}`;
}

export function operationPlugin(guard: OperationGuard): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let cost: OperationCost | undefined;
      return {
        async didResolveOperation(rc) {
          cost = guard.price(
            rc.document,
            rc.request.variables,
            rc.operationName,
            budgetKey(rc.contextValue, rc.contextValue.remoteAddress),
          );
        },
        async didEncounterErrors(rc) {
          for (const error of rc.errors) {
            const code = error.extensions?.code;
            metrics.errors.inc({ code: typeof code === "string" ? code : "INTERNAL_SERVER_ERROR" });
          }
        },
        async willSendResponse(rc) {
          const body = rc.response.body;
          const operation = rc.operationName ?? "anonymous";
          // A viewer's operation that resolved names its series; anything else is "other" (src/metrics.ts).
          const label = operationLabel(rc.operationName, rc.contextValue.viewer !== null && rc.operation !== undefined);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const errors = body.kind === "single" ? (body.singleResult.errors ?? []) : [];
          if (body.kind === "single" && cost && rc.document) {
            const actual = actualCost(rc.schema, rc.document, rc.operationName, body.singleResult.data);
            body.singleResult.extensions = { ...body.singleResult.extensions, cost: { ...cost, actual } };
          }
          metrics.operations.inc({ operation: label, type: rc.operation?.operation ?? "unknown", outcome: errors.length ? "error" : "ok" });
          metrics.duration.observe({ operation: label }, seconds);
          logger.info("graphql", {
            requestId: rc.contextValue.requestId,
            viewerId: rc.contextValue.viewer?.userId,
            operation,
            type: rc.operation?.operation,
            ms: Math.round(seconds * 1000),
            cost: cost?.requested,
            errors: errors.length ? errors.map((e) => e.extensions?.code) : undefined,
          });
        },
      };
    },
  };
}
