/**
 * `npm run test:browser`: the tests that drive a real browser (Debian's `chromium`), kept out of
 * `npm test` so the suite needs no browser. Same transform and database set-up as jest.config.js.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/browser"],
  testPathIgnorePatterns: [],
  testTimeout: 120_000,
  maxWorkers: 1,
};
