/**
 * Income and its distribution (Art. 8.5). Recording an event stores it and one line per
 * share-holder of the plan in force, in one transaction, so a recorded event is always fully
 * distributed and an unrecorded one leaves nothing behind. The client's idempotency key makes
 * retries safe: the same key with the same parameters answers the original event, even when
 * the two requests race (the unique constraint decides); with other parameters it is a CONFLICT.
 */
import { RevenueEvent, type RevenueKind } from "../../entities/revenue-event.entity";
import { Distribution } from "../../entities/distribution.entity";
import { BenefitShare } from "../../entities/benefit-share.entity";
import { requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import { visibleDistributionSql } from "../auth/permissions";
import type { Tx } from "../db/transaction";
import { querySql, SqlParams } from "../db/sql";
import { Decimal } from "../graphql/decimal";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { distributions, revenueEvents } from "../collections/revenue";
import { distribute } from "../money/distribution";
import { canManageBenefits, lockSubject, resolveSubject, subjectColumn, type SubjectInput } from "./benefit-subject";

export interface RecordRevenueData extends SubjectInput {
  kind: RevenueKind;
  amount: Decimal;
  currency?: string;
  /** A day: the `Date` scalar parses to midnight UTC. */
  receivedOn: Date | string;
  idempotencyKey: string;
}

/** A `Date` scalar value as the `YYYY-MM-DD` it stands for. */
export const day = (value: Date | string): string => (typeof value === "string" ? value : value.toISOString().slice(0, 10));

export interface CurrencyTotal {
  currency: string;
  amount: Decimal;
  lines: number;
  events: number;
}

/** Do two requests with one idempotency key ask for the same thing? */
type Request = RecordRevenueData & { currency: string; receivedOn: string };

function sameRequest(event: RevenueEvent, data: Request): boolean {
  return (
    event.projectId === (data.projectId ?? null) &&
    event.ipAssetId === (data.ipAssetId ?? null) &&
    event.kind === data.kind &&
    event.amount.equals(data.amount) &&
    event.currency.trim() === data.currency &&
    event.receivedOn === data.receivedOn
  );
}

class RevenueService {
  async get(ctx: Context, id: string, field = "id"): Promise<RevenueEvent> {
    const event = await requireAccess(ctx).visible("revenueEvent", id, ctx.loaders.revenueEvent);
    if (!event) throw notFound("RevenueEvent", field);
    return event;
  }

  async getLine(ctx: Context, id: string, field = "id"): Promise<Distribution> {
    const line = await requireAccess(ctx).visible("distribution", id, ctx.loaders.distribution);
    if (!line) throw notFound("Distribution", field);
    return line;
  }

  /** The lines of an event that the viewer may see (a holder: its own; the secretariat: all). */
  linesOf(ctx: Context, event: RevenueEvent): Promise<Distribution[]> {
    requireAccess(ctx);
    return ctx.loaders.visibleLinesByEvent.load(event.id);
  }

  listEvents(ctx: Context, args: ListArgs): Promise<Page<RevenueEvent>> {
    return listPage(ctx, requireAccess(ctx), revenueEvents, args);
  }

  /** Distribution lines the viewer may see, of one receiving organization when given. */
  listLines(ctx: Context, args: ListArgs & { organizationId?: string }): Promise<Page<Distribution>> {
    const { organizationId } = args;
    return listPage(ctx, requireAccess(ctx), distributions, args, {
      where: organizationId ? (a, params) => `${a}.organization_id = ${params.add(organizationId)}` : undefined,
    });
  }

  /** An organization's distribution lines received in `[from, to]` that the viewer may see, totalled per currency. */
  async statement(
    ctx: Context,
    organizationId: string,
    fromDay?: Date | string | null,
    toDay?: Date | string | null,
  ): Promise<CurrencyTotal[]> {
    const access = requireAccess(ctx);
    const from = fromDay ? day(fromDay) : null;
    const to = toDay ? day(toDay) : null;
    if (from && to && to < from) throw badInput("to", "to must not be before from");
    const params = new SqlParams();
    const where = [visibleDistributionSql(access, "d", params), `d.organization_id = ${params.add(organizationId)}`];
    if (from) where.push(`d.received_on >= ${params.add(from)}`);
    if (to) where.push(`d.received_on <= ${params.add(to)}`);
    // Plain SQL: a statement this small is cheaper to write than to have a query builder write.
    const rows = await querySql<{ currency: string; amount: string; lines: number; events: number }>(
      ctx.db,
      `SELECT d.currency, SUM(d.amount)::text AS amount, COUNT(*)::int AS lines, COUNT(DISTINCT d.revenue_event_id)::int AS events
         FROM distribution d WHERE ${where.map((w) => `(${w})`).join(" AND ")}
        GROUP BY d.currency ORDER BY d.currency`,
      params,
    );
    return rows.map((r) => ({ currency: r.currency.trim(), amount: new Decimal(r.amount), lines: r.lines, events: r.events }));
  }

  /** Records an event and distributes it under the subject's agreed plan, once per idempotency key. */
  async record(ctx: Context, input: RecordRevenueData): Promise<RevenueEvent> {
    const access = requireAccess(ctx);
    const subject = await resolveSubject(ctx, input);
    if (!(await canManageBenefits(ctx, subject))) {
      throw forbidden("Only the secretariat or the subject's lead or holder ORG_ADMIN may record revenue");
    }
    if (input.amount.isZero()) throw badInput("amount", "amount must not be zero (a correction is negative)");
    const idempotencyKey = input.idempotencyKey;
    const data: Request = { ...input, idempotencyKey, currency: input.currency ?? "CNY", receivedOn: day(input.receivedOn) };

    return write(ctx, async (tx) => {
      await lockSubject(tx, subject, "share");
      const earlier = await this.byKey(tx, subject.allianceId, idempotencyKey);
      if (earlier) return this.replay(earlier, data);

      const { column, id } = subjectColumn(subject);
      const [plan]: { id: string }[] = await tx.manager.query(`SELECT id FROM benefit_plan WHERE ${column} = $1 AND status = 'AGREED'`, [
        id,
      ]);
      if (!plan) {
        throw badInput(subject.projectId ? "projectId" : "ipAssetId", "there is no agreed benefit plan in force for this subject");
      }
      const inserted: { id: string }[] = await tx.manager.query(
        `INSERT INTO revenue_event (alliance_id, project_id, ip_asset_id, plan_id, kind, amount, currency, received_on, idempotency_key, recorded_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT ON CONSTRAINT revenue_event_idempotency_key_unique DO NOTHING
         RETURNING id`,
        [
          subject.allianceId,
          subject.projectId,
          subject.ipAssetId,
          plan.id,
          data.kind,
          data.amount.toFixed(2),
          data.currency,
          data.receivedOn,
          idempotencyKey,
          access.viewer.userId,
        ],
      );
      if (inserted.length === 0) {
        // A concurrent request with this key committed first: answer with its event.
        const winner = await this.byKey(tx, subject.allianceId, idempotencyKey);
        if (!winner) throw conflict("A concurrent request with this idempotencyKey interfered; retry", "idempotencyKey");
        return this.replay(winner, data);
      }
      const eventId = inserted[0].id;
      const shares = await tx.manager.find(BenefitShare, { where: { planId: plan.id } });
      const lines = distribute(data.amount, shares);
      await tx.manager.insert(
        Distribution,
        lines.map((line) => ({
          revenueEventId: eventId,
          allianceId: subject.allianceId,
          organizationId: line.organizationId,
          planId: plan.id,
          projectId: subject.projectId,
          ipAssetId: subject.ipAssetId,
          basisPoints: line.basisPoints,
          amount: line.amount,
          currency: data.currency,
          receivedOn: data.receivedOn,
        })),
      );
      tx.audit({
        action: "recordRevenue",
        entityType: "RevenueEvent",
        entityId: eventId,
        allianceId: subject.allianceId,
        changes: {
          ...data,
          benefitPlanId: plan.id,
          lines: lines.map((l) => ({ organizationId: l.organizationId, amount: l.amount.toFixed(2) })),
        },
      });
      // projectActivity of the project, or of the IP asset's origin project.
      const projectId = subject.projectId ?? subject.ipAsset?.originProjectId ?? null;
      if (projectId) {
        tx.emit({
          topic: "revenue.recorded",
          entityType: "RevenueEvent",
          entityId: eventId,
          allianceId: subject.allianceId,
          projectId,
          organizationIds: lines.map((l) => l.organizationId),
        });
      }
      return tx.manager.findOneByOrFail(RevenueEvent, { id: eventId });
    });
  }

  private byKey(tx: Tx, allianceId: string, idempotencyKey: string): Promise<RevenueEvent | null> {
    return tx.manager.findOneBy(RevenueEvent, { allianceId, idempotencyKey });
  }

  private replay(event: RevenueEvent, data: Request): RevenueEvent {
    if (!sameRequest(event, data)) {
      throw conflict("This idempotencyKey was already used for a different revenue event", "idempotencyKey");
    }
    return event;
  }
}

export const revenueService = new RevenueService();
