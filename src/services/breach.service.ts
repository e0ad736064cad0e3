/** Breach records (Art. 8.2): the secretariat records a party's breach of an agreement and closes it. */
import { BreachRecord, BreachStatus } from "../../entities/breach-record.entity";
import { requireAccess, write, type Context } from "../operation-context";
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
}

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
      });
      await tx.manager.save(record);
      tx.audit({
        action: "recordBreach",
        entityType: "BreachRecord",
        entityId: record.id,
        allianceId: agreement.allianceId,
        changes: input,
      });
      return record;
    });
  }

  /** OPEN → RESOLVED | DISMISSED, once. */
  async close(ctx: Context, input: { breachRecordId: string; status: BreachStatus; resolution?: string }): Promise<BreachRecord> {
    const access = requireAccess(ctx);
    const record = await this.get(ctx, input.breachRecordId);
    const agreement = await agreementService.get(ctx, record.agreementId);
    await assertSecretariat(access, agreement.allianceId);
    if (input.status === BreachStatus.OPEN) throw badInput("status", "a breach record is closed as RESOLVED or DISMISSED");
    return write(ctx, async (tx) => {
      const fields = { status: input.status, resolution: input.resolution ?? null, closedAt: new Date() };
      const result = await tx.manager
        .createQueryBuilder()
        .update(BreachRecord)
        .set(fields)
        .where("id = :id AND status = :open", { id: record.id, open: BreachStatus.OPEN })
        .execute();
      if (result.affected !== 1) throw conflict("The breach record is already closed", "breachRecordId");
      tx.audit({
        action: "closeBreachRecord",
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
