/**
 * Governance (Art. 8.3): decision, advisory and executive bodies with their seats — the executive
 * body needs full-time staff — and the policies the alliance adopted (Art. 8.4). Part of the
 * alliance's directory: readable by its audience, written by the secretariat.
 */
import { BodySeat, DEFAULT_DECISION_RULES, GoverningBody, type GoverningBodyKind } from "../../entities/governing-body.entity";
import { PolicyDocument, type PolicyKind } from "../../entities/policy-document.entity";
import { badInput, notFound } from "../errors";
import { assertSecretariat } from "../auth/permissions";
import { type SqlParams } from "../db/sql";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { governingBodies, policyDocuments } from "../collections/governance";
import { allianceService } from "./alliance.service";
import type { DecisionRules } from "./motion-rules";
import { clockOf, requireAccess, write, type Context } from "../operation-context";

/** The rows of one alliance. */
const ofAlliance = (allianceId: string) => (a: string, params: SqlParams) => `${a}.alliance_id = ${params.add(allianceId)}`;

/** The body's decision rules: the defaults, overridden by what the input sets (each 0-9999 basis points). */
function decisionRules(input: Partial<DecisionRules>): DecisionRules {
  const rules: DecisionRules = { ...DEFAULT_DECISION_RULES };
  for (const name of Object.keys(rules) as (keyof DecisionRules)[]) {
    const value = input[name];
    if (value === undefined || value === null) continue;
    if (!Number.isInteger(value) || value < 0 || value > 9999) throw badInput(name, `${name} must be between 0 and 9999`);
    rules[name] = value;
  }
  return rules;
}

class GovernanceService {
  async getBody(ctx: Context, id: string, field = "governingBodyId"): Promise<GoverningBody> {
    const body = await ctx.loaders.governingBody.load(id);
    if (!body) throw notFound("GoverningBody", field);
    await allianceService.getDirectory(ctx, body.allianceId, field);
    return body;
  }

  async getSeat(ctx: Context, id: string, field = "id"): Promise<BodySeat> {
    const seat = await ctx.loaders.bodySeat.load(id);
    if (!seat) throw notFound("BodySeat", field);
    await this.getBody(ctx, seat.governingBodyId, field);
    return seat;
  }

  async getPolicy(ctx: Context, id: string, field = "id"): Promise<PolicyDocument> {
    const policy = await ctx.loaders.policyDocument.load(id);
    if (!policy) throw notFound("PolicyDocument", field);
    await allianceService.getDirectory(ctx, policy.allianceId, field);
    return policy;
  }

  listBodies(ctx: Context, allianceId: string, args: ListArgs): Promise<Page<GoverningBody>> {
    return listPage(ctx, requireAccess(ctx), governingBodies, args, { where: ofAlliance(allianceId) });
  }

  listPolicies(ctx: Context, allianceId: string, args: ListArgs): Promise<Page<PolicyDocument>> {
    return listPage(ctx, requireAccess(ctx), policyDocuments, args, { where: ofAlliance(allianceId) });
  }

  async createBody(
    ctx: Context,
    input: { allianceId: string; kind: GoverningBodyKind; name: string; description?: string } & Partial<DecisionRules>,
  ): Promise<GoverningBody> {
    const access = requireAccess(ctx);
    await allianceService.getDirectory(ctx, input.allianceId);
    await assertSecretariat(access, input.allianceId);
    const name = input.name;
    const rules = decisionRules(input);
    return write(ctx, async (tx) => {
      const body = tx.manager.create(GoverningBody, {
        allianceId: input.allianceId,
        kind: input.kind,
        name,
        description: input.description ?? "",
        ...rules,
      });
      await tx.manager.save(body);
      tx.audit({
        action: "createGoverningBody",
        entityType: "GoverningBody",
        entityId: body.id,
        allianceId: input.allianceId,
        changes: input,
      });
      return body;
    });
  }

  /** Seats a user the secretariat can see (a member's staff or its own) on a body. */
  async addSeat(ctx: Context, input: { governingBodyId: string; userId: string; position: string; fullTime?: boolean }): Promise<BodySeat> {
    const access = requireAccess(ctx);
    const body = await this.getBody(ctx, input.governingBodyId);
    await assertSecretariat(access, body.allianceId);
    if (!(await ctx.loaders.user.load(input.userId))) throw notFound("User", "userId");
    const position = input.position;
    return write(ctx, async (tx) => {
      const seat = tx.manager.create(BodySeat, {
        governingBodyId: body.id,
        userId: input.userId,
        position,
        fullTime: input.fullTime ?? false,
      });
      await tx.manager.save(seat);
      tx.audit({ action: "addBodySeat", entityType: "BodySeat", entityId: seat.id, allianceId: body.allianceId, changes: input });
      return seat;
    });
  }

  async removeSeat(ctx: Context, input: { bodySeatId: string }): Promise<GoverningBody> {
    const access = requireAccess(ctx);
    const seat = await this.getSeat(ctx, input.bodySeatId, "bodySeatId");
    const body = await this.getBody(ctx, seat.governingBodyId);
    await assertSecretariat(access, body.allianceId);
    return write(ctx, async (tx) => {
      const result = await tx.manager.delete(BodySeat, { id: seat.id });
      if (result.affected !== 1) throw notFound("BodySeat", "bodySeatId");
      tx.audit({
        action: "removeBodySeat",
        entityType: "BodySeat",
        entityId: seat.id,
        allianceId: body.allianceId,
        changes: { userId: seat.userId, position: seat.position },
      });
      return body;
    });
  }

  async adoptPolicy(
    ctx: Context,
    input: { allianceId: string; kind: PolicyKind; title: string; text: string; adoptedAt?: Date },
  ): Promise<PolicyDocument> {
    const access = requireAccess(ctx);
    await allianceService.getDirectory(ctx, input.allianceId);
    await assertSecretariat(access, input.allianceId);
    const title = input.title;
    const text = input.text;
    const now = clockOf(ctx).now();
    if (input.adoptedAt && input.adoptedAt > now) throw badInput("adoptedAt", "adoptedAt cannot be in the future");
    return write(ctx, async (tx) => {
      const policy = tx.manager.create(PolicyDocument, {
        allianceId: input.allianceId,
        kind: input.kind,
        title,
        text,
        adoptedAt: input.adoptedAt ?? now,
        adoptedById: access.viewer.userId,
      });
      await tx.manager.save(policy);
      tx.audit({
        action: "adoptPolicyDocument",
        entityType: "PolicyDocument",
        entityId: policy.id,
        allianceId: input.allianceId,
        changes: { kind: input.kind, title, adoptedAt: policy.adoptedAt },
      });
      return policy;
    });
  }
}

export const governanceService = new GovernanceService();
