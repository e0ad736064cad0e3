/**
 * Background (as in consortium agreements): IP a participant brings to a project, declared by
 * an ORG_ADMIN of an owner that takes part, with the conditions on which the others may get
 * access to it (access requests: access-request.service.ts). docs/access-rights.md.
 */
import { BackgroundDeclaration } from "../../entities/background-declaration.entity";
import type { IpAsset } from "../../entities/ip-asset.entity";
import type { Project } from "../../entities/project.entity";
import { requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { isParticipantAdmin } from "../auth/permissions";
import { childPage, type ListArgs, type Page } from "../collections/page";
import { backgroundDeclarations } from "../collections/access-rights";
import { ipAssetService } from "./ip-asset.service";
import { assertOpen, projectService } from "./project.service";

/** `background.declared`: on the project's activity stream. */
const BACKGROUND_DECLARED = "background.declared";

/** What a participant acts on in a project's IP: the project, the asset, and the organization it acts for. */
export interface ParticipantAct {
  project: Project;
  asset: IpAsset;
  organizationId: string;
}

/**
 * The project and asset of a participant's act (declaring background, requesting access):
 * NOT_FOUND when the viewer may not see either, FORBIDDEN unless the viewer is an ORG_ADMIN of
 * a participant organization (`doing` completes the refusal).
 */
export async function participantAct(
  ctx: Context,
  input: { projectId: string; ipAssetId: string },
  doing: string,
): Promise<ParticipantAct> {
  const access = requireAccess(ctx);
  const project = await projectService.get(ctx, input.projectId, "projectId");
  const asset = await ipAssetService.get(ctx, input.ipAssetId);
  if (!(await isParticipantAdmin(access, project))) throw forbidden(`Only an ORG_ADMIN of a participant organization may ${doing}`);
  return { project, asset, organizationId: access.viewer.organizationId! };
}

class BackgroundService {
  async get(ctx: Context, id: string, field = "id"): Promise<BackgroundDeclaration> {
    const declaration = await requireAccess(ctx).visible("backgroundDeclaration", id, ctx.loaders.backgroundDeclaration);
    if (!declaration) throw notFound("BackgroundDeclaration", field);
    return declaration;
  }

  /** `project.background`: the declarations the viewer sees (never of an asset they may not see). */
  listByProject(ctx: Context, project: Project, args: ListArgs): Promise<Page<BackgroundDeclaration>> {
    return childPage(ctx, requireAccess(ctx), backgroundDeclarations, "projectId", project.id, args, {
      field: "project.background",
      prime: ctx.loaders.backgroundDeclaration,
    });
  }

  /** Whether the asset is declared background of the project (for access requests). */
  async isBackground(ctx: Context, projectId: string, ipAssetId: string): Promise<boolean> {
    const rows: unknown[] = await ctx.db.query(`SELECT 1 FROM background_declaration WHERE project_id = $1 AND ip_asset_id = $2`, [
      projectId,
      ipAssetId,
    ]);
    return rows.length > 0;
  }

  /**
   * An ORG_ADMIN of a participant (an ACTIVE member) declares an asset its organization owns or
   * co-owns as background to an open project. A result of the project is not background to it.
   */
  async declare(ctx: Context, input: { projectId: string; ipAssetId: string; conditions: string }): Promise<BackgroundDeclaration> {
    const access = requireAccess(ctx);
    const { project, asset, organizationId } = await participantAct(ctx, input, "declare background to the project");
    const { ownerOrganizationIds } = await ipAssetService.facts(ctx, asset.id);
    if (!ownerOrganizationIds.includes(organizationId)) {
      throw forbidden("Your organization may declare as background only assets it owns or co-owns");
    }
    assertOpen(project);
    if (asset.allianceId !== project.allianceId) throw badInput("ipAssetId", "the asset belongs to another alliance");
    if (asset.originProjectId === project.id) throw badInput("ipAssetId", "a result of the project is not background to it");
    const conditions = input.conditions;
    if (await this.isBackground(ctx, project.id, asset.id)) {
      throw conflict("The asset is already declared as background of this project", "ipAssetId");
    }
    return write(ctx, async (tx) => {
      const declaration = tx.manager.create(BackgroundDeclaration, {
        projectId: project.id,
        ipAssetId: asset.id,
        declaredById: organizationId,
        conditions,
        declaredByUserId: access.viewer.userId,
      });
      await tx.manager.save(declaration);
      tx.audit({
        action: "declareBackground",
        entityType: "BackgroundDeclaration",
        entityId: declaration.id,
        allianceId: project.allianceId,
        changes: { projectId: project.id, ipAssetId: asset.id, declaredById: organizationId, conditions },
      });
      tx.emit({
        topic: BACKGROUND_DECLARED,
        entityType: "BackgroundDeclaration",
        entityId: declaration.id,
        allianceId: project.allianceId,
        projectId: project.id,
        organizationIds: [organizationId],
      });
      return declaration;
    });
  }
}

export const backgroundService = new BackgroundService();
