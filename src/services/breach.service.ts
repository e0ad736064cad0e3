/**
 * Breach records (Art. 8.2): the secretariat records a party's breach of an agreement, which
 * notifies the party and starts its remedy period; the breach is then remedied, escalated to the
 * decision body, or dismissed. `overdue` is derived from the operation's clock, never stored.
 */
import { BreachRecord, BreachStatus, DEFAULT_REMEDY_DAYS } from "../../entities/breach-record.entity";
import { addDays, todayOf } from "../clock";
import { clockOf, requireAccess, write, type Context } from "../operation-context";
import { badInput, conflict, notFound } from "../errors";
import { assertSecretariat } from "../auth/permissions";
import { listPage, type Page, type PageArgs } from "../collections/page";
import { breachRecords } from "../collections/breach";
import { agreementService } from "./agreement.service";

export interface RecordBreachData {
  agreementId: string;
  organizationId: string;
  description: string;
  liability?: string;
  /** The remedy period in days from the notice (default `DEFAULT_REMEDY_DAYS`). */
  remedyDays?: number | null;
}

/** Where a breach record may go from each status. */
const TRANSITIONS: Record<BreachStatus, BreachStatus[]> = {
  [BreachStatus.NOTIFIED]: [BreachStatus.REMEDIED, BreachStatus.ESCALATED, BreachStatus.DISMISSED],
  [BreachStatus.ESCALATED]: [BreachStatus.REMEDIED, BreachStatus.DISMISSED],
  [BreachStatus.REMEDIED]: [],
  [BreachStatus.DISMISSED]: [],
};

const MAX_REMEDY_DAYS = 3650;

/** Still unremedied: notified or escalated. */
const UNREMEDIED = [BreachStatus.NOTIFIED, BreachStatus.ESCALATED];

class BreachService {
  /** Visible with its agreement. */
  async get(ctx: Context, id: string, field = "breachRecordId"): Promise<BreachRecord> {
    const record = await ctx.loaders.breachRecord.load(id);
    if (!record) throw notFound("BreachRecord", field);
    await agreementService.get(ctx, record.agreementId, field);
    return record;
  }

  /** An organization's breach records on the agreements the viewer may see, newest first. */
  listByOrganization(ctx: Context, organizationId: string, args: PageArgs): Promise<Page<BreachRecord>> {
    return listPage(ctx, requireAccess(ctx), breachRecords, args, {
      where: (a, params) => `${a}.organization_id = ${params.add(organizationId)}`,
    });
  }

  /** Against an organization that is or was a party to some version of the agreement. */
  async record(ctx: Context, input: RecordBreachData): Promise<BreachRecord> {
    const access = requireAccess(ctx);
    const agreement = await agreementService.get(ctx, input.agreementId);
    await assertSecretariat(access, agreement.allianceId);
    const description = input.description;
    const remedyDays = input.remedyDays ?? DEFAULT_REMEDY_DAYS;
    if (!Number.isInteger(remedyDays) || remedyDays < 1 || remedyDays > MAX_REMEDY_DAYS) {
      throw badInput("remedyDays", `remedyDays must be between 1 and ${MAX_REMEDY_DAYS}`);
    }
    const remedyDueOn = addDays(todayOf(clockOf(ctx)), remedyDays);
    return write(ctx, async (tx) => {
      const [party] = await tx.manager.query<unknown[]>(
        `SELECT 1 FROM agreement_party p JOIN agreement_version v ON v.id = p.version_id
          WHERE v.agreement_id = $1 AND p.organization_id = $2 LIMIT 1`,
        [agreement.id, input.organizationId],
      );
      if (!party) throw badInput("organizationId", "the organization is not a party to this agreement");
      const record = tx.manager.create(BreachRecord, {
        agreementId: agreement.id,
        organizationId: input.organizationId,
        description,
        liability: input.liability ?? "",
        recordedById: access.viewer.userId,
        remedyDueOn,
      });
      await tx.manager.save(record);
      tx.audit({
        action: "recordBreach",
        entityType: "BreachRecord",
        entityId: record.id,
        allianceId: agreement.allianceId,
        changes: { ...input, remedyDueOn },
      });
      return record;
    });
  }

  /** Past its remedy period without remedy (by the operation's clock): NOTIFIED or ESCALATED after `remedyDueOn`. */
  overdue(ctx: Context, record: BreachRecord): boolean {
    return UNREMEDIED.includes(record.status) && record.remedyDueOn < todayOf(clockOf(ctx));
  }

  /** NOTIFIED → REMEDIED | ESCALATED | DISMISSED, ESCALATED → REMEDIED | DISMISSED; a stale move is a CONFLICT. */
  async close(ctx: Context, input: { breachRecordId: string; status: BreachStatus; resolution?: string }): Promise<BreachRecord> {
    const access = requireAccess(ctx);
    const record = await this.get(ctx, input.breachRecordId);
    const agreement = await agreementService.get(ctx, record.agreementId);
    await assertSecretariat(access, agreement.allianceId);
    if (input.status === BreachStatus.NOTIFIED) {
      throw badInput("status", "a breach record moves to REMEDIED, ESCALATED or DISMISSED");
    }
    const from = Object.entries(TRANSITIONS)
      .filter(([, to]) => to.includes(input.status))
      .map(([status]) => status);
    if (!from.includes(record.status))
      throw conflict(`The breach record is ${record.status}; it cannot become ${input.status}`, "breachRecordId");
    return write(ctx, async (tx) => {
      const now = clockOf(ctx).now();
      const fields: Partial<BreachRecord> =
        input.status === BreachStatus.ESCALATED
          ? { status: input.status, escalatedAt: now }
          : { status: input.status, resolution: input.resolution ?? null, closedAt: now };
      const result = await tx.manager
        .createQueryBuilder()
        .update(BreachRecord)
        .set(fields)
        .where("id = :id AND status = :from", { id: record.id, from: record.status })
        .execute();
      if (result.affected !== 1) throw conflict("The breach record changed meanwhile; reload it", "breachRecordId");
      tx.audit({
        action: input.status === BreachStatus.ESCALATED ? "escalateBreach" : "closeBreachRecord",
        entityType: "BreachRecord",
        entityId: record.id,
        allianceId: agreement.allianceId,
        changes: input,
      });
      return tx.manager.create(BreachRecord, { ...record, ...fields });
    });
  }
}

export const breachService = new BreachService();
