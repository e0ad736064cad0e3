/**
 * Abuse limits: one mechanism for HTTP requests and graphql-ws operations alike.
 *
 * - parse: at most `maxTokens` tokens (graphql-js stops parsing past the limit);
 * - validate: depth, aliases and directives (graphql-armor's rules, which follow fragments, so a
 *   fragment cannot hide depth), on top of the specification's rules;
 * - input size: variables nest at most MAX_VARIABLE_DEPTH levels; a `filter` stays within
 *   FILTER_LIMITS (src/collections/filter.ts) and an `orderBy` within MAX_ORDER_KEYS, or the
 *   operation is refused with BAD_USER_INPUT naming the argument before anything runs;
 * - cost: every connection field costs its `first` (default 20) times what it selects, every other
 *   object field 1, every condition of a `filter` FILTER_CONDITION_COST and a subscription's replay
 *   (`afterEventId`) REPLAY_COST; an operation above
 *   `maxCost` is refused before it runs;
 * - budget: each organization spends cost points from a sliding one-minute window (./cost-budget.ts).
 */
import {
  GraphQLError,
  Kind,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { LRUCache } from "lru-cache";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { Limits } from "../config";
import { AppError, ErrorCode, badInput } from "../errors";
import { DEFAULT_PAGE_SIZE } from "./connection";
import { CostBudget } from "./cost-budget";
import { measureFilter } from "../collections/filter";
import { checkOrderBy } from "../db/keyset";

/** What a subscription's replay (`afterEventId`) costs: about a page of events read and resolved. */
const REPLAY_COST = 200;
/** What each condition of a `filter` costs: the database evaluates it for every row it scans. */
const FILTER_CONDITION_COST = 10;
/** How deeply a variable's value may nest (objects and lists); a filter within its bounds stays well below. */
const MAX_VARIABLE_DEPTH = 40;

/** The cost of one operation as reported in `extensions.cost`. */
export interface OperationCost {
  requested: number;
  actual?: number;
  remaining: number;
  resetAt: string;
}

/** Validation errors of a limit carry the standard code and the limit that was hit. */
function limitError(limit: string, message: string, status = 400): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit, http: { status } },
  });
}

/** Armor's rules throw by default; report instead, so the client gets a normal validation error. */
function reportAs(limit: string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ""), {
            extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit },
          }),
        ),
    ],
  };
}

function limitRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ...reportAs("depth") }),
    maxAliasesRule({ n: limits.maxAliases, ...reportAs("aliases") }),
    maxDirectivesRule({ n: limits.maxDirectives, ...reportAs("directives") }),
  ];
}

/** The arguments `argumentsCost` checks and measures: their values change a price too. */
const MEASURED_ARGUMENTS = ["orderBy", "afterEventId", "filter"];

/** What a field's list-valued arguments cost, once their bounds are checked. */
function argumentsCost(args: Record<string, unknown>): number {
  checkOrderBy(Array.isArray(args.orderBy) ? (args.orderBy as { field: string }[]) : undefined);
  const replay = args.afterEventId != null ? REPLAY_COST : 0;
  return replay + (args.filter ? measureFilter(args.filter) * FILTER_CONDITION_COST : 0);
}

const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNamedType(field.type);
  const inputs = argumentsCost(args);
  if (!isObjectType(type)) return inputs;
  if (type.name.endsWith("Connection")) {
    const size = typeof args.last === "number" ? args.last : typeof args.first === "number" ? args.first : DEFAULT_PAGE_SIZE;
    return Math.max(1, size) * Math.max(1, childComplexity) + inputs;
  }
  return 1 + childComplexity + inputs;
};

/**
 * BAD_USER_INPUT when a variable's value nests deeper than MAX_VARIABLE_DEPTH, naming the
 * argument it is passed to. Runs before graphql-js coerces the variables (which recurses).
 */
function checkVariableDepth(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  if (!variables) return;
  const tooDeep = (value: unknown, depth: number): boolean =>
    typeof value === "object" &&
    value !== null &&
    (depth >= MAX_VARIABLE_DEPTH || Object.values(value).some((child) => tooDeep(child, depth + 1)));
  for (const [name, value] of Object.entries(variables)) {
    if (!tooDeep(value, 0)) continue;
    let argument = name;
    visit(document, {
      Argument(node) {
        if (node.value.kind === Kind.VARIABLE && node.value.name.value === name) argument = node.name.value;
      },
    });
    throw badInput(argument, `${argument} nests more than ${MAX_VARIABLE_DEPTH} levels deep`);
  }
}

function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined | null,
): number | undefined {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [connectionEstimator],
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Variables that do not coerce: execution refuses the operation with BAD_USER_INPUT
    // before any resolver runs, so there is nothing to price (and nothing to keep as its price).
    return undefined;
  }
}

/** Arguments whose variables change a price: page sizes, and the conditions of @include/@skip. */
const PRICED_ARGUMENTS = new Set(["first", "last", "if"]);
/** For documents not trusted, the arguments whose values are checked and measured as well. */
const CHECKED_ARGUMENTS = new Set([...PRICED_ARGUMENTS, ...MEASURED_ARGUMENTS]);

/** The variables used anywhere in the value of an argument named in `names`. */
function variablesIn(document: DocumentNode, names: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  visit(document, {
    Argument(node) {
      if (!names.has(node.name.value)) return;
      visit(node.value, {
        Variable(variable) {
          found.add(variable.name.value);
        },
      });
    },
  });
  return [...found];
}

/** A value of `type` that coerces, for the variables that cannot change a price. */
function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, placeholder(field.type)]));
  }
  const scalars: Record<string, unknown> = {
    Int: 0,
    Float: 0,
    Boolean: false,
    Date: "2000-01-01",
    DateTime: "2000-01-01T00:00:00.000Z",
    Decimal: "0",
    JSONObject: {},
  };
  return type.name in scalars ? scalars[type.name] : "0";
}

/** A trusted document's pricing: which variables matter, and stand-ins for the others. */
interface TrustedPricing {
  pricedVariables: string[];
  placeholders: Record<string, unknown>;
}

function trustedPricing(schema: GraphQLSchema, document: DocumentNode): TrustedPricing {
  const placeholders: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = typeFromAST(schema, variable.type) as GraphQLInputType | undefined;
      if (type && isNonNullType(type) && !variable.defaultValue) placeholders[variable.variable.name.value] = placeholder(type);
    }
  }
  return { pricedVariables: variablesIn(document, PRICED_ARGUMENTS), placeholders };
}

/** The guard both transports use: parse with the token limit, validate with the limit rules, price. */
export class OperationGuard {
  readonly rules: ValidationRule[];
  readonly budget: CostBudget;
  /**
   * Valid documents by query text, for graphql-ws (Apollo keeps its own for HTTP): clients that
   * subscribe again, and the many that send the same subscription, skip parsing and validation,
   * and share one document object (which src/graphql/shared-subscribe.ts relies on).
   */
  private readonly documents = new LRUCache<string, DocumentNode>({ max: 1000 });

  constructor(
    readonly schema: GraphQLSchema,
    readonly limits: Limits,
  ) {
    this.rules = limitRules(limits);
    this.budget = new CostBudget(limits.costBudgetPerMinute);
  }

  get parseOptions() {
    return { maxTokens: this.limits.maxTokens };
  }

  /** Trusted documents, priced by the variables that change their price alone. */
  private readonly trusted = new WeakMap<DocumentNode, TrustedPricing>();

  /**
   * Parses, validates and prices a trusted document once, at start: its price then depends only on
   * its page-size and @include/@skip variables (a document without such variables is never priced
   * again). Throws when the document is not one valid operation of the schema, or costs too much.
   */
  trust(text: string): DocumentNode {
    const parsed = this.parseAndValidate(text);
    if ("errors" in parsed) throw new Error(parsed.errors.map((error) => error.message).join("; "));
    // Priced without its name: a second operation would make the price ambiguous.
    const operations = parsed.document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
    if (operations !== 1) throw new Error(`it holds ${operations} operations, not one`);
    this.trusted.set(parsed.document, trustedPricing(this.schema, parsed.document));
    const requested = this.cost(parsed.document, {}, undefined);
    if (requested > this.limits.maxCost) throw new Error(`its cost ${requested} exceeds MAX_COST ${this.limits.maxCost}`);
    return parsed.document;
  }

  /** For transports that do their own parsing (graphql-ws): parse and validate, or the errors. */
  parseAndValidate(query: string): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
    const known = this.documents.get(query);
    if (known) return { document: known };
    let document: DocumentNode;
    try {
      document = parse(query, this.parseOptions);
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : "Syntax error";
      const limit = /tokens/i.test(message) ? "tokens" : undefined;
      return {
        errors: [
          new GraphQLError(message, {
            extensions: { code: limit ? "GRAPHQL_VALIDATION_FAILED" : "GRAPHQL_PARSE_FAILED", ...(limit ? { limit } : {}) },
          }),
        ],
      };
    }
    const errors = validate(this.schema, document, [...specifiedRules, ...this.rules]);
    if (errors.length > 0) {
      // As Apollo answers over HTTP: an invalid document is the client's error, never masked.
      return {
        errors: errors.map((error) =>
          error.extensions.code
            ? error
            : new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { ...error.extensions, code: "GRAPHQL_VALIDATION_FAILED" },
              }),
        ),
      };
    }
    this.documents.set(query, document);
    return { document };
  }

  /** Prices an operation and charges the viewer's budget; throws when either limit is hit. */
  price(
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | null | undefined,
    budgetKey: string,
  ): OperationCost {
    let requested: number;
    try {
      checkVariableDepth(document, variables);
      requested = this.cost(document, variables, operationName);
    } catch (error) {
      // Refused arguments (a filter past its bounds, variables nested too deep) are the client's
      // error: HTTP 400 like any BAD_USER_INPUT, not the 500 Apollo gives errors thrown while planning.
      if (error instanceof AppError && error.code === ErrorCode.BAD_USER_INPUT) {
        throw new AppError(error.code, error.message, { ...error.extensions, http: { status: 400 } });
      }
      throw error;
    }
    if (requested > this.limits.maxCost) {
      throw limitError(
        "cost",
        `The operation's cost ${requested} exceeds the maximum of ${this.limits.maxCost}; ask for fewer items (first) or fewer levels`,
      );
    }
    const { remaining, resetAt } = this.budget.charge(budgetKey, requested);
    return { requested, remaining, resetAt };
  }

  /**
   * Requested costs by document and the variables that change them. Apollo hands over the same
   * parsed document for the same query text, so a client repeating an operation is priced once,
   * and charged each time.
   */
  private readonly costs = new WeakMap<DocumentNode, Map<string, number>>();

  private cost(document: DocumentNode, variables: Record<string, unknown> | undefined, operationName: string | null | undefined): number {
    const trusted = this.trusted.get(document);
    if (trusted) {
      // One operation per trusted document: neither its name nor the other variables change the price.
      const priced = Object.fromEntries(
        trusted.pricedVariables.filter((name) => variables?.[name] !== undefined).map((name) => [name, variables?.[name]]),
      );
      operationName = undefined;
      variables = { ...trusted.placeholders, ...priced };
      return this.cachedCost(document, variables, operationName, JSON.stringify(priced));
    }
    // Priced by the variables that can change the price: a client sending the same operation with
    // other ids (every mutation, every lookup) is priced once.
    let priced = this.checkedVariables.get(document);
    if (!priced) this.checkedVariables.set(document, (priced = variablesIn(document, CHECKED_ARGUMENTS)));
    const values = Object.fromEntries(priced.map((name) => [name, variables?.[name]]));
    return this.cachedCost(document, variables, operationName, `${operationName ?? ""} ${JSON.stringify(values)}`);
  }

  /** Per document not trusted, the variables its price depends on (`CHECKED_ARGUMENTS`). */
  private readonly checkedVariables = new WeakMap<DocumentNode, string[]>();

  private cachedCost(
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | null | undefined,
    key: string,
  ): number {
    if (key.length > 10_000) return operationCost(this.schema, document, variables, operationName) ?? 0;
    let byVariables = this.costs.get(document);
    if (!byVariables) this.costs.set(document, (byVariables = new Map<string, number>()));
    const known = byVariables.get(key);
    if (known !== undefined) return known;
    const cost = operationCost(this.schema, document, variables, operationName);
    // Not kept when the variables did not coerce: the same priced values with valid others cost more.
    if (cost === undefined) return 0;
    if (byVariables.size >= 100) byVariables.clear();
    byVariables.set(key, cost);
    return cost;
  }
}
