/**
 * Consent to a change of a co-owned IP asset's owners (Art. 8.5: ownership rules are agreed by
 * the parties). A change is proposed against the owners of the moment, which it stores; an
 * ORG_ADMIN of every one of those owners and of every proposed owner approves it, and the last
 * approval applies it in its own transaction. One refusal rejects it; its proposer may withdraw it.
 *
 * Concurrency: every decision locks the asset row, then the change row, as `setIpOwners` and
 * proposals lock the asset; so two last approvals are ordered, and the second finds the change
 * APPLIED (CONFLICT). A change never applies stale: while the owners differ from those it was
 * proposed against it can only be rejected or withdrawn (approving it is a CONFLICT).
 */
import type { IpAsset } from "../../entities/ip-asset.entity";
import { IpOwner } from "../../entities/ip-owner.entity";
import { IpOwnershipChange, IpOwnershipChangeStatus, IpOwnershipDecision } from "../../entities/ip-ownership-change.entity";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import type { Tx } from "../db/transaction";
import { childPage, listPage, type ListArgs, type Page } from "../collections/page";
import { ipOwnershipChanges } from "../collections/ip-ownership-change";
import type { Consent } from "../loaders/consent.loader";
import { ipAssetService, lockIpAsset, replaceOwners } from "./ip-asset.service";
import { sameOwners, validOwners, type OwnerShare } from "./ip-owners";

/** `projectActivity` topics of ownership changes (src/db/outbox.ts). */
const Topic = {
  PROPOSED: "ipOwnershipChange.proposed",
  APPROVED: "ipOwnershipChange.approved",
  REJECTED: "ipOwnershipChange.rejected",
  APPLIED: "ipOwnershipChange.applied",
  WITHDRAWN: "ipOwnershipChange.withdrawn",
} as const;

const shares = (owners: OwnerShare[]): OwnerShare[] =>
  owners.map((o) => ({ organizationId: o.organizationId, basisPoints: o.basisPoints }));

/** Reads the change under a row lock (the asset's lock is taken first), PENDING or CONFLICT. */
async function lockPending(tx: Tx, change: IpOwnershipChange): Promise<{ locked: IpOwnershipChange; asset: IpAsset }> {
  const asset = await lockIpAsset(tx, change.ipAssetId);
  const locked = await tx.manager
    .getRepository(IpOwnershipChange)
    .createQueryBuilder("c")
    .setLock("pessimistic_write")
    .where("c.id = :id", { id: change.id })
    .getOneOrFail();
  if (locked.status !== IpOwnershipChangeStatus.PENDING) {
    throw conflict(`The change is ${locked.status}; only a PENDING change can be decided or withdrawn`, "changeId");
  }
  return { locked, asset };
}

class IpOwnershipChangeService {
  async get(ctx: Context, id: string, field = "id"): Promise<IpOwnershipChange> {
    const change = await requireAccess(ctx).visible("ipOwnershipChange", id, ctx.loaders.ipOwnershipChange);
    if (!change) throw notFound("IpOwnershipChange", field);
    return change;
  }

  list(ctx: Context, args: ListArgs): Promise<Page<IpOwnershipChange>> {
    return listPage(ctx, requireAccess(ctx), ipOwnershipChanges, args);
  }

  /** The changes of one asset that the viewer may see. */
  listByAsset(ctx: Context, asset: IpAsset, args: ListArgs): Promise<Page<IpOwnershipChange>> {
    return childPage(ctx, requireAccess(ctx), ipOwnershipChanges, "ipAssetId", asset.id, args, {
      field: "IpAsset.ownershipChanges",
      prime: ctx.loaders.ipOwnershipChange,
    });
  }

  /** The asset, or null when the viewer may not see it (a new owner of a trade secret). */
  async ipAsset(ctx: Context, change: IpOwnershipChange): Promise<IpAsset | null> {
    return (await requireAccess(ctx).visible("ipAsset", change.ipAssetId, ctx.loaders.ipAsset)) ?? null;
  }

  /** Required: every owner it was proposed against and every proposed owner; approvals so far. */
  async consent(ctx: Context, change: IpOwnershipChange): Promise<Consent> {
    const decisions = await ctx.loaders.ownershipDecisionsByChange.load(change.id);
    return {
      required: change.approverOrganizationIds,
      approvals: decisions
        .filter((d) => d.approve)
        .map((d) => ({ organizationId: d.organizationId, approvedById: d.decidedById, approvedAt: d.decidedAt })),
    };
  }

  /**
   * Proposes new owners for an asset that has owners (the secretariat or an owner's ORG_ADMIN).
   * The proposer's own organization, when its approval is required, approves with the proposal.
   */
  async propose(ctx: Context, input: { ipAssetId: string; owners: OwnerShare[] }): Promise<IpOwnershipChange> {
    const access = requireAccess(ctx);
    const asset = await ipAssetService.getManaged(ctx, input.ipAssetId);
    const owners = shares(await validOwners(ctx, input.owners));
    return write(ctx, async (tx) => {
      await lockIpAsset(tx, asset.id);
      const base = shares(await tx.manager.find(IpOwner, { where: { ipAssetId: asset.id }, order: { organizationId: "ASC" } }));
      if (base.length === 0) throw badInput("ipAssetId", "the asset has no owners yet: set them with setIpOwners");
      if (sameOwners(base, owners)) throw badInput("owners", "these are the current owners");
      const approvers = [...new Set([...base, ...owners].map((o) => o.organizationId))];
      const change = tx.manager.create(IpOwnershipChange, {
        allianceId: asset.allianceId,
        ipAssetId: asset.id,
        status: IpOwnershipChangeStatus.PENDING,
        owners,
        baseOwners: base,
        approverOrganizationIds: approvers,
        proposedById: access.viewer.userId,
      });
      await tx.manager.save(change);
      tx.audit({
        action: "proposeIpOwnershipChange",
        entityType: "IpOwnershipChange",
        entityId: change.id,
        allianceId: asset.allianceId,
        changes: { ipAssetId: asset.id, before: base, after: owners },
      });
      this.event(tx, Topic.PROPOSED, change, asset);
      const org = access.viewer.organizationId;
      if (org && approvers.includes(org) && access.isOrgAdminOf(org)) {
        await tx.manager.insert(IpOwnershipDecision, {
          changeId: change.id,
          organizationId: org,
          approve: true,
          decidedById: access.viewer.userId,
        });
      }
      return change;
    });
  }

  /**
   * An ORG_ADMIN of an organization whose approval is required approves or refuses, once. A
   * refusal rejects the change; the last approval applies it, if the owners are still those it
   * was proposed against.
   */
  async decide(ctx: Context, input: { changeId: string; approve: boolean }): Promise<IpOwnershipChange> {
    const access = requireAccess(ctx);
    const change = await this.get(ctx, input.changeId, "changeId");
    const org = access.viewer.organizationId;
    if (!org || !change.approverOrganizationIds.includes(org) || !access.isOrgAdminOf(org)) {
      throw forbidden("Only an ORG_ADMIN of a current or a proposed owner may decide this change");
    }
    return write(ctx, async (tx) => {
      const { locked, asset } = await lockPending(tx, change);
      const decisions = await tx.manager.find(IpOwnershipDecision, { where: { changeId: change.id } });
      if (decisions.some((d) => d.organizationId === org)) {
        throw conflict("Your organization has already decided on this change", "changeId");
      }
      await tx.manager.insert(IpOwnershipDecision, {
        changeId: change.id,
        organizationId: org,
        approve: input.approve,
        decidedById: access.viewer.userId,
      });
      const decidedAt = clockOf(ctx).now();
      if (!input.approve) {
        await tx.manager.update(IpOwnershipChange, { id: change.id }, { status: IpOwnershipChangeStatus.REJECTED, decidedAt });
        tx.audit(this.audit("rejectIpOwnershipChange", locked, { organizationId: org }));
        this.event(tx, Topic.REJECTED, locked, asset);
        return tx.manager.create(IpOwnershipChange, { ...locked, status: IpOwnershipChangeStatus.REJECTED, decidedAt });
      }
      const current = await tx.manager.find(IpOwner, { where: { ipAssetId: change.ipAssetId } });
      if (!sameOwners(current, locked.baseOwners)) {
        throw conflict("The owners have changed since this change was proposed: reject it, or withdraw it and propose again", "changeId");
      }
      tx.audit(this.audit("approveIpOwnershipChange", locked, { organizationId: org }));
      this.event(tx, Topic.APPROVED, locked, asset);
      const approved = new Set([org, ...decisions.map((d) => d.organizationId)]);
      if (!locked.approverOrganizationIds.every((id) => approved.has(id))) return locked;
      await replaceOwners(tx, change.ipAssetId, locked.owners);
      await tx.manager.update(IpOwnershipChange, { id: change.id }, { status: IpOwnershipChangeStatus.APPLIED, decidedAt });
      tx.audit(this.audit("applyIpOwnershipChange", locked, { before: locked.baseOwners, after: locked.owners }));
      this.event(tx, Topic.APPLIED, locked, asset);
      return tx.manager.create(IpOwnershipChange, { ...locked, status: IpOwnershipChangeStatus.APPLIED, decidedAt });
    });
  }

  /** The user who proposed a PENDING change withdraws it. */
  async withdraw(ctx: Context, input: { changeId: string }): Promise<IpOwnershipChange> {
    const access = requireAccess(ctx);
    const change = await this.get(ctx, input.changeId, "changeId");
    if (change.proposedById !== access.viewer.userId) throw forbidden("Only the user who proposed the change may withdraw it");
    return write(ctx, async (tx) => {
      const { locked, asset } = await lockPending(tx, change);
      const decidedAt = clockOf(ctx).now();
      await tx.manager.update(IpOwnershipChange, { id: change.id }, { status: IpOwnershipChangeStatus.WITHDRAWN, decidedAt });
      tx.audit(this.audit("withdrawIpOwnershipChange", locked, {}));
      this.event(tx, Topic.WITHDRAWN, locked, asset);
      return tx.manager.create(IpOwnershipChange, { ...locked, status: IpOwnershipChangeStatus.WITHDRAWN, decidedAt });
    });
  }

  private audit(action: string, change: IpOwnershipChange, changes: object) {
    return {
      action,
      entityType: "IpOwnershipChange",
      entityId: change.id,
      allianceId: change.allianceId,
      changes: { ipAssetId: change.ipAssetId, ...changes },
    };
  }

  /** On `projectActivity` of the asset's origin project, when it has one. */
  private event(tx: Tx, topic: string, change: IpOwnershipChange, asset: IpAsset): void {
    if (!asset.originProjectId) return;
    tx.emit({
      topic,
      entityType: "IpOwnershipChange",
      entityId: change.id,
      allianceId: change.allianceId,
      projectId: asset.originProjectId,
      organizationIds: change.approverOrganizationIds,
    });
  }
}

export const ipOwnershipChangeService = new IpOwnershipChangeService();
