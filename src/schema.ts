/** The executable schema: resolvers, the auth checker, validation. */
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type AuthChecker } from "type-graphql";
import "../entities"; // every entity's enums and types, also those only reachable through interfaces
import { resolvers } from "../resolvers";
import type { Context } from "./operation-context";
import { requireAccess } from "./operation-context";
import { validateArgument } from "./graphql/validate-args";
import { withSubtreeContexts } from "./graphql/subtree-context";
import { withTextRules } from "./graphql/text-input";

/** `@Authorized()`: a signed-in viewer. Object-level rules live in the services. */
const authChecker: AuthChecker<Context> = ({ context }) => {
  requireAccess(context);
  return true;
};

/**
 * Every subscription declares its own `subscribe`, fed by the transactional outbox
 * (src/events). type-graphql still wants a pubSub; this one refuses, so that nothing can
 * publish around the outbox (an in-memory publish would reach one process, and also events
 * of transactions that later roll back).
 */
const outboxOnly = {
  publish(): void {
    throw new Error("Publish events with tx.emit(...) inside the mutation's transaction");
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error("Subscriptions read the outbox: use @Subscription({ subscribe }) with openEventStream");
  },
};

/** type-graphql has no option for the root types' descriptions: set on the built schema. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const roots = [
    [schema.getQueryType(), "Reads. Everything answers only what the signed-in viewer may see; by-id fields answer null otherwise."],
    [schema.getMutationType(), "Writes. Each is one transaction, with its audit entry and the events it publishes."],
    [schema.getSubscriptionType(), "Live updates over graphql-ws (the same URL); rights are checked again for every event."],
  ] as const;
  for (const [type, description] of roots) if (type) type.description = description;
  return schema;
}

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: the schema is the same for every server instance. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: "error",
    validateFn: validateArgument,
    pubSub: outboxOnly,
  })
    .then(withTextRules)
    .then(withSubtreeContexts)
    .then(describeRoots);
  return built;
}
