/**
 * Every mutation runs in exactly one transaction through `inTransaction`: its writes, its audit
 * entries and its outbox events commit together or not at all. Serialization failures and
 * deadlocks are retried here, a bounded number of times, and nowhere else.
 */
import type { DataSource, EntityManager } from "typeorm";
import { announceEvents, writeAuditsAndEvents, type EventRecord, type WrittenEvents } from "./outbox";

const MAX_ATTEMPTS = 3;
const RETRYABLE = new Set(["40001", "40P01"]);

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  /** The alliance the entity belongs to, so its secretariat can read the entry. */
  allianceId?: string | null;
  changes?: object;
}

/** Values as they should appear in the audit log: dates as ISO strings, decimals as strings. */
function plain(changes: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(changes)) as Record<string, unknown>;
}

export class Tx {
  private readonly audits: AuditRecord[] = [];
  /** The events emitted so far, in order. */
  readonly events: EventRecord[] = [];
  /** Work to run after the transaction has finished its own statements, still inside it. */
  private readonly beforeCommit: ((manager: EntityManager) => Promise<void>)[] = [];

  constructor(
    readonly manager: EntityManager,
    readonly actorId: string | null,
  ) {}

  audit(record: AuditRecord): void {
    this.audits.push(record);
  }

  /**
   * Records a domain event for live subscribers (see ./outbox.ts). It is written to the
   * outbox at the end of this transaction, so it exists only if the transaction commits.
   */
  emit(event: EventRecord): void {
    this.events.push(event);
  }

  /** Registers work to run at the end of the transaction, before its audit entries and events are written. */
  onBeforeCommit(work: (manager: EntityManager) => Promise<void>): void {
    this.beforeCommit.push(work);
  }

  /**
   * Runs the registered work, then writes the audit entries and the events in one statement;
   * returns the event ids written, if any.
   */
  async flush(): Promise<WrittenEvents | null> {
    for (const work of this.beforeCommit) await work(this.manager);
    return writeAuditsAndEvents(
      this.manager,
      this.actorId,
      this.audits.map((a) => ({
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        allianceId: a.allianceId ?? null,
        changes: plain(a.changes ?? {}),
      })),
      this.events,
    );
  }
}

export async function inTransaction<T>(db: DataSource, actorId: string | null, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    let written: WrittenEvents | null = null;
    let events: EventRecord[] = [];
    try {
      const result = await db.transaction(async (manager) => {
        const tx = new Tx(manager, actorId);
        const result = await work(tx);
        written = await tx.flush();
        events = tx.events;
        return result;
      });
      if (written) announceEvents(db, written, events);
      return result;
    } catch (error) {
      const code = (error as { driverError?: { code?: string }; code?: string }).driverError?.code;
      if (attempt >= MAX_ATTEMPTS || code === undefined || !RETRYABLE.has(code)) throw error;
    }
  }
}
