/** graphql-ws clients for tests: the real protocol over a real socket, as a browser would use it. */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { GraphQLErrorShape } from "./client";

/** The WebSocket address of a server's GraphQL endpoint. */
export function wsUrl(httpUrl: string): string {
  return httpUrl.replace(/^http/, "ws");
}

/** Polls `check` until it holds; fails with `what` after `timeoutMs`. No fixed sleeps. */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface LiveClient {
  client: Client;
  /** Close code and reason once the socket closed. */
  closed: { code?: number; reason?: string };
  dispose(): Promise<void>;
}

/** A client authenticated as `token` (or anonymous), connecting on its first subscription. */
export function connect(httpUrl: string, token?: string | null): LiveClient {
  const closed: LiveClient["closed"] = {};
  const client = createClient({
    url: wsUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
    on: {
      closed: (event) => {
        const e = event as { code?: number; reason?: string };
        closed.code = e.code;
        closed.reason = e.reason;
      },
    },
  });
  return { client, closed, dispose: () => Promise.resolve(client.dispose()) };
}

export interface LiveSubscription<T> {
  /** The `data` of every event received, in order. */
  received: T[];
  /** GraphQL errors received (a refused subscription ends with exactly one). */
  errors: GraphQLErrorShape[];
  /** Set when the server ended the subscription or the socket failed. */
  done: boolean;
  failure?: unknown;
  /** Resolves with the received events once there are at least `count`. */
  waitFor(count: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves with the first error once the subscription was refused or failed. */
  waitForError(timeoutMs?: number): Promise<GraphQLErrorShape>;
  stop(): void;
}

export function subscribe<T = Record<string, any>>(
  live: LiveClient,
  query: string,
  variables: Record<string, unknown> = {},
  /** E.g. `{ persistedQuery: { version: 1, sha256Hash } }` to name a trusted document (with `query: ""`). */
  extensions?: Record<string, unknown>,
): LiveSubscription<T> {
  const sub: LiveSubscription<T> = {
    received: [],
    errors: [],
    done: false,
    waitFor: async (count, timeoutMs = 10_000) => {
      await waitUntil(() => sub.received.length >= count || sub.done, `${count} event(s) (have ${sub.received.length})`, timeoutMs);
      if (sub.received.length < count) {
        throw new Error(`subscription ended after ${sub.received.length} event(s): ${JSON.stringify(sub.errors ?? sub.failure)}`);
      }
      return sub.received;
    },
    waitForError: async (timeoutMs = 10_000) => {
      await waitUntil(() => sub.errors.length > 0 || sub.failure !== undefined, "a subscription error", timeoutMs);
      return sub.errors[0] ?? { message: String(sub.failure) };
    },
    stop: () => undefined,
  };
  sub.stop = live.client.subscribe<T>(
    { query, variables, ...(extensions ? { extensions } : {}) },
    {
      next: (result) => {
        if (result.errors) sub.errors.push(...(result.errors as GraphQLErrorShape[]));
        if (result.data) sub.received.push(result.data);
      },
      error: (error) => {
        if (Array.isArray(error)) sub.errors.push(...(error as GraphQLErrorShape[]));
        else sub.failure = error;
        sub.done = true;
      },
      complete: () => {
        sub.done = true;
      },
    },
  );
  return sub;
}

/** One message of graphql-ws's protocol as it travels. */
export interface ProtocolMessage {
  id?: string;
  type: string;
  payload?: any;
}

/**
 * A bare `ws` socket speaking graphql-ws's protocol, acknowledged as `token`: for tests that must
 * reach below the client library (stop reading, watch the close code). `messages` holds every
 * message received, in order.
 */
export async function bareConnection(httpUrl: string, token: string): Promise<{ socket: WebSocket; messages: ProtocolMessage[] }> {
  const socket = new WebSocket(wsUrl(httpUrl), "graphql-transport-ws");
  const messages: ProtocolMessage[] = [];
  socket.on("message", (data) => messages.push(JSON.parse((data as Buffer).toString("utf8")) as ProtocolMessage));
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  await waitUntil(() => messages.some((m) => m.type === "connection_ack"), "connection_ack");
  return { socket, messages };
}
