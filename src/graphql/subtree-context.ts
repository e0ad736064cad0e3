/**
 * A response subtree resolved under another context than its operation's: `login`'s payload
 * answers as the user who just signed in, not as the anonymous caller who sent the password.
 *
 * graphql-js hands every resolver the operation's one context, so the schema's resolvers are
 * wrapped to take, instead, the context registered for the nearest enclosing field. Operations
 * that register none pay one WeakMap lookup per resolved field.
 */
import { isObjectType, type GraphQLSchema } from "graphql";
import type { Path } from "graphql/jsutils/Path";
import type { Context } from "../operation-context";

/** Per operation context: the response path of a field ("login", "a.b") → what its descendants resolve under. */
const subtrees = new WeakMap<object, Map<string, Context>>();

const keyOf = (path: Path | undefined): string[] => {
  const keys: string[] = [];
  for (let p = path; p; p = p.prev) keys.unshift(String(p.key));
  return keys;
};

/** The fields below the one at `path` of `operation` resolve under `ctx`. */
export function resolveBelow(operation: Context, path: Path, ctx: Context): void {
  let registered = subtrees.get(operation);
  if (!registered) subtrees.set(operation, (registered = new Map<string, Context>()));
  registered.set(keyOf(path).join("."), ctx);
}

/** The context the field at `path` resolves under: that of its nearest registered ancestor, if any. */
function contextAt(registered: Map<string, Context>, path: Path): Context | undefined {
  const keys = keyOf(path.prev);
  for (let n = keys.length; n > 0; n--) {
    const ctx = registered.get(keys.slice(0, n).join("."));
    if (ctx) return ctx;
  }
  return undefined;
}

/** Wraps the schema's resolvers (in place) so that registered subtrees resolve under their own context. */
export function withSubtreeContexts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (root, args, context: Context, info) => {
        const registered = subtrees.get(context);
        return resolve(root, args, (registered && contextAt(registered, info.path)) ?? context, info);
      };
    }
  }
  return schema;
}
