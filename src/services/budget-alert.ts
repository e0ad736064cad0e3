/**
 * Budget alerts: an approval (of an expense or a time declaration) that makes a line of the
 * project's budget overrun — actual above planned, in money or in effort — emits an event in the
 * same transaction, delivered by `budgetAlert(projectId)` to the project's managers (the lead's
 * ORG_ADMINs and the secretariat) like every other event, through the outbox.
 */
import type { Project } from "../../entities/project.entity";
import type { Tx } from "../db/transaction";
import { newlyOverrun, readBudget } from "./budget";

export const BudgetTopic = {
  /** A cost line (participant × work package × category) went over its planned amount. */
  COST_OVERRUN: "budget.costOverrun",
  /** An effort line (participant × work package) went over its planned person-months. */
  EFFORT_OVERRUN: "budget.effortOverrun",
} as const;

/** Advisory lock class of a project's budget (the outbox uses its own, src/db/outbox.ts). */
const BUDGET_LOCK = 770_2084;

/**
 * Takes the project's budget lock until `tx` ends: approvals, writes of expenses and time
 * declarations, and reporting-period submissions of one project take turns.
 */
export async function lockProjectBudget(tx: Tx, projectId: string): Promise<void> {
  await tx.manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [BUDGET_LOCK, projectId]);
}

/**
 * Runs `approve` inside `tx` and emits an alert for each line it made overrun, about `subject`.
 * Approvals of one project take turns (a transaction-scoped advisory lock on the project): two
 * approvals that overrun a line only together cannot both read the line as it was before either.
 */
export async function withOverrunAlerts<T>(
  tx: Tx,
  project: Pick<Project, "id" | "allianceId" | "currency" | "indirectCostRate">,
  subject: { entityType: "Expense" | "TimeDeclaration"; entityId: string },
  approve: () => Promise<T>,
): Promise<T> {
  await lockProjectBudget(tx, project.id);
  const before = await readBudget(tx.manager, project);
  const result = await approve();
  const { costs, effort } = newlyOverrun(before, await readBudget(tx.manager, project));
  const alerts = [
    ...costs.map((l) => ({ topic: BudgetTopic.COST_OVERRUN, organizationId: l.organizationId })),
    ...effort.map((l) => ({ topic: BudgetTopic.EFFORT_OVERRUN, organizationId: l.organizationId })),
  ];
  for (const alert of alerts) {
    tx.emit({
      topic: alert.topic,
      ...subject,
      allianceId: project.allianceId,
      projectId: project.id,
      organizationIds: [alert.organizationId],
    });
  }
  return result;
}
