/** BENCHMARKS.md: the machine, every scenario with its ratio to B0, the targets met or not. */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { Sizes, Counts } from "./generate";
import type { Plan, ReadResult, TargetResult } from "./reads";
import type { LiveResult } from "./live";
import type { WriteRow } from "./writes";

export interface Check {
  what: string;
  ok: boolean;
  detail: string;
}

export interface ReportInput {
  quick: boolean;
  machine: Record<string, string>;
  sizes: Sizes;
  counts: Counts;
  generateSeconds: number;
  plan: Plan;
  reads: ReadResult[];
  live: LiveResult[];
  writes: WriteRow[];
  checks: Check[];
  seconds: number;
  alliance: string;
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "–");
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : "–");
const verdict = (ok: boolean) => (ok ? "**met**" : "**not met**");

function readRow(name: string, label: string, r: TargetResult, of: ReadResult): string {
  return `| ${name} | ${label} | ${f0(r.rps)} | ${f1(r.p50)} | ${f1(r.p95)} | ${f1(r.p99)} | ${f1(r.statementsPerRequest ?? NaN)} | ${f0(r.rssMiB)} | ${f2(r.rps / of.b0.rps)}× | ${f2(r.rps / of.b0s.rps)}× | ${f2(r.rps / of.pgl.rps)}× | ${r.errors} |`;
}

export function renderReport(x: ReportInput): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(
    `# Benchmarks${x.quick ? " (quick mode: small data, short rounds — not for comparing numbers)" : ""}`,
    "",
    `Produced by \`npm run bench${x.quick ? " -- --quick" : ""}\` on ${new Date().toISOString()} in ${f0(x.seconds)} s. ` +
      "Every ratio compares targets measured in this same run, on the same database and data.",
    "",
    "## Machine",
    "",
    "| | |",
    "|---|---|",
    ...Object.entries(x.machine).map(([k, v]) => `| ${k} | ${v} |`),
    "",
    "The machine was shared with other work during the run: absolute numbers are noisy; the ratios, from interleaved rounds, less so.",
    "",
    "## Data",
    "",
    `One alliance loaded with set-based SQL in ${f1(x.generateSeconds)} s: ` +
      Object.entries(x.counts)
        .map(([t, n]) => `${n.toLocaleString("en")} ${t}`)
        .join(", ") +
      ".",
    "",
    "## Method",
    "",
    `- **App**: Alliance Hub started in-process by the bench (\`startApp\`) in production mode (NODE_ENV=${process.env.NODE_ENV ?? "unset"} for the process; node flags: ${process.execArgv.filter((a) => !a.startsWith("--cpu-prof")).join(" ") || "none"}), GraphQL over HTTP, its pool of 10 connections.`,
    "- **B0**: a bare `node:http` + `pg` server (own process, pool of 10, named prepared statements) answering each read with one SQL statement building the JSON with `json_agg`; **B0s**: the same rows fetched flat and nested + `JSON.stringify`-ed in Node. Both verify the same bearer token.",
    "- **PGL**: the peer a team would pick instead, PostGraphile V5 (amber preset, library mode on `node:http`, own process, its default pool of 10) on the same database (bench/postgraphile.ts). It has no rules of its own, so the rules S1–S4 exercise are given to it as row-level security policies with the same predicates as B0's SQL, and every request runs as the role they apply to with the viewer's id from the same bearer token (PostGraphile's JWT recipe). S1 and S4 are SQL functions (`me()`, `organization_distribution_totals(uuid)`), as a PostGraphile user would write them; S2 reaches projects through the participant rows (no many-to-many field without a plugin), ordered by a sortable computed column (the project's code). Its answers carry the same values in its own naming (a check compares them).",
    `- Load: autocannon in a separate process per round, ${x.plan.connections} connections on 127.0.0.1; ${x.plan.warmupSeconds} s warm-up per target, then ${x.plan.rounds} interleaved rounds of ${x.plan.roundSeconds} s (app, B0, B0s, PGL, app, …). rps is the mean over rounds, latency percentiles (ms, from every response) the median over rounds.`,
    "- SQL/request: the app's statement counter (`CountingLogger`) over its rounds divided by its requests. RSS: the serving process (for the app: the bench process that hosts it) after its rounds, MiB.",
    "",
    "## S1–S4: reads",
    "",
    "| Scenario | Target | rps | p50 | p95 | p99 | SQL/req | RSS MiB | ÷ B0 | ÷ B0s | ÷ PGL | errors |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
  );
  for (const r of x.reads) {
    push(readRow(r.scenario.name, "app", r.app, r), readRow("", "B0", r.b0, r), readRow("", "B0s", r.b0s, r), readRow("", "PGL", r.pgl, r));
  }
  push(
    "",
    ...x.reads.map((r) => `- **${r.scenario.name}**: ${r.scenario.title}; app response ${(r.app.bytes ?? 0).toLocaleString("en")} bytes.`),
    "",
  );

  push("## S5: subscriptions", "");
  push(
    `\`taskUpdated(projectId)\` on one project visible alliance-wide, the clients spread evenly over the alliance's ${x.live[0]?.viewers ?? 0} users (as many audiences, each with many connections); \`assignTask\` at a steady rate on that project's tasks over HTTP. ` +
      "An event is resolved, executed and serialized once per audience (same viewer, document and variables) and written to each of its connections in one loop. " +
      "Latency from the mutation's answer (after its commit: a lower bound of commit → receipt) and from its sending (an upper bound), ms.",
    "",
    "**B0** here is bench/live-baseline.ts: a bare `ws` server with one LISTEN connection that, per notification, waits out the outbox's in-flight writers as the app's dispatcher does, reads the new events with one statement and sends each payload, built once, to every subscriber (no GraphQL, no rights): the notification, one read and one frame per subscriber are what remains.",
    "",
    "| Clients | Target | connected | connect s | events | rate/s | drain s | deliveries | lost | duplicate | errors | p50 (lower–upper) | p95 | p99 | RSS KiB/connection |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...x.live.map(
      (l) =>
        `| ${l.clients} | ${l.target} | ${l.connected} | ${f1(l.connectSeconds)} | ${l.events} | ${l.rate} | ${f1(l.drainSeconds)} | ${l.delivered}/${l.expectedDeliveries} | ${l.lost} | ${l.duplicates} | ${l.errors} | ${f0(l.lower.p50)}–${f0(l.upper.p50)} | ${f0(l.lower.p95)}–${f0(l.upper.p95)} | ${f0(l.lower.p99)}–${f0(l.upper.p99)} | ${f0(l.rssPerConnectionKiB)} |`,
    ),
    "",
  );

  push("## S6: writes", "");
  push(
    "`assignTask` through the app (always with its outbox) against the same statements issued raw over `pg`, with and without the outbox. The outbox as the app writes it: the audit entry, the advisory lock of the writer's stripe (taken shared) and the event row in one statement before COMMIT; after the commit, the process's own dispatcher is told directly and the other processes by a NOTIFY, one in flight per process at a time (carrying the newest id, so under load many commits share one). Readers wait for the writers stripe by stripe instead of holding writers up. \"Without\" writes the audit entry alone. The app's NOTIFYs go over its listener connection and are not in its SQL/mutation count. The app cannot switch its outbox off, so it is measured with it only.",
    "",
    "| Writers | app mutations/s | app p95 ms | app SQL/mutation | raw with outbox tx/s | raw without outbox tx/s | app ÷ raw | outbox cost (raw) |",
    "|---|---|---|---|---|---|---|---|",
    ...x.writes.map(
      (w) =>
        `| ${w.writers} | ${f0(w.app.rps)} | ${f1(w.app.p95)} | ${f1(w.statementsPerMutation)} | ${f0(w.raw.tps)} | ${f0(w.rawWithoutOutbox.tps)} | ${f2(w.app.rps / w.raw.tps)}× | ${f0((1 - w.raw.tps / w.rawWithoutOutbox.tps) * 100)} % |`,
    ),
    "",
  );

  push("## Targets", "");
  const read = (name: string) => x.reads.find((r) => r.scenario.name === name);
  const s1 = read("S1");
  const s2 = read("S2");
  const s3 = read("S3");
  const s4 = read("S4");
  if (s1)
    push(
      `- S1 ≥ 0.5× B0: ${verdict(s1.app.rps / s1.b0.rps >= 0.5)} — ${f2(s1.app.rps / s1.b0.rps)}× (${f0(s1.app.rps)} vs ${f0(s1.b0.rps)} rps).`,
    );
  if (s2) {
    const ratio = s2.app.rps / s2.b0.rps;
    const p95 = s2.app.p95 / s2.b0.p95;
    const peer = s2.app.rps / s2.pgl.rps;
    push(
      `- S2 ≥ 0.6× B0 rps with p95 ≤ 2× B0, and ≥ 1.0× PostGraphile: ${verdict(ratio >= 0.6 && p95 <= 2 && peer >= 1)} — ${f2(ratio)}× rps (${f0(s2.app.rps)} vs ${f0(s2.b0.rps)}), p95 ${f2(p95)}× (${f1(s2.app.p95)} vs ${f1(s2.b0.p95)} ms), ${f2(peer)}× PostGraphile (${f0(s2.pgl.rps)} rps).`,
    );
  }
  if (s3)
    push(
      `- S3 ≥ 0.5× B0s: ${verdict(s3.app.rps / s3.b0s.rps >= 0.5)} — ${f2(s3.app.rps / s3.b0s.rps)}× (${f1(s3.app.rps)} vs ${f1(s3.b0s.rps)} rps).`,
    );
  if (s4)
    push(
      `- S4 ≥ 0.5× B0: ${verdict(s4.app.rps / s4.b0.rps >= 0.5)} — ${f2(s4.app.rps / s4.b0.rps)}× (${f0(s4.app.rps)} vs ${f0(s4.b0.rps)} rps).`,
    );
  const big = x.live.find((l) => l.target === "app" && l.clients === 5000);
  const bigB0 = x.live.find((l) => l.target === "B0" && l.clients === 5000);
  const huge = x.live.find((l) => l.target === "app" && l.clients > 5000);
  const largest = x.live.filter((l) => l.target === "app").pop();
  if (big) {
    push(
      `- S5 5,000 clients, p95 < 250 ms and ≤ 1.5× B0's, 0 lost / 0 duplicate: ${verdict(big.connected === 5000 && big.upper.p95 < 250 && (!bigB0 || big.upper.p95 <= 1.5 * bigB0.upper.p95) && big.lost === 0 && big.duplicates === 0)} — ${big.connected} connected, p95 ${f0(big.lower.p95)}–${f0(big.upper.p95)} ms, ${big.lost} lost, ${big.duplicates} duplicate${bigB0 ? `; B0 on the same machine: p95 ${f0(bigB0.lower.p95)}–${f0(bigB0.upper.p95)} ms` : ""}.`,
    );
  } else if (largest) {
    push(
      `- S5 5,000 clients with p95 < 250 ms: not run in this report (the full run does); ${largest.clients} clients gave p95 ${f0(largest.lower.p95)}–${f0(largest.upper.p95)} ms, ${largest.lost} lost, ${largest.duplicates} duplicate.`,
    );
  }
  if (huge) {
    push(
      `- S5 20,000 clients on one process: all connected, 0 lost, 0 duplicate, p95 < 1 s, RSS per idle subscription ≤ 15 KiB: ${verdict(huge.connected === 20_000 && huge.lost === 0 && huge.duplicates === 0 && huge.upper.p95 < 1000 && huge.rssPerConnectionKiB <= 15)} — ${huge.clients < 20_000 ? `run with ${huge.clients} clients, the most this machine's open-file limit per process allows; ` : ""}${huge.connected} connected, ${huge.lost} lost, ${huge.duplicates} duplicate, p95 ${f0(huge.lower.p95)}–${f0(huge.upper.p95)} ms, ${f0(huge.rssPerConnectionKiB)} KiB per subscription.`,
    );
  } else if (!x.quick) {
    push("- S5 20,000 clients on one process: not run in this report.");
  }
  const w8 = x.writes.find((w) => w.writers === 8);
  if (w8) {
    const ratio = w8.app.rps / w8.raw.tps;
    const cost = 1 - w8.raw.tps / w8.rawWithoutOutbox.tps;
    push(`- S6 ≥ 0.5× raw TPS (8 writers): ${verdict(ratio >= 0.5)} — ${f2(ratio)}× (${f0(w8.app.rps)} vs ${f0(w8.raw.tps)} tx/s).`);
    push(
      `- S6 outbox costing ≤ 15 % at 8 writers (raw statements): ${verdict(cost <= 0.15)} — ${f0(cost * 100)} % (${f0(w8.raw.tps)} with vs ${f0(w8.rawWithoutOutbox.tps)} without).`,
    );
  }
  push(
    "",
    "## Checks (these fail the run; timings never do)",
    "",
    ...x.checks.map((c) => `- ${c.ok ? "ok" : "**FAILED**"} — ${c.what}: ${c.detail}`),
    "",
  );
  const findings = path.resolve(__dirname, "../../bench/findings.md");
  if (existsSync(findings)) push(readFileSync(findings, "utf8"));
  return out.join("\n");
}
