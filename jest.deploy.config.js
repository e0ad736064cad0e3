/**
 * Deployment tests (`npm run test:deploy`): PgBouncer and a streaming replica, from Debian packages
 * that `.ci/run` installs. Each test file starts the PostgreSQL servers it needs; `npm test` does not
 * run these.
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  testMatch: ["**/test/deploy/**/*.deploy.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  globalSetup: undefined,
  globalTeardown: undefined,
  maxWorkers: 1,
};
