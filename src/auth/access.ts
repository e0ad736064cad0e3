/**
 * What the viewer is in each alliance, loaded once per request (or per subscription event, so a
 * revoked membership takes effect at once) with a single query. The facts are read through
 * `RightsFacts`, which batches them across viewers: a live event delivered to many audiences
 * reads every audience's standing with one statement.
 */
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { ParticipantRole } from "../../entities/project-participant.entity";
import { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { OrgRole, PlatformRole } from "../../entities/user.entity";
import type { Viewer } from "./viewer";

export interface AllianceStanding {
  /** The viewer's organization's open membership, if any. */
  membershipStatus: MembershipStatus | undefined;
  roles: Set<AllianceRole>;
}

const NONE: AllianceStanding = { membershipStatus: undefined, roles: new Set() };

/** Rights facts read at one moment, batched across every viewer asking within a tick. */
export class RightsFacts {
  /** Per viewer (organization and user): their standing in each alliance. */
  readonly standings = new DataLoader<string, Map<string, AllianceStanding>>(async (keys) => {
    const pairs = keys.map((k) => k.split("|"));
    const rows: { key: string; alliance_id: string; kind: string; value: string }[] = await this.db.query(
      `SELECT k.key, x.alliance_id, x.kind, x.value
         FROM unnest($1::text[], $2::uuid[], $3::uuid[]) AS k(key, organization_id, user_id)
        CROSS JOIN LATERAL (
              SELECT alliance_id, 'M' AS kind, status::text AS value FROM membership
               WHERE organization_id = k.organization_id AND status IN ('APPLIED', 'ACTIVE', 'SUSPENDED')
              UNION ALL
              SELECT alliance_id, 'R', role::text FROM alliance_role_grant WHERE user_id = k.user_id) x`,
      [keys, pairs.map(([org]) => org || null), pairs.map(([, user]) => user)],
    );
    const byKey = new Map<string, Map<string, AllianceStanding>>(keys.map((k) => [k, new Map()]));
    for (const row of rows) {
      const map = byKey.get(row.key)!;
      const standing = map.get(row.alliance_id) ?? { membershipStatus: undefined, roles: new Set<AllianceRole>() };
      if (row.kind === "M") standing.membershipStatus = row.value as MembershipStatus;
      else standing.roles.add(row.value as AllianceRole);
      map.set(row.alliance_id, standing);
    }
    return keys.map((k) => byKey.get(k)!);
  });

  /** Per organization and project: the organization's current role in it, if it takes part. */
  readonly participations = new DataLoader<string, ParticipantRole | undefined>(async (keys) => {
    const pairs = keys.map((k) => k.split("|"));
    const rows: { organization_id: string; project_id: string; role: ParticipantRole }[] = await this.db.query(
      `SELECT pp.organization_id, pp.project_id, pp.role
         FROM unnest($1::uuid[], $2::uuid[]) AS k(organization_id, project_id)
         JOIN project_participant pp ON pp.organization_id = k.organization_id AND pp.project_id = k.project_id
        WHERE pp.removed_at IS NULL`,
      [pairs.map(([org]) => org), pairs.map(([, project]) => project)],
    );
    const byKey = new Map(rows.map((r) => [`${r.organization_id}|${r.project_id}`, r.role]));
    return keys.map((k) => byKey.get(k));
  });

  constructor(private readonly db: DataSource) {}
}

export class Access {
  constructor(
    readonly viewer: Viewer,
    /** Where the facts come from: this viewer's own, or shared with other viewers at one moment. */
    private readonly facts: RightsFacts,
  ) {}

  get isAdmin(): boolean {
    return this.viewer.platformRole === PlatformRole.ADMIN;
  }

  /** ORG_ADMIN of `organizationId`. */
  isOrgAdminOf(organizationId: string | null | undefined): boolean {
    return (
      organizationId != null &&
      this.viewer.organizationId === organizationId &&
      this.viewer.orgRole === OrgRole.ORG_ADMIN
    );
  }

  async standing(allianceId: string): Promise<AllianceStanding> {
    return (await this.loadStandings()).get(allianceId) ?? NONE;
  }

  /** Alliances in which the viewer's organization is an ACTIVE member. */
  async activeMemberAlliances(): Promise<string[]> {
    const all = await this.loadStandings();
    return [...all].filter(([, s]) => s.membershipStatus === MembershipStatus.ACTIVE).map(([id]) => id);
  }

  async hasRole(allianceId: string, role: AllianceRole): Promise<boolean> {
    return (await this.standing(allianceId)).roles.has(role);
  }

  /** The viewer's organization's role in a project, if it currently takes part. */
  participation(projectId: string): Promise<ParticipantRole | undefined> {
    if (!this.viewer.organizationId) return Promise.resolve(undefined);
    return this.facts.participations.load(`${this.viewer.organizationId}|${projectId}`);
  }

  private loadStandings(): Promise<Map<string, AllianceStanding>> {
    return this.facts.standings.load(`${this.viewer.organizationId ?? ""}|${this.viewer.userId}`);
  }
}
