/** docs/permissions.md is the matrix's current rendering: changing a row without `npm run docs:permissions` fails here. */
import { readFileSync } from "node:fs";
import { PERMISSIONS_DOC, renderPermissions } from "./permissions-doc";

it("docs/permissions.md equals the rendering of the authorization matrix", () => {
  expect(readFileSync(PERMISSIONS_DOC, "utf8")).toBe(renderPermissions());
});
