/**
 * Every reference column of every collection (src/collections) goes through the referenced row's
 * visibility rule: in the filter, in the CSV export and in the aggregate's group keys. A new
 * reference field is covered without a line here; one that slipped past the rule fails.
 */
import "reflect-metadata";
import { collections } from "../../src/collections";
import type { SqlEnv } from "../../src/collections/fields";
import { ID_KEY_TYPES } from "../../src/db/aggregate";
import { SqlParams } from "../../src/db/sql";

const member = (): SqlEnv => ({
  params: new SqlParams(),
  today: "2026-12-07",
  access: {
    isAdmin: false,
    viewer: { organizationId: "00000000-0000-4000-8000-000000000001", userId: "00000000-0000-4000-8000-000000000002" },
  } as SqlEnv["access"],
});

/** Types every signed-in viewer may read: their references need no check. */
const PUBLIC = new Set(["Organization"]);

const references = collections.flatMap((collection) =>
  Object.entries(collection.fields)
    .filter(([, def]) => def.kind === "id" && def.idType !== collection.name && !PUBLIC.has(def.idType!))
    .map(([property, def]) => ({ collection, property, type: def.idType! })),
);

it("finds the reference columns to check", () => {
  expect(references.length).toBeGreaterThan(20);
});

it.each(references.map((r) => [`${r.collection.name}.${r.property} → ${r.type}`, r] as const))(
  "%s is filtered, exported and grouped only where its row is visible",
  (_name, { collection, property }) => {
    const env = member();
    const a = collection.alias;
    if (collection.filterable && collection.fields[property].filter !== false) {
      const spec = collection.filterSpec(a, env)[property];
      expect(spec).toMatchObject({ kind: "id", visible: expect.stringContaining("EXISTS") });
    }
    expect(collection.sql(property, a, env)).toMatch(/^CASE WHEN EXISTS/);
    const column = collection.exportColumns().find((c) => c.header === property);
    if (column) expect(column.sql(a, member())).toMatch(/^CASE WHEN EXISTS/);
  },
);

const dimensions = collections
  .filter((c) => c.def.aggregate)
  .flatMap((collection) =>
    Object.entries(collection.aggregate().dimensions)
      .filter(([, dim]) => ID_KEY_TYPES[dim.key] && !PUBLIC.has(ID_KEY_TYPES[dim.key]!))
      .map(([name]) => [`${collection.name} ${name}`, collection, name] as const),
  );

it.each(dimensions)("the group key of %s reads as null where its row is hidden", (_name, collection, name) => {
  expect(collection.aggregateFor(member()).dimensions[name].sql).toMatch(/^CASE WHEN EXISTS/);
});

it("exports an id column of another row only where that row is visible, computed columns included", () => {
  for (const collection of collections) {
    for (const column of collection.exportColumns()) {
      if (column.type !== "id" || !column.idType || column.idType === collection.name || PUBLIC.has(column.idType)) continue;
      expect([collection.name, column.header, column.sql(collection.alias, member())]).toEqual([
        collection.name,
        column.header,
        expect.stringMatching(/^CASE WHEN EXISTS/),
      ]);
    }
  }
});
