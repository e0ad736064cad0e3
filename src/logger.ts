/**
 * Structured JSON logs (pino) on stderr, filtered by LOG_LEVEL. Every line written while a request
 * is handled carries its request id (and viewer, once known) through AsyncLocalStorage. The start
 * banner is the only thing written to stdout. Tokens and passwords are never logged.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";
import type { LogLevel } from "./config";

export interface RequestScope {
  requestId: string;
  viewerId?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

const base = pino(
  {
    level: "info",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId, ...(scope.viewerId ? { viewerId: scope.viewerId } : {}) } : {};
    },
    redact: { paths: ["authorization", "password", "token", "*.authorization", "*.password", "*.token"], censor: "[redacted]" },
  },
  pino.destination({ fd: 2, sync: true }),
);

type Fields = Record<string, unknown>;

export const logger = {
  setLevel(level: LogLevel): void {
    base.level = level;
  },
  error: (message: string, fields?: Fields) => base.error(fields ?? {}, message),
  warn: (message: string, fields?: Fields) => base.warn(fields ?? {}, message),
  info: (message: string, fields?: Fields) => base.info(fields ?? {}, message),
  debug: (message: string, fields?: Fields) => base.debug(fields ?? {}, message),
};
