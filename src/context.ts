/**
 * The per-operation context, built the same way for HTTP requests and for each subscription
 * event: the viewer, their standing in alliances, and a fresh set of loaders.
 */
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { systemClock, type Clock } from "./clock";
import { Access, RightsFacts } from "./auth/access";
import { bearerToken, verifyToken } from "./auth/tokens";
import type { Viewer } from "./auth/viewer";
import { AppError, unauthenticated } from "./errors";
import { createLoaders, rowLoaders, type Loaders, type RowLoaders } from "./loaders";
import type { EventDispatcher } from "./events/dispatcher";
import { User } from "../entities/user.entity";
import { rowReader } from "./db/rows";

export interface AppDeps {
  db: DataSource;
  config: Config;
  /** The time source for date-dependent rules; the system clock unless a test injects one. */
  clock?: Clock;
  /** This process's outbox reader; subscriptions need it (absent in one-off CLI runs). */
  events?: EventDispatcher;
}

export interface Context extends AppDeps {
  viewer: Viewer | null;
  access: Access | null;
  /** Why there is no viewer although credentials were sent (bad or expired token). */
  authError?: AppError;
  loaders: Loaders;
  /** The client's address (HTTP), for budgets of anonymous callers. */
  remoteAddress?: string;
}

/** Authenticated context's access; `UNAUTHENTICATED` otherwise. */
export function requireAccess(ctx: Context): Access {
  if (!ctx.access) throw ctx.authError ?? unauthenticated();
  return ctx.access;
}

/** The token's user, read whole: an HTTP request also answers `me` and the viewer's own user from it. */
async function loadUser(db: DataSource, userId: string): Promise<User | undefined> {
  const reader = rowReader(db, User);
  const rows: Record<string, unknown>[] = await db.query(`SELECT ${reader.select("u")} FROM "user" u WHERE u.id = $1`, [userId]);
  return rows[0] && reader.read(rows[0], "u");
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

/** The operation's time source. */
export function clockOf(ctx: Context): Clock {
  return ctx.clock ?? systemClock;
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
  const user = await loadUser(deps.db, verifyToken(deps.config, token));
  if (!user) throw unauthenticated("The token's user no longer exists");
  return user;
}

/**
 * What the contexts of one moment may read together: rights facts (batched across viewers) and
 * rows that do not depend on the viewer. Every live event gets its own, read at delivery; an
 * HTTP request has its own.
 */
export interface SharedReads {
  facts: RightsFacts;
  rows: RowLoaders;
}

export function sharedReads(db: DataSource): SharedReads {
  return { facts: new RightsFacts(db), rows: rowLoaders(db) };
}

export function contextFor(deps: AppDeps, viewer: Viewer | null, authError?: AppError, shared: SharedReads = sharedReads(deps.db)): Context {
  const access = viewer ? new Access(viewer, shared.facts) : null;
  return { ...deps, viewer, access, authError, loaders: createLoaders(deps.db, access, shared.rows) };
}

/** The HTTP context: a bad token does not fail the request; operations needing a viewer do. */
export async function createContext(deps: AppDeps, authorization: unknown, remoteAddress?: string): Promise<Context> {
  try {
    const user = await authenticateUser(deps, authorization);
    const ctx: Context = { ...contextFor(deps, user && viewerOf(user)), remoteAddress };
    // Read in this same request, so as fresh as a load would be; a viewer always sees themselves.
    if (user) ctx.loaders.user.prime(user.id, user);
    return ctx;
  } catch (error) {
    if (error instanceof AppError) return { ...contextFor(deps, null, error), remoteAddress };
    throw error;
  }
}
