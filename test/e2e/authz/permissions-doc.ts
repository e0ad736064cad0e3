/**
 * docs/permissions.md, rendered from the authorization matrix: the rows the e2e tests run are the
 * document, so it cannot say anything the tests do not check. `npm run docs:permissions` rewrites
 * the file; permissions-doc.test.ts fails when the checked-in file differs from the render.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROLES, type Role } from "../../support/authz-world";
import type { Kind, Row } from "./matrix";
import { mutationRows } from "./mutation-rows";
import { queryRows } from "./query-rows";
import { subscriptionRows } from "./subscription-rows";

/** The repository's root, from the sources (under jest) or from their build under dist/. */
function repoRoot(dir = __dirname): string {
  return existsSync(path.join(dir, "package.json")) ? dir : repoRoot(path.dirname(dir));
}

export const PERMISSIONS_DOC = path.join(repoRoot(), "docs", "permissions.md");

/** Who each column is, in the world the matrix runs in (test/support/authz-world.ts). */
const WHO: Record<Role, string> = {
  anonymous: "no token",
  member: "a plain user (MEMBER) of member organization B, which takes part in the participants-only project",
  orgAdmin: "the ORG_ADMIN of member organization A, the alliance's host and the lead of its projects",
  legalRep: "the legal representative (法定代表人) of member organization C, a MEMBER user, not in the project",
  otherAlliance: "the ORG_ADMIN of an organization that is a member of another alliance only",
  secretariat: "a user holding the alliance's SECRETARIAT role (秘书处)",
  analyst: "a user of a non-member organization holding the alliance's ANALYST role",
  supervisor:
    "a user of a non-member organization (a government department) holding the alliance's GOVERNMENT_SUPERVISOR role; the participants-only project is government-funded, the alliance-visible one is not",
  admin: "the platform administrator",
};

const SYMBOL: Record<string, string> = {
  ".": "yes",
  h: "hidden",
  U: "UNAUTHENTICATED",
  F: "FORBIDDEN",
  N: "NOT_FOUND",
  B: "yes, input checked",
};

const SECTIONS: { kind: Kind; title: string; intro: string }[] = [
  {
    kind: "query",
    title: "Queries",
    intro:
      "What each role reads. `hidden` means the answer comes back without the object: absent from a list, " +
      "`null` in its place, or not counted in an aggregate.",
  },
  {
    kind: "mutation",
    title: "Mutations",
    intro: "What each role may do. A refused mutation writes nothing.",
  },
  {
    kind: "subscription",
    title: "Subscriptions",
    intro: "Who may subscribe. Rights are checked again for every event delivered.",
  },
];

const cell = (text: string) => text.replaceAll("|", "\\|");

function table(rows: Row[]): string[] {
  const lines = [`| operation | case | ${ROLES.join(" | ")} |`, `| --- | --- | ${ROLES.map(() => "---").join(" | ")} |`];
  for (const row of rows) {
    const outcomes = row.expect.split(" ").map((symbol) => SYMBOL[symbol] ?? symbol);
    const what = row.path === row.field ? "" : cell(row.path);
    lines.push(`| \`${row.field}\` | ${what} | ${outcomes.join(" | ")} |`);
  }
  return lines;
}

export function renderPermissions(): string {
  const rows: Row[] = [...queryRows, ...mutationRows, ...subscriptionRows];
  const lines = [
    "# Permissions",
    "",
    "<!-- Generated from the authorization matrix (test/e2e/authz/*-rows.ts) by `npm run docs:permissions`; do not edit. -->",
    "",
    "Who may see and do what, operation by operation. Every row below is a test: the end-to-end suite",
    "runs it as each role against a running server and expects exactly the outcome shown, and a test",
    "checks that this page is the current rendering of those rows. Something you may not see answers",
    "as if it did not exist (`NOT_FOUND`, `null`, or absent from a list).",
    "",
    "The roles are users of one alliance (联盟) in the test world:",
    "",
    "| role | who |",
    "| --- | --- |",
    ...ROLES.map((role) => `| ${role} | ${WHO[role]} |`),
    "",
    "Outcomes: `yes` (answered, the object is there), `hidden` (answered without the object),",
    "`UNAUTHENTICATED`, `FORBIDDEN`, `NOT_FOUND` (the error's `extensions.code`), and `yes, input",
    "checked` (allowed, then refused on the input's merits, `BAD_USER_INPUT`).",
  ];
  for (const section of SECTIONS) {
    lines.push("", `## ${section.title}`, "", section.intro, "", ...table(rows.filter((r) => r.kind === section.kind)));
  }
  return lines.join("\n") + "\n";
}

if (require.main === module) {
  writeFileSync(PERMISSIONS_DOC, renderPermissions());
  process.stdout.write(`wrote ${path.relative(process.cwd(), PERMISSIONS_DOC)}\n`);
}
