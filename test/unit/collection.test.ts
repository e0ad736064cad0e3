import "reflect-metadata";
import { Task } from "../../entities/task.entity";
import { defineCollection, SortDirection } from "../../src/collections/collection";
import { field, type SqlEnv } from "../../src/collections/fields";
import { SqlParams } from "../../src/db/sql";

const env = {
  params: new SqlParams(),
  today: "2026-12-07",
  access: { isAdmin: true, viewer: { organizationId: null, userId: "" } },
} as SqlEnv;

it("refuses to sort by a nullable column without a place for its nulls (a keyset would lose rows)", () => {
  expect(() =>
    defineCollection({
      name: "UnsortableTask",
      entity: Task,
      alias: "t",
      filter: false,
      fields: { dueDate: field.date({ order: "DUE" }) },
    }),
  ).toThrow("UnsortableTask.dueDate is nullable: it sorts only with a nullsAs");
});

it("sorts a nullable column with its nulls where the descriptor puts them, and by the default order when asked for none", () => {
  const tasks = defineCollection({
    name: "SortableTask",
    entity: Task,
    alias: "t",
    filter: false,
    fields: { dueDate: field.date({ order: "DUE", nullsAs: "'infinity'::date" }), createdAt: field.datetime() },
    defaultOrder: [["createdAt", SortDirection.ASC]],
  });
  expect(tasks.sortKeys("t", [{ field: "DUE", direction: SortDirection.DESC }], env)).toEqual([
    { sql: "COALESCE(t.due_date, 'infinity'::date)", direction: SortDirection.DESC },
  ]);
  expect(tasks.sortKeys("t", null, env)).toEqual([{ sql: "t.created_at", direction: SortDirection.ASC }]);
});

it("refuses a default order by a nullable column without a place for its nulls", () => {
  expect(() =>
    defineCollection({
      name: "DefaultSortedTask",
      entity: Task,
      alias: "t",
      filter: false,
      fields: { dueDate: field.date() },
      defaultOrder: [["dueDate", SortDirection.ASC]],
    }),
  ).toThrow("DefaultSortedTask.dueDate is nullable: it sorts only with a nullsAs");
});

it("names a property that is not a column of the entity", () => {
  const tasks = defineCollection({ name: "RenamedTask", entity: Task, alias: "t", filter: false, fields: { title: field.string() } });
  expect(() => tasks.column("heading")).toThrow("Task.heading is not a column");
});
