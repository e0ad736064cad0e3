/**
 * Every field's arguments pass the text rule of src/validation/text.ts before its resolver (or its
 * subscription) runs: a mutation's texts as text to store, any other field's as text to check.
 */
import {
  getNamedType,
  isInputObjectType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from "graphql";
import { cleanInput, type TextMode } from "../validation/text";

/** A resolver's arguments, cleaned in place: a mutation's texts are stored, any other field's checked. */
function argsCleaner(args: readonly GraphQLArgument[], mode: TextMode) {
  return (values: Record<string, unknown>): void => {
    for (const arg of args) {
      if (!(arg.name in values)) continue;
      // The `input` object's fields are named on their own, as in validation errors.
      const path = arg.name === "input" && isInputObjectType(getNamedType(arg.type)) ? "" : arg.name;
      values[arg.name] = cleanInput(values[arg.name], arg.type, path, mode, arg.name);
    }
  };
}

/** Wraps the schema's resolvers (in place) so that every field's arguments pass the text rule first. */
export function withTextRules(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const clean = argsCleaner(field.args, type === mutation ? "store" : "check");
      const wrap = (resolve: GraphQLFieldResolver<unknown, unknown> | undefined) =>
        resolve &&
        ((root: unknown, args: Record<string, unknown>, context: unknown, info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]) => {
          clean(args);
          return resolve(root, args, context, info);
        });
      field.resolve = wrap(field.resolve);
      field.subscribe = wrap(field.subscribe);
    }
  }
  return schema;
}
