/**
 * Rows of the matrix for subscriptions: subscribing to what one may not see fails with NOT_FOUND
 * (UNAUTHENTICATED without a token), to what one sees but may not follow with FORBIDDEN; an
 * accepted subscription is one the server registered.
 */
import type { GraphQLResponse } from "../../support/client";
import type { AuthzWorld, Role } from "../../support/authz-world";
import { connect, subscribe, waitUntil } from "../../support/ws-client";
import type { Row } from "./matrix";

/** Subscribes as `role`; answers `{ data: { accepted: true } }` once registered, or the refusal. */
async function trySubscribe(w: AuthzWorld, role: Role, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
  const before = w.subscriberCount();
  const live = connect(w.url, w.token(role));
  try {
    const sub = subscribe(live, query, variables);
    await waitUntil(
      () => w.subscriberCount() > before || sub.done || sub.errors.length > 0,
      "the subscription to be registered or refused",
    );
    if (sub.errors.length > 0) return { status: 0, errors: sub.errors };
    if (sub.done) return { status: 0, errors: [{ message: String(sub.failure), extensions: { code: "CLOSED" } }] };
    return { status: 0, data: { accepted: true } };
  } finally {
    await live.dispose();
    // The next row counts from here: wait until the server dropped this subscription.
    await waitUntil(() => w.subscriberCount() <= before, "the server to drop the subscription");
  }
}

const TASK_UPDATED = `subscription($p: ID!) { taskUpdated(projectId: $p) { eventId } }`;
const TASK_ASSIGNED = `subscription($p: ID!, $o: ID!) { taskAssigned(projectId: $p, organizationId: $o) { eventId } }`;
const ACTIVITY = `subscription($p: ID!) { projectActivity(projectId: $p) { eventId } }`;
const MOTIONS = `subscription($b: ID!) { motionUpdated(bodyId: $b) { eventId } }`;
const BUDGET_ALERT = `subscription($p: ID!) { budgetAlert(projectId: $p) { eventId } }`;
const EXCHANGES = `subscription($a: ID!, $o: ID) { talentExchangeUpdated(allianceId: $a, organizationId: $o) { eventId } }`;

function row(field: string, path: string, expect: string, query: string, variables: (w: AuthzWorld) => Record<string, unknown>): Row {
  return { kind: "subscription", field, path, expect, run: (w, r) => trySubscribe(w, r, query, variables(w)) };
}

//                                        anon member orgAdmin legalRep other secretariat analyst supervisor admin
export const subscriptionRows: Row[] = [
  row("taskUpdated", "taskUpdated on the participants-only project", "U . . N N . . F .", TASK_UPDATED, (w) => ({ p: w.privateProjectId })),
  row("taskUpdated", "taskUpdated on the alliance-visible project", "U . . . N . . N .", TASK_UPDATED, (w) => ({ p: w.allianceProjectId })),
  row("projectActivity", "projectActivity on the participants-only project", "U . . N N . . . .", ACTIVITY, (w) => ({
    p: w.privateProjectId,
  })),
  row("taskAssigned", "taskAssigned on the participants-only project for B", "U . . N N . . F .", TASK_ASSIGNED, (w) => ({
    p: w.privateProjectId,
    o: w.b.id,
  })),
  // Budget alerts: the lead's ORG_ADMINs and the secretariat; others who see the project are refused.
  row("budgetAlert", "budgetAlert on the participants-only project", "U F . N N . F F .", BUDGET_ALERT, (w) => ({ p: w.privateProjectId })),
  row("talentExchangeUpdated", "talentExchangeUpdated for B", "U . N N N . . N .", EXCHANGES, (w) => ({ a: w.allianceId, o: w.b.id })),
  row("talentExchangeUpdated", "talentExchangeUpdated for the whole alliance", "U . . . N . . N .", EXCHANGES, (w) => ({
    a: w.allianceId,
  })),
  // A member who sees the council but holds no seat on it may not follow its motions.
  row("motionUpdated", "motionUpdated on the council", "U F . . N . . N .", MOTIONS, (w) => ({ b: w.councilId })),
];
