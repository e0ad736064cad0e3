/**
 * The subject of benefit sharing: a project or an IP asset (Art. 8.5), named by exactly one of
 * `projectId` / `ipAssetId`. Resolving it checks that the viewer may see it (NOT_FOUND otherwise).
 */
import type { IpAsset } from "../../entities/ip-asset.entity";
import type { Project } from "../../entities/project.entity";
import { BenefitPlanStatus } from "../../entities/benefit-plan.entity";
import { requireAccess, type Context } from "../context";
import { badInput, notFound } from "../errors";
import { canManageProject, canSeeIpBenefitSubject, isSecretariat } from "../auth/permissions";
import type { Tx } from "../db/transaction";
import { projectService } from "./project.service";

export interface BenefitSubject {
  allianceId: string;
  projectId: string | null;
  ipAssetId: string | null;
  /** Trade-secret IP: hidden from analysts. */
  tradeSecret: boolean;
  project?: Project;
  ipAsset?: IpAsset;
}

export interface SubjectInput {
  projectId?: string | null;
  ipAssetId?: string | null;
}

/** Does the viewer's organization hold a share in a plan of this IP asset (with the given status)? */
async function holdsIpShare(ctx: Context, ipAssetId: string, status?: BenefitPlanStatus): Promise<boolean> {
  const organizationId = ctx.access?.viewer.organizationId;
  if (!organizationId) return false;
  const rows: unknown[] = await ctx.db.query(
    `SELECT 1 FROM benefit_share s JOIN benefit_plan p ON p.id = s.plan_id
      WHERE p.ip_asset_id = $1 AND s.organization_id = $2 AND ($3::benefit_plan_status IS NULL OR p.status = $3)
      LIMIT 1`,
    [ipAssetId, organizationId, status ?? null],
  );
  return rows.length > 0;
}

export async function resolveSubject(ctx: Context, input: SubjectInput): Promise<BenefitSubject> {
  const access = requireAccess(ctx);
  if ((input.projectId == null) === (input.ipAssetId == null)) {
    throw badInput("projectId", "give exactly one of projectId and ipAssetId");
  }
  if (input.projectId != null) {
    const project = await projectService.get(ctx, input.projectId, "projectId");
    return { allianceId: project.allianceId, projectId: project.id, ipAssetId: null, tradeSecret: false, project };
  }
  const ipAsset = await ctx.loaders.ipAsset.load(input.ipAssetId!);
  if (!ipAsset || !(await canSeeIpBenefitSubject(access, ipAsset, () => holdsIpShare(ctx, ipAsset.id)))) {
    throw notFound("IpAsset", "ipAssetId");
  }
  return { allianceId: ipAsset.allianceId, projectId: null, ipAssetId: ipAsset.id, tradeSecret: ipAsset.kind === "TRADE_SECRET", ipAsset };
}

/**
 * Who proposes plans and records income for a subject: for a project its lead ORG_ADMIN or the
 * secretariat; for an IP asset the secretariat or an ORG_ADMIN of an organization holding a
 * share in the plan in force.
 */
export async function canManageBenefits(ctx: Context, subject: BenefitSubject): Promise<boolean> {
  const access = requireAccess(ctx);
  if (subject.project) return canManageProject(access, subject.project);
  if (await isSecretariat(access, subject.allianceId)) return true;
  return access.isOrgAdminOf(access.viewer.organizationId) && (await holdsIpShare(ctx, subject.ipAssetId!, BenefitPlanStatus.AGREED));
}

/** SQL column and value naming the subject, for statements over plans and events. */
export function subjectColumn(subject: { projectId: string | null; ipAssetId: string | null }): { column: string; id: string } {
  return subject.projectId ? { column: "project_id", id: subject.projectId } : { column: "ip_asset_id", id: subject.ipAssetId! };
}

/**
 * Serializes agreeing plans and recording income per subject: approvals take the subject row
 * FOR NO KEY UPDATE, income FOR SHARE (foreign-key checks, which take KEY SHARE, never wait on either).
 */
export async function lockSubject(tx: Tx, subject: { projectId: string | null; ipAssetId: string | null }, mode: "share" | "update"): Promise<void> {
  const table = subject.projectId ? "project" : "ip_asset";
  const lock = mode === "share" ? "FOR SHARE" : "FOR NO KEY UPDATE";
  await tx.manager.query(`SELECT 1 FROM ${table} WHERE id = $1 ${lock}`, [subject.projectId ?? subject.ipAssetId]);
}
