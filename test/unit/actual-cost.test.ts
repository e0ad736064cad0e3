import { buildSchema, execute, parse, type GraphQLScalarType } from "graphql";
import { actualCost } from "../../src/graphql/actual-cost";

const schema = buildSchema(`
  scalar JSONObject
  scalar DateTime
  interface Named { name: String! friend: Named }
  type Person implements Named { name: String! friend: Named pets: [Pet!]! }
  type Robot implements Named { name: String! friend: Named maker: Person }
  type Pet { name: String! toys: [[Toy]] }
  type Toy { kind: String! }
  union Thing = Person | Pet
  type Query {
    people: [Person!]!
    named: [Named!]!
    things: [Thing!]!
    nobody: Person
    settings: JSONObject
    now: DateTime
    grid: [[Pet]]
  }
`);
// As graphql-scalars' do: JSONObject passes its object through, DateTime leaves a Date for the response's JSON.
for (const name of ["JSONObject", "DateTime"])
  Object.assign(schema.getType(name) as GraphQLScalarType, { serialize: (value: unknown) => value });

const toy = (kind: string) => ({ kind });
const pet = (name: string, toys: unknown = [[toy("ball"), null], [], [toy("rope")]]) => ({ __typename: "Pet", name, toys });
const ann = { __typename: "Person", name: "Ann", friend: null, pets: [pet("Rex"), pet("Tom", null)] };
const bob = { __typename: "Person", name: "Bob", friend: ann, pets: [] };
const robot = { __typename: "Robot", name: "R2", friend: bob, maker: ann };
const root = {
  people: [ann, bob],
  named: [robot, ann],
  things: [pet("Fido"), bob],
  nobody: null,
  settings: { theme: { dark: true }, tabs: [{ a: 1 }] },
  grid: [[pet("A"), null], [pet("B")]],
  now: new Date(Date.UTC(2026, 11, 7)),
};

/** The cost as a walk of every value of the response reads it (how it was computed before plans). */
function counted(data: unknown): number {
  if (data === null || typeof data !== "object") return 0;
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + counted(item), 0);
  let cost = 0;
  for (const value of Object.values(data)) {
    if (value !== null && typeof value === "object") cost += (Array.isArray(value) ? 0 : 1) + counted(value);
  }
  return cost;
}

async function costs(source: string, operationName?: string) {
  const document = parse(source);
  const result = await execute({ schema, document, rootValue: root, operationName });
  expect(result.errors).toBeUndefined();
  const data = result.data as Record<string, unknown>;
  return { plan: actualCost(schema, document, operationName, data), counted: counted(data) };
}

it.each([
  [
    "lists, nested lists with nulls, aliases",
    `{ people { name pets { name toys { kind } } } also: people { friend { name } } grid { name } }`,
  ],
  [
    "interfaces, inline fragments and fragment spreads",
    `{ named { name ... on Robot { maker { ...P } } ... on Person { pets { name } } friend { ... on Person { friend { name } } } } } fragment P on Person { name pets { toys { kind } } }`,
  ],
  ["unions with __typename", `{ things { __typename ... on Pet { toys { kind } } ... on Person { friend { name } } } }`],
  ["nulls", `{ nobody { name pets { name } } people { friend { name friend { name } pets { name } } } }`],
  ["introspection", `{ __type(name: "Person") { name fields { name type { name ofType { name } } } } __schema { queryType { name } } }`],
  ["skip and include", `query($no: Boolean = false) { people { pets @include(if: $no) { name } friend @skip(if: $no) { name } } }`],
])("counts what a walk of the whole response counts: %s", async (_what, source) => {
  const { plan, counted: expected } = await costs(source);
  expect(expected).toBeGreaterThan(0);
  expect(plan).toBe(expected);
});

it("counts the operation that ran, among several", async () => {
  const source = `query Few { people { friend { name } } } query Many { named { friend { name } } people { friend { friend { name } } } }`;
  expect((await costs(source, "Few")).plan).toBe(1);
  expect((await costs(source, "Many")).plan).toBe(2);
});

it("counts scalars as scalars, even those that are objects until the response is written", async () => {
  // The walk of every value counted them (a DateTime was one object more).
  expect(await costs(`{ settings }`)).toEqual({ plan: 0, counted: 2 });
  expect(await costs(`{ now }`)).toEqual({ plan: 0, counted: 1 });
});
