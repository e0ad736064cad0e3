/** The authorization matrix for writes: every mutation × every role (DESIGN.md §3). */
import { startTestApp, type TestApp } from "../../support/app";
import { buildAuthzWorld, type AuthzWorld } from "../../support/authz-world";
import { actual } from "./matrix";
import { mutationRows } from "./mutation-rows";

let t: TestApp;
let w: AuthzWorld;

beforeAll(async () => {
  t = await startTestApp();
  w = await buildAuthzWorld(t.url);
}, 120_000);
afterAll(() => t.stop());

//                      anon member orgAdmin legalRep other secretariat analyst admin
it.each(mutationRows.map((row) => [row.path, row] as const))(
  "%s",
  async (_path, row) => {
    expect(`${row.path}: ${await actual(row, w)}`).toBe(`${row.path}: ${row.expect}`);
  },
  60_000,
);
