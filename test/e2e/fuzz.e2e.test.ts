/**
 * A schema-driven fuzzer: for every query and mutation that takes arguments, as read from the
 * running schema, one argument (or one field of an input argument) gets a hostile value of its type
 * — blank, NUL, lone surrogates, bidi and zero-width text, 1 MB strings, impossible dates,
 * negative, huge and over-precise money, forged and wrong-type ids, forged cursors, deep and wide
 * filters, long lists — while the others are valid (ids of rows that exist). Whatever the value:
 * never an internal error or an HTTP 5xx, a BAD_USER_INPUT names its field, and a mutation that
 * fails writes nothing (every table's contents are unchanged).
 *
 * Bounded for CI; `FUZZ_RUNS=5000 npx jest test/e2e/fuzz.e2e.test.ts` runs longer, and
 * `FUZZ_SEED=<seed>` replays a failure fast-check reported.
 */
import fc from "fast-check";
import { gql, ok } from "../support/client";
import { createUser } from "../support/factories";
import { createMilestone, createTask, proposeTalentExchange } from "../support/project-factories";
import { createFacility, projectWithPlan, recordRevenue } from "../support/funds-factories";
import { INTROSPECTION, SchemaModel, type Operation, type Schema, type Slot } from "../support/fuzz";
import { toGlobalId } from "../../src/graphql/global-id";
import { appPerFile } from "../support/suite";
import { testDatabaseUrl } from "../support/app";
import { Client } from "pg";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/**
 * A database of the file's own: "nothing is written" compares every table, and the other files of
 * a run write to the run's database at the same time.
 */
const database = `${new URL(testDatabaseUrl()).pathname.slice(1)}_fuzz`;
async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: process.env.TEST_SERVER_URL });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}
beforeAll(() => onServer(`CREATE DATABASE "${database}"`));
const ownUrl = new URL(testDatabaseUrl());
ownUrl.pathname = `/${database}`;

// A body limit above the 1 MB strings, so that they reach the resolvers.
const t = appPerFile({ DATABASE_URL: ownUrl.toString(), BODY_LIMIT_BYTES: "5000000" });
afterAll(() => onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));

let model: SchemaModel;
let viewers: string[];

/** A fingerprint of every table's contents: equal before and after means nothing was written. */
async function fingerprint(): Promise<string> {
  const db = t.app.deps.db;
  const tables: { tablename: string }[] = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  const parts = tables.map(
    ({ tablename }) => `(SELECT md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM "${tablename}" x)`,
  );
  const [row]: { sum: string }[] = await db.query(`SELECT ${parts.join(" || ")} AS sum`);
  return row.sum;
}

/** Global ids of a few rows of every entity, by type name (entity classes are named as their GraphQL types). */
async function existingIds(): Promise<Map<string, string[]>> {
  const db = t.app.deps.db;
  const ids = new Map<string, string[]>();
  for (const meta of db.entityMetadatas) {
    if (!meta.primaryColumns.some((c) => c.propertyName === "id" && c.type === "uuid")) continue;
    const rows: { id: string }[] = await db.query(`SELECT id FROM "${meta.tableName}" ORDER BY id LIMIT 3`);
    if (rows.length)
      ids.set(
        meta.targetName,
        rows.map((r) => toGlobalId(meta.targetName, r.id)),
      );
  }
  return ids;
}

beforeAll(async () => {
  const world = await projectWithPlan(t.url, t.admin, [6000, 4000]);
  const [lead, partner] = world.members;
  const token = lead.admin.token;
  await createMilestone(t.url, token, world.projectId);
  await createTask(t.url, token, world.projectId);
  const person = await createUser(t.url, token, lead.id);
  ok(
    await proposeTalentExchange(t.url, token, {
      allianceId: world.allianceId,
      personId: person.id,
      fromOrganizationId: lead.id,
      toOrganizationId: partner.id,
    }),
  );
  ok(
    await recordRevenue(t.url, world.secretariat.token, {
      projectId: world.projectId,
      kind: "LICENSE_ROYALTY",
      amount: "100.00",
      receivedOn: "2026-03-01",
      idempotencyKey: "fuzz-seed",
    }),
  );
  ok(await createFacility(t.url, world.secretariat.token, { allianceId: world.allianceId, hostOrganizationId: lead.id, name: "Fuzz lab" }));
  const schema = ok(await gql<Schema>(t.url, INTROSPECTION, {}, t.admin));
  model = new SchemaModel(schema, await existingIds());
  viewers = [t.admin, world.secretariat.token, token];
}, 120_000);

interface Answer {
  status: number;
  errors: { message: string; extensions?: { code?: string; field?: string; fields?: string[] } }[];
  data: Record<string, unknown> | null;
}

async function send(document: string, variables: Record<string, unknown>, token: string): Promise<Answer> {
  const response = await fetch(t.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document, variables }),
  });
  const text = await response.text();
  let body: Partial<Answer> = {};
  try {
    body = JSON.parse(text) as Partial<Answer>;
  } catch {
    // A refusal before GraphQL (a body too large, say) need not be JSON.
  }
  return { status: response.status, errors: body.errors ?? [], data: body.data ?? null };
}

/** The variables with the slot's hostile value in place. */
function withHostile(operation: Operation, slot: Slot, value: unknown): Record<string, unknown> {
  const variables = model.baseline(operation);
  const i = operation.args.findIndex((a) => a.name === slot.arg);
  if (slot.field === undefined) variables[`a${i}`] = value;
  else {
    const base = (variables[`a${i}`] ?? model.valid(operation.args[i].type, slot.arg)) as Record<string, unknown>;
    variables[`a${i}`] = { ...base, [slot.field]: value };
  }
  return variables;
}

const cases = () =>
  fc.constantFrom(...model.operations).chain((operation) =>
    fc.tuple(
      fc.constant(operation),
      fc
        .constantFrom(...model.slots(operation))
        .chain((slot) => fc.tuple(fc.constant(slot), model.hostile(slot.type, slot.field ?? slot.arg))),
      fc.constantFrom(...viewers.keys()),
    ),
  );

it("finds the operations and their arguments in the running schema", () => {
  expect(model.operations.filter((o) => o.kind === "mutation").length).toBeGreaterThan(30);
  expect(model.operations.filter((o) => o.kind === "query").length).toBeGreaterThan(20);
});

it(`answers ${RUNS} hostile arguments without an internal error, naming the field, writing nothing on failure`, async () => {
  const details = await fc.check(
    fc.asyncProperty(cases(), async ([operation, [slot, value], viewer]) => {
      const before = operation.kind === "mutation" ? await fingerprint() : "";
      const answer = await send(operation.document, withHostile(operation, slot, value), viewers[viewer]);
      const where = `${operation.name}(${slot.arg}${slot.field ? `.${slot.field}` : ""}: ${String(JSON.stringify(value)).slice(0, 200)})`;
      expect([where, answer.status < 500]).toEqual([where, true]);
      expect([where, answer.errors.filter((e) => e.extensions?.code === "INTERNAL_SERVER_ERROR")]).toEqual([where, []]);
      const refusal = answer.errors.find((e) => e.extensions?.code === "BAD_USER_INPUT");
      if (refusal) {
        const named =
          Boolean(refusal.extensions?.field || refusal.extensions?.fields?.length) || refusal.message.includes(slot.field ?? slot.arg);
        expect([where, refusal.message, named]).toEqual([where, refusal.message, true]);
      }
      const failed = answer.status >= 400 || answer.errors.length > 0;
      if (operation.kind === "mutation" && failed && answer.data?.[operation.name] == null) {
        expect([where, await fingerprint()]).toEqual([where, before]);
      }
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  // fast-check's own report prints the whole counterexample, 1 MB strings included.
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`FUZZ_SEED=${details.seed} (path ${details.counterexamplePath}):\n${cause.slice(0, 3000)}`);
  }
}, 600_000);
