/**
 * What the viewer is in each alliance, loaded once per request (or per subscription event, so a
 * revoked membership takes effect at once) with a single query, and what the viewer may see by
 * id. Both are read through `RightsFacts`, which batches them across viewers: a live event
 * delivered to many audiences reads every audience's standings, and checks every audience's rows,
 * with as many statements as one audience would.
 */
import type { ParticipantRole } from "../../entities/project-participant.entity";
import type { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import { OrgRole, PlatformRole } from "../../entities/user.entity";
import { RightsFacts } from "./rights-facts";
import type { AllianceStanding } from "./standing-cache";
import type { RowOf, Visible } from "./visibility-sql";
import type { Viewer } from "./viewer";

export { RightsFacts, type AllianceStanding };

/** Where a service reads rows by id (a DataLoader, usually). */
interface RowLoader<T> {
  load(id: string): Promise<T | undefined>;
  prime?(id: string, row: T): unknown;
}

const NONE: AllianceStanding = { membershipStatus: undefined, roles: new Set() };

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
    return organizationId != null && this.viewer.organizationId === organizationId && this.viewer.orgRole === OrgRole.ORG_ADMIN;
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
    return this.facts.participation(this.viewer.organizationId, projectId);
  }

  /**
   * Whether the row `id` exists and the viewer may see it under `rule` (a rule of ./visibility.ts,
   * asked of this one row). For platform admins, who see everything, it answers true without
   * reading: ask it of rows known to exist, or use `visible`.
   */
  async sees(rule: Visible, id: string): Promise<boolean> {
    if (this.isAdmin) return true;
    return (await this.facts.check(rule, this.viewer, id)).seen;
  }

  /**
   * The row `loader` answers for `id` if the viewer may see it under `rule`; undefined when it is
   * missing or invisible alike. The check reads the row too: `loader` is primed with it (unless it
   * holds the row already), so the row costs no statement of its own.
   */
  async visible<R extends Visible>(rule: R, id: string, loader: RowLoader<RowOf<R>>): Promise<RowOf<R> | undefined> {
    if (this.isAdmin) return loader.load(id);
    const { seen, row } = await this.facts.check(rule, this.viewer, id);
    if (!seen) return undefined;
    if (row) {
      if (!loader.prime) return row as RowOf<R>;
      loader.prime(id, row as RowOf<R>);
    }
    return loader.load(id);
  }

  private loadStandings(): Promise<Map<string, AllianceStanding>> {
    return this.facts.standings(this.viewer);
  }
}
