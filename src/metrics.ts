/** Prometheus metrics, served at GET /metrics. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const metrics = {
  operations: new Counter({
    name: "alliance_hub_graphql_operations_total",
    help: "GraphQL operations by name, type and outcome",
    labelNames: ["operation", "type", "outcome"] as const,
    registers: [registry],
  }),
  duration: new Histogram({
    name: "alliance_hub_graphql_operation_seconds",
    help: "GraphQL operation latency by name",
    labelNames: ["operation"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  }),
  errors: new Counter({
    name: "alliance_hub_graphql_errors_total",
    help: "GraphQL errors by extensions.code",
    labelNames: ["code"] as const,
    registers: [registry],
  }),
  activeSubscriptions: new Gauge({
    name: "alliance_hub_active_subscriptions",
    help: "Subscriptions currently open on this process",
    registers: [registry],
  }),
  standingCache: new Counter({
    name: "alliance_hub_standing_cache_lookups_total",
    help: "Lookups of a viewer's user row and standings, and of organization rows, in the process's cache, by result (hit, miss)",
    labelNames: ["result"] as const,
    registers: [registry],
  }),
  outboxLag: new Gauge({
    name: "alliance_hub_outbox_lag_events",
    help: "Outbox events notified but not yet delivered by this process (distance in event ids)",
    registers: [registry],
  }),
};

/** How many distinct operation names become label values; later ones are counted as "other". */
const MAX_OPERATION_LABELS = 200;
const operationLabels = new Set<string>();

/**
 * The `operation` label of an operation: its name, when an authenticated viewer ran a valid
 * operation and the name is among the first MAX_OPERATION_LABELS seen; "other" otherwise. Every
 * label value is a time series kept for the life of the process, so a client must not be able to
 * mint them: unauthenticated and refused requests never do, and the set is bounded.
 */
export function operationLabel(name: string | null | undefined, trusted: boolean): string {
  if (!trusted || !name) return trusted ? "anonymous" : "other";
  if (operationLabels.has(name)) return name;
  if (operationLabels.size >= MAX_OPERATION_LABELS) return "other";
  operationLabels.add(name);
  return name;
}

/** Reports the database pool's state at scrape time. */
export function watchPool(pool: { totalCount: number; idleCount: number; waitingCount: number }): void {
  registry.removeSingleMetric("alliance_hub_db_pool_connections");
  new Gauge({
    name: "alliance_hub_db_pool_connections",
    help: "Database pool connections by state",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
    },
  });
}
