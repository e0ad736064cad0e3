/**
 * S5's subscribers, in their own process (forked with IPC): `clients` graphql-ws connections,
 * each subscribed to `taskUpdated(projectId)`. Every event is keyed by its eventId and
 * stamped on receipt with the shared wall clock (performance.timeOrigin + now). Messages:
 *   parent → { kind: "start", options }  child → { kind: "ready", connected, failed }
 *   parent → { kind: "count" }            child → { kind: "count", receipts } (total so far)
 *   parent → { kind: "report" }           child → { kind: "report", receipts, duplicates, errors }, then exits
 */
import { performance } from "node:perf_hooks";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface LiveOptions {
  url: string;
  tokens: string[];
  projectId: string;
  clients: number;
}

export interface LiveReport {
  kind: "report";
  /** Per event key: the receipt times (ms, wall clock) of every client that got it. */
  receipts: Record<string, number[]>;
  duplicates: number;
  errors: number;
  firstError?: string;
}

const SUBSCRIPTION = `subscription L($projectId: ID!) { taskUpdated(projectId: $projectId) { eventId topic task { id version } } }`;

const now = () => performance.timeOrigin + performance.now();

async function start(o: LiveOptions): Promise<void> {
  const receipts: Record<string, number[]> = {};
  let duplicates = 0;
  let errors = 0;
  let firstError: string | undefined;
  let failed = 0;
  const clients: Client[] = [];
  const BATCH = 100;
  for (let first = 0; first < o.clients; first += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, o.clients - first) }, (_, j) => first + j);
    await Promise.all(
      batch.map(
        (i) =>
          new Promise<void>((resolve) => {
            const seen = new Set<string>();
            const client = createClient({
              url: o.url,
              webSocketImpl: WebSocket,
              connectionParams: { authorization: `Bearer ${o.tokens[i % o.tokens.length]}` },
              retryAttempts: 0,
              lazy: true,
            });
            clients.push(client);
            // Subscribed once the server acknowledged the connection and began the operation.
            const off = client.on("connected", () => setTimeout(resolve, 0));
            client.subscribe(
              { query: SUBSCRIPTION, variables: { projectId: o.projectId } },
              {
                next: (message) => {
                  const at = now();
                  if (message.errors) {
                    errors++;
                    firstError ??= JSON.stringify(message.errors).slice(0, 300);
                    return;
                  }
                  const key = (message.data as { taskUpdated: { eventId: string } }).taskUpdated.eventId;
                  if (seen.has(key)) duplicates++;
                  else (receipts[key] ??= []).push(at);
                  seen.add(key);
                },
                error: (error) => {
                  errors++;
                  failed++;
                  firstError ??= String((error as Error)?.message ?? JSON.stringify(error)).slice(0, 300);
                  off();
                  resolve();
                },
                complete: () => undefined,
              },
            );
          }),
      ),
    );
  }
  process.send!({ kind: "ready", connected: o.clients - failed, failed });
  process.on("message", (message: { kind: string }) => {
    if (message.kind === "count") {
      let total = 0;
      for (const times of Object.values(receipts)) total += times.length;
      process.send!({ kind: "count", receipts: total });
    }
    if (message.kind === "report") {
      const report: LiveReport = { kind: "report", receipts, duplicates, errors, firstError };
      process.send!(report, () => {
        for (const client of clients) void client.dispose();
        setTimeout(() => process.exit(0), 200);
      });
    }
  });
}

if (require.main === module) {
  process.once("message", (message: { kind: string; options: LiveOptions }) => {
    if (message.kind === "start") void start(message.options);
  });
}
