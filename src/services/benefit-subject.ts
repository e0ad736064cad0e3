/**
 * The subject of benefit sharing: a project or an IP asset (Art. 8.5), named by exactly one of
 * `projectId` / `ipAssetId`. Resolving it checks that the viewer may see it (NOT_FOUND otherwise).
 */
import type { IpAsset } from "../../entities/ip-asset.entity";
import type { Project } from "../../entities/project.entity";
import { requireAccess, type Context } from "../operation-context";
import { badInput } from "../errors";
import { canManageIpAsset, canManageProject } from "../auth/permissions";
import type { Tx } from "../db/transaction";
import { projectService } from "./project.service";
import { ipAssetService } from "./ip-asset.service";

export interface BenefitSubject {
  allianceId: string;
  projectId: string | null;
  ipAssetId: string | null;
  project?: Project;
  ipAsset?: IpAsset;
}

export interface SubjectInput {
  projectId?: string | null;
  ipAssetId?: string | null;
}

export async function resolveSubject(ctx: Context, input: SubjectInput): Promise<BenefitSubject> {
  if ((input.projectId == null) === (input.ipAssetId == null)) {
    throw badInput("projectId", "give exactly one of projectId and ipAssetId");
  }
  if (input.projectId != null) {
    const project = await projectService.get(ctx, input.projectId, "projectId");
    return { allianceId: project.allianceId, projectId: project.id, ipAssetId: null, project };
  }
  const ipAsset = await ipAssetService.get(ctx, input.ipAssetId!, "ipAssetId");
  return { allianceId: ipAsset.allianceId, projectId: null, ipAssetId: ipAsset.id, ipAsset };
}

/**
 * Who proposes plans and records income for a subject: for a project its lead ORG_ADMIN or the
 * secretariat; for an IP asset an ORG_ADMIN of a current owner or the secretariat.
 */
export async function canManageBenefits(ctx: Context, subject: BenefitSubject): Promise<boolean> {
  const access = requireAccess(ctx);
  if (subject.project) return canManageProject(access, subject.project);
  return canManageIpAsset(access, subject.ipAsset!, await ipAssetService.facts(ctx, subject.ipAssetId!));
}

/** SQL column and value naming the subject, for statements over plans and events. */
export function subjectColumn(subject: { projectId: string | null; ipAssetId: string | null }): { column: string; id: string } {
  return subject.projectId ? { column: "project_id", id: subject.projectId } : { column: "ip_asset_id", id: subject.ipAssetId! };
}

/**
 * Serializes agreeing plans and recording income per subject: approvals take the subject row
 * FOR NO KEY UPDATE, income FOR SHARE (foreign-key checks, which take KEY SHARE, never wait on either).
 */
export async function lockSubject(
  tx: Tx,
  subject: { projectId: string | null; ipAssetId: string | null },
  mode: "share" | "update",
): Promise<void> {
  const table = subject.projectId ? "project" : "ip_asset";
  const lock = mode === "share" ? "FOR SHARE" : "FOR NO KEY UPDATE";
  await tx.manager.query(`SELECT 1 FROM ${table} WHERE id = $1 ${lock}`, [subject.projectId ?? subject.ipAssetId]);
}
