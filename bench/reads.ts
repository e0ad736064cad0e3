/**
 * S1–S4: the app against B0 (and B0s) and the peer PGL (PostGraphile) on the same data in the same
 * run. After a warm-up of each target, rounds are interleaved (app, B0, B0s, PGL, app, …) so that
 * load from other users of the machine falls on every target alike. The app's SQL statements per request come from its
 * statement counter over its rounds.
 */
import type { ChildProcess } from "node:child_process";
import type { LoadOptions, LoadResult } from "./load";
import type { ReadScenario } from "./scenarios";
import { mean, median, rssMiB, runLoad } from "./harness";

export interface Plan {
  warmupSeconds: number;
  roundSeconds: number;
  rounds: number;
  connections: number;
}

export interface TargetResult {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  firstError?: string;
  rssMiB: number;
  statementsPerRequest?: number;
  bytes?: number;
}

export interface ReadResult {
  scenario: ReadScenario;
  app: TargetResult;
  b0: TargetResult;
  b0s: TargetResult;
  pgl: TargetResult;
}

export interface ReadTargets {
  appUrl: string;
  baselineUrl: string;
  baseline: ChildProcess;
  pglUrl: string;
  pgl: ChildProcess;
  tokens: { member: string; analyst: string };
  statements: () => number;
}

function aggregate(rounds: LoadResult[], rss: number, extra: Partial<TargetResult> = {}): TargetResult {
  return {
    rps: mean(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p95: median(rounds.map((r) => r.p95)),
    p99: median(rounds.map((r) => r.p99)),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError,
    rssMiB: rss,
    ...extra,
  };
}

export async function runRead(s: ReadScenario, t: ReadTargets, plan: Plan): Promise<ReadResult> {
  const auth = `Bearer ${s.viewer === "member" ? t.tokens.member : t.tokens.analyst}`;
  const body = JSON.stringify({ query: s.query, variables: s.variables });
  const targets: Record<"app" | "b0" | "b0s" | "pgl", Omit<LoadOptions, "durationSeconds">> = {
    app: {
      url: t.appUrl,
      method: "POST",
      headers: { "content-type": "application/json", authorization: auth },
      body,
      connections: plan.connections,
    },
    b0: { url: `${t.baselineUrl}/b0/${s.name}`, method: "GET", headers: { authorization: auth }, connections: plan.connections },
    b0s: { url: `${t.baselineUrl}/b0s/${s.name}`, method: "GET", headers: { authorization: auth }, connections: plan.connections },
    pgl: {
      url: t.pglUrl,
      method: "POST",
      headers: { "content-type": "application/json", authorization: auth },
      body: JSON.stringify(s.pgl),
      connections: plan.connections,
    },
  };
  const bytes = (await (await fetch(t.appUrl, { method: "POST", headers: targets.app.headers, body })).text()).length;
  for (const target of Object.values(targets)) await runLoad({ ...target, durationSeconds: plan.warmupSeconds });
  const rounds: Record<string, LoadResult[]> = { app: [], b0: [], b0s: [], pgl: [] };
  const rss: Record<string, number> = { app: 0, b0: 0, b0s: 0, pgl: 0 };
  const pidOf = (name: string) => (name === "app" ? process.pid : name === "pgl" ? t.pgl.pid! : t.baseline.pid!);
  let statements = 0;
  for (let round = 0; round < plan.rounds; round++) {
    for (const [name, target] of Object.entries(targets)) {
      const before = t.statements();
      rounds[name].push(await runLoad({ ...target, durationSeconds: plan.roundSeconds }));
      if (name === "app") statements += t.statements() - before;
      rss[name] = Math.max(rss[name], await rssMiB(pidOf(name)));
    }
  }
  const appRequests = rounds.app.reduce((n, r) => n + r.requests, 0);
  return {
    scenario: s,
    app: aggregate(rounds.app, rss.app, { statementsPerRequest: statements / Math.max(1, appRequests), bytes }),
    b0: aggregate(rounds.b0, rss.b0, { statementsPerRequest: 1 }),
    b0s: aggregate(rounds.b0s, rss.b0s, { statementsPerRequest: 1 }),
    pgl: aggregate(rounds.pgl, rss.pgl),
  };
}
