/** End-to-end and unit tests; the database is prepared once in test/support/global-setup.mjs. */
const fs = require("node:fs");
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, "utf8"));

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  // Browser tests need Chromium: `npm run test:browser` (jest.browser.config.js) runs them.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: { "^.+\\.ts$": ["@swc/jest", { ...swc, swcrc: false }] },
  globalSetup: "<rootDir>/test/support/global-setup.mjs",
  globalTeardown: "<rootDir>/test/support/global-teardown.mjs",
  testTimeout: 60_000,
  maxWorkers: 2,
};
