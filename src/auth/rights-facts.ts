/**
 * Rights facts read at one moment, batched across every viewer asking within a tick: a live event
 * delivered to many audiences reads all their facts with as many statements as one audience would.
 * A viewer's organization and user are columns of an `unnest` of the viewers asking, never bound
 * parameters of one of them, so more viewers never mean more statements.
 */
import DataLoader from "dataloader";
import type { DataSource, ObjectLiteral } from "typeorm";
import type { ParticipantRole } from "../../entities/project-participant.entity";
import type { AllianceRole } from "../../entities/alliance-role-grant.entity";
import { type MembershipStatus, OPEN_MEMBERSHIP_STATUSES } from "../../entities/membership.entity";
import { rowReader } from "../db/rows";
import { sqlEnum } from "../db/sql-enum";
import { BY_ID, type Visible } from "./visibility-sql";
import type { Viewer } from "./viewer";
import { standingKey, type AllianceStanding, type StandingCache } from "./standing-cache";

type Who = Pick<Viewer, "organizationId" | "userId">;

const SEP = "|";

/** A by-id check: `rule|organization|user|id`. */
interface Check {
  key: string;
  rule: Visible;
  org: string | null;
  user: string;
  id: string;
}

function parseCheck(key: string): Check {
  const [rule, org, user, id] = key.split(SEP);
  return { key, rule: rule as Visible, org: org || null, user, id };
}

export class RightsFacts {
  /** Per viewer (organization and user): their standing in each alliance. */
  private async readStandings(kept: readonly string[]): Promise<Map<string, AllianceStanding>[]> {
    const cached = kept.map((k) => this.cache?.standingsOf(k));
    const keys = kept.filter((_, i) => !cached[i]);
    if (keys.length === 0) return cached as Map<string, AllianceStanding>[];
    const ticket = this.cache?.ticket();
    const pairs = keys.map((k) => k.split(SEP));
    const rows: { key: string; alliance_id: string; kind: string; value: string }[] = await this.db.query(
      `SELECT k.key, x.alliance_id, x.kind, x.value
         FROM unnest($1::text[], $2::uuid[], $3::uuid[]) AS k(key, organization_id, user_id)
        CROSS JOIN LATERAL (
              SELECT alliance_id, 'M' AS kind, status::text AS value FROM membership
               WHERE organization_id = k.organization_id
                 AND status IN (${sqlEnum(OPEN_MEMBERSHIP_STATUSES)})
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
    if (ticket) for (const [key, standings] of byKey) this.cache!.storeStandings(ticket, key, standings);
    return kept.map((k, i) => cached[i] ?? byKey.get(k)!);
  }

  /**
   * Per rule, viewer and id: whether the row exists and passes the rule (./visibility.ts). One
   * statement per table and tick reads the rows and checks them for every viewer asking; the rows
   * it read wait in `fresh` for the first caller, so a check costs no statement besides the row's.
   */
  private async readChecks(keys: readonly string[]): Promise<boolean[]> {
    const byEntity = new Map<(typeof BY_ID)[Visible]["entity"], Check[]>();
    for (const check of keys.map(parseCheck)) {
      const { entity } = BY_ID[check.rule];
      byEntity.set(entity, [...(byEntity.get(entity) ?? []), check]);
    }
    const passed = new Set<string>();
    await Promise.all(
      [...byEntity].map(async ([entity, checks]) => {
        const reader = rowReader(this.db, entity);
        const table = this.db
          .getMetadata(entity)
          .tablePath.split(".")
          .map((part) => this.db.driver.escape(part))
          .join(".");
        let aliases = 0;
        const asker = { org: "vk.org", user: "vk.usr", alias: () => `_v${aliases++}` };
        const rules = [...new Set(checks.map((c) => c.rule))];
        const predicate =
          rules.length === 1
            ? BY_ID[rules[0]].rule(asker, "vr")
            : `CASE vk.rule ${rules.map((r) => `WHEN '${r}' THEN ${BY_ID[r].rule(asker, "vr")}`).join(" ")} END`;
        const rows: Record<string, unknown>[] = await this.db.query(
          `SELECT vk.key AS vk_key, ${reader.select("vr")}
             FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[]) AS vk(key, rule, org, usr, id)
             JOIN ${table} vr ON vr.id = vk.id
            WHERE ${predicate}`,
          [
            checks.map((c) => c.key),
            checks.map((c) => c.rule),
            checks.map((c) => c.org),
            checks.map((c) => c.user),
            checks.map((c) => c.id),
          ],
        );
        for (const row of rows) {
          const key = row.vk_key as string;
          passed.add(key);
          this.fresh.set(key, reader.read(row, "vr"));
        }
      }),
    );
    return keys.map((k) => passed.has(k));
  }

  /** Rows read by a check and not yet handed to a caller. */
  private readonly fresh = new Map<string, ObjectLiteral>();

  /** Per organization and project: the organization's current role in it, if it takes part. */
  private async readParticipations(keys: readonly string[]): Promise<(ParticipantRole | undefined)[]> {
    const pairs = keys.map((k) => k.split(SEP));
    const rows: { organization_id: string; project_id: string; role: ParticipantRole }[] = await this.db.query(
      `SELECT pp.organization_id, pp.project_id, pp.role
         FROM unnest($1::uuid[], $2::uuid[]) AS k(organization_id, project_id)
         JOIN project_participant pp ON pp.organization_id = k.organization_id AND pp.project_id = k.project_id
        WHERE pp.removed_at IS NULL`,
      [pairs.map(([org]) => org), pairs.map(([, project]) => project)],
    );
    const byKey = new Map(rows.map((r) => [`${r.organization_id}${SEP}${r.project_id}`, r.role]));
    return keys.map((k) => byKey.get(k));
  }

  /*
   * The loaders of the three, made on first use: a subscription keeps the facts of its context for
   * its whole life, and most contexts never read all three.
   */
  private standingsLoader?: DataLoader<string, Map<string, AllianceStanding>>;
  private checksLoader?: DataLoader<string, boolean>;
  private participationsLoader?: DataLoader<string, ParticipantRole | undefined>;

  private get standingsByViewer(): DataLoader<string, Map<string, AllianceStanding>> {
    return (this.standingsLoader ??= new DataLoader((keys) => this.readStandings(keys)));
  }

  private get checks(): DataLoader<string, boolean> {
    return (this.checksLoader ??= new DataLoader((keys) => this.readChecks(keys)));
  }

  private get participations(): DataLoader<string, ParticipantRole | undefined> {
    return (this.participationsLoader ??= new DataLoader((keys) => this.readParticipations(keys)));
  }

  constructor(
    private readonly db: DataSource,
    /** The process's standings, kept across operations (./standing-cache.ts); none in one-off runs. */
    private readonly cache?: StandingCache,
  ) {}

  /** The viewer's standing in each alliance. */
  standings(who: Who): Promise<Map<string, AllianceStanding>> {
    return this.standingsByViewer.load(standingKey(who.organizationId, who.userId));
  }

  /**
   * Whether row `id` exists and passes `rule` for the viewer (DESIGN.md §3, ./visibility.ts), and
   * the row as that check read it — to the first caller only: the row may change later in the
   * operation (a mutation), while what the caller's own loaders hold stays theirs to refresh.
   */
  async check(rule: Visible, who: Who, id: string): Promise<{ seen: boolean; row?: ObjectLiteral }> {
    const key = [rule, who.organizationId ?? "", who.userId, id].join(SEP);
    const seen = await this.checks.load(key);
    const row = this.fresh.get(key);
    this.fresh.delete(key);
    return { seen, row };
  }

  participation(organizationId: string, projectId: string): Promise<ParticipantRole | undefined> {
    return this.participations.load(`${organizationId}${SEP}${projectId}`);
  }
}
