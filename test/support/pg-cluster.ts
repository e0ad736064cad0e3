/** Drives test/support/pg-cluster-process.mjs: a database a test may stop and restart. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtemp, chmod, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PgCluster {
  url: string;
  start(): Promise<string>;
  stop(): Promise<void>;
  destroy(): Promise<void>;
}

export async function createPgCluster(port: number): Promise<PgCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), "alliance-hub-faults-"));
  await chmod(dir, 0o755);
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [
    path.join(__dirname, "pg-cluster-process.mjs"),
    path.join(dir, "pg"),
    String(port),
  ]);
  let buffer = "";
  const waiters: ((line: string) => void)[] = [];
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline: number;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      waiters.shift()?.(line);
    }
  });
  const send = (command: string) =>
    new Promise<string>((resolve) => {
      waiters.push(resolve);
      child.stdin.write(`${command}\n`);
    });
  const cluster: PgCluster = {
    url: "",
    async start() {
      const line = await send("start");
      cluster.url = line.replace(/^started /, "");
      return cluster.url;
    },
    async stop() {
      await send("stop");
    },
    async destroy() {
      child.stdin.write("exit\n");
      await new Promise((resolve) => child.on("exit", resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
  return cluster;
}
