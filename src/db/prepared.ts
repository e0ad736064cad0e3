/**
 * Named prepared statements for the SQL this process sends again and again. pg's `Client` sends
 * a statement without a name as Parse + Bind + Execute, so PostgreSQL parses and plans it on every
 * call; with a name it does so once per connection and then only binds and executes. For S4's
 * aggregate that is 15–25 % more statements per second of the same server (pgbench, extended
 * against prepared protocol, on the benchmark machine), and every read and write of the app sends
 * the same few texts with new parameters.
 *
 * - Only statements with parameters are named (those without go by the simple protocol), and a
 *   text only from its PREPARE_AFTER-th use, so one-off texts (an analyst's ad-hoc filter) are not
 *   kept.
 * - At most MAX_STATEMENTS texts are named per process. A connection parses a named text on its
 *   first use of it, so a server process keeps no more than that many, besides the few a schema
 *   change renamed (below), which stay until the connection closes.
 * - Off behind a transaction pooler (DATABASE_DIRECT_URL set, src/db/database.ts): PgBouncer in
 *   transaction mode hands each transaction to any server connection, where the name may not exist.
 * - A migration that changes a table's columns under a running process makes PostgreSQL refuse a
 *   prepared statement whose result columns change ("cached plan must not change result type",
 *   e.g. a `RETURNING *`). That call fails; the text then gets a new name and is parsed afresh on
 *   its next use.
 */
import { LRUCache } from "lru-cache";
import { Client } from "pg";

/** Uses of a text before it is named: the third. */
export const PREPARE_AFTER = 3;
/** Texts named per process, and so statements kept per server connection at most. */
const MAX_STATEMENTS = 200;

/** What PostgreSQL says when a prepared statement's result columns changed under it. */
const RESULT_TYPE_CHANGED = "cached plan must not change result type";

/** The names of this process's hot texts, shared by every connection of every pool. */
class StatementNames {
  /** Uses of texts not named yet, the most recent kept: texts are long, so bounded by their length. */
  private readonly uses = new LRUCache<string, number>({ max: 10_000, maxSize: 2 ** 22, sizeCalculation: (_, text) => text.length });
  private readonly names = new Map<string, string>();
  private next = 0;

  /** The text's name, once it is used often enough and while names are left; else undefined. */
  nameOf(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined || this.names.size >= MAX_STATEMENTS) return name;
    const uses = (this.uses.get(text) ?? 0) + 1;
    if (uses < PREPARE_AFTER) {
      this.uses.set(text, uses);
      return undefined;
    }
    this.uses.delete(text);
    return this.rename(text);
  }

  /** A new name for `text`: every connection parses it again on its next use. */
  rename(text: string): string {
    const name = `ah_${this.next++}`;
    this.names.set(text, name);
    return name;
  }
}

const statementNames = new StatementNames();

// Always called on the client itself (`call`/`apply` with `this`).
// eslint-disable-next-line @typescript-eslint/unbound-method
const clientQuery = Client.prototype.query as (this: Client, ...args: unknown[]) => unknown;

/** pg's `Client`, naming the texts it is given again and again (given to the pool as `Client`). */
export class PreparingClient extends Client {
  // One signature for pg's overloads: every call is handed on as it came, but for the name.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const [text, values] = args as unknown[];
    if (args.length !== 2 || typeof text !== "string" || !Array.isArray(values) || values.length === 0) {
      return clientQuery.apply(this, args);
    }
    const name = statementNames.nameOf(text);
    if (name === undefined) return clientQuery.call(this, text, values);
    return (clientQuery.call(this, { name, text, values }) as Promise<unknown>).catch((error: unknown) => {
      if (error instanceof Error && error.message === RESULT_TYPE_CHANGED) statementNames.rename(text);
      throw error;
    });
  }
}
