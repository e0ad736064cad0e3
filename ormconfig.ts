/**
 * The TypeORM CLI's DataSource (`npx typeorm -d dist/ormconfig.js migration:generate migrations/<name>`
 * after `npm run build`): the application's definition (src/db/data-source.ts) on the configured
 * database. Loading this file reads the configuration, so the application never imports it.
 */
import { ConfigError, loadConfig, type Config } from "./src/config";
import { createDataSource } from "./src/db/data-source";

export { createDataSource };

function cliConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    // The same one-line answer as `npm start` gives, whoever loads this file first.
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(1);
  }
}

const config = cliConfig();
/** For the CLI: DATABASE_URL, or the embedded cluster while `npm start` runs it. */
export default createDataSource(
  config.databaseUrl ?? `postgres://postgres:postgres@127.0.0.1:${config.embeddedPgPort}/alliance_hub`,
  config,
);
