/**
 * Money: `numeric(20,2)` in SQL, `Decimal` (decimal.js) in TypeScript, and a `Decimal` scalar
 * in GraphQL carried as a string such as "1234.50". Never a JavaScript float.
 */
import Decimal from "decimal.js";
import { GraphQLScalarType, Kind } from "graphql";
import type { ValueTransformer } from "typeorm";
import { badInput } from "../errors";

export { Decimal };

/** Amounts are below 10^15 with at most two decimals. */
const MAX_AMOUNT = new Decimal("1e15");
const AMOUNT = /^-?\d{1,16}(\.\d{1,2})?$/;

function parseAmount(value: unknown): Decimal {
  if (typeof value !== "string" || !AMOUNT.test(value.trim())) {
    throw new TypeError(`Decimal must be a string like "1234.50" with at most 2 decimals`);
  }
  const amount = new Decimal(value.trim());
  if (amount.abs().gte(MAX_AMOUNT)) throw new TypeError("Decimal must be below 10^15 in absolute value");
  // "-0.00" is zero, not a negative amount.
  return amount.isZero() ? new Decimal(0) : amount;
}

/** The format's specification, in the repository (it has no public address yet): docs/scalars.md. */
const DECIMAL_SPEC_URL = "docs/scalars.md#decimal";

export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: "Decimal",
  description: 'An exact decimal amount as a string with two decimals, e.g. "1234.50".',
  specifiedByURL: DECIMAL_SPEC_URL,
  serialize: (value) => (value instanceof Decimal ? value : new Decimal(value as string)).toFixed(2),
  parseValue: (value) => parseAmount(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Decimal must be a string like "1234.50"');
    return parseAmount(ast.value);
  },
});

/** TypeORM column transformer: `numeric` travels as a string both ways, never through a float. */
export const decimalTransformer: ValueTransformer = {
  to: (value: Decimal | null | undefined) => (value == null ? value : value.toFixed(2)),
  from: (value: string | null) => (value == null ? value : new Decimal(value)),
};

/** Rejects a negative amount where only positive (or zero) amounts make sense. */
export function assertNonNegative(amount: Decimal, field: string): void {
  if (amount.isNegative()) throw badInput(field, `${field} must not be negative`);
}

export function assertPositive(amount: Decimal, field: string): void {
  if (!amount.isPositive() || amount.isZero()) throw badInput(field, `${field} must be greater than zero`);
}
