/**
 * Loads a realistic alliance straight into a migrated database with set-based SQL
 * (INSERT … SELECT generate_series), so 20,000 tasks and 50,000 distribution lines take seconds.
 * Keys are deterministic (`md5(kind || n)::uuid`) so scenarios can name rows without reading them.
 */
import { createHash } from "node:crypto";
import type { Client } from "pg";

export interface Sizes {
  organizations: number;
  usersPerOrganization: number;
  projects: number;
  /** Participants per project, the lead included. */
  participants: number;
  milestonesPerProject: number;
  tasksPerProject: number;
  ipAssets: number;
  /** Each revenue event is split into two distribution lines. */
  revenueEvents: number;
}

export const FULL: Sizes = {
  organizations: 20,
  usersPerOrganization: 5,
  projects: 200,
  participants: 4,
  milestonesPerProject: 2,
  tasksPerProject: 100,
  ipAssets: 2_000,
  revenueEvents: 25_000,
};

export const QUICK: Sizes = {
  organizations: 10,
  usersPerOrganization: 3,
  projects: 100,
  participants: 4,
  milestonesPerProject: 2,
  tasksPerProject: 10,
  ipAssets: 200,
  revenueEvents: 2_500,
};

/** The deterministic key of the n-th row of a kind (0-based). */
export function key(kind: string, n: number): string {
  const hex = createHash("md5").update(`${kind}${n}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const K = (kind: string, expr: string) => `md5('${kind}' || (${expr})::text)::uuid`;

export const ALLIANCE = key("alliance", 0);
/** The ORG_ADMIN of organization 0, a member reading the alliance (S1–S3, S5, S6). */
export const MEMBER = key("user", 0);
/** An ANALYST of the alliance from organization 1 (S4). */
export const ANALYST = key("user", 1);

/** A secretariat user of organization 0 (user number O): the writer of S5 and S6 (any task of the alliance). */
export function secretariat(s: Sizes): string {
  return key("user", s.organizations);
}

export interface Counts {
  [table: string]: number;
}

export async function generate(db: Client, s: Sizes): Promise<Counts> {
  const O = s.organizations;
  const U = s.usersPerOrganization;
  const P = s.projects;
  const N = s.participants;
  const T = s.tasksPerProject;
  const M = s.milestonesPerProject;
  const statements = [
    `INSERT INTO alliance (id, name, field, scope, region, status)
     VALUES ('${ALLIANCE}', 'Benchmark Alliance', 'Advanced manufacturing', 'NATIONAL', 'CN-31', 'ACTIVE')`,
    `INSERT INTO organization (id, name, type, credit_code, legal_representative, region, industry_backbone, created_at)
     SELECT ${K("organization", "g")}, 'Organization ' || lpad(g::text, 3, '0'),
            (ARRAY['ENTERPRISE','UNIVERSITY','RESEARCH_INSTITUTE','OTHER'])[1 + g % 4]::organization_type,
            lpad(g::text, 18, '9'), 'Representative ' || g, 'CN-31', g % 3 = 0, now() - g * interval '1 day'
       FROM generate_series(0, ${O - 1}) g`,
    `INSERT INTO membership (alliance_id, organization_id, role, status, decided_at)
     SELECT '${ALLIANCE}', ${K("organization", "g")}, CASE WHEN g = 0 THEN 'LEAD' ELSE 'MEMBER' END::membership_role, 'ACTIVE', now()
       FROM generate_series(0, ${O - 1}) g`,
    // User n belongs to organization n % O; users 0..O-1 are their organization's ORG_ADMIN.
    `INSERT INTO "user" (id, email, name, password_hash, organization_id, org_role, is_legal_representative)
     SELECT ${K("user", "g")}, 'user' || g || '@bench.local', 'User ' || g, 'not-a-password-hash',
            ${K("organization", `g % ${O}`)}, CASE WHEN g < ${O} THEN 'ORG_ADMIN' ELSE 'MEMBER' END::org_role, g < ${O}
       FROM generate_series(0, ${O * U - 1}) g`,
    `INSERT INTO alliance_role_grant (alliance_id, user_id, role)
     VALUES ('${ALLIANCE}', '${ANALYST}', 'ANALYST'), ('${ALLIANCE}', '${secretariat(s)}', 'SECRETARIAT')`,
    `INSERT INTO project (id, alliance_id, code, title, summary, status, visibility, start_date, budget, created_at)
     SELECT ${K("project", "g")}, '${ALLIANCE}', 'P-' || lpad(g::text, 4, '0'), 'Project ' || g,
            'Joint research line ' || g, 'ACTIVE', 'ALLIANCE', date '2026-01-01' + g, 1000000 + g * 1000,
            now() - g * interval '1 hour'
       FROM generate_series(0, ${P - 1}) g`,
    // Project p: organizations p, p+1, … p+N-1 (mod O), the first one leading.
    `INSERT INTO project_participant (project_id, organization_id, role, contribution)
     SELECT ${K("project", "p")}, ${K("organization", `(p + i) % ${O}`)},
            CASE WHEN i = 0 THEN 'LEAD' ELSE 'PARTICIPANT' END::participant_role, 'Contribution ' || i
       FROM generate_series(0, ${P - 1}) p, generate_series(0, ${N - 1}) i`,
    `INSERT INTO milestone (id, project_id, title, due_date)
     SELECT ${K("milestone", `p * ${M} + i`)}, ${K("project", "p")}, 'Milestone ' || p || '-' || i, date '2026-06-01' + i * 30
       FROM generate_series(0, ${P - 1}) p, generate_series(0, ${M - 1}) i`,
    // Task k of project p goes to participant k % N, user 0 of that organization.
    `INSERT INTO task (id, project_id, milestone_id, title, description, status, priority, assignee_organization_id,
                       assignee_id, created_by_id, created_at, updated_at)
     SELECT ${K("task", `p * ${T} + k`)}, ${K("project", "p")}, ${K("milestone", `p * ${M} + k % ${M}`)},
            'Task ' || p || '-' || k, 'Work package ' || k || ' of project ' || p,
            (ARRAY['TODO','IN_PROGRESS','DONE','BLOCKED'])[1 + k % 4]::task_status,
            (ARRAY['LOW','MEDIUM','HIGH','URGENT'])[1 + k % 4]::task_priority,
            ${K("organization", `(p + k % ${N}) % ${O}`)}, ${K("user", `(p + k % ${N}) % ${O}`)}, '${MEMBER}',
            timestamptz '2026-01-01' + (p * ${T} + k) * interval '1 second', now()
       FROM generate_series(0, ${P - 1}) p, generate_series(0, ${T - 1}) k`,
    `INSERT INTO ip_asset (id, alliance_id, kind, title, status, origin_project_id, registered_by_id, filed_on)
     SELECT ${K("ip", "g")}, '${ALLIANCE}', (ARRAY['INVENTION_PATENT','UTILITY_MODEL','SOFTWARE_COPYRIGHT'])[1 + g % 3]::ip_kind,
            'Result ' || g, 'FILED', ${K("project", `g % ${P}`)}, '${MEMBER}', date '2026-01-01' + g % 300
       FROM generate_series(0, ${s.ipAssets - 1}) g`,
    // IP asset g: owned 60/40 by organizations g and g+1 (mod O), one agreed benefit plan with the same split.
    `INSERT INTO ip_owner (ip_asset_id, organization_id, basis_points)
     SELECT ${K("ip", "g")}, ${K("organization", `(g + i) % ${O}`)}, CASE WHEN i = 0 THEN 6000 ELSE 4000 END
       FROM generate_series(0, ${s.ipAssets - 1}) g, generate_series(0, 1) i`,
    `INSERT INTO benefit_plan (id, alliance_id, ip_asset_id, status, created_by_id, agreed_at)
     SELECT ${K("plan", "g")}, '${ALLIANCE}', ${K("ip", "g")}, 'AGREED', '${MEMBER}', now()
       FROM generate_series(0, ${s.ipAssets - 1}) g`,
    `INSERT INTO benefit_share (plan_id, organization_id, basis_points, approved_at)
     SELECT ${K("plan", "g")}, ${K("organization", `(g + i) % ${O}`)}, CASE WHEN i = 0 THEN 6000 ELSE 4000 END, now()
       FROM generate_series(0, ${s.ipAssets - 1}) g, generate_series(0, 1) i`,
    `INSERT INTO revenue_event (id, alliance_id, ip_asset_id, plan_id, kind, amount, currency, received_on, idempotency_key, recorded_by_id)
     SELECT ${K("revenue", "g")}, '${ALLIANCE}', ${K("ip", `g % ${s.ipAssets}`)}, ${K("plan", `g % ${s.ipAssets}`)},
            'LICENSE_ROYALTY', 1000 + g % 997, CASE WHEN g % 5 = 0 THEN 'USD' ELSE 'CNY' END,
            date '2025-01-01' + g % 600, 'bench-' || g, '${MEMBER}'
       FROM generate_series(0, ${s.revenueEvents - 1}) g`,
    `INSERT INTO distribution (revenue_event_id, alliance_id, organization_id, plan_id, ip_asset_id, basis_points, amount, currency, received_on)
     SELECT r.id, r.alliance_id, bs.organization_id, r.plan_id, r.ip_asset_id, bs.basis_points,
            round(r.amount * bs.basis_points / 10000, 2), r.currency, r.received_on
       FROM revenue_event r JOIN benefit_share bs ON bs.plan_id = r.plan_id`,
    "ANALYZE",
  ];
  await db.query("BEGIN");
  for (const sql of statements) await db.query(sql);
  await db.query("COMMIT");
  const counts: Counts = {};
  for (const table of ["organization", "user", "project", "project_participant", "task", "ip_asset", "revenue_event", "distribution"]) {
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0].n;
  }
  return counts;
}
