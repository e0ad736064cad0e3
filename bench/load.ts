/**
 * The load generator, always its own process: autocannon against one URL for a bounded time.
 * Forked as a worker (one run per IPC message), or `node dist/bench/load.js <options.json>`,
 * which prints one JSON line with rps, latency percentiles
 * (computed here from every response time, so p95 is exact) and error counts. A response with a
 * GraphQL `errors` member counts as an error like a non-2xx status.
 */
import autocannon from "autocannon";
import { runWithOptionsFile } from "./options-file";

export interface LoadOptions {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  /** A fixed body, or none. */
  body?: string;
  /** Assignments to cycle through (S6): one `assignTask` per request, always changing the assignee. */
  assignments?: { taskId: string; organizationIds: [string, string]; userIds: [string, string] }[];
  connections: number;
  durationSeconds: number;
  /** Where the assignment counter starts (the previous run's `nextCounter`). */
  start?: number;
}

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  firstError?: string;
  nextCounter: number;
}

const ASSIGN = `mutation A($input: AssignTaskInput!) { assignTask(input: $input) { id version } }`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let counter = options.start ?? 0;
  const assignments = options.assignments;
  const request: autocannon.Request = {
    method: options.method,
    headers: options.headers,
    body: options.body,
    onResponse: (status: number, body: string) => {
      if (status < 200 || status >= 300 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
        errors++;
        firstError ??= `${status} ${body.slice(0, 300)}`;
      }
    },
  };
  if (assignments) {
    request.setupRequest = (req: autocannon.Request) => {
      const i = counter++;
      const a = assignments[i % assignments.length];
      const side = Math.floor(i / assignments.length) % 2;
      req.body = JSON.stringify({
        query: ASSIGN,
        variables: { input: { taskId: a.taskId, assigneeOrganizationId: a.organizationIds[side], assigneeId: a.userIds[side] } },
      });
      return req;
    };
  }
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    requests: [request],
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: latencies.length / options.durationSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + result.errors + result.timeouts,
    firstError,
    nextCounter: counter,
  };
}

if (require.main === module && process.send && process.argv.length < 3) {
  // A worker kept for the whole run (see `loadInWorker`): one run per message.
  process.on("message", (options: LoadOptions) => {
    runLoad(options).then(
      (result) => process.send!({ result }),
      (error: Error) => process.send!({ error: error.stack }),
    );
  });
} else if (require.main === module) {
  runWithOptionsFile(runLoad);
}
