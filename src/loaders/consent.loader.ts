/**
 * Who must consent to a change and who has (Art. 8.5), for benefit plans and for proposed changes
 * of IP owners. Visibility is checked by the services; these only batch.
 */
import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { IpOwnershipChange, IpOwnershipDecision } from "../../entities/ip-ownership-change.entity";
import { byIdLoader, childrenLoader } from "./by-id.loader";
import type { LoaderDeps } from "./lazy";

/** One organization's approval: by whom (null once the user is gone) and when. */
export interface Approval {
  organizationId: string;
  approvedById: string | null;
  approvedAt: Date;
}

/** The organizations whose ORG_ADMIN must approve, and the approvals given, oldest first. */
export interface Consent {
  required: string[];
  approvals: Approval[];
}

/** The required organizations that have not approved, in the order of `required`. */
export function missingApprovers(consent: Consent): string[] {
  const approved = new Set(consent.approvals.map((a) => a.organizationId));
  return consent.required.filter((id) => !approved.has(id));
}

/**
 * The consent of each plan. Required: its holders, and — while it is a DRAFT — the holders of the
 * plan in force for its subject, which it would replace; once decided, the organizations that
 * approved without a share stay on the list. Approvals: the holders' (on their shares) and the
 * others' (benefit_plan_approval). `db` is the pool or a transaction's manager.
 */
export async function planConsents(db: Pick<EntityManager, "query">, planIds: readonly string[]): Promise<Consent[]> {
  const rows: { plan_id: string; organization_id: string; approved_by_id: string | null; approved_at: Date | null }[] = await db.query(
    `SELECT plan_id, organization_id, approved_by_id, approved_at FROM (
         SELECT s.plan_id, s.organization_id, s.approved_by_id, s.approved_at, 0 AS holder_rank
           FROM benefit_share s WHERE s.plan_id = ANY($1::uuid[])
         UNION ALL
         SELECT a.plan_id, a.organization_id, a.approved_by_id, a.approved_at, 1
           FROM benefit_plan_approval a WHERE a.plan_id = ANY($1::uuid[])
         UNION ALL
         SELECT p.id, cs.organization_id, NULL, NULL, 1
           FROM benefit_plan p
           JOIN benefit_plan cur ON cur.status = 'AGREED' AND cur.id <> p.id
                                AND (cur.project_id = p.project_id OR cur.ip_asset_id = p.ip_asset_id)
           JOIN benefit_share cs ON cs.plan_id = cur.id
          WHERE p.id = ANY($1::uuid[]) AND p.status = 'DRAFT') x
      ORDER BY plan_id, holder_rank, organization_id, approved_at NULLS LAST`,
    [planIds],
  );
  const byPlan = new Map<string, Consent>(planIds.map((id) => [id, { required: [], approvals: [] }]));
  for (const row of rows) {
    const consent = byPlan.get(row.plan_id)!;
    if (!consent.required.includes(row.organization_id)) consent.required.push(row.organization_id);
    if (row.approved_at && !consent.approvals.some((a) => a.organizationId === row.organization_id)) {
      consent.approvals.push({ organizationId: row.organization_id, approvedById: row.approved_by_id, approvedAt: row.approved_at });
    }
  }
  for (const consent of byPlan.values()) consent.approvals.sort((x, y) => x.approvedAt.getTime() - y.approvedAt.getTime());
  return planIds.map((id) => byPlan.get(id)!);
}

/** Made on first read (see ./lazy.ts). */
export const consentLoaders = {
  planConsent: ({ db }: LoaderDeps) => new DataLoader<string, Consent>((ids) => planConsents(db.manager, ids)),
  /** Unscoped: `ipOwnershipChangeService.get` applies the row check. */
  ipOwnershipChange: ({ db }: LoaderDeps) => byIdLoader(db, IpOwnershipChange),
  /** Every organization's answer to a proposed change of IP owners, oldest first. */
  ownershipDecisionsByChange: ({ db }: LoaderDeps) => childrenLoader(db, IpOwnershipDecision, "changeId", { orderBy: "decidedAt" }),
};
