/**
 * S6: `assignTask` mutations per second through the app against the same statements issued raw,
 * with and without the outbox (striped advisory lock + event row, NOTIFY after the commit; see
 * raw-writers.ts), at 2, 8 and 32 concurrent writers, interleaved per writer count (the raw runs
 * twice each, in mirrored order). The app always writes its outbox, so "without" exists only for
 * the raw statements.
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
    const raw = async (outbox: boolean, durationSeconds = o.seconds) => {
      const result = await runChild<{ tps: number; errors: number; nextCounter: number }>("raw-writers", {
        databaseUrl: o.databaseUrl,
        writers,
        durationSeconds,
        outbox,
        actorId: o.actorId,
        assignments: o.rawAssignments,
        start: rawCounter,
      } satisfies RawOptions);
      rawCounter = result.nextCounter;
      return { tps: result.tps, errors: result.errors };
    };
    // The first raw run after the app's came out slower whichever it was (at 8 writers, with the
    // outbox first: 28 % below the run without; without first: level), and the machine drifts: a
    // warm-up that is not counted, then with, without, without, with, each side averaged.
    const warmUp = await raw(false, o.seconds / 5);
    const [with1, without1, without2, with2] = [await raw(true), await raw(false), await raw(false), await raw(true)];
    const mean = (a: typeof with1, b: typeof with1) => ({ tps: (a.tps + b.tps) / 2, errors: a.errors + b.errors });
    const withOutbox = mean(with1, with2);
    const withoutOutbox = { ...mean(without1, without2), errors: without1.errors + without2.errors + warmUp.errors };
    rows.push({ writers, app, statementsPerMutation, raw: withOutbox, rawWithoutOutbox: withoutOutbox });
  }
  return rows;
}
