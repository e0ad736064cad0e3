/**
 * Named prepared statements (src/db/prepared.ts) on the run's real PostgreSQL: which texts get a
 * name, that a pool behind a transaction pooler sends none, and that a statement whose result
 * columns a migration changed is parsed afresh after the one call that fails.
 */
import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { createDataSource } from "../../src/db/data-source";
import { PREPARE_AFTER } from "../../src/db/prepared";
import { testDatabaseUrl } from "../support/app";

/** One connection, so the session whose prepared statements are read is the one that ran the text. */
async function openOneConnection(prepared: boolean): Promise<DataSource> {
  const db = createDataSource(testDatabaseUrl(), { statementTimeoutMs: 10_000, poolSize: 1 }, { prepared });
  return db.initialize();
}

/** The statements this session has prepared by protocol (named by the client, not SQL PREPARE). */
async function preparedTexts(db: DataSource): Promise<string[]> {
  const rows: { statement: string }[] = await db.query(
    "SELECT statement FROM pg_prepared_statements WHERE NOT from_sql ORDER BY prepare_time",
  );
  return rows.map((row) => row.statement);
}

describe("prepared statements", () => {
  let db: DataSource | undefined;
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
  });

  it("names a text with parameters from its third use, and never one without", async () => {
    db = await openOneConnection(true);
    // A text of this test's own, so other tests' uses in this process do not count.
    const text = `SELECT $1::text AS tag /* ${randomUUID()} */`;
    for (let use = 1; use < PREPARE_AFTER; use++) await db.query(text, ["x"]);
    expect(await preparedTexts(db)).not.toContain(text);
    const rows: { tag: string }[] = await db.query(text, ["third"]);
    expect(rows).toEqual([{ tag: "third" }]);
    expect(await preparedTexts(db)).toContain(text);
    // Later uses bind the statement already parsed.
    expect(await db.query(text, ["fourth"])).toEqual([{ tag: "fourth" }]);
    expect((await preparedTexts(db)).filter((statement) => statement === text)).toHaveLength(1);

    const bare = `SELECT 1 AS one /* ${randomUUID()} */`;
    for (let use = 0; use <= PREPARE_AFTER; use++) await db.query(bare);
    expect(await preparedTexts(db)).not.toContain(bare);
  });

  it("names nothing where the pool may go through a transaction pooler", async () => {
    db = await openOneConnection(false);
    const text = `SELECT $1::int + 1 AS n /* ${randomUUID()} */`;
    for (let use = 0; use <= PREPARE_AFTER; use++) expect(await db.query(text, [use])).toEqual([{ n: use + 1 }]);
    expect(await preparedTexts(db)).toEqual([]);
  });

  it("parses a statement afresh after a migration changed its result columns", async () => {
    db = await openOneConnection(true);
    const table = `prepared_${randomUUID().replace(/-/g, "")}`;
    await db.query(`CREATE TEMPORARY TABLE ${table} (id int PRIMARY KEY)`);
    await db.query(`INSERT INTO ${table} VALUES (1)`);
    const text = `SELECT * FROM ${table} WHERE id = $1`;
    for (let use = 0; use < PREPARE_AFTER; use++) await db.query(text, [1]);
    expect(await preparedTexts(db)).toContain(text);

    await db.query(`ALTER TABLE ${table} ADD COLUMN note text NOT NULL DEFAULT 'added'`);
    await expect(db.query(text, [1])).rejects.toThrow("cached plan must not change result type");
    expect(await db.query(text, [1])).toEqual([{ id: 1, note: "added" }]);
  });
});
