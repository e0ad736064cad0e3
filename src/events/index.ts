/**
 * Live updates through a transactional outbox (DESIGN.md §1).
 *
 * Writing — inside any `inTransaction(...)` a service calls
 *
 *   tx.emit({ topic, entityType, entityId, allianceId, projectId, organizationIds })
 *
 * and the event row is inserted at the end of that transaction, so it exists exactly when the
 * change committed (a rolled-back mutation emits nothing); once it has committed, this process's
 * dispatcher is told directly and the others by a `pg_notify`. Ids only: the subject is loaded
 * again at delivery under the subscriber's rights — once per audience (same viewer, same
 * subscription), with the rights of all audiences of the event read together.
 *
 * Reading — `EventDispatcher` (one per process, started and stopped by src/app.ts) LISTENs on a
 * dedicated connection and fans events out in id order; `openEventStream` turns them into one
 * subscription's AsyncIterable, with `afterEventId` replay and a fresh context per event.
 *
 * Adding an event kind (IP assets, revenue, funds, …):
 *   1. pick a topic `<subject>.<verb>` and keep it as a constant beside your service;
 *   2. in the mutation's transaction call `tx.emit({ topic, entityType: "IpAsset", entityId,
 *      allianceId, projectId, organizationIds })` — `entityType` is the GraphQL type name you
 *      registered with `registerNodeType`, so `fetchNode` can load it under a subscriber's rights;
 *   3. that is all for `projectActivity(projectId)`: it delivers every event that carries your
 *      `projectId`, with `subject` loaded through `fetchNode` (events the subscriber may not see,
 *      e.g. a trade secret, are skipped). A new subscription of your own is a
 *      `@Subscription({ subscribe })` that returns `openEventStream({ ctx, scope, afterEventId, resolve, share })`
 *      (`share` names what `resolve` loads, with its arguments, so audiences can share it).
 */
export { writeAuditsAndEvents, announceEvents, onEventsCommitted, EVENT_CHANNEL, type EventRecord } from "./outbox";
export { EventDispatcher, type OutboxEvent, type EventSink } from "./dispatcher";
export { openEventStream, parseEventId, scopeMatches, type EventScope, type StreamOptions } from "./stream";
export { Topic, TASK_TOPICS, TALENT_EXCHANGE_TOPICS } from "./topics";
