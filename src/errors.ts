/**
 * The closed set of error codes clients see, and the one place where database
 * and unexpected errors are mapped onto them.
 */
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { QueryFailedError } from "typeorm";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { logger } from "./logger";
import { constraintMessages } from "./db/constraint-messages";

export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  CONFLICT: "CONFLICT",
  TIMEOUT: "TIMEOUT",
  RATE_LIMITED: "RATE_LIMITED",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error meant for the client: its message and `extensions` are shown as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const unauthenticated = (message = "Authentication required") => new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = "You are not allowed to do this") => new AppError(ErrorCode.FORBIDDEN, message);

/** Also the answer for rows the viewer may not see: the two are indistinguishable on purpose. */
export const notFound = (what: string, field?: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`, field ? { field } : {});

/** `field` is the input path of the offending value, e.g. `input.creditCode`. */
export const badInput = (field: string, message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, { field, fields: [field] });

export const conflict = (message: string, field?: string) => new AppError(ErrorCode.CONFLICT, message, field ? { field } : {});

function flatten(errors: ValidationError[], prefix: string): { field: string; message: string }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator failures on arguments: every offending field is named. */
function fromValidationErrors(errors: ValidationError[]): AppError {
  const problems = flatten(errors, "");
  const fields = [...new Set(problems.map((p) => p.field))];
  const message = problems.map((p) => `${p.field}: ${p.message}`).join("; ") || "Invalid input";
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { field: fields[0], fields, problems });
}

interface PgError {
  code?: string;
  constraint?: string;
  column?: string;
  detail?: string;
  message?: string;
}

const unavailable = () => new AppError(ErrorCode.INTERNAL_SERVER_ERROR, "The database is unavailable; retry shortly", { retryable: true });

/** The input field and message of a unique or exclusion constraint the client can violate (src/db/constraint-messages.ts). */
function knownConstraint(constraint: string | undefined): { field: string; message: string } | undefined {
  return constraint !== undefined && Object.hasOwn(constraintMessages, constraint) ? constraintMessages[constraint] : undefined;
}

/** Maps a thrown value to a client-facing error, or undefined when it is not one we can explain. */
export function mapKnownError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof ArgumentValidationError) return fromValidationErrors(error.extensions.validationErrors);
  const pg: PgError | undefined = error instanceof QueryFailedError ? (error.driverError as PgError) : (error as PgError | undefined);
  switch (pg?.code) {
    case "23505": {
      const known = knownConstraint(pg.constraint);
      if (known) return conflict(known.message, known.field);
      return conflict("This record already exists");
    }
    case "23P01": {
      const known = knownConstraint(pg.constraint);
      if (known) return conflict(known.message, known.field);
      return conflict("This overlaps an existing record");
    }
    case "23502": {
      // An optional input field sent as an explicit null where the column needs a value.
      const field = (pg.column ?? "").replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
      return field ? badInput(field, `${field} cannot be null`) : new AppError(ErrorCode.BAD_USER_INPUT, "A required value is missing");
    }
    case "40001":
    case "40P01":
      return conflict("A concurrent change interfered; retry the request");
    case "57014":
      return new AppError(ErrorCode.TIMEOUT, "The database took too long to answer; narrow the request or retry");
    case "57P01":
    case "57P02":
    case "57P03":
    case "08000":
    case "08001":
    case "08003":
    case "08006":
    case "ECONNREFUSED":
    case "ECONNRESET":
    case "EPIPE":
      return unavailable();
    default:
      break;
  }
  const message = pg?.message ?? "";
  if (/timeout exceeded when trying to connect/i.test(message)) {
    return new AppError(ErrorCode.TIMEOUT, "No database connection became free in time; retry shortly", { retryable: true });
  }
  // Also matched by message: a system error from another realm (as under test runners) may reach
  // here only as "Unexpected error value: Error: connect ECONNREFUSED ...".
  if (/Connection terminated|connection is closed|Client has encountered a connection error|ECONNREFUSED|ECONNRESET|EPIPE/i.test(message)) {
    return unavailable();
  }
  return undefined;
}

/**
 * The input field named by graphql-js's variable coercion message, `Variable "$input" got invalid
 * value … at "input.shares[1].basisPoints"; …` → `shares[1].basisPoints` (the variable name
 * itself when the variable is the value).
 */
function coercedVariableField(message: string): string | undefined {
  const match = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value .*?(?: at "([^"]+)")?; /s.exec(message);
  if (!match) return undefined;
  const [, variable, path] = match;
  if (!path) return variable;
  return path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : path;
}

/**
 * Apollo's `formatError`: known errors pass, GraphQL validation errors pass, everything else is
 * logged and replaced by a generic message, so SQL, stack traces and paths never leave the server.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let original = error;
  while (original instanceof GraphQLError && !(original instanceof AppError) && original.originalError) {
    original = original.originalError;
  }
  const known = mapKnownError(original);
  if (known) {
    // `http` (status, headers) is for the transport; Apollo applies it, clients never see it.
    const { http: _http, ...extensions } = known.extensions;
    return { message: known.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (formatted.message.startsWith("Too many errors processing variables")) {
    // graphql-js stops coercing variables after so many errors (each reported before this one).
    return { message: "Too many invalid values in the variables", extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  const code = formatted.extensions?.code;
  if (code === "BAD_USER_INPUT" && !formatted.extensions?.field) {
    // A variable the schema refused (e.g. a Decimal with three decimals): name the input field.
    const field = coercedVariableField(formatted.message);
    if (field) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, field, fields: [field] } };
    }
  }
  if (
    code === "GRAPHQL_PARSE_FAILED" ||
    code === "GRAPHQL_VALIDATION_FAILED" ||
    code === "BAD_USER_INPUT" ||
    code === "PERSISTED_QUERY_NOT_FOUND" ||
    code === "BAD_REQUEST" ||
    code === "OPERATION_RESOLUTION_FAILURE"
  ) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error("unexpected error", { error: original instanceof Error ? original.stack : String(original) });
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
