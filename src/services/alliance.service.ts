/** Alliances and their role grants (secretariat, analysts). */
import { assertPlatformAdmin, assertSecretariat } from "../auth/permissions";
import { standingChanged } from "../auth/standing-cache";
import { type AdmissionBy, Alliance, type AllianceScope, AllianceStatus } from "../../entities/alliance.entity";
import { type AllianceRole, AllianceRoleGrant } from "../../entities/alliance-role-grant.entity";
import { requireAccess, write, type Context } from "../operation-context";
import { badInput, notFound } from "../errors";
import { listPage, type ListArgs, type Page, type PageArgs } from "../collections/page";
import { allianceRoleGrants, alliances } from "../collections/alliance";

export interface CreateAllianceData {
  name: string;
  field: string;
  scope: AllianceScope;
  region: string;
  hostOrganizationId?: string | null;
}

/** Legal status changes of an alliance. */
const STATUS_TRANSITIONS: Record<AllianceStatus, AllianceStatus[]> = {
  [AllianceStatus.FORMING]: [AllianceStatus.ACTIVE, AllianceStatus.DISSOLVED],
  [AllianceStatus.ACTIVE]: [AllianceStatus.SUSPENDED, AllianceStatus.DISSOLVED],
  [AllianceStatus.SUSPENDED]: [AllianceStatus.ACTIVE, AllianceStatus.DISSOLVED],
  [AllianceStatus.DISSOLVED]: [],
};

class AllianceService {
  async get(ctx: Context, id: string, field = "id"): Promise<Alliance> {
    const alliance = await this.find(ctx, id);
    if (!alliance) throw notFound("Alliance", field);
    return alliance;
  }

  /** The alliance if the viewer may see it, otherwise null (for optional references). */
  async find(ctx: Context, id: string): Promise<Alliance | null> {
    return (await requireAccess(ctx).visible("alliance", id, ctx.loaders.alliance)) ?? null;
  }

  /** The alliance behind a directory read; NOT_FOUND unless the viewer sees its directory. */
  async getDirectory(ctx: Context, id: string, field = "allianceId"): Promise<Alliance> {
    const alliance = await requireAccess(ctx).visible("directory", id, ctx.loaders.alliance);
    if (!alliance) throw notFound("Alliance", field);
    return alliance;
  }

  list(ctx: Context, args: ListArgs): Promise<Page<Alliance>> {
    return listPage(ctx, requireAccess(ctx), alliances, args);
  }

  async create(ctx: Context, input: CreateAllianceData): Promise<Alliance> {
    const access = requireAccess(ctx);
    assertPlatformAdmin(access);
    if (input.hostOrganizationId && !(await ctx.loaders.organization.load(input.hostOrganizationId))) {
      throw notFound("Organization", "hostOrganizationId");
    }
    return write(ctx, async (tx) => {
      const alliance = tx.manager.create(Alliance, {
        name: input.name,
        field: input.field,
        scope: input.scope,
        region: input.region,
        hostOrganizationId: input.hostOrganizationId ?? null,
      });
      await tx.manager.save(alliance);
      tx.audit({ action: "createAlliance", entityType: "Alliance", entityId: alliance.id, allianceId: alliance.id, changes: input });
      return alliance;
    });
  }

  async setStatus(ctx: Context, input: { allianceId: string; status: AllianceStatus }): Promise<Alliance> {
    const access = requireAccess(ctx);
    const alliance = await this.get(ctx, input.allianceId);
    await assertSecretariat(access, alliance.id);
    if (!STATUS_TRANSITIONS[alliance.status].includes(input.status)) {
      throw badInput("status", `an alliance cannot go from ${alliance.status} to ${input.status}`);
    }
    return write(ctx, async (tx) => {
      const updated = await tx.manager
        .createQueryBuilder()
        .update(Alliance)
        .set({ status: input.status })
        .where("id = :id AND status = :from", { id: alliance.id, from: alliance.status })
        .returning("*")
        .execute();
      if (updated.affected !== 1) throw badInput("status", "the alliance's status changed meanwhile; reload it");
      tx.audit({
        action: "setAllianceStatus",
        entityType: "Alliance",
        entityId: alliance.id,
        allianceId: alliance.id,
        changes: { status: input.status },
      });
      return tx.manager.create(Alliance, { ...alliance, status: input.status });
    });
  }

  /** Who admits new members: the secretariat, or a DECISION body's ADMIT_MEMBER motions (secretariat). */
  async setAdmissionBy(ctx: Context, input: { allianceId: string; admissionBy: AdmissionBy }): Promise<Alliance> {
    const access = requireAccess(ctx);
    const alliance = await this.get(ctx, input.allianceId);
    await assertSecretariat(access, alliance.id);
    return write(ctx, async (tx) => {
      await tx.manager.update(Alliance, { id: alliance.id }, { admissionBy: input.admissionBy });
      tx.audit({
        action: "setAdmissionBy",
        entityType: "Alliance",
        entityId: alliance.id,
        allianceId: alliance.id,
        changes: { admissionBy: input.admissionBy },
      });
      return tx.manager.create(Alliance, { ...alliance, admissionBy: input.admissionBy });
    });
  }

  async grantRole(ctx: Context, input: { allianceId: string; userId: string; role: AllianceRole }): Promise<AllianceRoleGrant> {
    const access = requireAccess(ctx);
    assertPlatformAdmin(access);
    if (!(await ctx.loaders.alliance.load(input.allianceId))) throw notFound("Alliance", "allianceId");
    if (!(await ctx.loaders.user.load(input.userId))) throw notFound("User", "userId");
    return write(ctx, async (tx) => {
      const grant = tx.manager.create(AllianceRoleGrant, input);
      await tx.manager.save(grant);
      tx.emit(standingChanged({ userId: input.userId }, input.allianceId));
      tx.audit({
        action: "grantAllianceRole",
        entityType: "AllianceRoleGrant",
        entityId: grant.id,
        allianceId: input.allianceId,
        changes: input,
      });
      return grant;
    });
  }

  async revokeRole(ctx: Context, grantId: string): Promise<AllianceRoleGrant> {
    const access = requireAccess(ctx);
    assertPlatformAdmin(access);
    return write(ctx, async (tx) => {
      const grant = await tx.manager.findOneBy(AllianceRoleGrant, { id: grantId });
      if (!grant) throw notFound("AllianceRoleGrant", "grantId");
      await tx.manager.delete(AllianceRoleGrant, { id: grantId });
      tx.emit(standingChanged({ userId: grant.userId }, grant.allianceId));
      tx.audit({
        action: "revokeAllianceRole",
        entityType: "AllianceRoleGrant",
        entityId: grant.id,
        allianceId: grant.allianceId,
        changes: { role: grant.role, userId: grant.userId },
      });
      return grant;
    });
  }

  /** Role holders of an alliance: part of its directory. */
  roleGrants(ctx: Context, allianceId: string, args: PageArgs): Promise<Page<AllianceRoleGrant>> {
    return listPage(ctx, requireAccess(ctx), allianceRoleGrants, args, {
      where: (a, params) => `${a}.alliance_id = ${params.add(allianceId)}`,
    });
  }
}

export const allianceService = new AllianceService();
