/**
 * Agreements (Art. 8.2, 8.5): the alliance agreement and project agreements, drafted by the
 * secretariat in numbered versions. Opening a version freezes its terms and hashes them; the
 * parties sign (agreement-signature.service.ts). A change of terms is always a new version.
 */
import type { EntityManager } from "typeorm";
import { Agreement, AgreementKind } from "../../entities/agreement.entity";
import { AgreementStatus, AgreementVersion } from "../../entities/agreement-version.entity";
import { AgreementParty } from "../../entities/agreement-signature.entity";
import { badInput, conflict, notFound } from "../errors";
import { assertSecretariat } from "../auth/permissions";
import type { Tx } from "../db/transaction";
import { listPage, type ListArgs, type Page } from "../collections/page";
import { agreements } from "../collections/agreement";
import { requireAccess, write, type Context } from "../operation-context";
import { allianceService } from "./alliance.service";
import { checkTerms, hashTerms, type Terms } from "./agreement-terms";
import { CURRENT_PARTIES_SQL } from "../loaders/agreement.loader";

export interface CreateAgreementData extends Partial<Omit<Terms, "text">> {
  allianceId: string;
  kind: AgreementKind;
  projectId?: string | null;
  title: string;
  text: string;
}

export interface AmendAgreementData extends Partial<Terms> {
  agreementId: string;
  title?: string;
}

export async function currentParties(manager: EntityManager, agreementId: string): Promise<string[]> {
  const rows: { organization_id: string }[] = await manager.query(CURRENT_PARTIES_SQL, [[agreementId]]);
  return rows.map((r) => r.organization_id);
}

/** Serializes every change of one agreement's versions and signatures. */
export async function lockAgreement(tx: Tx, agreementId: string): Promise<void> {
  await tx.manager.query(`SELECT id FROM agreement WHERE id = $1 FOR UPDATE`, [agreementId]);
}

export async function versionsOf(tx: Tx, agreementId: string): Promise<AgreementVersion[]> {
  return tx.manager.find(AgreementVersion, { where: { agreementId }, order: { number: "ASC" } });
}

class AgreementService {
  async get(ctx: Context, id: string, field = "agreementId"): Promise<Agreement> {
    const agreement = await requireAccess(ctx).visible("agreement", id, ctx.loaders.agreement);
    if (!agreement) throw notFound("Agreement", field);
    return agreement;
  }

  /** The project's agreement, if the viewer may see it: its own audience, not the government supervisor (`projectWork`). */
  async ofProject(ctx: Context, projectId: string): Promise<Agreement | undefined> {
    const [agreement] = await ctx.loaders.agreementsByProject.load(projectId);
    return agreement && (await requireAccess(ctx).sees("agreement", agreement.id)) ? agreement : undefined;
  }

  async getVersion(ctx: Context, id: string, field = "id"): Promise<AgreementVersion> {
    const version = await ctx.loaders.agreementVersion.load(id);
    if (!version) throw notFound("AgreementVersion", field);
    await this.get(ctx, version.agreementId, field);
    return version;
  }

  /**
   * The agreement's standing as a whole: EFFECTIVE while a version is in force (even with an
   * amendment pending), else the state of its pending version, else that of its latest version.
   */
  async status(ctx: Context, agreement: Agreement): Promise<AgreementStatus> {
    const versions = await ctx.loaders.versionsByAgreement.load(agreement.id);
    for (const status of [AgreementStatus.EFFECTIVE, AgreementStatus.OPEN_FOR_SIGNATURE, AgreementStatus.DRAFT]) {
      if (versions.some((v) => v.status === status)) return status;
    }
    return versions[versions.length - 1].status;
  }

  /** An alliance's agreements that the viewer may see. */
  list(ctx: Context, args: ListArgs & { allianceId: string }): Promise<Page<Agreement>> {
    const { allianceId } = args;
    return listPage(ctx, requireAccess(ctx), agreements, args, {
      where: (a, params) => `${a}.alliance_id = ${params.add(allianceId)}`,
    });
  }

  /** The secretariat drafts an agreement: version 1, DRAFT. */
  async create(ctx: Context, input: CreateAgreementData): Promise<Agreement> {
    const access = requireAccess(ctx);
    await allianceService.getDirectory(ctx, input.allianceId);
    await assertSecretariat(access, input.allianceId);
    if (input.kind === AgreementKind.PROJECT) {
      if (!input.projectId) throw badInput("projectId", "a project agreement names its project");
      const project = await ctx.loaders.project.load(input.projectId);
      if (!project || project.allianceId !== input.allianceId) throw notFound("Project", "projectId");
    } else if (input.projectId) {
      throw badInput("projectId", "the alliance agreement belongs to no project");
    }
    const title = input.title;
    const terms = checkTerms({
      text: input.text,
      goals: input.goals ?? [],
      taskDivision: input.taskDivision ?? [],
      breachTerms: input.breachTerms ?? "",
    });
    return write(ctx, async (tx) => {
      const agreement = tx.manager.create(Agreement, {
        allianceId: input.allianceId,
        kind: input.kind,
        projectId: input.kind === AgreementKind.PROJECT ? input.projectId : null,
        title,
        createdById: access.viewer.userId,
      });
      await tx.manager.save(agreement);
      await this.checkTaskDivision(tx, agreement.id, terms);
      await tx.manager.save(
        tx.manager.create(AgreementVersion, { agreementId: agreement.id, number: 1, ...terms, createdById: access.viewer.userId }),
      );
      tx.audit({
        action: "createAgreement",
        entityType: "Agreement",
        entityId: agreement.id,
        allianceId: agreement.allianceId,
        changes: { ...input, ...terms },
      });
      return agreement;
    });
  }

  /**
   * An amendment: a new DRAFT version from the latest terms with the given changes. A version
   * still pending (DRAFT, or OPEN_FOR_SIGNATURE and not yet complete) is SUPERSEDED by it without
   * ever taking effect; the version in force stays in force until the new one is signed by all.
   */
  async amend(ctx: Context, input: AmendAgreementData): Promise<Agreement> {
    const access = requireAccess(ctx);
    const agreement = await this.get(ctx, input.agreementId);
    await assertSecretariat(access, agreement.allianceId);
    const title = input.title;
    return write(ctx, async (tx) => {
      await lockAgreement(tx, agreement.id);
      const versions = await versionsOf(tx, agreement.id);
      const latest = versions[versions.length - 1];
      if (versions.some((v) => v.status === AgreementStatus.TERMINATED)) {
        throw conflict("The agreement was terminated; draft a new one", "agreementId");
      }
      const terms = checkTerms({
        text: input.text ?? latest.text,
        goals: input.goals ?? latest.goals,
        taskDivision: input.taskDivision ?? latest.taskDivision,
        breachTerms: input.breachTerms ?? latest.breachTerms,
      });
      await this.checkTaskDivision(tx, agreement.id, terms);
      await tx.manager
        .createQueryBuilder()
        .update(AgreementVersion)
        .set({ status: AgreementStatus.SUPERSEDED, endedAt: () => "now()" })
        .where("agreement_id = :id AND status IN (:...pending)", {
          id: agreement.id,
          pending: [AgreementStatus.DRAFT, AgreementStatus.OPEN_FOR_SIGNATURE],
        })
        .execute();
      const version = tx.manager.create(AgreementVersion, {
        agreementId: agreement.id,
        number: latest.number + 1,
        ...terms,
        createdById: access.viewer.userId,
      });
      await tx.manager.save(version);
      if (title) await tx.manager.update(Agreement, { id: agreement.id }, { title });
      tx.audit({
        action: "amendAgreement",
        entityType: "Agreement",
        entityId: agreement.id,
        allianceId: agreement.allianceId,
        changes: { version: version.number, title, ...terms },
      });
      return tx.manager.create(Agreement, { ...agreement, title: title ?? agreement.title });
    });
  }

  /** Freezes the DRAFT version, records its SHA-256 and asks every current party to sign. */
  async open(ctx: Context, input: { agreementId: string }): Promise<Agreement> {
    const access = requireAccess(ctx);
    const agreement = await this.get(ctx, input.agreementId);
    await assertSecretariat(access, agreement.allianceId);
    return write(ctx, async (tx) => {
      await lockAgreement(tx, agreement.id);
      const versions = await versionsOf(tx, agreement.id);
      const draft = versions.find((v) => v.status === AgreementStatus.DRAFT);
      if (!draft) {
        const open = versions.some((v) => v.status === AgreementStatus.OPEN_FOR_SIGNATURE);
        throw conflict(
          open ? "A version is already open for signature" : "There is no draft to open; amend the agreement first",
          "agreementId",
        );
      }
      const parties = await currentParties(tx.manager, agreement.id);
      if (parties.length === 0) throw badInput("agreementId", "the agreement has no parties to sign it yet");
      const textHash = hashTerms(draft);
      await tx.manager
        .createQueryBuilder()
        .update(AgreementVersion)
        .set({ status: AgreementStatus.OPEN_FOR_SIGNATURE, textHash, openedAt: () => "now()" })
        .where("id = :id AND status = :draft", { id: draft.id, draft: AgreementStatus.DRAFT })
        .execute();
      await tx.manager.insert(
        AgreementParty,
        parties.map((organizationId) => ({ versionId: draft.id, organizationId })),
      );
      tx.audit({
        action: "openAgreementForSignature",
        entityType: "AgreementVersion",
        entityId: draft.id,
        allianceId: agreement.allianceId,
        changes: { version: draft.number, textHash, parties },
      });
      return agreement;
    });
  }

  /** Ends the agreement: the version in force and any pending one become TERMINATED. */
  async terminate(ctx: Context, input: { agreementId: string; reason?: string }): Promise<Agreement> {
    const access = requireAccess(ctx);
    const agreement = await this.get(ctx, input.agreementId);
    await assertSecretariat(access, agreement.allianceId);
    return write(ctx, async (tx) => {
      await lockAgreement(tx, agreement.id);
      const result = await tx.manager
        .createQueryBuilder()
        .update(AgreementVersion)
        .set({ status: AgreementStatus.TERMINATED, endedAt: () => "now()" })
        .where("agreement_id = :id AND status IN (:...live)", {
          id: agreement.id,
          live: [AgreementStatus.DRAFT, AgreementStatus.OPEN_FOR_SIGNATURE, AgreementStatus.EFFECTIVE],
        })
        .execute();
      if (!result.affected) throw conflict("The agreement has no version in force or pending", "agreementId");
      tx.audit({
        action: "terminateAgreement",
        entityType: "Agreement",
        entityId: agreement.id,
        allianceId: agreement.allianceId,
        changes: { reason: input.reason },
      });
      return agreement;
    });
  }

  /** Task division (Art. 8.2) among the agreement's parties only. */
  private async checkTaskDivision(tx: Tx, agreementId: string, terms: Terms): Promise<void> {
    if (terms.taskDivision.length === 0) return;
    const parties = new Set(await currentParties(tx.manager, agreementId));
    terms.taskDivision.forEach((task, i) => {
      if (!parties.has(task.organizationId)) {
        throw badInput(
          `taskDivision[${i}].organizationId`,
          "task division is among the agreement's parties (active members or project participants)",
        );
      }
    });
  }
}

export const agreementService = new AgreementService();
