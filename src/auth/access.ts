/**
 * What the viewer is in each alliance, loaded once per request (or per subscription event, so a
 * revoked membership takes effect at once) with a single query.
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

export class Access {
  private standings?: Promise<Map<string, AllianceStanding>>;
  /** The viewer's organization's current role in each project asked about (batched). */
  private readonly participations = new DataLoader<string, ParticipantRole | undefined>(async (projectIds) => {
    const rows: { project_id: string; role: ParticipantRole }[] = await this.db.query(
      `SELECT project_id, role FROM project_participant
        WHERE organization_id = $1 AND project_id = ANY($2::uuid[]) AND removed_at IS NULL`,
      [this.viewer.organizationId, projectIds],
    );
    const byProject = new Map(rows.map((r) => [r.project_id, r.role]));
    return projectIds.map((id) => byProject.get(id));
  });

  constructor(
    private readonly db: DataSource,
    readonly viewer: Viewer,
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
    return this.participations.load(projectId);
  }

  private loadStandings(): Promise<Map<string, AllianceStanding>> {
    this.standings ??= this.db
      .query(
        `SELECT alliance_id, 'M' AS kind, status::text AS value FROM membership
          WHERE organization_id = $1 AND status IN ('APPLIED', 'ACTIVE', 'SUSPENDED')
         UNION ALL
         SELECT alliance_id, 'R', role::text FROM alliance_role_grant WHERE user_id = $2`,
        [this.viewer.organizationId, this.viewer.userId],
      )
      .then((rows: { alliance_id: string; kind: string; value: string }[]) => {
        const map = new Map<string, AllianceStanding>();
        for (const row of rows) {
          const standing = map.get(row.alliance_id) ?? { membershipStatus: undefined, roles: new Set<AllianceRole>() };
          if (row.kind === "M") standing.membershipStatus = row.value as MembershipStatus;
          else standing.roles.add(row.value as AllianceRole);
          map.set(row.alliance_id, standing);
        }
        return map;
      });
    return this.standings;
  }
}
