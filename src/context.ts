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

async function loadViewer(db: DataSource, userId: string): Promise<Viewer | undefined> {
  const rows: {
    id: string;
    organization_id: string | null;
    org_role: Viewer["orgRole"];
    platform_role: Viewer["platformRole"];
    is_legal_representative: boolean;
  }[] = await db.query(
    `SELECT id, organization_id, org_role, platform_role, is_legal_representative FROM "user" WHERE id = $1`,
    [userId],
  );
  const row = rows[0];
  return (
    row && {
      userId: row.id,
      organizationId: row.organization_id,
      orgRole: row.org_role,
      platformRole: row.platform_role,
      isLegalRepresentative: row.is_legal_representative,
    }
  );
}

/** The operation's time source. */
export function clockOf(ctx: Context): Clock {
  return ctx.clock ?? systemClock;
}

/** Resolves the viewer of an `Authorization` value (HTTP header or graphql-ws connectionParams). */
export async function authenticate(deps: AppDeps, authorization: unknown): Promise<Viewer | null> {
  if (authorization === undefined || authorization === null || authorization === "") return null;
  const token = bearerToken(authorization);
  if (!token) throw unauthenticated("Authorization must be 'Bearer <token>'");
  const viewer = await loadViewer(deps.db, verifyToken(deps.config, token));
  if (!viewer) throw unauthenticated("The token's user no longer exists");
  return viewer;
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
    return { ...contextFor(deps, await authenticate(deps, authorization)), remoteAddress };
  } catch (error) {
    if (error instanceof AppError) return { ...contextFor(deps, null, error), remoteAddress };
    throw error;
  }
}
