/**
 * API processes started the way users start one (`node dist/src/main.js`): a separate Node
 * process with its own pool and its own LISTEN connection, on the run's test database or on
 * whatever the caller's environment names.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ADMIN_EMAIL, ADMIN_PASSWORD, testDatabaseUrl } from "./app";

const MAIN = path.join(__dirname, "../../dist/src/main.js");

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  /** The exit code, once the process exited. */
  exit: Promise<number | null>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** The API process on the run's test database, with the tests' bootstrap admin. */
export function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  return spawnServer({
    DATABASE_URL: testDatabaseUrl(),
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ...env,
  });
}

/**
 * `node dist/src/main.js` with no environment but PATH, a free port on 127.0.0.1, warnings logged
 * and `env`; resolves once it serves.
 */
export function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server process did not start in time:\n${output}`));
    }, 45_000);
    const check = () => {
      const match = /serving (http:\/\/\S+\/graphql)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        child,
        url: match[1],
        output: () => output,
        exit,
        stop: () => {
          child.kill("SIGTERM");
          return exit;
        },
      });
    };
    child.stdout.on("data", check);
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server process exited with ${code} before serving:\n${output}`));
    });
  });
}
