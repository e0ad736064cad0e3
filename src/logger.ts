/**
 * Structured JSON logs (pino) on stderr, filtered by LOG_LEVEL. The line about each GraphQL
 * operation names its request id (the response's x-request-id) and viewer, passed with the line:
 * an AsyncLocalStorage carrying them to every line cost a fifth of a nested read's throughput (its
 * promise hooks run on every promise; see BENCHMARKS.md). The start banner is the only thing written
 * to stdout. Tokens and passwords are never logged.
 */
import pino from "pino";
import type { LogLevel } from "./config";

const base = pino(
  {
    level: "info",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
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
