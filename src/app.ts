/**
 * The whole application: database (embedded or configured), migrations, bootstrap admin,
 * optional demo data, and the server. `main.ts` and the tests start it the same way.
 */
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/database";
import { createSchema } from "./schema";
import { startServer, type RunningServer } from "./server";
import { ensureBootstrapAdmin } from "./services/user.service";
import { scoringOf } from "./services/activity.service";
import { motionService } from "./services/motion.service";
import { demoCastLogins, seedDemo } from "./demo/seed";
import type { DemoLogin } from "./demo/world";
import type { IdeLogin } from "./graphql/ide";
import type { AppDeps } from "./operation-context";
import { watchPool } from "./metrics";
import { systemClock } from "./clock";
import { EventDispatcher } from "./events/dispatcher";
import { onEventsCommitted } from "./db/outbox";
import { StandingCache } from "./auth/standing-cache";

export interface App {
  config: Config;
  deps: AppDeps;
  database: Database;
  /** The outbox reader feeding this process's subscriptions. */
  events: EventDispatcher;
  server: RunningServer;
  bootstrapAdmin: { created: boolean; email?: string };
  demoLogins: DemoLogin[] | undefined;
  /** Graceful stop: drain the server, stop the event listener, then close the database (and the embedded cluster). */
  stop(): Promise<void>;
}

/**
 * The bootstrap administrator first, then the demo cast: the development IDE prefills a token for
 * each of them that exists (the demo data may have been loaded by DEMO_DATA or `npm run seed:demo`).
 */
function ideLogins(config: Config): IdeLogin[] {
  if (config.production) return [];
  const admin = config.bootstrapAdminEmail
    ? [{ email: config.bootstrapAdminEmail, password: config.bootstrapAdminPassword, role: "platform administrator" }]
    : [];
  return [...admin, ...demoCastLogins()];
}

export async function startApp(config: Config): Promise<App> {
  scoringOf(config);
  const database = await openDatabase(config);
  const events = new EventDispatcher({
    databaseUrl: database.directUrl,
    retentionHours: config.eventRetentionHours,
    replays: config.replays,
  });
  // Viewers' standings kept across requests, dropped by the events that change them.
  const standing = new StandingCache();
  const unobserve = standing.attach(events);
  try {
    const deps: AppDeps = { db: database.dataSource, analyticsDb: database.analytics, config, clock: systemClock, events, standing };
    const bootstrapAdmin = await ensureBootstrapAdmin(deps.db, config.bootstrapAdminEmail, config.bootstrapAdminPassword);
    const demoLogins = config.demoData ? await seedDemo(deps) : undefined;
    watchPool((database.dataSource.driver as unknown as { master: Parameters<typeof watchPool>[0] }).master);
    const schema = await createSchema();
    await events.start();
    // This process's commits reach its own subscribers without a round trip through NOTIFY.
    const unregisterReader = onEventsCommitted(database.dataSource, events);
    const server = await startServer(deps, schema, config, ideLogins(config));
    // Motions whose voting closed are decided by the next read anyway; the sweep tells subscribers without one.
    const stopSweep = motionService.startSweep(deps, config.motionSweepSeconds);
    let stopping: Promise<void> | undefined;
    return {
      config,
      deps,
      database,
      events,
      server,
      bootstrapAdmin,
      demoLogins,
      stop: () =>
        (stopping ??= (async () => {
          await stopSweep();
          await server.close();
          unregisterReader();
          await events.stop();
          unobserve();
          await database.close();
        })()),
    };
  } catch (error) {
    await events.stop();
    await database.close();
    throw error;
  }
}
