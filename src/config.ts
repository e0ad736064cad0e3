/**
 * Configuration: the environment, read and validated once at start-up.
 *
 * Nothing else in the code base reads `process.env`. A bad value raises a
 * `ConfigError` whose message is one line naming the variable; `main.ts`
 * prints it and exits.
 */
import path from "node:path";

export type LogLevel = "error" | "warn" | "info" | "debug";

export interface Config {
  /** `production` switches on the strict defaults (no dev secret, no default admin password). */
  nodeEnv: string;
  production: boolean;
  /** Undefined means: run the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | undefined;
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
  statementTimeoutMs: number;
  poolSize: number;
  /** Schema introspection; on outside production, off in production unless INTROSPECTION=true. */
  introspection: boolean;
  /** The in-browser IDE at GET /graphql; on outside production, off in production unless IDE=true. */
  ide: boolean;
  limits: Limits;
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

function databaseUrl(env: Env): string | undefined {
  const raw = str(env, "DATABASE_URL");
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`DATABASE_URL is not a URL (expected postgres://user@host:port/database)`);
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  return raw;
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

  return {
    nodeEnv,
    production,
    databaseUrl: databaseUrl(env),
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
    statementTimeoutMs: int(env, "STATEMENT_TIMEOUT_MS", 10_000, 100, 600_000),
    poolSize: int(env, "DB_POOL_SIZE", 10, 1, 200),
    introspection: str(env, "INTROSPECTION") === undefined ? !production : bool(env, "INTROSPECTION"),
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
  };
}
