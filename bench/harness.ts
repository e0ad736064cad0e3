/**
 * What the bench run needs around the scenarios: a private database (on DATABASE_URL's server,
 * or an embedded PostgreSQL started the way the app starts one), child processes that print one
 * JSON line, process memory, and a description of the machine.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import type { LoadOptions, LoadResult } from "./load";
import { mkdtemp, rm, writeFile, readFile, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { startEmbeddedPostgres } from "../src/db/embedded";

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh `bench_<timestamp>` database; dropped (and the embedded server stopped) by `drop`. */
export async function createBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tempDir: string | undefined;
  if (!serverUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "alliance-hub-bench-"));
    await chmod(tempDir, 0o755);
    const embedded = await startEmbeddedPostgres(path.join(tempDir, "pg"), 55442, "postgres");
    serverUrl = embedded.url;
    stopEmbedded = () => embedded.stop();
  }
  const name = `bench_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
      await stopEmbedded?.();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
}

const here = __dirname;

/** Runs `dist/bench/<script>.js <options file>` and returns the JSON line it prints. */
export async function runChild<T>(script: string, options: unknown): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "alliance-hub-bench-opts-"));
  const file = path.join(dir, "options.json");
  await writeFile(file, JSON.stringify(options));
  try {
    return await new Promise<T>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(here, `${script}.js`), file], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout.on("data", (chunk) => (out += chunk));
      child.stderr.on("data", (chunk) => (err += chunk));
      child.on("exit", (code) => {
        if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${err.slice(0, 2000)}`));
        resolve(JSON.parse(out.trim().split("\n").pop()!) as T);
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let loadWorker: ChildProcess | undefined;

/** One autocannon run in the load worker process (started on first use, kept for the run). */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  loadWorker ??= fork(path.join(here, "load.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const worker = loadWorker;
  return new Promise((resolve, reject) => {
    worker.once("message", (message: { result?: LoadResult; error?: string }) =>
      message.result ? resolve(message.result) : reject(new Error(message.error)),
    );
    worker.send(options);
  });
}

export function stopLoadWorker(): void {
  loadWorker?.kill("SIGTERM");
  loadWorker = undefined;
}

/** Starts a long-running child that prints one JSON line when ready. */
export function startChild<T>(script: string, arg: string): Promise<{ child: ChildProcess; ready: T }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, `${script}.js`), arg], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("\n")) resolve({ child, ready: JSON.parse(out.split("\n")[0]) as T });
    });
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
}

/** Resident set size of a process in MiB (Linux). */
export async function rssMiB(pid: number = process.pid): Promise<number> {
  if (pid === process.pid) return process.memoryUsage().rss / 2 ** 20;
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

export async function machine(databaseUrl: string): Promise<Record<string, string>> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  const { rows } = await c.query<{ v: string }>("SELECT version() AS v");
  await c.end();
  return {
    CPU: os.cpus()[0]?.model ?? "unknown",
    Cores: String(os.cpus().length),
    RAM: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    "Load average at start": os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", "),
    Node: process.version,
    PostgreSQL: rows[0].v.split(" on ")[0],
    OS: `${os.type()} ${os.release()}`,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)];
}

export function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
