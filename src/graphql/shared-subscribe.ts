/**
 * graphql-ws's `subscribe`: graphql-js's, except that one event is executed once per audience.
 *
 * graphql-js executes the subscription's selection for every source event of every subscriber.
 * Our source events are deliveries shared by every stream of one audience (same resolution, same
 * viewer: see src/events/stream.ts), so subscribers that also sent the same document with the
 * same variables would compute the same result: the first computes it, the others take it. The
 * document is the same object for the same query text (OperationGuard caches parsed documents).
 * A root that is not shared (a replayed event) is never met again, so nothing is shared for it.
 */
import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";
import { deliveryContext } from "../events/stream";

type Execution = ExecutionResult | Promise<ExecutionResult>;

/** Results per root value (a delivery), dropped with it. */
const executions = new WeakMap<object, Map<string, Execution>>();

/** A small number per document object, for the key (documents live as long as the parse cache). */
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/** Per subscription (graphql-ws passes the same arguments for each of its events). */
const operationKeys = new WeakMap<ExecutionArgs, string>();

function operationKey(args: ExecutionArgs): string {
  let key = operationKeys.get(args);
  if (key === undefined) {
    let id = documentIds.get(args.document);
    if (id === undefined) documentIds.set(args.document, (id = nextDocumentId++));
    operationKeys.set(args, (key = `${id}\0${args.operationName ?? ""}\0${JSON.stringify(args.variableValues ?? {})}`));
  }
  return key;
}

/** One event's execution, under the context the event was resolved with (fresh rights and loaders). */
function executeOne(args: ExecutionArgs, root: unknown): Execution {
  return execute({ ...args, rootValue: root, contextValue: deliveryContext(root) ?? args.contextValue });
}

function executeShared(args: ExecutionArgs, root: unknown): Execution {
  if (typeof root !== "object" || root === null) return executeOne(args, root);
  let byOperation = executions.get(root);
  if (!byOperation) executions.set(root, (byOperation = new Map<string, Execution>()));
  const key = operationKey(args);
  let result = byOperation.get(key);
  if (!result) byOperation.set(key, (result = executeOne(args, root)));
  return result;
}

/** `source` with `map` applied to each value; ending either side ends the other (as graphql-js). */
function mapAsyncIterable<T, U>(source: AsyncIterable<T>, map: (value: T) => U | Promise<U>): AsyncIterableIterator<U> {
  const iterator = source[Symbol.asyncIterator]();
  const end = async (): Promise<IteratorResult<U>> => {
    await iterator.return?.();
    return { value: undefined, done: true };
  };
  return {
    async next() {
      const step = await iterator.next();
      if (step.done) return { value: undefined, done: true };
      try {
        return { value: await map(step.value), done: false };
      } catch (error) {
        await end();
        throw error;
      }
    },
    return: end,
    async throw(error?: unknown) {
      if (iterator.throw) {
        const step = await iterator.throw(error);
        return step.done ? { value: undefined, done: true } : { value: await map(step.value), done: false };
      }
      await end();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  return mapAsyncIterable(source, (root) => executeShared(args, root));
}
