/**
 * The read scenarios: the GraphQL document the app answers, and the one hand-written SQL
 * statement the B0 server answers the same data with (json_agg in PostgreSQL), plus the flat
 * rows B0s serializes in Node. The viewer is a member of the alliance (S4: an analyst); the
 * hand-written SQL applies the same rule (an ACTIVE membership of the viewer's organization).
 */

export interface ReadScenario {
  name: string;
  title: string;
  query: string;
  variables: Record<string, unknown>;
  /** The viewer: "member" or "analyst". */
  viewer: "member" | "analyst";
  /** One statement building the whole response document; $1 is the viewer's user id. */
  b0Sql: string;
  b0Params: unknown[];
  /** The same rows, flat, for B0s; `shape` nests them in Node. */
  flatSql?: string;
  shape?: (rows: Record<string, unknown>[]) => unknown;
  /**
   * The closest PostGraphile document (PGL, bench/postgraphile.ts): same rows, same order, its own
   * naming. S2 reaches projects through the participant rows (PostGraphile has no many-to-many
   * field without a plugin), ordered by a computed column (the project's code).
   */
  pgl: { query: string; variables: Record<string, unknown> };
}

/** Alliances the viewer (`$1`) reads as a member of an ACTIVE organization. */
const VIEWER_ALLIANCES = `(SELECT m.alliance_id FROM membership m JOIN "user" u ON u.organization_id = m.organization_id
                           WHERE u.id = $1 AND m.status = 'ACTIVE')`;

export function s1(): ReadScenario {
  return {
    name: "S1",
    title: "trivial query (`me { name }`)",
    query: "query S1 { me { name } }",
    variables: {},
    viewer: "member",
    b0Sql: `SELECT json_build_object('data', json_build_object('me', json_build_object('name', name)))::text AS body FROM "user" WHERE id = $1`,
    b0Params: [],
    flatSql: `SELECT name FROM "user" WHERE id = $1`,
    pgl: { query: "query S1 { me { name } }", variables: {} },
    shape: (rows) => ({ data: { me: { name: rows[0].name } } }),
  };
}

const ORGS = `SELECT o.* FROM organization o
               WHERE EXISTS (SELECT 1 FROM membership om WHERE om.organization_id = o.id AND om.status = 'ACTIVE'
                               AND om.alliance_id IN ${VIEWER_ALLIANCES})
               ORDER BY o.name, o.id LIMIT $2`;
const ORG_PROJECTS = `SELECT p.* FROM project p
                       JOIN project_participant pp ON pp.project_id = p.id AND pp.organization_id = o.id AND pp.removed_at IS NULL
                      WHERE p.alliance_id IN ${VIEWER_ALLIANCES}
                      ORDER BY p.code, p.id LIMIT $3`;
const PROJECT_TASKS = (limit: string) => `SELECT t.* FROM task t WHERE t.project_id = p.id ORDER BY t.created_at, t.id LIMIT ${limit}`;

/** S2: organizations → projects → tasks, `n` at each level. */
export function s2(n: number): ReadScenario {
  return {
    name: "S2",
    title: `nested read organizations → projects → tasks (${n}×${n}×${n})`,
    query: `query S2($n: Int!) {
      organizations(first: $n, orderBy: [{ field: NAME }]) { edges { node { name
        projects(first: $n, orderBy: [{ field: CODE }]) { edges { node { code title
          tasks(first: $n, orderBy: [{ field: CREATED_AT }]) { edges { node { title status } } } } } } } } }
    }`,
    variables: { n },
    viewer: "member",
    pgl: {
      query: `query S2($n: Int!) {
        allOrganizations(first: $n, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) { nodes { name
          projectParticipantsByOrganizationId(first: $n, orderBy: [PROJECT_CODE_ASC]) { nodes { projectByProjectId { code title
            tasksByProjectId(first: $n, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { title status } } } } } } }
      }`,
      variables: { n },
    },
    b0Sql: `SELECT json_build_object('data', json_build_object('organizations', json_build_object('edges', coalesce(json_agg(
              json_build_object('node', json_build_object('name', o.name, 'projects', json_build_object('edges', (
                SELECT coalesce(json_agg(json_build_object('node', json_build_object('code', p.code, 'title', p.title,
                  'tasks', json_build_object('edges', (
                    SELECT coalesce(json_agg(json_build_object('node', json_build_object('title', t.title, 'status', t.status))
                                             ORDER BY t.created_at, t.id), '[]')
                      FROM (${PROJECT_TASKS("$4")}) t))))
                  ORDER BY p.code, p.id), '[]')
                  FROM (${ORG_PROJECTS}) p))))
              ORDER BY o.name, o.id), '[]'))))::text AS body
              FROM (${ORGS}) o`,
    b0Params: [n, n, n],
    flatSql: `SELECT o.id AS oid, o.name, p.id AS pid, p.code, p.title AS ptitle, t.title, t.status
                FROM (${ORGS}) o
                LEFT JOIN LATERAL (${ORG_PROJECTS}) p ON TRUE
                LEFT JOIN LATERAL (${PROJECT_TASKS("$4")}) t ON TRUE
               ORDER BY o.name, o.id, p.code, p.id, t.created_at, t.id`,
    shape: (rows) => {
      const orgs: { node: { name: unknown; projects: { edges: unknown[] } } }[] = [];
      let org: (typeof orgs)[number] | undefined;
      let project: { node: { code: unknown; title: unknown; tasks: { edges: unknown[] } } } | undefined;
      let lastOrg: unknown;
      let lastProject: unknown;
      for (const r of rows) {
        if (r.oid !== lastOrg) {
          org = { node: { name: r.name, projects: { edges: [] } } };
          orgs.push(org);
          lastOrg = r.oid;
          lastProject = undefined;
        }
        if (r.pid !== null && r.pid !== lastProject) {
          project = { node: { code: r.code, title: r.ptitle, tasks: { edges: [] } } };
          org!.node.projects.edges.push(project);
          lastProject = r.pid;
        }
        if (r.title !== null) project!.node.tasks.edges.push({ node: { title: r.title, status: r.status } });
      }
      return { data: { organizations: { edges: orgs } } };
    },
  };
}

const PROJECTS = `SELECT p.* FROM project p WHERE p.alliance_id IN ${VIEWER_ALLIANCES} ORDER BY p.code, p.id LIMIT $2`;

/** S3: a wide payload, `projects` × `tasks` tasks with their scalar fields. */
export function s3(projects: number, tasks: number): ReadScenario {
  return {
    name: "S3",
    title: `wide payload (${projects} projects × ${tasks} tasks = ${projects * tasks} tasks)`,
    query: `query S3($projects: Int!, $tasks: Int!) {
      projects(first: $projects, orderBy: [{ field: CODE }]) { edges { node { code
        tasks(first: $tasks, orderBy: [{ field: CREATED_AT }]) { edges { node { title description status priority version } } } } } }
    }`,
    variables: { projects, tasks },
    viewer: "member",
    pgl: {
      query: `query S3($projects: Int!, $tasks: Int!) {
        allProjects(first: $projects, orderBy: [CODE_ASC, PRIMARY_KEY_ASC]) { nodes { code
          tasksByProjectId(first: $tasks, orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { title description status priority version } } } }
      }`,
      variables: { projects, tasks },
    },
    b0Sql: `SELECT json_build_object('data', json_build_object('projects', json_build_object('edges', coalesce(json_agg(
              json_build_object('node', json_build_object('code', p.code, 'tasks', json_build_object('edges', (
                SELECT coalesce(json_agg(json_build_object('node', json_build_object('title', t.title, 'description', t.description,
                         'status', t.status, 'priority', t.priority, 'version', t.version)) ORDER BY t.created_at, t.id), '[]')
                  FROM (${PROJECT_TASKS("$3")}) t))))
              ORDER BY p.code, p.id), '[]'))))::text AS body
              FROM (${PROJECTS}) p`,
    b0Params: [projects, tasks],
    flatSql: `SELECT p.id AS pid, p.code, t.title, t.description, t.status, t.priority, t.version
                FROM (${PROJECTS}) p LEFT JOIN LATERAL (${PROJECT_TASKS("$3")}) t ON TRUE
               ORDER BY p.code, p.id, t.created_at, t.id`,
    shape: (rows) => {
      const edges: { node: { code: unknown; tasks: { edges: unknown[] } } }[] = [];
      let last: unknown;
      for (const r of rows) {
        if (r.pid !== last) {
          edges.push({ node: { code: r.code, tasks: { edges: [] } } });
          last = r.pid;
        }
        if (r.title !== null) {
          edges[edges.length - 1].node.tasks.edges.push({
            node: { title: r.title, description: r.description, status: r.status, priority: r.priority, version: r.version },
          });
        }
      }
      return { data: { projects: { edges } } };
    },
  };
}

/** S4: an analyst's aggregate: an organization's distribution lines summed per currency. */
export function s4(organizationKey: string, organizationGlobalId: string): ReadScenario {
  const ANALYST_ALLIANCES = `(SELECT alliance_id FROM alliance_role_grant WHERE user_id = $1 AND role IN ('ANALYST', 'SECRETARIAT'))`;
  const LINES = `SELECT d.currency, sum(d.amount)::text AS amount, count(*)::int AS lines, count(DISTINCT d.revenue_event_id)::int AS events
                   FROM distribution d
                  WHERE d.organization_id = $2 AND d.alliance_id IN ${ANALYST_ALLIANCES}
                  GROUP BY d.currency ORDER BY d.currency`;
  return {
    name: "S4",
    title: "analyst aggregate (an organization's distributions summed per currency)",
    query: `query S4($id: ID!) { organization(id: $id) { benefitStatement { totals { currency amount lines events } } } }`,
    variables: { id: organizationGlobalId },
    viewer: "analyst",
    pgl: {
      query: `query S4($id: UUID!) { organizationDistributionTotals(organizationId: $id) { nodes { currency amount lines events } } }`,
      variables: { id: organizationKey },
    },
    b0Sql: `SELECT json_build_object('data', json_build_object('organization', json_build_object('benefitStatement',
              json_build_object('totals', coalesce(json_agg(json_build_object('currency', trim(t.currency), 'amount', t.amount,
                'lines', t.lines, 'events', t.events) ORDER BY t.currency), '[]')))))::text AS body
              FROM (${LINES}) t`,
    b0Params: [organizationKey],
    flatSql: LINES,
    shape: (rows) => ({
      data: {
        organization: {
          benefitStatement: {
            totals: rows.map((r) => ({ currency: String(r.currency).trim(), amount: r.amount, lines: r.lines, events: r.events })),
          },
        },
      },
    }),
  };
}
