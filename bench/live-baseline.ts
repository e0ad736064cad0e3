/**
 * S5's B0, the limit for live delivery on this machine: a bare `ws` server speaking just enough
 * of graphql-ws (connection_init → ack, subscribe, ping, complete) for the same clients, with one
 * LISTEN connection on the app's outbox channel. On each notification it reads the new events of
 * the project with the task's version (one statement), builds each payload once and sends it to
 * every subscriber: no GraphQL, no rights, no per-audience work — what remains is the
 * notification, one read (after waiting out the outbox's in-flight writers, as the app's
 * dispatcher does) and one WebSocket frame per subscriber.
 * Run as its own process: `node dist/bench/live-baseline.js '<json options>'`; prints `{"port": n}`.
 */
import http from "node:http";
import { createSecretKey } from "node:crypto";
import jwt from "jsonwebtoken";
import { Client } from "pg";
import { WebSocketServer, type WebSocket } from "ws";
import { toGlobalId } from "../src/graphql/global-id";
import { EVENT_CHANNEL, outboxHorizon } from "../src/db/outbox";

export interface LiveBaselineOptions {
  databaseUrl: string;
  jwtSecret: string;
  /** The project's key: only its task events are delivered. */
  projectKey: string;
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2]) as LiveBaselineOptions;
  const secret = createSecretKey(Buffer.from(options.jwtSecret, "utf8"));
  const subscribers = new Map<WebSocket, string>(); // socket → operation id
  const db = new Client({ connectionString: options.databaseUrl, application_name: "bench-b0-live" });
  db.on("error", () => undefined); // the database is dropped at the end of the run
  await db.connect();
  let last = (await outboxHorizon(db)).toString();
  let reading: Promise<void> | null = null;
  let again = false;

  const deliver = async (): Promise<void> => {
    // Up to the outbox horizon, as the app's dispatcher reads: above it an event may still commit
    // behind a later one, and reading past it would lose that event.
    const horizon = await outboxHorizon(db);
    const { rows } = await db.query<{ id: string; topic: string; task: string; version: number }>({
      name: "events",
      text: `SELECT e.id::text AS id, e.topic, t.id AS task, t.version
               FROM event e JOIN task t ON t.id = e.entity_id
              WHERE e.id > $1 AND e.id <= $3 AND e.project_id = $2 AND e.topic LIKE 'task.%' ORDER BY e.id`,
      values: [last, options.projectKey, horizon.toString()],
    });
    for (const row of rows) {
      const payload = JSON.stringify({
        data: { taskUpdated: { eventId: row.id, topic: row.topic, task: { id: toGlobalId("Task", row.task), version: row.version } } },
      });
      for (const [socket, id] of subscribers) socket.send(`{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`);
    }
    last = horizon.toString(); // everything up to it is settled, this project's events or not
  };
  // One read at a time; a notification during a read causes one more read after it.
  const onNotify = (): void => {
    if (reading) {
      again = true;
      return;
    }
    reading = deliver().finally(() => {
      reading = null;
      if (again) {
        again = false;
        onNotify();
      }
    });
  };
  db.on("notification", onNotify);
  await db.query(`LISTEN ${EVENT_CHANNEL}`);

  // GET /subscribers: how many subscriptions are registered (the bench waits for all of them).
  const server = http.createServer((_req, res) => res.end(String(subscribers.size)));
  const wss = new WebSocketServer({ server, path: "/graphql", handleProtocols: () => "graphql-transport-ws" });
  wss.on("connection", (socket) => {
    // ws's default binaryType ("nodebuffer") delivers every message as one Buffer.
    socket.on("message", (data) => {
      const message = JSON.parse((data as Buffer).toString()) as { type: string; id?: string; payload?: { authorization?: string } };
      if (message.type === "connection_init") {
        try {
          const token = /^Bearer\s+(\S+)$/i.exec(message.payload?.authorization ?? "")?.[1] ?? "";
          jwt.verify(token, secret, { algorithms: ["HS256"], issuer: "alliance-hub" });
          socket.send('{"type":"connection_ack"}');
        } catch {
          socket.close(4403, "Forbidden");
        }
      } else if (message.type === "subscribe" && message.id) subscribers.set(socket, message.id);
      else if (message.type === "complete") subscribers.delete(socket);
      else if (message.type === "ping") socket.send('{"type":"pong"}');
    });
    socket.on("close", () => subscribers.delete(socket));
  });
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`);
  });
  process.on("SIGTERM", () => {
    for (const socket of wss.clients) socket.terminate();
    server.close();
    void db.end().finally(() => process.exit(0));
  });
}

if (require.main === module) void main();
