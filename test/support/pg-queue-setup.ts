/**
 * Every test file: no query is ever sent on a pg client that already has one waiting (pg
 * deprecates it and pg 9 refuses it; on one transaction's connection it is a concurrency bug).
 *
 * The one exemption is TypeORM's schema builder (`RdbmsSchemaBuilder`), which reads the catalog
 * with parallel queries on one connection; only the schema-drift check of the platform test uses
 * it, never the application.
 */
import { watchQueuedQueries } from "./pg-queue-guard";

const queued = watchQueuedQueries();

afterAll(() => {
  queued.restore();
  expect(queued.stacks.filter((stack) => !stack.includes("RdbmsSchemaBuilder"))).toEqual([]);
});
