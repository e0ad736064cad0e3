/**
 * The matrix covers the whole API: every Query, Mutation and Subscription field of the running
 * schema (read by introspection) has at least one row, and every row names one outcome per role.
 * A new operation without a row fails here.
 */
import { startTestApp, type TestApp } from "../../support/app";
import { gql, ok } from "../../support/client";
import { ROLES } from "../../support/authz-world";
import type { Kind, Row } from "./matrix";
import { mutationRows } from "./mutation-rows";
import { queryRows } from "./query-rows";
import { subscriptionRows } from "./subscription-rows";

const rows: Row[] = [...queryRows, ...mutationRows, ...subscriptionRows];
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

async function rootFields(): Promise<Record<Kind, string[]>> {
  const data = ok(
    await gql<{ __schema: Record<string, { fields: { name: string }[] } | null> }>(
      t.url,
      `{ __schema { queryType { fields { name } } mutationType { fields { name } } subscriptionType { fields { name } } } }`,
    ),
  );
  const names = (key: string) => (data.__schema[key]?.fields ?? []).map((f) => f.name).sort();
  return { query: names("queryType"), mutation: names("mutationType"), subscription: names("subscriptionType") };
}

it("has a row for every query, mutation and subscription field, and no row for a field that does not exist", async () => {
  const fields = await rootFields();
  for (const kind of ["query", "mutation", "subscription"] as const) {
    const covered = new Set(rows.filter((r) => r.kind === kind).map((r) => r.field));
    expect({ kind, withoutRow: fields[kind].filter((f) => !covered.has(f)) }).toEqual({ kind, withoutRow: [] });
    expect({ kind, unknown: [...covered].filter((f) => !fields[kind].includes(f)) }).toEqual({ kind, unknown: [] });
  }
  expect(fields.mutation.length).toBeGreaterThan(40);
});

it("names one outcome per role in every row, and every path once", () => {
  const malformed = rows.filter((r) => !/^[.hUFNB]( [.hUFNB])*$/.test(r.expect) || r.expect.split(" ").length !== ROLES.length);
  expect(malformed.map((r) => r.path)).toEqual([]);
  const paths = rows.map((r) => `${r.kind} ${r.path}`);
  expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
});

it("refuses every operation to anonymous callers except login", () => {
  const open = rows.filter((r) => !r.expect.startsWith("U"));
  expect(open.map((r) => r.field)).toEqual(["login"]);
});
