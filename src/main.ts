/**
 * `npm start`: reads the configuration, starts the application, prints how to log in, and
 * shuts down gracefully on SIGTERM / SIGINT (drain HTTP and WebSockets, stop the database).
 */
import "reflect-metadata";
import { ConfigError, loadConfig, type Config } from "./config";
import { scoringOf } from "./services/activity.service";
import { startApp, type App } from "./app";
import { logger } from "./logger";

function banner(app: App): string {
  const { config } = app;
  const lines = [
    "",
    `Alliance Hub is serving ${app.server.url} (HTTP and graphql-ws)`,
    `  database: ${config.databaseUrl ? "DATABASE_URL" : `embedded PostgreSQL in ${config.dataDir}/pg`}`,
  ];
  if (app.bootstrapAdmin.email) {
    const password = app.bootstrapAdmin.created || !config.production ? config.bootstrapAdminPassword : "(as configured)";
    lines.push(`  log in:   mutation { login(email: "${app.bootstrapAdmin.email}", password: "${password}") { token } }`);
  }
  if (app.demoLogins) {
    lines.push("  demo logins:");
    for (const login of app.demoLogins) lines.push(`    ${login.email} / ${login.password}  (${login.role})`);
  }
  lines.push("");
  return lines.join("\n");
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
    // The activity report's overrides name indicators, which the configuration alone does not know.
    scoringOf(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  logger.setLevel(config.logLevel);
  const app = await startApp(config);
  process.stdout.write(banner(app) + "\n");

  const shutdown = (signal: string) => {
    logger.info("shutting down", { signal });
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, 25_000);
    force.unref();
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error("shutdown failed", { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(`Alliance Hub failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
