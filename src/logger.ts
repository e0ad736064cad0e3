/**
 * A small structured logger: one JSON line per entry on stderr, filtered by `LOG_LEVEL`.
 * The start banner is the only thing written to stdout.
 */
import type { LogLevel } from "./config";

const order: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };
let threshold = order.info;

function write(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
  if (order[level] > threshold) return;
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }) + "\n");
}

export const logger = {
  setLevel(level: LogLevel): void {
    threshold = order[level];
  },
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
};
