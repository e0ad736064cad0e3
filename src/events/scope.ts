/**
 * Which events a subscription listens to (its scope: topics, alliance, project, organization),
 * tested on a live event in the process and, for a replay, written as SQL over the `event` table
 * (the two must select the same events); and the client's `afterEventId`, read.
 */
import { badInput } from "../errors";
import type { OutboxEvent } from "./dispatcher";

/** Which events a subscription listens to; every given condition must hold. */
export interface EventScope {
  /** Exact topics, or prefixes ending in "." (`"task."` is every task topic). */
  topics?: readonly string[];
  allianceId?: string;
  projectId?: string;
  /** The event concerns this organization (it is in the event's `organizationIds`). */
  organizationId?: string;
}

function topicMatches(topics: readonly string[], topic: string): boolean {
  return topics.some((t) => (t.endsWith(".") ? topic.startsWith(t) : topic === t));
}

export function scopeMatches(scope: EventScope, event: OutboxEvent): boolean {
  return (
    (!scope.topics || topicMatches(scope.topics, event.topic)) &&
    (!scope.allianceId || event.allianceId === scope.allianceId) &&
    (!scope.projectId || event.projectId === scope.projectId) &&
    (!scope.organizationId || event.organizationIds.includes(scope.organizationId))
  );
}

/** The SQL twin of `scopeMatches`, for replay; appends its parameters to `params`. */
export function scopeSql(scope: EventScope, params: unknown[]): string {
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts: string[] = [];
  if (scope.topics) {
    const exact = scope.topics.filter((t) => !t.endsWith("."));
    const prefixes = scope.topics.filter((t) => t.endsWith(".")).map((t) => `${t.replace(/[\\%_]/g, "\\$&")}%`);
    parts.push(`(topic = ANY(${add(exact)}::text[]) OR topic LIKE ANY(${add(prefixes)}::text[]))`);
  }
  if (scope.allianceId) parts.push(`alliance_id = ${add(scope.allianceId)}`);
  if (scope.projectId) parts.push(`project_id = ${add(scope.projectId)}`);
  if (scope.organizationId) parts.push(`${add(scope.organizationId)}::uuid = ANY(organization_ids)`);
  return parts.length ? parts.join(" AND ") : "TRUE";
}

const MAX_EVENT_ID = 2n ** 63n - 1n; // bigserial

/** An event id given by a client (`afterEventId`): a non-negative integer. */
export function parseEventId(value: string, field = "afterEventId"): bigint {
  if (!/^\d{1,19}$/.test(value) || BigInt(value) > MAX_EVENT_ID) throw badInput(field, `${field} must be an eventId received earlier`);
  return BigInt(value);
}
