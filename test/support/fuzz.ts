/**
 * A schema-driven fuzzer's parts: the running schema's operations and their argument slots (read
 * by introspection), a valid value for every argument type (ids of rows that exist), and hostile
 * values per type (fast-check arbitraries). test/e2e/fuzz.e2e.test.ts puts them together.
 */
import fc from "fast-check";
import { randomUUID } from "node:crypto";
import { toGlobalId } from "../../src/graphql/global-id";

export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}

interface InputValue {
  name: string;
  type: TypeRef;
}

interface SchemaType {
  kind: string;
  name: string;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
}

export const INTROSPECTION = `{ __schema {
  queryType { name } mutationType { name }
  types { kind name
    inputFields { name type { ...T } }
    enumValues { name }
    fields { name type { ...T } args { name type { ...T } } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

export interface Schema {
  __schema: { queryType: { name: string }; mutationType: { name: string }; types: SchemaType[] };
}

/** One operation: a root field with arguments, and the document that calls it with variables. */
export interface Operation {
  kind: "query" | "mutation";
  name: string;
  args: InputValue[];
  document: string;
}

/** Where a hostile value goes: a top-level argument, or a field of an input object argument. */
export interface Slot {
  arg: string;
  field?: string;
  type: TypeRef;
}

const named = (type: TypeRef): string => type.name ?? named(type.ofType!);
const typeString = (type: TypeRef): string =>
  type.kind === "NON_NULL" ? `${typeString(type.ofType!)}!` : type.kind === "LIST" ? `[${typeString(type.ofType!)}]` : type.name!;

export class SchemaModel {
  readonly types: Map<string, SchemaType>;
  readonly operations: Operation[];

  constructor(
    schema: Schema,
    private readonly ids: Map<string, string[]>,
  ) {
    this.types = new Map(schema.__schema.types.map((t) => [t.name, t]));
    const roots: ["query" | "mutation", string][] = [
      ["query", schema.__schema.queryType.name],
      ["mutation", schema.__schema.mutationType.name],
    ];
    this.operations = roots.flatMap(([kind, root]) =>
      (this.types.get(root)!.fields ?? [])
        .filter((f) => f.args.length > 0)
        .map((f) => {
          const vars = f.args.map((a, i) => `$a${i}: ${typeString(a.type)}`).join(", ");
          const call = f.args.map((a, i) => `${a.name}: $a${i}`).join(", ");
          const returned = this.types.get(named(f.type))!;
          const selection = ["OBJECT", "INTERFACE", "UNION"].includes(returned.kind) ? " { __typename }" : "";
          return { kind, name: f.name, args: f.args, document: `${kind} (${vars}) { ${f.name}(${call})${selection} }` };
        }),
    );
  }

  /** The argument slots of an operation: each argument, and each field of an input object argument. */
  slots(operation: Operation): Slot[] {
    return operation.args.flatMap((arg) => {
      const type = this.types.get(named(arg.type))!;
      const fields = type.kind === "INPUT_OBJECT" ? type.inputFields!.map((f) => ({ arg: arg.name, field: f.name, type: f.type })) : [];
      return [{ arg: arg.name, type: arg.type }, ...fields];
    });
  }

  /** Global ids of existing rows of the type an argument named `name` refers to (any type for `id`). */
  idsFor(name: string): string[] {
    const base = name.replace(/Ids?$/, "");
    const type = base.charAt(0).toUpperCase() + base.slice(1);
    if (this.ids.has(type)) return this.ids.get(type)!;
    const suffix = [...this.ids.keys()].find((t) => type.endsWith(t));
    if (suffix) return this.ids.get(suffix)!;
    if (name === "personId") return this.ids.get("User") ?? [];
    return [...this.ids.values()].flat();
  }

  /** A valid value of `type` (required input fields only), for an argument or field named `name`. */
  valid(type: TypeRef, name: string, depth = 0): unknown {
    if (type.kind === "NON_NULL") return this.valid(type.ofType!, name, depth);
    if (type.kind === "LIST") return [this.valid(type.ofType!, name, depth)];
    const t = this.types.get(type.name!)!;
    if (t.kind === "ENUM") return t.enumValues![0].name;
    if (t.kind === "INPUT_OBJECT") {
      if (depth > 3) return {};
      const value: Record<string, unknown> = {};
      for (const field of t.inputFields!) {
        if (field.type.kind === "NON_NULL") value[field.name] = this.valid(field.type, field.name, depth + 1);
      }
      return value;
    }
    switch (t.name) {
      case "ID":
        return this.idsFor(name)[0] ?? toGlobalId("Organization", randomUUID());
      case "Int":
        return name === "basisPoints" ? 10000 : 1;
      case "Boolean":
        return true;
      case "Date":
        return "2026-06-01";
      case "DateTime":
        return "2026-06-01T08:00:00.000Z";
      case "Decimal":
        return "10.00";
      case "JSONObject":
        return {};
      default:
        return name === "email" ? "fuzz@example.com" : name === "currency" ? "CNY" : `Fuzz ${name}`;
    }
  }

  /** The variables of `operation` with valid values for its required arguments. */
  baseline(operation: Operation): Record<string, unknown> {
    const variables: Record<string, unknown> = {};
    operation.args.forEach((arg, i) => {
      if (arg.type.kind === "NON_NULL") variables[`a${i}`] = this.valid(arg.type, arg.name);
    });
    return variables;
  }

  /** Hostile values for a slot of `type` named `name`. */
  hostile(type: TypeRef, name: string): fc.Arbitrary<unknown> {
    const inner = type.kind === "NON_NULL" ? type.ofType! : type;
    if (inner.kind === "LIST") {
      const item = this.valid(inner.ofType!, name);
      return fc.oneof(
        fc.constant([]),
        fc.constant(Array.from({ length: 5_000 }, () => item)),
        this.hostile(inner.ofType!, name).map((v) => [item, v]),
      );
    }
    const t = this.types.get(inner.name!)!;
    if (t.kind === "ENUM") return fc.constantFrom("NOT_A_VALUE", "", 1, null);
    if (t.kind === "INPUT_OBJECT") return t.name.endsWith("Filter") ? this.hostileFilter(t) : this.hostileInput(t);
    if (name === "after" || name === "before") return fc.oneof(forgedCursor, texts);
    switch (t.name) {
      case "ID":
        return fc.oneof(forgedIds, fc.constantFrom(...this.wrongTypeIds(name)));
      case "Int":
        return fc.oneof(fc.constantFrom(-1, 0, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 1.5, "1"), fc.integer());
      case "Boolean":
        return fc.constantFrom("true", 0, "");
      case "Date":
        return fc.oneof(
          impossibleDates,
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        );
      case "DateTime":
        return fc.oneof(
          impossibleDates.map((d) => `${d}T00:00:00Z`),
          fc.constantFrom("0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "2026-06-01T25:00:00Z", "yesterday"),
        );
      case "Decimal":
        return hostileMoney;
      case "JSONObject":
        return fc.constantFrom({ a: "\u0000" }, deepObject(200), { toString: "x" });
      default:
        return texts;
    }
  }

  /** Ids of existing rows of other types than the slot refers to. */
  private wrongTypeIds(name: string): string[] {
    const right = new Set(this.idsFor(name));
    const wrong = [...this.ids.values()].flat().filter((id) => !right.has(id));
    return wrong.length ? wrong.slice(0, 20) : [toGlobalId("Nope", randomUUID())];
  }

  /** An input object whose required fields are valid but one, which is hostile. */
  private hostileInput(t: SchemaType): fc.Arbitrary<unknown> {
    const base = this.valid({ kind: "INPUT_OBJECT", name: t.name, ofType: null }, t.name) as Record<string, unknown>;
    const fields = t.inputFields!.filter((f) => this.types.get(named(f.type))?.kind !== "INPUT_OBJECT");
    if (fields.length === 0) return fc.constant(base);
    return fc.constantFrom(...fields).chain((f) => this.hostile(f.type, f.name).map((v) => ({ ...base, [f.name]: v })));
  }

  /** Deep, wide and hostile filters: nested `not`/`and`/`or`, long `in` lists, hostile leaf values. */
  private hostileFilter(t: SchemaType): fc.Arbitrary<unknown> {
    const scalarFields = t.inputFields!.filter((f) => {
      const type = this.types.get(named(f.type));
      return type?.kind === "INPUT_OBJECT" && type.inputFields!.some((g) => g.name === "eq");
    });
    const combinators = new Set(t.inputFields!.map((f) => f.name));
    const leaf: fc.Arbitrary<Record<string, unknown>> = scalarFields.length
      ? fc.constantFrom(...scalarFields).chain((f) => {
          const condition = this.types.get(named(f.type))!;
          const eq = condition.inputFields!.find((g) => g.name === "eq")!;
          return fc.oneof(
            this.hostile(eq.type, f.name).map((v) => ({ [f.name]: { eq: v } })),
            fc.constant({ [f.name]: { in: Array.from({ length: 1_000 }, () => this.valid(eq.type, f.name)) } }),
            fc.constant({ [f.name]: { isNull: true, eq: this.valid(eq.type, f.name) } }),
          );
        })
      : fc.constant({});
    if (!combinators.has("not")) return leaf;
    return fc.oneof(
      leaf,
      fc.tuple(leaf, fc.integer({ min: 2, max: 60 })).map(([l, depth]) => nest(l, depth)),
      fc.tuple(leaf, fc.integer({ min: 2, max: 2_000 })).map(([l, width]) => ({ or: Array.from({ length: width }, () => l) })),
    );
  }
}

const nest = (leaf: Record<string, unknown>, depth: number): Record<string, unknown> =>
  depth === 0 ? leaf : { [depth % 2 ? "not" : "and"]: depth % 2 ? nest(leaf, depth - 1) : [nest(leaf, depth - 1)] };

function deepObject(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { nested: value };
  return value;
}

/** Text no argument should choke on: empty, blank, NUL, lone surrogates, bidi and zero-width, huge. */
const texts: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "",
    "   ",
    "\t\r\n",
    "\u0000",
    "a\u0000b",
    "\uD800",
    "x\uDC00",
    "\u202Eevil\u202C",
    "\u200B\u200D\uFEFF",
    "مرحبا",
    "'; DROP TABLE organization; --",
    "%_\\",
    '=HYPERLINK("http://x","y")',
    "x".repeat(1_000_000),
    "😀".repeat(10_000),
  ),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
);

/** Days PostgreSQL cannot store, and days that do not exist. */
const impossibleDates = fc.constantFrom(
  "0000-01-01",
  "0000-12-31",
  "2026-02-30",
  "2026-13-01",
  "-0001-01-01",
  "10000-01-01",
  "2026-6-1",
  "",
);

const hostileMoney: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("-0.00", "-1.00", "999999999999999.99", "1000000000000000.00", "1e5", "0.001", "NaN", "Infinity", "", " ", "１２", 12.5),
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(
    (n) =>
      `${n}.${String(n % 1000n)
        .replace("-", "")
        .padStart(3, "0")}`,
  ),
);

const forgedIds: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "",
    "garbage",
    Buffer.from("Project:not-a-uuid").toString("base64url"),
    Buffer.from("Project:\u0000").toString("base64url"),
    Buffer.from(":").toString("base64url"),
    "x".repeat(100_000),
  ),
  fc.constant(null).map(() => toGlobalId("Project", randomUUID())),
  fc.string({ maxLength: 40 }),
);

const forgedCursor: fc.Arbitrary<unknown> = fc
  .array(
    fc.oneof(fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("2026-01-01", "not-a-date", "\u0000", randomUUID(), "1e400")),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((values) => Buffer.from(JSON.stringify(values), "utf8").toString("base64url"));
