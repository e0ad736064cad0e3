/**
 * What a request needs to know about its viewer before it reads anything else — the viewer's user
 * row and their standing in each alliance (`RightsFacts.standings`) — kept per process, so a
 * repeated request of the same viewer reads neither; and the organization rows requests read,
 * which change about as rarely and are the same for every viewer.
 *
 * Revocation stays immediate because every write that changes a standing emits a
 * `standing.changed` event (`standingChanged`, below) in its transaction, and the cache drops what
 * the event concerns:
 *
 * - in the writing process, synchronously once the transaction has committed, before the
 *   mutation answers (`announceEvents` in src/db/outbox.ts tells this process's dispatcher), and
 *   only then: its dispatcher's later read of the same event does not tell the cache again;
 * - in every other process, when its dispatcher reads the event after the writer's NOTIFY — the
 *   same path and delay as a live event's;
 * - while a process's LISTEN connection is down (events may be missed), the cache is not used at
 *   all until the dispatcher has read up to date again.
 *
 * A read that began before an invalidation of what it read is not kept (the invalidation's
 * generation, noted per user and per organization), so a read racing a commit cannot put the old
 * standing back; an invalidation of someone else's standing does not stop it being kept. The time
 * limit is a safety net only.
 *
 * The facts kept, and the writes that change them (each emits the event):
 * - user row (organization, roles, legal representation, name): users are created, never changed
 *   or deleted by the API; a missing user is never kept;
 * - organization row, of any organization (the registry every signed-in user reads, so the same
 *   for every viewer): created by `organizationService.create` (a missing one is never kept),
 *   changed only by `effortService.setProductiveHours` — subject the organization;
 * - membership of the viewer's organization in open statuses: `membershipService` (apply,
 *   decide, suspend/reinstate/withdraw, a decision body's ADMIT_MEMBER motion) — subject the
 *   organization;
 * - alliance role grants: `allianceService.grantRole` / `revokeRole` — subject the user.
 * Project participations are not kept: they are read per operation (`RightsFacts.participation`).
 */
import { LRUCache } from "lru-cache";
import type { EventRecord } from "../db/outbox";
import type { EventDispatcher, EventObserver } from "../events/dispatcher";
import { metrics } from "../metrics";
import type { AllianceRole } from "../../entities/alliance-role-grant.entity";
import type { MembershipStatus } from "../../entities/membership.entity";

/** What a viewer is in one alliance (`Access.standing`). */
export interface AllianceStanding {
  /** The viewer's organization's open membership, if any. */
  membershipStatus: MembershipStatus | undefined;
  roles: Set<AllianceRole>;
}

/** Internal: no subscription listens to it (it carries no project, and every other scope names topics). */
const STANDING_CHANGED = "standing.changed";

/**
 * The event a write emits (`tx.emit(standingChanged(...))`) when it changes the standing of one
 * user (their row, their role grants) or of every user of an organization (its memberships), or
 * the organization's own row.
 */
export function standingChanged(subject: { userId: string } | { organizationId: string }, allianceId?: string): EventRecord {
  return "userId" in subject
    ? { topic: STANDING_CHANGED, entityType: "User", entityId: subject.userId, allianceId }
    : {
        topic: STANDING_CHANGED,
        entityType: "Organization",
        entityId: subject.organizationId,
        allianceId,
        organizationIds: [subject.organizationId],
      };
}

const SEP = "|";

/** The key of a viewer's standings: organization and user, as `RightsFacts` names them. */
export function standingKey(organizationId: string | null, userId: string): string {
  return `${organizationId ?? ""}${SEP}${userId}`;
}

export interface StandingCacheOptions {
  /** Viewers kept (users and standings each), and as many organizations. */
  max?: number;
  /** The safety net: an entry older than this is read again even without an event. */
  ttlMs?: number;
}

/** A read's ticket: it may store what it read only if nothing was invalidated since it began. */
export interface Ticket {
  readonly generation: number;
}

export class StandingCache implements EventObserver {
  /** Rows as read, by subject (`user:<id>`, `org:<id>`). */
  private readonly rows: LRUCache<string, Record<string, unknown>>;
  private readonly standings: LRUCache<string, Map<string, AllianceStanding>>;
  /** Counts invalidations; a ticket is the count when its read began. */
  private generation = 0;
  /** The generation of the last invalidation of each subject (`user:<id>`, `org:<id>`) still noted. */
  private readonly invalidated: LRUCache<string, number>;
  /**
   * Reads that began before this generation are kept by no one: set by what concerns everyone (an
   * event of an unknown subject, listening starting or stopping) and when a subject's note is let go.
   */
  private floor = 0;
  /** Whether events reach `observe` (the dispatcher is listening and has read up to date). */
  private listening = false;

  constructor(options: StandingCacheOptions = {}) {
    const max = options.max ?? 10_000;
    const ttl = options.ttlMs ?? 60_000;
    this.rows = new LRUCache({ max: 2 * max, ttl });
    this.standings = new LRUCache({ max, ttl });
    // A subject's note let go could still refuse a read in flight: refuse every such read instead.
    this.invalidated = new LRUCache({
      max,
      dispose: (generation, _subject, reason) => {
        if (reason === "evict") this.floor = Math.max(this.floor, generation);
      },
    });
  }

  /** Listens to `dispatcher`'s events; returns the unregistration. */
  attach(dispatcher: EventDispatcher): () => void {
    return dispatcher.observe(this);
  }

  /** Taken before a read whose result may be stored. */
  ticket(): Ticket {
    return { generation: this.generation };
  }

  /** The user's row as read from the database (unread columns: see `rowReader`), if kept. */
  user(userId: string): Record<string, unknown> | undefined {
    return this.row(`user:${userId}`);
  }

  storeUser(ticket: Ticket, userId: string, row: Record<string, unknown>): void {
    this.storeRow(ticket, `user:${userId}`, row);
  }

  /** The organization's row as read from the database (as `user`), if kept. */
  organization(organizationId: string): Record<string, unknown> | undefined {
    return this.row(`org:${organizationId}`);
  }

  storeOrganization(ticket: Ticket, organizationId: string, row: Record<string, unknown>): void {
    this.storeRow(ticket, `org:${organizationId}`, row);
  }

  /** A viewer's standings (`standingKey`), if kept. Shared by requests: read, never change. */
  standingsOf(key: string): Map<string, AllianceStanding> | undefined {
    return this.counted(this.listening ? this.standings.get(key) : undefined);
  }

  storeStandings(ticket: Ticket, key: string, standings: Map<string, AllianceStanding>): void {
    const [organizationId, userId] = key.split(SEP);
    if (this.fresh(ticket, `user:${userId}`, `org:${organizationId}`)) this.standings.set(key, standings);
  }

  observe(event: Pick<EventRecord, "topic" | "entityType" | "entityId">): void {
    if (event.topic !== STANDING_CHANGED) return;
    const generation = ++this.generation;
    if (event.entityType === "User") {
      this.invalidated.set(`user:${event.entityId}`, generation);
      this.rows.delete(`user:${event.entityId}`);
      this.dropStandings((key) => key.endsWith(`${SEP}${event.entityId}`));
    } else if (event.entityType === "Organization") {
      this.invalidated.set(`org:${event.entityId}`, generation);
      this.rows.delete(`org:${event.entityId}`);
      this.dropStandings((key) => key.startsWith(`${event.entityId}${SEP}`));
    } else {
      // Not a subject `standingChanged` writes: whose standing changed is unknown, so everyone's.
      this.floor = generation;
      this.rows.clear();
      this.standings.clear();
    }
  }

  listen(listening: boolean): void {
    this.floor = ++this.generation;
    this.listening = listening;
    if (!listening) {
      this.rows.clear();
      this.standings.clear();
    }
  }

  private row(subject: string): Record<string, unknown> | undefined {
    return this.counted(this.listening ? this.rows.get(subject) : undefined);
  }

  private storeRow(ticket: Ticket, subject: string, row: Record<string, unknown>): void {
    if (this.fresh(ticket, subject)) this.rows.set(subject, row);
  }

  /** Whether a read of `subjects` begun with `ticket` may be kept: nothing it read was invalidated since. */
  private fresh(ticket: Ticket, ...subjects: string[]): boolean {
    if (!this.listening || ticket.generation < this.floor) return false;
    return subjects.every((subject) => (this.invalidated.get(subject) ?? 0) <= ticket.generation);
  }

  private dropStandings(matches: (key: string) => boolean): void {
    for (const key of [...this.standings.keys()]) if (matches(key)) this.standings.delete(key);
  }

  private counted<T>(value: T | undefined): T | undefined {
    metrics.standingCache.inc({ result: value === undefined ? "miss" : "hit" });
    return value;
  }
}
