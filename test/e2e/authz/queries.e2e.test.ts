/** The authorization matrix for reads: every query path × every role (DESIGN.md §3). */
import { appPerFile } from "../../support/suite";
import { buildAuthzWorld, type AuthzWorld } from "../../support/authz-world";
import { actual } from "./matrix";
import { queryRows } from "./query-rows";

const t = appPerFile();
let w: AuthzWorld;

beforeAll(async () => {
  w = await buildAuthzWorld(t.url);
}, 120_000);

//                      anon member orgAdmin legalRep other secretariat analyst supervisor admin
it.each(queryRows.map((row) => [row.path, row] as const))("%s", async (_path, row) => {
  expect(`${row.path}: ${await actual(row, w)}`).toBe(`${row.path}: ${row.expect}`);
});
