import { createRequire } from "node:module";
const require = createRequire(import.meta.url);

export default async function globalTeardown() {
  const state = globalThis.__ALLIANCE_TEST__;
  if (!state) return;
  const { Client } = require("pg");
  const admin = new Client({ connectionString: state.serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.name}" WITH (FORCE)`);
  await admin.end();
  if (state.embedded) {
    await state.embedded.stop();
    await state.rm(state.dir, { recursive: true, force: true });
  }
}
