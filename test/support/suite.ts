/**
 * The per-file fixtures most e2e files share: one app for the whole file, the bootstrap admin's
 * token on it, and the WebSocket clients a test opened. Each registers its own jest hooks, so a
 * file states what it needs in one line.
 */
import { startTestApp, type TestApp } from "./app";
import { adminToken } from "./factories";
import { connect, subscribe, waitUntil, type LiveClient, type LiveSubscription } from "./ws-client";

export interface FileApp extends TestApp {
  /** The bootstrap admin's token on this app. */
  readonly admin: string;
}

/** An app started before the file's first test and stopped after its last; usable inside tests and hooks. */
export function appPerFile(env: Record<string, string> = {}): FileApp {
  let started: TestApp | undefined;
  let admin = "";
  beforeAll(async () => {
    started = await startTestApp(env);
    admin = await adminToken(started.url);
  });
  afterAll(() => started?.stop());
  const current = (): TestApp => {
    if (!started) throw new Error("the file's app is started in beforeAll: use it inside tests and hooks");
    return started;
  };
  return {
    get app() {
      return current().app;
    },
    get url() {
      return current().url;
    },
    get admin() {
      return admin;
    },
    statements: () => current().statements(),
    stop: () => current().stop(),
  };
}

export interface LiveClients {
  /** The clients opened in the current test, closed after it. */
  open: LiveClient[];
  /** A client of the server at `url` (by default the file's app), closed after the test. */
  client: (token?: string | null, url?: string) => LiveClient;
  /** Subscribes and waits until the server has registered the subscription; a refusal throws. */
  live: <T = Record<string, any>>(
    token: string,
    query: string,
    variables: Record<string, unknown>,
    on?: TestApp,
  ) => Promise<LiveSubscription<T>>;
  /** `count` subscriptions of one viewer on `count` connections, all registered. */
  liveMany: <T = Record<string, any>>(
    token: string,
    query: string,
    variables: Record<string, unknown>,
    count?: number,
  ) => Promise<LiveSubscription<T>[]>;
}

/** WebSocket clients on `app`, each closed after the test that opened it. */
export function liveClients(app: TestApp): LiveClients {
  const open: LiveClient[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((c) => c.dispose()));
  });
  const client = (token?: string | null, url = app.url): LiveClient => {
    const c = connect(url, token);
    open.push(c);
    return c;
  };
  /**
   * A live subscription takes what is dispatched after it opens, which may include the events of
   * writes that answered just before: a test's subscriptions open once those are out (unless the
   * dispatcher is not listening, as in tests of its outages), so they see only what comes after.
   */
  async function delivered(on: TestApp): Promise<void> {
    const [{ id }] = await on.app.deps.db.query<{ id: string }[]>(`SELECT coalesce(max(id), 0)::text AS id FROM event`);
    const events = on.app.events;
    await waitUntil(() => !events.isListening || BigInt(events.lastDeliveredId) >= BigInt(id), "the events written so far to be delivered");
  }
  async function subscribeAll<T>(on: TestApp, token: string, query: string, variables: Record<string, unknown>, count: number) {
    await delivered(on);
    const before = on.app.events.subscriberCount;
    const subs = Array.from({ length: count }, () => subscribe<T>(client(token, on.url), query, variables));
    const registered = () => on.app.events.subscriberCount >= before + count || subs.some((s) => s.done);
    await waitUntil(registered, count === 1 ? "the subscription to be registered" : "the subscriptions to be registered");
    const refused = subs.find((s) => s.done);
    if (refused) throw new Error(`subscription refused: ${JSON.stringify(refused.errors)}`);
    return subs;
  }
  return {
    open,
    client,
    live: async <T>(token: string, query: string, variables: Record<string, unknown>, on = app) =>
      (await subscribeAll<T>(on, token, query, variables, 1))[0],
    liveMany: <T>(token: string, query: string, variables: Record<string, unknown>, count = 1) =>
      subscribeAll<T>(app, token, query, variables, count),
  };
}
