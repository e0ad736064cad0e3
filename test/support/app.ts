/** Starts the application in-process, the way `npm start` does, against the run's test database. */
import "reflect-metadata";
import { loadConfig } from "../../src/config";
import { startApp, type App } from "../../src/app";
import { logger } from "../../src/logger";
import type { CountingLogger } from "../../src/db/query-counter";

export const ADMIN_EMAIL = "admin@alliance.local";
export const ADMIN_PASSWORD = "admin-password";

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run the tests with `npm test`");
  return url;
}

export interface TestApp {
  app: App;
  url: string;
  /** SQL statements sent by this server so far. */
  statements(): number;
  stop(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_URL: testDatabaseUrl(),
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "error",
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    // Reads decide due motions; a test that wants the sweep asks for it.
    MOTION_SWEEP_SECONDS: "0",
    ...env,
  });
  logger.setLevel(config.logLevel);
  const app = await startApp(config);
  const counter = app.deps.db.logger as CountingLogger;
  return {
    app,
    url: app.server.url,
    statements: () => counter.statements,
    stop: () => app.stop(),
  };
}
