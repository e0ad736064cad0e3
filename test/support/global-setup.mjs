// Prepares one database for the whole run: a fresh database on DATABASE_URL's server when it is
// set, otherwise an embedded PostgreSQL in a temporary directory. Migrations are applied here
// (and again, as a no-op, by every test server, exactly as at a real start).
import { mkdtemp, chmod, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export default async function globalSetup() {
  const { Client } = require("pg");
  const name = `alliance_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const state = { name };
  let serverUrl = process.env.DATABASE_URL;
  require(path.join(root, "dist/src/logger.js")).logger.setLevel("warn");
  if (!serverUrl) {
    const { startEmbeddedPostgres } = require(path.join(root, "dist/src/db/embedded.js"));
    const dir = await mkdtemp(path.join(tmpdir(), "alliance-hub-test-"));
    await chmod(dir, 0o755);
    const embedded = await startEmbeddedPostgres(path.join(dir, "pg"), 55432, "postgres");
    state.embedded = embedded;
    state.dir = dir;
    serverUrl = embedded.url;
  }
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.TEST_DATABASE_URL = url.toString();
  process.env.TEST_SERVER_URL = serverUrl;

  const { loadConfig } = require(path.join(root, "dist/src/config.js"));
  const { openDatabase } = require(path.join(root, "dist/src/db/database.js"));
  const { logger } = require(path.join(root, "dist/src/logger.js"));
  logger.setLevel("error");
  const database = await openDatabase(loadConfig({ DATABASE_URL: process.env.TEST_DATABASE_URL, LOG_LEVEL: "error" }));
  await database.close();

  globalThis.__ALLIANCE_TEST__ = { ...state, serverUrl, rm };
}
