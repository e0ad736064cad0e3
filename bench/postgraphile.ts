/**
 * PGL, the peer: PostGraphile V5 (amber preset, library mode on node:http) serving the bench
 * database, as a team would pick it instead of Alliance Hub. PostGraphile has no rules of its own:
 * the rules S1–S4 exercise are given to it as row-level security policies (POLICIES below, the
 * same predicates as B0's hand-written SQL) and every request runs as a role those policies apply
 * to, with the viewer's id from the same bearer token the app verifies, as PostGraphile's JWT
 * guide does it. Run as its own process: `node dist/bench/postgraphile.js '<json options>'`; it
 * prints `{"port": n}` once listening.
 */
import http from "node:http";
import { createSecretKey } from "node:crypto";
import jwt from "jsonwebtoken";
import { Client } from "pg";
import { postgraphile } from "postgraphile";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { grafserv } from "postgraphile/grafserv/node";

/**
 * PostGraphile V5 asks for Node.js 22; on 20 the one API it lacks is `Promise.withResolvers`
 * (ES2024), added here as the specification defines it.
 */
function withResolvers<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason?: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason?: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export interface PostGraphileOptions {
  databaseUrl: string;
  jwtSecret: string;
}

/** The role every PostGraphile request runs as (cluster-wide, so made once and kept). */
const ROLE = "alliance_bench_viewer";

/**
 * Row-level security equivalent to the rules S1–S4 exercise: a member sees the organizations, projects
 * and tasks of the alliances their organization is an ACTIVE member of; an analyst or the secretariat
 * sees the distribution lines of their alliances. `me()` (S1) and `organization_distribution_totals`
 * (S4) are what a PostGraphile user writes for those two questions: SQL functions, exposed as root
 * fields; a sortable computed column orders an organization's projects by code through the
 * participant rows (S2). The superuser the app and B0 connect as bypasses these policies.
 */
const POLICIES = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${ROLE}') THEN CREATE ROLE ${ROLE} NOLOGIN; END IF;
END $$;
CREATE SCHEMA bench_rls;
CREATE FUNCTION bench_rls.viewer() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('jwt.claims.user_id', true), '')::uuid $$;
CREATE FUNCTION bench_rls.viewer_alliances() RETURNS SETOF uuid LANGUAGE sql STABLE
  AS $$ SELECT m.alliance_id FROM membership m JOIN "user" u ON u.organization_id = m.organization_id
         WHERE u.id = bench_rls.viewer() AND m.status = 'ACTIVE' $$;
GRANT USAGE ON SCHEMA public, bench_rls TO ${ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${ROLE};

ALTER TABLE organization ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON organization FOR SELECT TO ${ROLE} USING (EXISTS (
  SELECT 1 FROM membership om WHERE om.organization_id = organization.id AND om.status = 'ACTIVE'
     AND om.alliance_id IN (SELECT bench_rls.viewer_alliances())));
ALTER TABLE project ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON project FOR SELECT TO ${ROLE} USING (alliance_id IN (SELECT bench_rls.viewer_alliances()));
ALTER TABLE project_participant ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON project_participant FOR SELECT TO ${ROLE}
  USING (removed_at IS NULL AND EXISTS (SELECT 1 FROM project p WHERE p.id = project_participant.project_id));
ALTER TABLE task ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_reads ON task FOR SELECT TO ${ROLE} USING (EXISTS (SELECT 1 FROM project p WHERE p.id = task.project_id));
ALTER TABLE distribution ENABLE ROW LEVEL SECURITY;
CREATE POLICY analyst_reads ON distribution FOR SELECT TO ${ROLE} USING (alliance_id IN (
  SELECT alliance_id FROM alliance_role_grant WHERE user_id = bench_rls.viewer() AND role IN ('ANALYST', 'SECRETARIAT')));

CREATE FUNCTION project_participant_project_code(pp project_participant) RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT code FROM project WHERE id = pp.project_id $$;
COMMENT ON FUNCTION project_participant_project_code(project_participant) IS E'@behavior +orderBy';
CREATE FUNCTION me() RETURNS "user" LANGUAGE sql STABLE AS $$ SELECT * FROM "user" WHERE id = bench_rls.viewer() $$;
CREATE TYPE distribution_total AS (currency text, amount numeric, lines int, events int);
CREATE FUNCTION organization_distribution_totals(organization_id uuid) RETURNS SETOF distribution_total LANGUAGE sql STABLE
  AS $$ SELECT trim(d.currency), sum(d.amount), count(*)::int, count(DISTINCT d.revenue_event_id)::int
          FROM distribution d WHERE d.organization_id = $1 GROUP BY d.currency ORDER BY d.currency $$;
`;

/** Adds the policies and functions to the bench database (run by the bench before it starts PGL). */
export async function preparePostGraphile(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(POLICIES);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  (Promise as unknown as { withResolvers?: typeof withResolvers }).withResolvers ??= withResolvers;
  const options = JSON.parse(process.argv[2]) as PostGraphileOptions;
  const secret = createSecretKey(Buffer.from(options.jwtSecret, "utf8"));
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    // Ordering by columns without an index of their own (organization name, task creation time), as S2 and S3 do.
    disablePlugins: ["PgIndexBehaviorsPlugin"],
    pgServices: [makePgService({ connectionString: options.databaseUrl, schemas: ["public"] })],
    grafserv: { graphqlPath: "/graphql", graphiql: false },
    grafast: {
      context(requestContext) {
        const header = requestContext.node?.req.headers.authorization ?? "";
        const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? "";
        const { sub } = jwt.verify(token, secret, { algorithms: ["HS256"], issuer: "alliance-hub" }) as { sub: string };
        return { pgSettings: { role: ROLE, "jwt.claims.user_id": sub } };
      },
    },
  });
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  server.keepAliveTimeout = 60_000;
  await serv.addTo(server);
  await serv.ready();
  server.listen(0, "127.0.0.1", () => {
    process.stdout.write(`${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`);
  });
  process.on("SIGTERM", () => {
    server.close();
    void Promise.resolve(pgl.release()).then(() => process.exit(0));
  });
}

if (require.main === module) void main();
