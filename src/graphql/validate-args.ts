/**
 * Argument validation exactly as type-graphql's own (class-validator, unknown values allowed,
 * missing properties skipped), remembering the values that passed. A nested connection's
 * arguments (`tasks(first: 10, orderBy: …)`) are the same for every parent row of a list, and
 * validating them again for each row cost more than resolving the field.
 */
import { validateOrReject, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError } from "type-graphql";

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };
const MAX_REMEMBERED = 1000;
/** Longer values (texts of mutations) are validated every time rather than kept in memory. */
const MAX_KEY_LENGTH = 500;

/** Per argument class, the JSON of values that passed. */
const passed = new Map<unknown, Set<string>>();

const isObject = (value: unknown): value is object => value !== null && typeof value === "object";

async function check(value: object): Promise<void> {
  // A value's validity depends only on its class and its data (there are no context-dependent constraints).
  const key = JSON.stringify(value);
  let seen = passed.get(value.constructor);
  if (seen?.has(key)) return;
  await validateOrReject(value, OPTIONS);
  if (key.length > MAX_KEY_LENGTH) return;
  if (!seen) passed.set(value.constructor, (seen = new Set()));
  if (seen.size >= MAX_REMEMBERED) seen.clear();
  seen.add(key);
}

export async function validateArgument(value: unknown): Promise<void> {
  if (!isObject(value)) return;
  try {
    if (Array.isArray(value)) await Promise.all(value.filter(isObject).map(check));
    else await check(value);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ConstructorParameters<typeof ArgumentValidationError>[0]);
  }
}
