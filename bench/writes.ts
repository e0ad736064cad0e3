/**
 * S6: `assignTask` mutations per second through the app against the same statements issued raw,
 * with and without the outbox (striped advisory lock + event row, NOTIFY after the commit; see
 * raw-writers.ts), at 2, 8 and 32 concurrent writers, interleaved per writer count. The app always
 * writes its outbox, so "without" exists only for the raw statements.
 */
import type { LoadResult } from "./load";
import type { RawOptions } from "./raw-writers";
import { runChild, runLoad } from "./harness";

export interface WriteRow {
  writers: number;
  app: LoadResult;
  statementsPerMutation: number;
  raw: { tps: number; errors: number };
  rawWithoutOutbox: { tps: number; errors: number };
}

export interface WriteOptions {
  url: string;
  token: string;
  databaseUrl: string;
  actorId: string;
  seconds: number;
  writers: number[];
  appAssignments: { taskId: string; organizationIds: [string, string]; userIds: [string, string] }[];
  rawAssignments: RawOptions["assignments"];
  statements: () => number;
}

export async function runWrites(o: WriteOptions): Promise<WriteRow[]> {
  const rows: WriteRow[] = [];
  let appCounter = 0;
  let rawCounter = 0;
  for (const writers of o.writers) {
    const before = o.statements();
    const app = await runLoad({
      url: o.url,
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${o.token}` },
      assignments: o.appAssignments,
      connections: writers,
      durationSeconds: o.seconds,
      start: appCounter,
    });
    appCounter = app.nextCounter;
    const statementsPerMutation = (o.statements() - before) / Math.max(1, app.requests);
    const raw = async (outbox: boolean) => {
      const result = await runChild<{ tps: number; errors: number; nextCounter: number }>("raw-writers", {
        databaseUrl: o.databaseUrl,
        writers,
        durationSeconds: o.seconds,
        outbox,
        actorId: o.actorId,
        assignments: o.rawAssignments,
        start: rawCounter,
      } satisfies RawOptions);
      rawCounter = result.nextCounter;
      return { tps: result.tps, errors: result.errors };
    };
    const withOutbox = await raw(true);
    const withoutOutbox = await raw(false);
    rows.push({ writers, app, statementsPerMutation, raw: withOutbox, rawWithoutOutbox: withoutOutbox });
  }
  return rows;
}
