/**
 * Queries and mutations executed by graphql-jit: each operation of a document is compiled once into
 * a function that resolves its fields without graphql-js's per-field work (a resolve info, a path
 * and an argument coercion for every field of every row, whether it has arguments or not).
 *
 * It sits behind Apollo Server's executor interface (a "gateway" that serves one local schema), so
 * parsing, validation, the operation's limits, plugins and `formatError` are Apollo's as before.
 * What the client sees does not change:
 * - variables are coerced by graphql-js first, and its errors answered as they are;
 * - graphql-jit's errors are turned back into graphql-js's `GraphQLError` with the same message,
 *   locations, path, extensions and original error, which `formatError` maps or masks.
 * Subscriptions stay on graphql-js (graphql-ws and the audiences, ./shared-subscribe.ts), and so do
 * operations with a variable of a recursive input type (a filter's `and`/`or`/`not`): graphql-jit
 * generates their coercion inline and never finishes (graphql-jit issue #81).
 */
import {
  GraphQLError,
  OperationTypeNode,
  getNamedType,
  isInputObjectType,
  typeFromAST,
  type GraphQLInputObjectType,
  execute,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";

/**
 * Per document, by operation name ("" for the only one): its compiled form, or null where it runs
 * on graphql-js. Decided and compiled on the operation's first execution.
 */
const plans = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

/**
 * graphql-jit's error, as graphql-js would have located it. graphql-jit's own error class passes
 * `instanceof GraphQLError` but lacks what graphql-js's always has (an `extensions` object, which
 * Apollo reads before `formatError`), so every error it returns is rebuilt.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  if (error.constructor === GraphQLError) return error;
  const located = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  Object.assign(located, { locations: error.locations });
  return located;
}

/** The input object types from which an input type that contains itself can be reached. */
function recursiveInputTypes(schema: GraphQLSchema): Set<GraphQLInputObjectType> {
  const inputsOf = (type: GraphQLInputObjectType) =>
    Object.values(type.getFields())
      .map((field) => getNamedType(field.type))
      .filter(isInputObjectType);
  const reachable = (from: GraphQLInputObjectType): Set<GraphQLInputObjectType> => {
    const seen = new Set<GraphQLInputObjectType>();
    const stack = inputsOf(from);
    for (let type = stack.pop(); type; type = stack.pop()) {
      if (seen.has(type)) continue;
      seen.add(type);
      stack.push(...inputsOf(type));
    }
    return seen;
  };
  const inputs = Object.values(schema.getTypeMap()).filter(isInputObjectType);
  const reach = new Map(inputs.map((type) => [type, reachable(type)]));
  const cyclic = inputs.filter((type) => reach.get(type)!.has(type));
  return new Set(inputs.filter((type) => cyclic.some((c) => c === type || reach.get(type)!.has(c))));
}

function executeCompiled(schema: GraphQLSchema): GatewayExecutor {
  const recursive = recursiveInputTypes(schema);
  const compilable = (operation: OperationDefinitionNode): boolean =>
    operation.operation !== OperationTypeNode.SUBSCRIPTION &&
    (operation.variableDefinitions ?? []).every((variable) => {
      const named = getNamedType(typeFromAST(schema, variable.type));
      return !(isInputObjectType(named) && recursive.has(named));
    });
  const planOf = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | undefined) => {
    let byName = plans.get(document);
    if (!byName) plans.set(document, (byName = new Map<string, CompiledQuery | null>()));
    const name = operationName ?? "";
    let plan = byName.get(name);
    if (plan === undefined) {
      // Where graphql-jit refuses the operation, graphql-js answers it (and says what is wrong).
      const result = compilable(operation) ? compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true }) : null;
      plan = result && isCompiledQuery(result) ? result : null;
      byName.set(name, plan);
    }
    return plan;
  };
  return async (request) => {
    const { document, operation, context: contextValue } = request;
    const operationName = request.request.operationName ?? undefined;
    const variables = request.request.variables ?? {};
    const query = planOf(document, operation, operationName);
    if (!query) return execute({ schema, document, operationName, variableValues: variables, contextValue });
    // The variables' errors are graphql-js's own (Apollo and formatError recognize them by their text).
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await query.query(undefined, contextValue, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/** Apollo Server's executor interface, serving `schema` through graphql-jit. */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  return {
    load: async () => ({ schema, executor: executeCompiled(schema) }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    stop: async () => undefined,
  };
}
