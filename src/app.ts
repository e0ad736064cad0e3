/**
 * The whole application: database (embedded or configured), migrations, bootstrap admin,
 * optional demo data, and the server. `main.ts` and the tests start it the same way.
 */
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/database";
import { createSchema } from "./schema";
import { startServer, type RunningServer } from "./server";
import { ensureBootstrapAdmin } from "./services/user.service";
import { seedDemo, type DemoLogin } from "./demo/seed";
import type { AppDeps } from "./context";
import { watchPool } from "./metrics";
import { systemClock } from "./clock";

export interface App {
  config: Config;
  deps: AppDeps;
  database: Database;
  server: RunningServer;
  bootstrapAdmin: { created: boolean; email?: string };
  demoLogins: DemoLogin[] | undefined;
  /** Graceful stop: drain the server, then close the database (and the embedded cluster). */
  stop(): Promise<void>;
}

export async function startApp(config: Config): Promise<App> {
  const database = await openDatabase(config);
  try {
    const deps: AppDeps = { db: database.dataSource, config, clock: systemClock };
    const bootstrapAdmin = await ensureBootstrapAdmin(
      deps.db,
      config.bootstrapAdminEmail,
      config.bootstrapAdminPassword,
    );
    const demoLogins = config.demoData ? await seedDemo(deps) : undefined;
    watchPool((database.dataSource.driver as unknown as { master: Parameters<typeof watchPool>[0] }).master);
    const schema = await createSchema();
    const server = await startServer(deps, schema, config);
    let stopping: Promise<void> | undefined;
    return {
      config,
      deps,
      database,
      server,
      bootstrapAdmin,
      demoLogins,
      stop: () =>
        (stopping ??= (async () => {
          await server.close();
          await database.close();
        })()),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
