/**
 * Configuration: the environment, read and validated once at start-up.
 *
 * Nothing else in the code base reads `process.env`. A bad value raises a
 * `ConfigError` whose message is one line naming the variable; `main.ts`
 * prints it and exits.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

export type LogLevel = "error" | "warn" | "info" | "debug";

export interface Config {
  /** `production` switches on the strict defaults (no dev secret, no default admin password). */
  nodeEnv: string;
  production: boolean;
  /** Undefined means: run the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
  /**
   * The server itself when `databaseUrl` goes through a transaction pooler (PgBouncer): the LISTEN
   * connection and the migration lock need a session of their own. Undefined: `databaseUrl`.
   */
  databaseDirectUrl: string | undefined;
  /** A streaming replica for analyst aggregates and CSV exports. Undefined: the primary. */
  databaseReadUrl: string | undefined;
  port: number;
  host: string;
  jwtSecret: string;
  tokenTtlSeconds: number;
  bootstrapAdminEmail: string | undefined;
  bootstrapAdminPassword: string | undefined;
  logLevel: LogLevel;
  demoData: boolean;
  dataDir: string;
  embeddedPgPort: number;
  /** How long outbox events are kept for replay (`afterEventId`). */
  eventRetentionHours: number;
  /** Days a government-funded IP result has to be diffused outside the alliance (Art. 8.6). */
  diffusionDueDays: number;
  /** Seconds between sweeps that decide motions whose voting has closed (0: none; reads decide them anyway). */
  motionSweepSeconds: number;
  statementTimeoutMs: number;
  poolSize: number;
  /**
   * Bearer token `GET /metrics` requires. Unset: metrics are open outside production and not
   * served at all in production.
   */
  metricsToken: string | undefined;
  /** Schema introspection; on outside production, off in production unless INTROSPECTION=true. */
  introspection: boolean;
  /**
   * TRUSTED_DOCUMENTS: the only operations the server runs, by the hex sha256 of their text; read
   * from the manifest client/ generates. Undefined: any valid operation runs (and APQ works).
   */
  trustedDocuments: ReadonlyMap<string, string> | undefined;
  /** The in-browser IDE at GET /graphql; on outside production, off in production unless IDE=true. */
  ide: boolean;
  limits: Limits;
  exports: ExportLimits;
  replays: ReplayLimits;
  /** Failed sign-ins per account and per address before `login` answers RATE_LIMITED (src/auth/login-throttle.ts). */
  login: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; windowSeconds: number };
  /** Overrides of the activity report's default weights and targets (`ACTIVITY_SCORING`, JSON). */
  activityScoring: ActivityScoringOverrides;
}

/**
 * `ACTIVITY_SCORING`: weights and targets replacing the defaults of the activity report
 * (src/services/activity-indicators.ts, docs/activity-report.md), and the revenue currency.
 * Keys are checked against the indicators when the app starts.
 */
export interface ActivityScoringOverrides {
  dimensions: Record<string, { weight?: string }>;
  indicators: Record<string, { weight?: string; target?: string }>;
  /** The currency the revenue indicator sums (ISO 4217). */
  currency: string;
}

/** Subscriptions with `afterEventId` first read the missed events: bounded so a flood cannot take the pool. */
export interface ReplayLimits {
  /** Replays reading at once in this process; more wait their turn. */
  slots: number;
  /** Replays one WebSocket connection may run at once; more wait their turn. */
  slotsPerConnection: number;
  /** Replays one organization (or one user without one) may run at once in this process. */
  slotsPerOrganization: number;
  /** The most events one replay delivers; an older `afterEventId` is refused. */
  maxEvents: number;
}

/** CSV exports hold a connection and a REPEATABLE READ transaction each while they stream. */
export interface ExportLimits {
  /** Exports running at once in this process. */
  slots: number;
  /** Exports one organization (or one user without one) may run at once in this process. */
  slotsPerOrganization: number;
  /** An export whose client reads nothing for this long is aborted. */
  idleTimeoutMs: number;
  /** The longest an export (and its transaction) may stay open, however fast the client reads. */
  maxDurationMs: number;
}

/** Abuse limits, the same for HTTP requests and graphql-ws operations. */
export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Largest cost one operation may request (connections cost by their `first`). */
  maxCost: number;
  /** Cost points an organization may spend per minute (sliding window), per process. */
  costBudgetPerMinute: number;
  /** Operations one WebSocket connection may run at once. */
  maxWsOperations: number;
  bodyLimitBytes: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = "alliance-hub-development-secret-not-for-production";

function str(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function bool(env: Env, name: string): boolean {
  const raw = str(env, name);
  if (raw === undefined) return false;
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function postgresUrl(env: Env, name: string): string | undefined {
  const raw = str(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL (expected postgres://user@host:port/database)`);
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(`${name} must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  return raw;
}

const SCORING_NUMBER = /^\d{1,13}(\.\d{1,2})?$/;

/** A non-negative number with at most two decimals, as a JSON number or string, kept as its decimal text. */
function scoringNumber(value: unknown, where: string): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !SCORING_NUMBER.test(text)) {
    throw new ConfigError(`ACTIVITY_SCORING: ${where} must be a non-negative number with at most two decimals`);
  }
  return text;
}

function scoringEntries<K extends string>(raw: unknown, section: string, allowed: K[]): Record<string, Partial<Record<K, string>>> {
  if (raw === undefined) return {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new ConfigError(`ACTIVITY_SCORING: ${section} must be an object`);
  const entries: Record<string, Partial<Record<K, string>>> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value !== "object" || value === null) throw new ConfigError(`ACTIVITY_SCORING: ${section}.${key} must be an object`);
    const extra = Object.keys(value).find((k) => !(allowed as string[]).includes(k));
    if (extra) throw new ConfigError(`ACTIVITY_SCORING: ${section}.${key} takes ${allowed.join(" and ")}, not "${extra}"`);
    entries[key] = Object.fromEntries(
      allowed
        .map((k) => [k, scoringNumber((value as Record<string, unknown>)[k], `${section}.${key}.${k}`)])
        .filter(([, v]) => v !== undefined),
    ) as Partial<Record<K, string>>;
  }
  return entries;
}

function activityScoring(env: Env): ActivityScoringOverrides {
  const raw = str(env, "ACTIVITY_SCORING");
  let parsed: Record<string, unknown> = {};
  if (raw !== undefined) {
    try {
      parsed = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      throw new ConfigError("ACTIVITY_SCORING is not valid JSON");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new ConfigError("ACTIVITY_SCORING must be a JSON object");
    const extra = Object.keys(parsed).find((k) => !["dimensions", "indicators", "currency"].includes(k));
    if (extra) throw new ConfigError(`ACTIVITY_SCORING takes dimensions, indicators and currency, not "${extra}"`);
  }
  const currency = parsed.currency ?? "CNY";
  if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency)) {
    throw new ConfigError("ACTIVITY_SCORING: currency must be an ISO 4217 code such as CNY");
  }
  return {
    dimensions: scoringEntries(parsed.dimensions, "dimensions", ["weight"]),
    indicators: scoringEntries(parsed.indicators, "indicators", ["weight", "target"]),
    currency,
  };
}

/** The manifest at TRUSTED_DOCUMENTS: a JSON object of "sha256:<hex of the text>" → document text. */
function trustedDocuments(env: Env): ReadonlyMap<string, string> | undefined {
  const file = str(env, "TRUSTED_DOCUMENTS");
  if (file === undefined) return undefined;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path.resolve(file), "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message.split("\n")[0];
    throw new ConfigError(`TRUSTED_DOCUMENTS must name a JSON manifest of trusted documents, "${file}": ${reason}`);
  }
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
    throw new ConfigError(`TRUSTED_DOCUMENTS: "${file}" is not a JSON object of "sha256:<hash>": document`);
  }
  const documents = new Map<string, string>();
  for (const [id, text] of Object.entries(manifest)) {
    const hash = /^sha256:([0-9a-f]{64})$/.exec(id)?.[1];
    if (hash === undefined || typeof text !== "string") {
      throw new ConfigError(`TRUSTED_DOCUMENTS: "${id}" in "${file}" is not a "sha256:<64 hex digits>" key with a document text`);
    }
    if (createHash("sha256").update(text).digest("hex") !== hash) {
      throw new ConfigError(`TRUSTED_DOCUMENTS: the document "${id}" in "${file}" does not have that sha256`);
    }
    documents.set(hash, text);
  }
  if (documents.size === 0) throw new ConfigError(`TRUSTED_DOCUMENTS: "${file}" lists no document`);
  return documents;
}

/** Reads the environment; throws `ConfigError` on the first bad value. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = str(env, "NODE_ENV") ?? "development";
  const production = nodeEnv === "production";

  const jwtSecret = str(env, "JWT_SECRET") ?? (production ? undefined : DEV_JWT_SECRET);
  if (jwtSecret === undefined) throw new ConfigError("JWT_SECRET is required when NODE_ENV=production");
  if (production && Buffer.byteLength(jwtSecret) < 32) {
    throw new ConfigError("JWT_SECRET must be at least 32 bytes when NODE_ENV=production");
  }

  const logLevel = (str(env, "LOG_LEVEL") ?? "info").toLowerCase();
  if (!["error", "warn", "info", "debug"].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of error, warn, info, debug, got "${logLevel}"`);
  }

  const bootstrapAdminEmail = str(env, "BOOTSTRAP_ADMIN_EMAIL") ?? (production ? undefined : "admin@alliance.local");
  const bootstrapAdminPassword = str(env, "BOOTSTRAP_ADMIN_PASSWORD") ?? (production ? undefined : "admin-password");
  if (bootstrapAdminEmail !== undefined && !/^[^@\s]+@[^@\s]+$/.test(bootstrapAdminEmail)) {
    throw new ConfigError(`BOOTSTRAP_ADMIN_EMAIL is not an email address: "${bootstrapAdminEmail}"`);
  }
  if (bootstrapAdminPassword !== undefined && bootstrapAdminPassword.length < 8) {
    throw new ConfigError("BOOTSTRAP_ADMIN_PASSWORD must be at least 8 characters");
  }

  const databaseUrl = postgresUrl(env, "DATABASE_URL");
  const databaseDirectUrl = postgresUrl(env, "DATABASE_DIRECT_URL");
  const databaseReadUrl = postgresUrl(env, "DATABASE_READ_URL");
  if (databaseUrl === undefined && (databaseDirectUrl ?? databaseReadUrl) !== undefined) {
    throw new ConfigError(
      `${databaseDirectUrl ? "DATABASE_DIRECT_URL" : "DATABASE_READ_URL"} needs DATABASE_URL (the embedded PostgreSQL has neither a pooler nor replicas)`,
    );
  }

  return {
    nodeEnv,
    production,
    databaseUrl,
    databaseDirectUrl,
    databaseReadUrl,
    port: int(env, "PORT", 4000, 0, 65535),
    host: str(env, "HOST") ?? "0.0.0.0",
    jwtSecret,
    tokenTtlSeconds: int(env, "TOKEN_TTL_SECONDS", 12 * 3600, 60, 30 * 24 * 3600),
    bootstrapAdminEmail,
    bootstrapAdminPassword,
    logLevel: logLevel as LogLevel,
    demoData: bool(env, "DEMO_DATA"),
    dataDir: path.resolve(str(env, "DATA_DIR") ?? ".data"),
    embeddedPgPort: int(env, "EMBEDDED_PG_PORT", 54329, 1024, 65535),
    eventRetentionHours: int(env, "EVENT_RETENTION_HOURS", 24, 1, 24 * 365),
    diffusionDueDays: int(env, "DIFFUSION_DUE_DAYS", 365, 1, 3650),
    motionSweepSeconds: int(env, "MOTION_SWEEP_SECONDS", 60, 0, 86_400),
    statementTimeoutMs: int(env, "STATEMENT_TIMEOUT_MS", 10_000, 100, 600_000),
    poolSize: int(env, "DB_POOL_SIZE", 10, 1, 200),
    metricsToken: str(env, "METRICS_TOKEN"),
    introspection: str(env, "INTROSPECTION") === undefined ? !production : bool(env, "INTROSPECTION"),
    activityScoring: activityScoring(env),
    trustedDocuments: trustedDocuments(env),
    ide: str(env, "IDE") === undefined ? !production : bool(env, "IDE"),
    limits: {
      maxDepth: int(env, "MAX_DEPTH", 10, 1, 100),
      maxAliases: int(env, "MAX_ALIASES", 15, 0, 1000),
      maxTokens: int(env, "MAX_TOKENS", 1000, 50, 100_000),
      maxDirectives: int(env, "MAX_DIRECTIVES", 50, 0, 1000),
      maxCost: int(env, "MAX_COST", 5000, 1, 10_000_000),
      costBudgetPerMinute: int(env, "COST_BUDGET_PER_MINUTE", 50_000, 1, 1_000_000_000),
      maxWsOperations: int(env, "MAX_WS_OPERATIONS", 50, 1, 10_000),
      bodyLimitBytes: int(env, "BODY_LIMIT_BYTES", 100_000, 1000, 50_000_000),
    },
    login: {
      maxFailuresPerAccount: int(env, "LOGIN_MAX_FAILURES_PER_ACCOUNT", 5, 1, 10_000),
      maxFailuresPerAddress: int(env, "LOGIN_MAX_FAILURES_PER_ADDRESS", 20, 1, 100_000),
      windowSeconds: int(env, "LOGIN_THROTTLE_WINDOW_SECONDS", 900, 1, 86_400),
    },
    replays: {
      slots: int(env, "REPLAY_SLOTS", 8, 1, 1000),
      slotsPerConnection: int(env, "REPLAY_SLOTS_PER_CONNECTION", 2, 1, 1000),
      slotsPerOrganization: int(env, "REPLAY_SLOTS_PER_ORGANIZATION", 4, 1, 1000),
      maxEvents: int(env, "MAX_REPLAY_EVENTS", 1000, 1, 1_000_000),
    },
    exports: {
      slots: int(env, "EXPORT_SLOTS", 4, 1, 1000),
      slotsPerOrganization: int(env, "EXPORT_SLOTS_PER_ORGANIZATION", 1, 1, 1000),
      idleTimeoutMs: int(env, "EXPORT_IDLE_TIMEOUT_MS", 30_000, 100, 3_600_000),
      maxDurationMs: int(env, "EXPORT_MAX_DURATION_MS", 300_000, 500, 3_600_000),
    },
  };
}
