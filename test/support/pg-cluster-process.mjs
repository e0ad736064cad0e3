// A PostgreSQL cluster of its own for fault tests, run in a child process so that a test can stop
// and restart the database under a running server. Commands on stdin, one per line:
// "start" → prints "started <url>", "stop" → prints "stopped", "exit" → stops and exits.
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const { startEmbeddedPostgres } = require(path.join(root, "dist/src/db/embedded.js"));
require(path.join(root, "dist/src/logger.js")).logger.setLevel("error");

const [dir, port] = process.argv.slice(2);
let running;

for await (const line of readline.createInterface({ input: process.stdin })) {
  const command = line.trim();
  if (command === "start") {
    running = await startEmbeddedPostgres(dir, Number(port), "faults");
    process.stdout.write(`started ${running.url}\n`);
  } else if (command === "stop") {
    await running?.stop();
    running = undefined;
    process.stdout.write("stopped\n");
  } else if (command === "exit") {
    await running?.stop();
    process.exit(0);
  }
}
