/** End-to-end and unit tests; the database is prepared once in test/support/global-setup.mjs. */
const fs = require("node:fs");
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, "utf8"));

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Deployment and browser tests need Debian packages: `npm run test:deploy` (jest.deploy.config.js) and
  // `npm run test:browser` (jest.browser.config.js) run them.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/deploy/", "<rootDir>/test/browser/"],
  transform: { "^.+\\.ts$": ["@swc/jest", { ...swc, swcrc: false }] },
  setupFilesAfterEnv: ["<rootDir>/test/support/pg-queue-setup.ts"],
  globalSetup: "<rootDir>/test/support/global-setup.mjs",
  globalTeardown: "<rootDir>/test/support/global-teardown.mjs",
  testTimeout: 60_000,
  maxWorkers: 2,
};
