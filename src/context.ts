/**
 * Builds the per-operation context (src/operation-context.ts), the same way for HTTP requests,
 * subscriptions and each of their events: the viewer, their standing in alliances, and loaders.
 * It authenticates, so it sits at the top of the layers; what lies below receives contexts.
 */
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import type { Clock } from "./clock";
import { Access } from "./auth/access";
import { bearerToken, verifyToken } from "./auth/tokens";
import type { Viewer } from "./auth/viewer";
import { AppError, unauthenticated } from "./errors";
import { createLoaders, sharedReads, type Loaders, type SharedReads } from "./loaders";
import type { EventDispatcher } from "./events/dispatcher";
import type { StandingCache } from "./auth/standing-cache";
import type { AppDeps, Context } from "./operation-context";
import { User } from "../entities/user.entity";
import { rowReader } from "./db/rows";

/**
 * The token's user, read whole: an HTTP request also answers `me` and the viewer's own user from
 * it. Kept by the process's standing cache (src/auth/standing-cache.ts) as the row read, so every
 * request gets an entity of its own.
 */
async function loadUser(deps: AppDeps, userId: string): Promise<User | undefined> {
  const { db, standing } = deps;
  const reader = rowReader(db, User);
  let row = standing?.user(userId);
  if (!row) {
    const ticket = standing?.ticket();
    const rows: Record<string, unknown>[] = await db.query(`SELECT ${reader.select("u")} FROM "user" u WHERE u.id = $1`, [userId]);
    row = rows[0];
    if (!row) return undefined;
    if (ticket) standing!.storeUser(ticket, userId, row);
  }
  return reader.read(row, "u");
}

function viewerOf(user: User): Viewer {
  return {
    userId: user.id,
    organizationId: user.organizationId,
    orgRole: user.orgRole,
    platformRole: user.platformRole,
    isLegalRepresentative: user.isLegalRepresentative,
  };
}

/** Resolves the viewer of an `Authorization` value (HTTP header or graphql-ws connectionParams). */
export async function authenticate(deps: AppDeps, authorization: unknown): Promise<Viewer | null> {
  const user = await authenticateUser(deps, authorization);
  return user ? viewerOf(user) : null;
}

async function authenticateUser(deps: AppDeps, authorization: unknown): Promise<User | null> {
  if (authorization === undefined || authorization === null || authorization === "") return null;
  const token = bearerToken(authorization);
  if (!token) throw unauthenticated("Authorization must be 'Bearer <token>'");
  const user = await loadUser(deps, verifyToken(deps.config, token));
  if (!user) throw unauthenticated("The token's user no longer exists");
  return user;
}

/** What a context reads through: the viewer's rights and the loaders, over one set of reads. */
interface Reads {
  access: Access | null;
  loaders: Loaders;
}

/** Where an operation came from: an HTTP request or a WebSocket connection, and the client's address. */
type Origin = Pick<Context, "remoteAddress" | "connectionId" | "requestId">;

class OperationContext implements Context {
  readonly db: DataSource;
  readonly analyticsDb: DataSource;
  readonly config: Config;
  readonly clock?: Clock;
  readonly events?: EventDispatcher;
  readonly standing?: StandingCache;
  /**
   * Replaced, never changed, by `startReadsOver`. A plain property (not `#reads`): Apollo Server
   * runs each operation on a copy of the context (`Object.assign` onto its prototype).
   */
  private reads: Reads;

  readonly remoteAddress?: string;
  readonly connectionId?: string;
  readonly requestId?: string;

  constructor(
    deps: AppDeps,
    readonly viewer: Viewer | null,
    readonly authError: AppError | undefined,
    origin: Origin,
    shared: SharedReads,
  ) {
    this.remoteAddress = origin.remoteAddress;
    this.connectionId = origin.connectionId;
    this.requestId = origin.requestId;
    this.db = deps.db;
    this.analyticsDb = deps.analyticsDb;
    this.config = deps.config;
    this.clock = deps.clock;
    this.events = deps.events;
    this.standing = deps.standing;
    this.reads = this.over(shared);
  }

  get access(): Access | null {
    return this.reads.access;
  }

  get loaders(): Loaders {
    return this.reads.loaders;
  }

  withReads(reads: SharedReads = sharedReads(this.db, this.standing)): Context {
    return new OperationContext(this, this.viewer, this.authError, this, reads);
  }

  startReadsOver(): void {
    // Unshared: the reads of the moment may be other contexts' too, and they did not write.
    this.reads = this.over(sharedReads(this.db, this.standing));
  }

  private over(shared: SharedReads): Reads {
    const access = this.viewer ? new Access(this.viewer, shared.facts) : null;
    return { access, loaders: createLoaders(this.db, access, shared.rows) };
  }
}

/**
 * A context for a viewer already known (a graphql-ws connection's, with the connection's id and
 * address; a demo user's; or none).
 */
export function contextFor(deps: AppDeps, viewer: Viewer | null, connection: { id?: string; remoteAddress?: string } = {}): Context {
  const origin = { remoteAddress: connection.remoteAddress, connectionId: connection.id };
  return new OperationContext(deps, viewer, undefined, origin, sharedReads(deps.db, deps.standing));
}

/**
 * The HTTP context: a bad token does not fail the request; operations needing a viewer do.
 * `request`: the client's address and the request's id (the x-request-id the response carries).
 */
export async function createContext(
  deps: AppDeps,
  authorization: unknown,
  request: { remoteAddress?: string; requestId?: string } = {},
): Promise<Context> {
  try {
    const user = await authenticateUser(deps, authorization);
    const ctx = new OperationContext(deps, user && viewerOf(user), undefined, request, sharedReads(deps.db, deps.standing));
    // Read in this same request, so as fresh as a load would be; a viewer always sees themselves.
    if (user) ctx.loaders.user.prime(user.id, user);
    return ctx;
  } catch (error) {
    if (error instanceof AppError) return new OperationContext(deps, null, error, request, sharedReads(deps.db, deps.standing));
    throw error;
  }
}
