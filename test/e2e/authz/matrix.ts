/**
 * The authorization matrix: one row per operation (or query path), one expected outcome per role.
 * Outcomes, in the order of ROLES (anonymous, member, orgAdmin, legalRep, otherAlliance,
 * secretariat, analyst, admin):
 *   "."  answered, and the object in question is there
 *   "h"  answered, but the object is hidden (absent from the list, null, or empty)
 *   "U"  UNAUTHENTICATED   "F"  FORBIDDEN   "N"  NOT_FOUND
 *   "B"  BAD_USER_INPUT: allowed, and refused on the input's merits (e.g. applyForPilot while
 *        conditions are unmet)
 */
import type { GraphQLResponse } from "../../support/client";
import { ROLES, type AuthzWorld, type Role } from "../../support/authz-world";

export type Kind = "query" | "mutation" | "subscription";

export interface Row {
  kind: Kind;
  /** The root field the row exercises. */
  field: string;
  /** What exactly: the root field, a nested edge, an argument shape. */
  path: string;
  /** One outcome per role, space separated, in the order of ROLES. */
  expect: string;
  run(w: AuthzWorld, role: Role): Promise<GraphQLResponse>;
  /** For "." and "h": whether the object in question is in the answer. */
  visible?(data: any, w: AuthzWorld): boolean;
}

const LETTER: Record<string, string> = { UNAUTHENTICATED: "U", FORBIDDEN: "F", NOT_FOUND: "N", BAD_USER_INPUT: "B" };

/** The outcome symbol of one response. */
function outcome(row: Row, response: GraphQLResponse, w: AuthzWorld): string {
  if (response.errors?.length) {
    const code = String(response.errors[0].extensions?.code ?? "?");
    return LETTER[code] ?? code;
  }
  if (!response.data) return "?";
  if (!row.visible) return ".";
  return row.visible(response.data, w) ? "." : "h";
}

/** Runs the row for every role, one after another, and answers the outcomes in the table's notation. */
export async function actual(row: Row, w: AuthzWorld): Promise<string> {
  const symbols: string[] = [];
  for (const role of ROLES) symbols.push(outcome(row, await row.run(w, role), w));
  return symbols.join(" ");
}

export const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);
