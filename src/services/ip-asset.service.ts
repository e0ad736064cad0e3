/**
 * IP assets (Art. 5, 8.5, 8.6): registration, the status lifecycle, owners' shares and the
 * diffusion duty. Visibility per DESIGN.md §3 (src/auth/permissions.ts, "IP assets"): the summary
 * to the alliance, the rights to owners, secretariat and analysts, trade secrets to owners and the
 * secretariat only. Licenses: ip-license.service.ts.
 */
import { DiffusionMethod, DiffusionStatus, IpAsset, type IpKind, IpStatus } from "../../entities/ip-asset.entity";
import { IpOwner } from "../../entities/ip-owner.entity";
import { MembershipStatus } from "../../entities/membership.entity";
import type { Project } from "../../entities/project.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import type { Tx } from "../db/transaction";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { ipAssets } from "../collections/ip-asset";
import { canManageIpAsset, isSecretariat } from "../auth/permissions";
import { asDay, todayOf } from "../clock";
import { allianceService } from "./alliance.service";
import { projectService } from "./project.service";
import { checkOwners, FULL_SHARE, setsOwnersAlone, validOwners, type OwnerShare } from "./ip-owners";
import { diffusionDueDate, diffusionStatusOf } from "../collections/diffusion";

export interface RegisterIpAssetData {
  allianceId: string;
  kind: IpKind;
  title: string;
  registrationNumber?: string | null;
  jurisdiction?: string;
  status?: IpStatus;
  originProjectId?: string | null;
  governmentFunded?: boolean | null;
  filedOn?: string | null;
  grantedOn?: string | null;
  expiresOn?: string | null;
  owners?: OwnerShare[] | null;
}

export interface UpdateIpAssetStatusData {
  ipAssetId: string;
  status: IpStatus;
  registrationNumber?: string | null;
  filedOn?: string | null;
  grantedOn?: string | null;
  expiresOn?: string | null;
}

/** The status lifecycle: applications are filed, published and granted; rights lapse, expire or are abandoned. */
const STATUS_TRANSITIONS: Record<IpStatus, IpStatus[]> = {
  [IpStatus.DRAFT]: [IpStatus.FILED, IpStatus.PUBLISHED, IpStatus.GRANTED, IpStatus.ABANDONED],
  [IpStatus.FILED]: [IpStatus.PUBLISHED, IpStatus.GRANTED, IpStatus.ABANDONED],
  [IpStatus.PUBLISHED]: [IpStatus.GRANTED, IpStatus.EXPIRED, IpStatus.ABANDONED],
  [IpStatus.GRANTED]: [IpStatus.LAPSED, IpStatus.EXPIRED, IpStatus.ABANDONED],
  [IpStatus.LAPSED]: [IpStatus.GRANTED, IpStatus.EXPIRED, IpStatus.ABANDONED],
  [IpStatus.EXPIRED]: [],
  [IpStatus.ABANDONED]: [],
};

function checkDates(d: { filedOn?: string | null; grantedOn?: string | null; expiresOn?: string | null }): void {
  if (d.filedOn && d.grantedOn && d.grantedOn < d.filedOn) throw badInput("grantedOn", "grantedOn is before filedOn");
  if (d.grantedOn && d.expiresOn && d.expiresOn < d.grantedOn) throw badInput("expiresOn", "expiresOn is before grantedOn");
}

/** Serializes changes of one asset's rights (owners, licenses, diffusion). */
export async function lockIpAsset(tx: Tx, assetId: string): Promise<IpAsset> {
  const asset = await tx.manager
    .getRepository(IpAsset)
    .createQueryBuilder("ia")
    .setLock("pessimistic_write")
    .where("ia.id = :id", { id: assetId })
    .getOne();
  if (!asset) throw notFound("IpAsset", "ipAssetId");
  return asset;
}

/** Replaces all of an asset's owners, inside a transaction that holds the asset's lock. */
export async function replaceOwners(tx: Tx, assetId: string, owners: OwnerShare[]): Promise<void> {
  await tx.manager.delete(IpOwner, { ipAssetId: assetId });
  await tx.manager.insert(
    IpOwner,
    owners.map((o) => ({ ipAssetId: assetId, ...o })),
  );
}

export async function ownerIdsIn(tx: Tx, assetId: string): Promise<string[]> {
  const owners = await tx.manager.find(IpOwner, { where: { ipAssetId: assetId } });
  return owners.map((o) => o.organizationId);
}

class IpAssetService {
  /** Who owns the asset, for the right to change it. */
  async facts(ctx: Context, assetId: string): Promise<{ ownerOrganizationIds: string[] }> {
    const owners = await ctx.loaders.ipOwnersByAsset.load(assetId);
    return { ownerOrganizationIds: owners.map((o) => o.organizationId) };
  }

  async get(ctx: Context, id: string, field = "ipAssetId"): Promise<IpAsset> {
    const asset = await requireAccess(ctx).visible("ipAsset", id, ctx.loaders.ipAsset);
    if (!asset) throw notFound("IpAsset", field);
    return asset;
  }

  /** An asset the viewer may change; NOT_FOUND if invisible, FORBIDDEN if visible only. */
  async getManaged(ctx: Context, id: string): Promise<IpAsset> {
    const asset = await this.get(ctx, id);
    if (!(await canManageIpAsset(requireAccess(ctx), asset, await this.facts(ctx, asset.id)))) {
      throw forbidden("Only the secretariat or an ORG_ADMIN of an owner may change this IP asset");
    }
    return asset;
  }

  async originProject(ctx: Context, asset: IpAsset): Promise<Project | null> {
    return asset.originProjectId ? projectService.find(ctx, asset.originProjectId) : null;
  }

  diffusionStatus(ctx: Context, asset: IpAsset): DiffusionStatus {
    return diffusionStatusOf(asset, todayOf(clockOf(ctx)));
  }

  /** Owners and their shares, or null when the viewer may not see the rights in this asset. */
  async owners(ctx: Context, asset: IpAsset): Promise<IpOwner[] | null> {
    const [owners, rights] = await Promise.all([ctx.loaders.ipOwnersByAsset.load(asset.id), requireAccess(ctx).sees("ipRights", asset.id)]);
    if (!rights) return null;
    return [...owners].sort((a, b) => b.basisPoints - a.basisPoints);
  }

  async getOwner(ctx: Context, id: string): Promise<IpOwner> {
    const owner = await requireAccess(ctx).visible("ipOwner", id, ctx.loaders.ipOwner);
    if (!owner) throw notFound("IpOwner", "id");
    return owner;
  }

  /** IP assets the viewer may see, of one origin project or alliance when given. */
  list(ctx: Context, args: ListArgs & { originProjectId?: string; allianceId?: string }): Promise<Page<IpAsset>> {
    const { originProjectId, allianceId } = args;
    return listPage(ctx, requireAccess(ctx), ipAssets, args, {
      where: (a, params) =>
        [
          originProjectId ? `${a}.origin_project_id = ${params.add(originProjectId)}` : "",
          allianceId ? `${a}.alliance_id = ${params.add(allianceId)}` : "",
        ]
          .filter(Boolean)
          .join(" AND "),
    });
  }

  /**
   * The secretariat registers any asset; an ORG_ADMIN of an ACTIVE member registers its own
   * organization's results (of a project it takes part in), and its organization is the first
   * owner (100%) unless `owners` says otherwise — a list that must include it.
   */
  async register(ctx: Context, raw: RegisterIpAssetData): Promise<IpAsset> {
    const access = requireAccess(ctx);
    const input = { ...raw, filedOn: asDay(raw.filedOn), grantedOn: asDay(raw.grantedOn), expiresOn: asDay(raw.expiresOn) };
    await allianceService.getDirectory(ctx, input.allianceId);
    const secretariat = await isSecretariat(access, input.allianceId);
    const org = access.viewer.organizationId;
    if (!secretariat) {
      const standing = await access.standing(input.allianceId);
      if (!access.isOrgAdminOf(org) || standing.membershipStatus !== MembershipStatus.ACTIVE) {
        throw forbidden("Only the secretariat or an ORG_ADMIN of an active member may register IP assets");
      }
    }
    if (input.originProjectId) {
      const project = await projectService.find(ctx, input.originProjectId);
      if (!project || project.allianceId !== input.allianceId) {
        throw notFound("Project", "originProjectId");
      }
      if (!secretariat && (await access.participation(project.id)) === undefined) {
        throw forbidden("Only participants register the results of a project");
      }
    }
    const title = input.title;
    const jurisdiction = (input.jurisdiction ?? "CN").toUpperCase();
    if (!/^[A-Z0-9]{2,10}$/.test(jurisdiction)) throw badInput("jurisdiction", "a country or office code such as CN, US, EP or WO");
    checkDates(input);
    let owners = input.owners ? checkOwners(input.owners) : null;
    if (!secretariat) {
      owners ??= [{ organizationId: org as string, basisPoints: FULL_SHARE }];
      if (!owners.some((o) => o.organizationId === org)) {
        throw forbidden("You may register assets of your own organization only; the secretariat registers others'");
      }
    }
    if (owners) await validOwners(ctx, owners);
    const today = todayOf(clockOf(ctx));
    const governmentFunded =
      input.governmentFunded ?? (input.originProjectId ? await this.projectGovernmentFunded(ctx, input.originProjectId) : false);
    return write(ctx, async (tx) => {
      const asset = tx.manager.create(IpAsset, {
        allianceId: input.allianceId,
        kind: input.kind,
        title,
        registrationNumber: input.registrationNumber ?? null,
        jurisdiction,
        status: input.status ?? IpStatus.DRAFT,
        filedOn: input.filedOn ?? null,
        grantedOn: input.grantedOn ?? null,
        expiresOn: input.expiresOn ?? null,
        originProjectId: input.originProjectId ?? null,
        governmentFunded,
        // Art. 8.6: government-funded results must be diffused outside the alliance by a due date.
        diffusionStatus: governmentFunded ? DiffusionStatus.PENDING : DiffusionStatus.NOT_REQUIRED,
        diffusionDueDate: governmentFunded ? diffusionDueDate(ctx.config.diffusionDueDays, input.grantedOn ?? null, today) : null,
        registeredById: access.viewer.userId,
      });
      await tx.manager.save(asset);
      if (owners)
        await tx.manager.insert(
          IpOwner,
          owners.map((o) => ({ ipAssetId: asset.id, ...o })),
        );
      tx.audit({
        action: "registerIpAsset",
        entityType: "IpAsset",
        entityId: asset.id,
        allianceId: asset.allianceId,
        changes: { ...input, governmentFunded, owners },
      });
      // projectActivity of the origin project; a trade secret is skipped for subscribers who may not see it.
      if (asset.originProjectId) {
        tx.emit({
          topic: "ipAsset.registered",
          entityType: "IpAsset",
          entityId: asset.id,
          allianceId: asset.allianceId,
          projectId: asset.originProjectId,
          organizationIds: (owners ?? []).map((o) => o.organizationId),
        });
      }
      return asset;
    });
  }

  /**
   * Replaces the owners (all of them, atomically); the asset row is locked meanwhile. Only where
   * no other party's consent is needed (`setsOwnersAlone`); a co-owned asset's owners change by
   * `proposeIpOwnershipChange` and the approval of every owner involved.
   */
  async setOwners(ctx: Context, input: { ipAssetId: string; owners: OwnerShare[] }): Promise<IpAsset> {
    const access = requireAccess(ctx);
    const asset = await this.getManaged(ctx, input.ipAssetId);
    const owners = await validOwners(ctx, input.owners);
    return write(ctx, async (tx) => {
      const locked = await lockIpAsset(tx, asset.id);
      const before = await tx.manager.find(IpOwner, { where: { ipAssetId: asset.id } });
      if (!(await canManageIpAsset(access, locked, { ownerOrganizationIds: before.map((o) => o.organizationId) }))) {
        throw forbidden("Only the secretariat or an ORG_ADMIN of an owner may change the owners");
      }
      const org = access.viewer.organizationId;
      if (!setsOwnersAlone(before, org && access.isOrgAdminOf(org) ? org : null)) {
        throw forbidden(
          "Other organizations hold shares in this asset: propose the change with proposeIpOwnershipChange, for every owner involved to approve (Art. 8.5)",
        );
      }
      await replaceOwners(tx, asset.id, owners);
      tx.audit({
        action: "setIpOwners",
        entityType: "IpAsset",
        entityId: asset.id,
        allianceId: asset.allianceId,
        changes: { before: before.map((o) => ({ organizationId: o.organizationId, basisPoints: o.basisPoints })), after: owners },
      });
      return locked;
    });
  }

  async updateStatus(ctx: Context, raw: UpdateIpAssetStatusData): Promise<IpAsset> {
    requireAccess(ctx);
    const input = { ...raw, filedOn: asDay(raw.filedOn), grantedOn: asDay(raw.grantedOn), expiresOn: asDay(raw.expiresOn) };
    const asset = await this.getManaged(ctx, input.ipAssetId);
    return write(ctx, async (tx) => {
      const locked = await lockIpAsset(tx, asset.id);
      if (!STATUS_TRANSITIONS[locked.status].includes(input.status)) {
        throw badInput("status", `an IP asset cannot go from ${locked.status} to ${input.status}`);
      }
      const fields: Partial<IpAsset> = { status: input.status };
      if (input.registrationNumber !== undefined) fields.registrationNumber = input.registrationNumber;
      if (input.filedOn !== undefined) fields.filedOn = input.filedOn;
      if (input.grantedOn !== undefined) fields.grantedOn = input.grantedOn;
      if (input.expiresOn !== undefined) fields.expiresOn = input.expiresOn;
      if (input.status === IpStatus.GRANTED && !(fields.grantedOn ?? locked.grantedOn)) fields.grantedOn = todayOf(clockOf(ctx));
      const next = { ...locked, ...fields };
      checkDates(next);
      await tx.manager.update(IpAsset, { id: asset.id }, fields);
      tx.audit({
        action: "updateIpAssetStatus",
        entityType: "IpAsset",
        entityId: asset.id,
        allianceId: asset.allianceId,
        changes: { from: locked.status, ...fields },
      });
      return tx.manager.create(IpAsset, next);
    });
  }

  /** A public disclosure (publication, open standard, …) fulfils a pending diffusion duty (Art. 8.6). */
  async recordDiffusion(ctx: Context, input: { ipAssetId: string; reference: string; diffusedOn?: string | null }): Promise<IpAsset> {
    requireAccess(ctx);
    const asset = await this.getManaged(ctx, input.ipAssetId);
    const reference = input.reference;
    const today = todayOf(clockOf(ctx));
    const diffusedOn = asDay(input.diffusedOn) ?? today;
    if (diffusedOn > today) throw badInput("diffusedOn", "diffusedOn cannot be in the future");
    return write(ctx, async (tx) => {
      const locked = await lockIpAsset(tx, asset.id);
      if (locked.diffusionStatus === DiffusionStatus.NOT_REQUIRED) {
        throw badInput("ipAssetId", "the asset has no diffusion duty (it is not government funded)");
      }
      if (locked.diffusionStatus === DiffusionStatus.DIFFUSED)
        throw conflict("The asset's diffusion duty is already fulfilled", "ipAssetId");
      const fields = {
        diffusionStatus: DiffusionStatus.DIFFUSED,
        diffusedOn,
        diffusionMethod: DiffusionMethod.PUBLIC_DISCLOSURE,
        diffusionReference: reference,
      };
      await tx.manager.update(IpAsset, { id: asset.id }, fields);
      tx.audit({ action: "recordDiffusion", entityType: "IpAsset", entityId: asset.id, allianceId: asset.allianceId, changes: fields });
      return tx.manager.create(IpAsset, { ...locked, ...fields });
    });
  }

  /** A project is government funded when any of its funding sources is GOVERNMENT. */
  private async projectGovernmentFunded(ctx: Context, projectId: string): Promise<boolean> {
    return ctx.loaders.governmentFunded.load(projectId);
  }
}

export const ipAssetService = new IpAssetService();
