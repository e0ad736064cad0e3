/**
 * Talent exchanges between members (Art. 5: the alliance exchanges and trains talent):
 * proposed by either side, decided by the other side or the secretariat, then carried out.
 */
import { canDecideTalentExchange, canProgressTalentExchange, canProposeTalentExchange } from "../auth/permissions";
import { TalentExchange, type TalentExchangeKind, TalentExchangeStatus } from "../../entities/talent-exchange.entity";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import type { Tx } from "../db/transaction";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { talentExchanges } from "../collections/talent-exchange";
import { Topic } from "../events/topics";
import { dateOnly } from "../graphql/date-only";
import { Decision } from "./membership.service";
import { organizationIsActiveMember, projectService } from "./project.service";

export interface ProposeTalentExchangeData {
  allianceId: string;
  personId: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  kind: TalentExchangeKind;
  projectId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
}

/** Carrying an approved exchange out; deciding (APPROVED / REJECTED) is `decide`. */
const PROGRESS: Partial<Record<TalentExchangeStatus, TalentExchangeStatus[]>> = {
  [TalentExchangeStatus.PROPOSED]: [TalentExchangeStatus.CANCELLED],
  [TalentExchangeStatus.APPROVED]: [TalentExchangeStatus.ONGOING, TalentExchangeStatus.CANCELLED],
  [TalentExchangeStatus.ONGOING]: [TalentExchangeStatus.COMPLETED, TalentExchangeStatus.CANCELLED],
};

function exchangeEvent(topic: string, exchange: TalentExchange) {
  return {
    topic,
    entityType: "TalentExchange",
    entityId: exchange.id,
    allianceId: exchange.allianceId,
    projectId: exchange.projectId,
    organizationIds: [exchange.fromOrganizationId, exchange.toOrganizationId],
  };
}

class TalentExchangeService {
  async get(ctx: Context, id: string, field = "id"): Promise<TalentExchange> {
    const exchange = await requireAccess(ctx).visible("talentExchange", id, ctx.loaders.talentExchange);
    if (!exchange) throw notFound("TalentExchange", field);
    return exchange;
  }

  /** Exchanges the viewer sees; under a project (`project.talentExchanges`), those linked to it. */
  list(ctx: Context, args: ListArgs & { projectId?: string }): Promise<Page<TalentExchange>> {
    const { projectId } = args;
    return listPage(ctx, requireAccess(ctx), talentExchanges, args, {
      where: projectId ? (a, params) => `${a}.project_id = ${params.add(projectId)}` : undefined,
    });
  }

  /**
   * An ORG_ADMIN of the sending or the receiving organization proposes; both must be ACTIVE
   * members and the person must work for the sending organization.
   */
  async propose(ctx: Context, input: ProposeTalentExchangeData): Promise<TalentExchange> {
    const access = requireAccess(ctx);
    if (!(await access.visible("directory", input.allianceId, ctx.loaders.alliance))) {
      throw notFound("Alliance", "allianceId");
    }
    if (!canProposeTalentExchange(access, input)) {
      throw forbidden("Only an ORG_ADMIN of the sending or the receiving organization may propose an exchange");
    }
    if (input.fromOrganizationId === input.toOrganizationId) {
      throw badInput("toOrganizationId", "the receiving organization must differ from the sending one");
    }
    for (const field of ["fromOrganizationId", "toOrganizationId"] as const) {
      if (!(await organizationIsActiveMember(ctx.db, input.allianceId, input[field]))) {
        throw badInput(field, "both organizations must be active members of the alliance");
      }
    }
    const person = await ctx.loaders.user.load(input.personId);
    if (!person) throw notFound("User", "personId");
    if (person.organizationId !== input.fromOrganizationId) {
      throw badInput("personId", "the person must work for the sending organization");
    }
    if (input.projectId) {
      const project = await projectService.get(ctx, input.projectId, "projectId");
      if (project.allianceId !== input.allianceId) throw badInput("projectId", "the project belongs to another alliance");
    }
    const startDate = dateOnly(input.startDate);
    const endDate = dateOnly(input.endDate);
    if (startDate && endDate && endDate < startDate) {
      throw badInput("endDate", "endDate must not be before startDate");
    }
    return write(ctx, async (tx) => {
      const exchange = tx.manager.create(TalentExchange, {
        ...input,
        projectId: input.projectId ?? null,
        startDate: startDate ?? null,
        endDate: endDate ?? null,
        status: TalentExchangeStatus.PROPOSED,
        proposedById: access.viewer.userId,
        proposedByOrganizationId: access.viewer.organizationId!,
      });
      await tx.manager.save(exchange);
      tx.audit({
        action: "proposeTalentExchange",
        entityType: "TalentExchange",
        entityId: exchange.id,
        allianceId: input.allianceId,
        changes: input,
      });
      tx.emit(exchangeEvent(Topic.TALENT_EXCHANGE_PROPOSED, exchange));
      return exchange;
    });
  }

  /** The side that did not propose (its ORG_ADMIN), or the secretariat, approves or rejects. */
  async decide(ctx: Context, input: { talentExchangeId: string; decision: Decision; reason?: string }): Promise<TalentExchange> {
    const access = requireAccess(ctx);
    const exchange = await this.get(ctx, input.talentExchangeId, "talentExchangeId");
    if (!(await canDecideTalentExchange(access, exchange))) {
      throw forbidden("Only the other side's ORG_ADMIN or the secretariat may decide this exchange");
    }
    if (exchange.status !== TalentExchangeStatus.PROPOSED) {
      throw badInput("decision", `the exchange is ${exchange.status}; only a PROPOSED exchange can be decided`);
    }
    const to = input.decision === Decision.APPROVE ? TalentExchangeStatus.APPROVED : TalentExchangeStatus.REJECTED;
    return write(ctx, async (tx) => {
      const updated = await this.transition(tx, exchange, to, {
        decidedAt: clockOf(ctx).now(),
        decidedById: access.viewer.userId,
        reason: input.reason ?? null,
      });
      tx.audit({
        action: "decideTalentExchange",
        entityType: "TalentExchange",
        entityId: exchange.id,
        allianceId: exchange.allianceId,
        changes: { decision: input.decision, reason: input.reason, status: to },
      });
      tx.emit(exchangeEvent(Topic.TALENT_EXCHANGE_DECIDED, updated));
      return updated;
    });
  }

  /**
   * APPROVED → ONGOING → COMPLETED, or CANCELLED before it completes: either side's ORG_ADMIN or
   * the secretariat. Anything else is BAD_USER_INPUT.
   */
  async update(ctx: Context, input: { talentExchangeId: string; status: TalentExchangeStatus; reason?: string }): Promise<TalentExchange> {
    const access = requireAccess(ctx);
    const exchange = await this.get(ctx, input.talentExchangeId, "talentExchangeId");
    if (!(await canProgressTalentExchange(access, exchange))) {
      throw forbidden("Only an ORG_ADMIN of either side or the secretariat may change this exchange");
    }
    const allowed = PROGRESS[exchange.status] ?? [];
    if (!allowed.includes(input.status)) {
      throw badInput(
        "status",
        `a ${exchange.status} exchange cannot become ${input.status}` +
          (allowed.length ? ` (it can become ${allowed.join(" or ")})` : "") +
          (input.status === TalentExchangeStatus.APPROVED || input.status === TalentExchangeStatus.REJECTED
            ? "; approving and rejecting is decideTalentExchange"
            : ""),
      );
    }
    return write(ctx, async (tx) => {
      const updated = await this.transition(tx, exchange, input.status, input.reason !== undefined ? { reason: input.reason } : {});
      tx.audit({
        action: "updateTalentExchange",
        entityType: "TalentExchange",
        entityId: exchange.id,
        allianceId: exchange.allianceId,
        changes: { from: exchange.status, status: input.status, reason: input.reason },
      });
      tx.emit(exchangeEvent(Topic.TALENT_EXCHANGE_UPDATED, updated));
      return updated;
    });
  }

  /** Moves the row only if it is still in the status it was read in (a concurrent change loses with CONFLICT). */
  private async transition(
    tx: Tx,
    exchange: TalentExchange,
    to: TalentExchangeStatus,
    fields: Partial<TalentExchange>,
  ): Promise<TalentExchange> {
    const updatedAt = new Date();
    const result = await tx.manager
      .createQueryBuilder()
      .update(TalentExchange)
      .set({ status: to, updatedAt, ...fields })
      .where("id = :id AND status = :from", { id: exchange.id, from: exchange.status })
      .execute();
    if (result.affected !== 1) throw conflict("The exchange changed meanwhile; reload it", "talentExchangeId");
    return tx.manager.create(TalentExchange, { ...exchange, status: to, updatedAt, ...fields });
  }
}

export const talentExchangeService = new TalentExchangeService();
