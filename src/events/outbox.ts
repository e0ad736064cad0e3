/**
 * Writing events into the transactional outbox (DESIGN.md §1). Services never call this
 * directly: they call `tx.emit(...)` inside `inTransaction`, and the rows are written at the
 * end of that transaction, together with its audit entries, so an event exists exactly when
 * the change it reports committed.
 */
import type { EntityManager } from "typeorm";

/** The channel every process LISTENs on; the payload is the highest new event id. */
export const EVENT_CHANNEL = "alliance_hub_events";

/**
 * Held from the event insert until commit. Event ids come from a sequence at insert time, so
 * without it a transaction could take id 10, commit after the one holding id 11, and a
 * listener that already moved past 11 would never read 10. Under the lock ids are handed out
 * in commit order, and "every event after the last id I delivered" is complete. Only the last
 * statements of event-writing transactions queue on it (NOTIFY serializes those commits anyway).
 */
const OUTBOX_LOCK = 770_2009;

/**
 * One domain event, as a feature emits it. Ids only: no names, amounts or text, so the outbox
 * holds nothing a subscriber could not already load under its own rights.
 */
export interface EventRecord {
  /** `<subject>.<verb>`, lower camel case: `task.assigned`, `ipAsset.registered`. */
  topic: string;
  /** The GraphQL type of the subject (`Task`), as registered with `registerNodeType`. */
  entityType: string;
  /** The subject's row key (a UUID). */
  entityId: string;
  /** The alliance concerned; alliance-wide streams (talent exchanges) select on it. */
  allianceId?: string | null;
  /** The project concerned; `projectActivity(projectId)` delivers every event that has one. */
  projectId?: string | null;
  /** Organizations the event concerns directly: the assignee's, both sides of an exchange. */
  organizationIds?: string[];
}

/** Inserts the transaction's events and notifies every listener, inside that transaction. */
export async function writeEvents(manager: EntityManager, actorId: string | null, records: EventRecord[]): Promise<void> {
  if (records.length === 0) return;
  await manager.query("SELECT pg_advisory_xact_lock($1)", [OUTBOX_LOCK]);
  const rows = records.map((r) => ({
    topic: r.topic,
    alliance_id: r.allianceId ?? null,
    project_id: r.projectId ?? null,
    organization_ids: [...new Set(r.organizationIds ?? [])],
    entity_type: r.entityType,
    entity_id: r.entityId,
  }));
  // One statement: insert in the order emitted, then notify (delivered only if we commit).
  await manager.query(
    `WITH written AS (
       INSERT INTO event (topic, alliance_id, project_id, organization_ids, entity_type, entity_id, actor_id)
       SELECT e.value->>'topic', (e.value->>'alliance_id')::uuid, (e.value->>'project_id')::uuid,
              ARRAY(SELECT jsonb_array_elements_text(e.value->'organization_ids'))::uuid[],
              e.value->>'entity_type', (e.value->>'entity_id')::uuid, $3::uuid
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(value, n)
        ORDER BY e.n
       RETURNING id)
     SELECT pg_notify($2, max(id)::text) FROM written`,
    [JSON.stringify(rows), EVENT_CHANNEL, actorId],
  );
}
