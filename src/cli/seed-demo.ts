/** `npm run seed:demo`: loads the demo alliance into the configured (or embedded) database. */
import "reflect-metadata";
import { loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { ensureBootstrapAdmin } from "../services/user.service";
import { seedDemo } from "../demo/seed";
import { logger } from "../logger";

async function run(): Promise<void> {
  const config = loadConfig();
  logger.setLevel(config.logLevel);
  const database = await openDatabase(config);
  try {
    const deps = { db: database.dataSource, analyticsDb: database.analytics, config };
    await ensureBootstrapAdmin(deps.db, config.bootstrapAdminEmail, config.bootstrapAdminPassword);
    const logins = await seedDemo(deps);
    process.stdout.write("Demo alliance loaded. Log in as:\n");
    for (const login of logins) process.stdout.write(`  ${login.email} / ${login.password}  (${login.role})\n`);
  } finally {
    await database.close();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
