/**
 * graphql-ws's `subscribe`: graphql-js's, except that an event is executed once per audience and
 * written straight to the subscriber's socket.
 *
 * graphql-js executes the subscription's selection for every source event of every subscriber,
 * and graphql-ws then serializes and sends each result on its own chain of promises. Our source
 * events are deliveries shared by every stream of one audience (same resolution, same viewer: see
 * src/events/stream.ts), so subscribers that also sent the same document with the same variables
 * would compute the same result: the first computes it, the others take it. The stream is
 * attached to a sink for the subscription's socket: its audience renders a result once (executed,
 * masked as every graphql-ws result is, serialized) and writes it to each member's socket in one
 * loop, each frame differing only by the subscription's id. The document is the same object for
 * the same query text (OperationGuard caches parsed documents). A root that is not shared (a
 * replayed event) is never met again, so nothing is shared for it.
 */
import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";
import type { WebSocket } from "ws";
import type { PayloadSink } from "../events/audience";
import { attachSink, deliveryContext } from "../events/stream";

/** Where one subscription's results go. */
export interface SubscriptionTarget {
  socket: WebSocket;
  /** The subscription's id on its connection (graphql-ws's `subscribe` message). */
  id: string;
  /** The result as sent: what graphql-ws's `onNext` makes of it (error masking). */
  present: (result: ExecutionResult) => unknown;
}

/**
 * A connection whose unsent frames exceed this has stopped reading: its subscriptions fail (the
 * client resubscribes with afterEventId) rather than buffer without bound, and the rest of its
 * audience goes on (test/e2e/live-backpressure.e2e.test.ts).
 */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

type Execution = ExecutionResult | Promise<ExecutionResult>;

/** Results per root value (a delivery), dropped with it. */
const executions = new WeakMap<object, Map<string, Execution>>();

/** A small number per document object, for the key (documents live as long as the parse cache). */
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;

/** Per subscription (graphql-ws passes the arguments onSubscribe returned). */
const targets = new WeakMap<ExecutionArgs, SubscriptionTarget>();

/** Names where the subscription executed with `args` sends its results; returns `args` for graphql-ws. */
export function sendingTo<A extends ExecutionArgs>(args: A, target: SubscriptionTarget): A {
  targets.set(args, target);
  return args;
}

function operationKey(args: ExecutionArgs): string {
  let id = documentIds.get(args.document);
  if (id === undefined) documentIds.set(args.document, (id = nextDocumentId++));
  return `${id}\0${args.operationName ?? ""}\0${JSON.stringify(args.variableValues ?? {})}`;
}

/** One event's execution, under the context the event was resolved with (fresh rights and loaders). */
function executeOne(args: ExecutionArgs, root: unknown): Execution {
  return execute({ ...args, rootValue: root, contextValue: deliveryContext(root) ?? args.contextValue });
}

function executeShared(args: ExecutionArgs, key: string, root: object): Execution {
  let byOperation = executions.get(root);
  if (!byOperation) executions.set(root, (byOperation = new Map<string, Execution>()));
  let result = byOperation.get(key);
  if (!result) byOperation.set(key, (result = executeOne(args, root)));
  return result;
}

function sinkFor(args: ExecutionArgs, { socket, id, present }: SubscriptionTarget): PayloadSink<string> {
  const renderKey = operationKey(args);
  // graphql-ws's `next` message, {"id", "type", "payload"}: this subscription's head, then the rendering.
  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  return {
    renderKey,
    render: async (payload) => `${JSON.stringify(present(await executeShared(args, renderKey, payload)))}}`,
    send: (rest) => {
      if (socket.readyState !== socket.OPEN) return true; // closing: graphql-ws ends the subscription
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return false;
      socket.send(head + rest);
      return true;
    },
  };
}

export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const target = targets.get(args);
  const attached = target && attachSink(source, sinkFor(args, target));
  if (!attached) {
    await source[Symbol.asyncIterator]().return?.();
    throw new Error("A subscription needs its socket (sendingTo) and an event stream (openEventStream)");
  }
  return attached;
}
