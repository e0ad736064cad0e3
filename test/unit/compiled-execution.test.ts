import {
  GraphQLError,
  buildSchema,
  execute,
  getOperationAST,
  parse,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
} from "graphql";
import type { GatewayExecutor, GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import { compiledExecution } from "../../src/graphql/compiled-execution";

const schema = buildSchema(`
  interface Named { name: String! }
  type Person implements Named { name: String! friends: [Person!]! age: Int! }
  type Robot implements Named { name: String! model: String }
  input Filter { name: String and: [Filter!] not: Filter }
  input Page { first: Int! }
  type Query {
    people(page: Page): [Person!]!
    named: [Named!]!
    refused: String
    broken: String
    ageless: Person
    matching(filter: Filter): [String!]!
  }
  type Mutation { rename(to: String!): String! }
`);

class Person {
  constructor(
    readonly name: string,
    readonly age: number | null,
    readonly friends: Person[] = [],
  ) {}
}
class Robot {
  constructor(readonly name: string) {}
}
const ann = new Person("Ann", 40);
const bob = new Person("Bob", 30, [ann]);

type Filter = { name?: string; and?: Filter[]; not?: Filter };
const matches = (name: string, filter: Filter): boolean =>
  (filter.name === undefined || filter.name === name) &&
  (filter.and ?? []).every((f) => matches(name, f)) &&
  (filter.not === undefined || !matches(name, filter.not));

const resolvers: Record<string, Record<string, GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>>> = {
  Query: {
    people: (_root, args) => Promise.resolve([ann, bob].slice(0, (args.page as { first: number } | undefined)?.first ?? 2)),
    named: () => [new Robot("R2"), ann],
    refused: () => {
      throw new GraphQLError("You may not", { extensions: { code: "FORBIDDEN", field: "refused" } });
    },
    broken: async () => {
      throw new Error("connection reset");
    },
    ageless: () => new Person("Cy", null),
    matching: (_root, args) => ["Ann", "Bob", "Cy"].filter((name) => matches(name, (args.filter as Filter) ?? {})),
  },
  Mutation: { rename: (_root, args) => `renamed to ${String(args.to)}` },
};
for (const [typeName, fields] of Object.entries(resolvers)) {
  const type = schema.getType(typeName) as GraphQLObjectType;
  for (const [name, resolve] of Object.entries(fields)) type.getFields()[name].resolve = resolve;
}
// Synchronous, as type-graphql's own resolveType is (src/graphql/node.ts).
(schema.getType("Named") as GraphQLInterfaceType).resolveType = (value) => (value instanceof Robot ? "Robot" : "Person");

let executor: GatewayExecutor;
beforeAll(async () => {
  executor = (await compiledExecution(schema).load({ apollo: { key: "", keyHash: "", graphRef: "" } })).executor!;
});

/** What Apollo hands the executor, for `query` with `variables`. */
function request(query: string, variables?: Record<string, unknown>): GatewayGraphQLRequestContext {
  const document = parse(query);
  return {
    request: { query, variables },
    document,
    operation: getOperationAST(document)!,
    context: { viewer: "test" },
  } as unknown as GatewayGraphQLRequestContext;
}

async function both(query: string, variables?: Record<string, unknown>): Promise<[ExecutionResult, ExecutionResult]> {
  const compiled = await executor(request(query, variables));
  const reference = await execute({ schema, document: parse(query), variableValues: variables, contextValue: {} });
  return [compiled as ExecutionResult, reference];
}

/** The result as a client reads it; errors by path (their order has no meaning, and graphql-jit's differs). */
function asJson(result: ExecutionResult): unknown {
  const json = JSON.parse(JSON.stringify(result)) as { errors?: { path?: unknown[] }[] };
  json.errors?.sort((a, b) => String(a.path).localeCompare(String(b.path)));
  return json;
}
const byPath = (errors: readonly GraphQLError[]) => [...errors].sort((a, b) => String(a.path).localeCompare(String(b.path)));

describe("compiled execution", () => {
  it("answers what graphql-js answers: nested lists, arguments from variables, interfaces", async () => {
    const [compiled, reference] = await both(
      `query ($page: Page) { people(page: $page) { name friends { name age } } named { __typename name ... on Robot { model } } }`,
      { page: { first: 2 } },
    );
    expect(compiled.errors).toBeUndefined();
    expect(asJson(compiled)).toEqual(asJson(reference));
    expect(compiled.data).toEqual({
      people: [
        { name: "Ann", friends: [] },
        { name: "Bob", friends: [{ name: "Ann", age: 40 }] },
      ],
      named: [
        { __typename: "Robot", name: "R2", model: null },
        { __typename: "Person", name: "Ann" },
      ],
    });
  });

  it("returns graphql-js errors: message, locations, path, an extensions object and the original error", async () => {
    const [compiled, reference] = await both(`{ refused broken ageless { name age } }`);
    expect(asJson(compiled)).toEqual(asJson(reference));
    expect(compiled.errors).toHaveLength(3);
    for (const error of compiled.errors!) {
      // Apollo reads `extensions.code` before formatError runs: graphql-jit's own errors have no extensions object.
      expect(error.constructor).toBe(GraphQLError);
      expect(error.extensions).toEqual(expect.any(Object));
    }
    const [, broken, refused] = byPath(compiled.errors!);
    expect(refused.extensions).toEqual({ code: "FORBIDDEN", field: "refused" });
    expect(refused.originalError?.message).toBe("You may not");
    expect(broken.originalError?.message).toBe("connection reset");
    expect(broken.path).toEqual(["broken"]);
    expect(broken.locations).toEqual([{ line: 1, column: 11 }]);
  });

  it("refuses bad variables with graphql-js's own errors, which Apollo recognizes by their node", async () => {
    const [compiled, reference] = await both(`query ($page: Page) { people(page: $page) { name } }`, { page: { first: "two" } });
    expect(asJson(compiled)).toEqual(asJson(reference));
    expect(compiled.errors![0].message).toMatch(/^Variable "\$page" got invalid value "two" at "page.first"/);
    expect(compiled.errors![0].nodes?.[0].kind).toBe("VariableDefinition");
  });

  it("answers operations with a variable of a recursive input type (graphql-jit cannot compile their coercion)", async () => {
    const [compiled, reference] = await both(`query ($f: Filter) { matching(filter: $f) }`, {
      f: { and: [{ not: { name: "Ann" } }], not: { name: "Cy" } },
    });
    expect(compiled).toEqual({ data: { matching: ["Bob"] } });
    expect(asJson(compiled)).toEqual(asJson(reference));
  });

  it("runs mutations", async () => {
    const compiled = await executor(request(`mutation { rename(to: "Zed") }`));
    expect(compiled).toEqual({ data: { rename: "renamed to Zed" } });
  });

  it("answers a document again from its compiled form, with new variables", async () => {
    const query = `query ($page: Page) { people(page: $page) { name } }`;
    const document = parse(query);
    const once = (first: number) =>
      executor({ ...request(query, { page: { first } }), document, operation: getOperationAST(document)! } as GatewayGraphQLRequestContext);
    expect(await once(1)).toEqual({ data: { people: [{ name: "Ann" }] } });
    expect(await once(2)).toEqual({ data: { people: [{ name: "Ann" }, { name: "Bob" }] } });
  });
});
