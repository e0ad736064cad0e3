/**
 * B0, the limit: a bare node:http server with a pg pool answering each read scenario with one
 * hand-written SQL statement that builds the response in PostgreSQL (`GET /b0/S2`), and B0s,
 * the same rows fetched flat and serialized by JSON.stringify in Node (`GET /b0s/S2`).
 * It verifies the same bearer token as the app. Run as its own process:
 * `node dist/bench/baseline.js '<json options>'`; it prints `{"port": n}` once listening.
 */
import http from "node:http";
import { createSecretKey } from "node:crypto";
import jwt from "jsonwebtoken";
import { Pool } from "pg";
import { s1, s2, s3, s4, type ReadScenario } from "./scenarios";

export interface BaselineOptions {
  databaseUrl: string;
  jwtSecret: string;
  poolSize: number;
  s2: number;
  s3: [number, number];
  s4: [string, string];
}

function main(): void {
  const options = JSON.parse(process.argv[2]) as BaselineOptions;
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize, application_name: "bench-b0" });
  pool.on("error", () => undefined); // an idle connection closed by the database being dropped
  const secret = createSecretKey(Buffer.from(options.jwtSecret, "utf8"));
  const scenarios = new Map<string, ReadScenario>([s1(), s2(options.s2), s3(...options.s3), s4(...options.s4)].map((s) => [s.name, s]));

  const server = http.createServer((req, res) => {
    const [, mode, name] = (req.url ?? "").split("/");
    const scenario = scenarios.get(name);
    const reply = (status: number, body: string) => {
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    };
    let userId: string;
    try {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "";
      userId = (jwt.verify(token, secret, { algorithms: ["HS256"], issuer: "alliance-hub" }) as { sub: string }).sub;
    } catch {
      return reply(401, '{"error":"unauthenticated"}');
    }
    if (!scenario || (mode !== "b0" && mode !== "b0s")) return reply(404, '{"error":"not found"}');
    const params = [userId, ...scenario.b0Params];
    const work =
      mode === "b0"
        ? pool.query<{ body: string }>({ text: scenario.b0Sql, values: params, name: `b0-${name}` }).then((r) => r.rows[0].body)
        : pool
            .query<Record<string, unknown>>({ text: scenario.flatSql!, values: params, name: `b0s-${name}` })
            .then((r) => JSON.stringify(scenario.shape!(r.rows)));
    work.then(
      (body) => reply(200, body),
      (error: Error) => reply(500, JSON.stringify({ error: error.message })),
    );
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`);
  });
  process.on("SIGTERM", () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}

if (require.main === module) main();
