/**
 * Every collection descriptor (src/collections) against what the running server exposes: its
 * filter input, its order enum, its CSV export's columns and its aggregate's dimensions and dates
 * must be exactly what the descriptor says — nothing hand-written beside it.
 */
import { parse } from "csv-parse/sync";
import { collections } from "../../src/collections";
import type { AnyCollection } from "../../src/collections/collection";
import { startTestApp, type TestApp } from "../support/app";
import { gql, ok } from "../support/client";
import { adminToken, createOrganization, createUser } from "../support/factories";
import { exportCsv } from "../support/analytics-factories";

interface TypeRef {
  name: string | null;
  kind: string;
  ofType: TypeRef | null;
}
interface SchemaType {
  name: string;
  kind: string;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}

let t: TestApp;
let admin: string;
/** A user of a new organization: it sees next to nothing, so an export is its header row and little more, however much the suite wrote. */
let newcomer: string;
let types: Map<string, SchemaType>;

beforeAll(async () => {
  t = await startTestApp();
  admin = await adminToken(t.url);
  newcomer = (await createUser(t.url, admin, (await createOrganization(t.url, admin)).id)).token;
  const data = ok(
    await gql<{ __schema: { types: SchemaType[] } }>(
      t.url,
      `{ __schema { types { name kind
          inputFields { name type { name kind ofType { name kind ofType { name kind ofType { name kind } } } } }
          enumValues { name } } } }`,
      {},
      admin,
    ),
  );
  types = new Map(data.__schema.types.map((type) => [type.name, type]));
});
afterAll(() => t.stop());

/** The named type under lists and non-nulls. */
function named(type: TypeRef): string {
  return type.name ?? named(type.ofType!);
}

const SCALAR_FILTERS: Record<string, string> = {
  string: "StringFilter",
  int: "IntFilter",
  boolean: "BooleanFilter",
  datetime: "DateTimeFilter",
  date: "DateFilter",
  decimal: "DecimalFilter",
  id: "IdFilter",
  node: "IdFilter",
};

/** The filter input a descriptor implies: field name → input type name. */
function expectedFilter(collection: AnyCollection): Record<string, string> {
  const expected: Record<string, string> = {};
  for (const [property, def] of Object.entries(collection.fields)) {
    if (def.filter === false) continue;
    expected[property] = def.kind === "enum" ? `${def.enumName}Filter` : SCALAR_FILTERS[def.kind];
  }
  for (const [name, relation] of Object.entries(collection.relations)) expected[name] = relation.to().filterInput.name;
  if (collection.def.combinators !== false) {
    for (const combinator of ["and", "or", "not"]) expected[combinator] = `${collection.name}Filter`;
  }
  return expected;
}

const described = collections.map((c) => [c.name, c] as const);

describe.each(described)("%s", (name, collection) => {
  it("exposes exactly the filter input its descriptor describes", () => {
    const input = types.get(`${name}Filter`);
    if (!collection.filterable) {
      expect(input).toBeUndefined();
      return;
    }
    expect(input?.kind).toBe("INPUT_OBJECT");
    const actual = Object.fromEntries(input!.inputFields!.map((f) => [f.name, named(f.type)]));
    expect(actual).toEqual(expectedFilter(collection));
  });

  it("sorts by exactly the order fields its descriptor describes, each a column or an SQL value", () => {
    const values = Object.keys(collection.orderFields).sort();
    const orderEnum = types.get(`${name}OrderField`);
    if (values.length === 0) {
      expect(orderEnum).toBeUndefined();
      return;
    }
    expect(orderEnum!.enumValues!.map((v) => v.name).sort()).toEqual(values);
    for (const property of Object.values(collection.orderFields)) {
      const def = collection.fields[property];
      // A described field without its own SQL must be a column of the entity (a rename fails here too).
      if (!def.sql) expect(collection.column(property)).toMatch(/^[a-z_0-9]+$/);
    }
  });

  it("exports exactly the columns its descriptor lists", async () => {
    const path = collection.def.export?.path;
    if (!path) return expect(collection.exportColumns()).toEqual([]);
    const response = await exportCsv(t.url, newcomer, path);
    expect(response.status).toBe(200);
    const rows: string[][] = parse((await response.text()).replace(/^\uFEFF/, ""), { to_line: 1 });
    const [header] = rows;
    expect(header).toEqual(collection.exportColumns().map((c) => c.header));
  });

  it("aggregates by exactly the dimensions and dates its descriptor describes", () => {
    const groupBy = types.get(`${name}GroupBy`);
    const dates = types.get(`${name}AggregateDate`);
    if (!collection.def.aggregate) {
      expect([groupBy, dates]).toEqual([undefined, undefined]);
      return;
    }
    const source = collection.aggregate();
    expect(groupBy!.enumValues!.map((v) => v.name).sort()).toEqual([...Object.keys(source.dimensions), "MONTH", "QUARTER", "YEAR"].sort());
    expect(dates!.enumValues!.map((v) => v.name).sort()).toEqual(Object.keys(source.dates).sort());
  });
});

it("describes every collection filter in the schema", () => {
  // Conditions on one value (StringFilter, TaskStatusFilter, …) have `eq`; a collection's filter has fields instead.
  const filterInputs = [...types.values()]
    .filter((type) => type.kind === "INPUT_OBJECT" && type.name.endsWith("Filter") && !type.inputFields?.some((f) => f.name === "eq"))
    .map((type) => type.name.replace(/Filter$/, ""))
    .sort();
  expect(filterInputs).toEqual(
    collections
      .filter((c) => c.filterable)
      .map((c) => c.name)
      .sort(),
  );
});
