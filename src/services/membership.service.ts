/**
 * Membership: organizations apply, the secretariat admits or rejects them (open development,
 * Art. 8.6); members can be suspended, reinstated, and can withdraw.
 */
import { AllianceStatus } from "../../entities/alliance.entity";
import { Membership, MembershipRole, MembershipStatus } from "../../entities/membership.entity";
import { requireAccess, type Context } from "../context";
import { conflict, forbidden, notFound, registerUniqueConstraint, badInput } from "../errors";
import { isSecretariat, visibleMembershipSql } from "../auth/permissions";
import { inTransaction, type Tx } from "../db/transaction";
import { buildPredicate, SqlParams, type FilterSpec } from "../db/filter-sql";
import { paginate } from "../db/paginate";
import { sortKeys, type OrderShape } from "../graphql/order";
import { SortDirection } from "../graphql/filters";
import type { Page, PageArgs } from "../graphql/connection";
import { registerNodeType } from "./node.service";
import { organizationFilterSpec } from "./organization.service";

registerUniqueConstraint(
  "membership_open_unique",
  "organizationId",
  "The organization already has an open application or membership in this alliance",
);

export enum Decision {
  APPROVE = "APPROVE",
  REJECT = "REJECT",
}

export type MembershipOrderField = "APPLIED_AT" | "STATUS" | "ROLE" | "ORGANIZATION_NAME";

export const membershipFilterSpec = (a: string): FilterSpec => ({
  id: { kind: "id", sql: `${a}.id`, type: "Membership" },
  allianceId: { kind: "id", sql: `${a}.alliance_id`, type: "Alliance" },
  organizationId: { kind: "id", sql: `${a}.organization_id`, type: "Organization" },
  role: { kind: "enum", sql: `${a}.role` },
  status: { kind: "enum", sql: `${a}.status` },
  appliedAt: { kind: "datetime", sql: `${a}.applied_at` },
  decidedAt: { kind: "datetime", sql: `${a}.decided_at` },
  organization: {
    kind: "relation",
    exists: (r) => `SELECT 1 FROM organization ${r} WHERE ${r}.id = ${a}.organization_id`,
    spec: organizationFilterSpec,
  },
});

const ORDER_COLUMNS: Record<MembershipOrderField, string> = {
  APPLIED_AT: "m.applied_at",
  STATUS: "m.status",
  ROLE: "m.role",
  ORGANIZATION_NAME: "(SELECT name FROM organization WHERE id = m.organization_id)",
};

/** Status changes of an existing membership, and who may make them. */
type Change = "SUSPEND" | "REINSTATE" | "WITHDRAW";
const CHANGES: Record<Change, { from: MembershipStatus[]; to: MembershipStatus; action: string }> = {
  SUSPEND: { from: [MembershipStatus.ACTIVE], to: MembershipStatus.SUSPENDED, action: "suspendMembership" },
  REINSTATE: { from: [MembershipStatus.SUSPENDED], to: MembershipStatus.ACTIVE, action: "reinstateMembership" },
  WITHDRAW: {
    from: [MembershipStatus.APPLIED, MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED],
    to: MembershipStatus.WITHDRAWN,
    action: "withdrawMembership",
  },
};

export class MembershipService {
  async get(ctx: Context, id: string, field = "membershipId"): Promise<Membership> {
    const membership = await requireAccess(ctx).visible("membership", id, ctx.loaders.membership);
    if (!membership) throw notFound("Membership", field);
    return membership;
  }

  /** An alliance's memberships (its member list), or any filtered set of memberships. */
  async list(
    ctx: Context,
    args: PageArgs & { allianceId?: string; organizationId?: string; filter?: object; orderBy?: OrderShape<MembershipOrderField>[] },
  ): Promise<Page<Membership>> {
    const access = requireAccess(ctx);
    const params = new SqlParams();
    const qb = ctx.db.getRepository(Membership).createQueryBuilder("m");
    qb.where(visibleMembershipSql(access, "m", params));
    if (args.allianceId) qb.andWhere(`m.alliance_id = ${params.add(args.allianceId)}`);
    if (args.organizationId) qb.andWhere(`m.organization_id = ${params.add(args.organizationId)}`);
    const predicate = buildPredicate(args.filter as Record<string, unknown>, membershipFilterSpec("m"), params);
    if (predicate) qb.andWhere(predicate);
    qb.setParameters(params.values);
    return paginate(
      qb,
      args,
      sortKeys(args.orderBy, ORDER_COLUMNS, [{ sql: "m.applied_at", direction: SortDirection.ASC }]),
      "m.id",
    );
  }

  /** An ORG_ADMIN applies for their own organization (platform admins for any). */
  async apply(
    ctx: Context,
    input: { allianceId: string; organizationId: string; role?: MembershipRole },
  ): Promise<Membership> {
    const access = requireAccess(ctx);
    const alliance = await ctx.loaders.alliance.load(input.allianceId);
    if (!alliance) throw notFound("Alliance", "allianceId");
    if (!(await ctx.loaders.organization.load(input.organizationId))) throw notFound("Organization", "organizationId");
    if (!access.isAdmin && !access.isOrgAdminOf(input.organizationId)) {
      throw forbidden("Only the organization's ORG_ADMIN may apply for its membership");
    }
    if (alliance.status === AllianceStatus.DISSOLVED) throw badInput("allianceId", "the alliance is dissolved");
    return inTransaction(ctx.db, access.viewer.userId, async (tx) => {
      const membership = tx.manager.create(Membership, {
        allianceId: input.allianceId,
        organizationId: input.organizationId,
        role: input.role ?? MembershipRole.MEMBER,
        status: MembershipStatus.APPLIED,
      });
      await tx.manager.save(membership);
      tx.audit({ action: "applyForMembership", entityType: "Membership", entityId: membership.id, allianceId: input.allianceId, changes: input });
      return membership;
    });
  }

  /** The secretariat admits or rejects an application, once. */
  async decide(ctx: Context, input: { membershipId: string; decision: Decision; reason?: string }): Promise<Membership> {
    const access = requireAccess(ctx);
    const membership = await this.get(ctx, input.membershipId);
    if (!(await isSecretariat(access, membership.allianceId))) {
      throw forbidden("Only the alliance's secretariat may decide memberships");
    }
    const to = input.decision === Decision.APPROVE ? MembershipStatus.ACTIVE : MembershipStatus.REJECTED;
    return inTransaction(ctx.db, access.viewer.userId, async (tx) => {
      const updated = await this.transition(tx, membership, [MembershipStatus.APPLIED], to, {
        decidedAt: new Date(),
        decidedById: access.viewer.userId,
        reason: input.reason ?? null,
      });
      tx.audit({ action: "decideMembership", entityType: "Membership", entityId: membership.id, allianceId: membership.allianceId, changes: { decision: input.decision, reason: input.reason, status: to } });
      await afterMembershipChange.run(tx, updated);
      return updated;
    });
  }

  /** Suspend and reinstate: the secretariat. Withdraw: the member's ORG_ADMIN or the secretariat. */
  async change(ctx: Context, change: Change, input: { membershipId: string; reason?: string }): Promise<Membership> {
    const access = requireAccess(ctx);
    const membership = await this.get(ctx, input.membershipId);
    const secretariat = await isSecretariat(access, membership.allianceId);
    const own = change === "WITHDRAW" && access.isOrgAdminOf(membership.organizationId);
    if (!secretariat && !own) throw forbidden("You may not change this membership");
    const rule = CHANGES[change];
    return inTransaction(ctx.db, access.viewer.userId, async (tx) => {
      const updated = await this.transition(tx, membership, rule.from, rule.to, {
        reason: input.reason ?? null,
        ...(rule.to === MembershipStatus.WITHDRAWN ? { endedAt: new Date() } : {}),
      });
      tx.audit({ action: rule.action, entityType: "Membership", entityId: membership.id, allianceId: membership.allianceId, changes: { status: rule.to, reason: input.reason } });
      await afterMembershipChange.run(tx, updated);
      return updated;
    });
  }

  /** Moves the row only if it is still in one of `from` (a concurrent decision loses with CONFLICT). */
  private async transition(
    tx: Tx,
    membership: Membership,
    from: MembershipStatus[],
    to: MembershipStatus,
    fields: Partial<Membership>,
  ): Promise<Membership> {
    if (!from.includes(membership.status)) {
      throw conflict(`The membership is ${membership.status}; it cannot become ${to}`, "membershipId");
    }
    const result = await tx.manager
      .createQueryBuilder()
      .update(Membership)
      .set({ status: to, ...fields })
      .where("id = :id AND status IN (:...from)", { id: membership.id, from })
      .returning("*")
      .execute();
    if (result.affected !== 1) throw conflict("The membership changed meanwhile; reload it", "membershipId");
    return tx.manager.create(Membership, { ...membership, status: to, ...fields });
  }
}

/**
 * Other features react to membership changes inside the same transaction (e.g. the alliance
 * agreement asks a newly admitted member for its signature) by registering here.
 */
export const afterMembershipChange = {
  hooks: [] as ((tx: Tx, membership: Membership) => Promise<void>)[],
  register(hook: (tx: Tx, membership: Membership) => Promise<void>): void {
    this.hooks.push(hook);
  },
  async run(tx: Tx, membership: Membership): Promise<void> {
    for (const hook of this.hooks) await hook(tx, membership);
  },
};

export const membershipService = new MembershipService();

registerNodeType("Membership", (ctx, key) => membershipService.get(ctx, key, "id"));
