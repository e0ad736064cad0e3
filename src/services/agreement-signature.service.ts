/**
 * Signatures (Art. 8.2): a legal representative of a party organization signs the version open
 * for signature, once per party; the version becomes EFFECTIVE exactly when every party has
 * signed, and the version it replaces becomes SUPERSEDED.
 *
 * Parties of the alliance agreement follow the alliance's membership while a version is open or in force: a newly admitted
 * member becomes a party (and a missing signatory) of the open version and of the version in
 * force — which stays in force for the parties that signed it, and lets the new member accede by
 * signing it when nothing newer is open. A member that leaves (suspended or withdrawn) stops being
 * a party; if it was the last one missing, the open version takes effect. Parties of a project
 * agreement are the project's current participants, brought up to date whenever someone signs.
 */
import { type Agreement, AgreementKind } from "../../entities/agreement.entity";
import { AgreementStatus, type AgreementVersion } from "../../entities/agreement-version.entity";
import { AgreementSignature } from "../../entities/agreement-signature.entity";
import { MembershipStatus, type Membership } from "../../entities/membership.entity";
import { requireAccess, write, type Context } from "../operation-context";
import { conflict, forbidden, notFound } from "../errors";
import { canSignFor } from "../auth/permissions";
import type { Tx } from "../db/transaction";
import { agreementService, currentParties, lockAgreement, versionsOf } from "./agreement.service";

async function partiesOf(tx: Tx, versionId: string): Promise<string[]> {
  const rows: { organization_id: string }[] = await tx.manager.query(
    `SELECT organization_id FROM agreement_party WHERE version_id = $1 AND removed_at IS NULL`,
    [versionId],
  );
  return rows.map((r) => r.organization_id);
}

/**
 * A project agreement's parties are the project's current participants: brought up to date
 * (under the agreement's lock) before a signature counts, so a participant added after the
 * version opened must sign too.
 */
async function syncProjectParties(tx: Tx, agreement: Agreement, version: AgreementVersion): Promise<void> {
  if (agreement.kind !== AgreementKind.PROJECT) return;
  const participants = await currentParties(tx.manager, agreement.id);
  await tx.manager.query(
    `INSERT INTO agreement_party (version_id, organization_id) SELECT $1, unnest($2::uuid[])
     ON CONFLICT (version_id, organization_id) DO UPDATE SET removed_at = NULL`,
    [version.id, participants],
  );
  await tx.manager.query(
    `UPDATE agreement_party SET removed_at = now() WHERE version_id = $1 AND removed_at IS NULL AND organization_id <> ALL($2::uuid[])`,
    [version.id, participants],
  );
}

/**
 * Makes an open version EFFECTIVE when every current party has signed it (superseding the version
 * in force). The caller holds the agreement's lock.
 */
async function settle(tx: Tx, version: AgreementVersion, allianceId: string): Promise<void> {
  if (version.status !== AgreementStatus.OPEN_FOR_SIGNATURE) return;
  const [{ parties, missing }]: { parties: number; missing: number }[] = await tx.manager.query(
    `SELECT count(*)::int AS parties, count(*) FILTER (WHERE s.id IS NULL)::int AS missing
       FROM agreement_party p
       LEFT JOIN agreement_signature s ON s.version_id = p.version_id AND s.organization_id = p.organization_id
      WHERE p.version_id = $1 AND p.removed_at IS NULL`,
    [version.id],
  );
  if (parties === 0 || missing > 0) return;
  const superseded: { id: string }[] = await tx.manager.query(
    `UPDATE agreement_version SET status = 'SUPERSEDED', ended_at = now()
      WHERE agreement_id = $1 AND status = 'EFFECTIVE' RETURNING id`,
    [version.agreementId],
  );
  await tx.manager.query(
    `UPDATE agreement_version SET status = 'EFFECTIVE', effective_at = now() WHERE id = $1 AND status = 'OPEN_FOR_SIGNATURE'`,
    [version.id],
  );
  tx.audit({
    action: "agreementEffective",
    entityType: "AgreementVersion",
    entityId: version.id,
    allianceId,
    changes: { version: version.number, status: AgreementStatus.EFFECTIVE, supersededVersionIds: superseded.map((r) => r.id) },
  });
}

class AgreementSignatureService {
  /**
   * Signs the version open for signature; with none open, the version in force for a party that
   * has not signed it yet (a member admitted after it took effect accedes to it).
   */
  async sign(ctx: Context, input: { agreementId: string }): Promise<Agreement> {
    const access = requireAccess(ctx);
    const agreement = await agreementService.get(ctx, input.agreementId);
    const organizationId = access.viewer.organizationId;
    if (!access.viewer.isLegalRepresentative || organizationId === null) {
      throw forbidden("Only a legal representative of a party organization may sign");
    }
    return write(ctx, async (tx) => {
      await lockAgreement(tx, agreement.id);
      const versions = await versionsOf(tx, agreement.id);
      const version =
        versions.find((v) => v.status === AgreementStatus.OPEN_FOR_SIGNATURE) ??
        versions.find((v) => v.status === AgreementStatus.EFFECTIVE);
      if (!version || version.textHash === null) throw conflict("No version of the agreement is open for signature", "agreementId");
      await syncProjectParties(tx, agreement, version);
      if (!canSignFor(access, await partiesOf(tx, version.id))) {
        throw forbidden("Your organization is not a party that must sign this version");
      }
      const existing = await tx.manager.findOneBy(AgreementSignature, { versionId: version.id, organizationId });
      if (existing) throw conflict(`Your organization has already signed version ${version.number}`, "agreementId");
      const signature = tx.manager.create(AgreementSignature, {
        versionId: version.id,
        organizationId,
        signerId: access.viewer.userId,
        textHash: version.textHash,
      });
      await tx.manager.save(signature);
      tx.audit({
        action: "signAgreement",
        entityType: "AgreementSignature",
        entityId: signature.id,
        allianceId: agreement.allianceId,
        changes: { agreementId: agreement.id, version: version.number, organizationId, textHash: version.textHash },
      });
      await settle(tx, version, agreement.allianceId);
      return agreement;
    });
  }

  /**
   * Who must sign `version`: its parties; for a draft, who would have to sign it if opened now; for
   * a live project agreement, the project's current participants (see `syncProjectParties`).
   */
  async requiredOrganizationIds(ctx: Context, version: AgreementVersion): Promise<string[]> {
    const live = version.status === AgreementStatus.OPEN_FOR_SIGNATURE || version.status === AgreementStatus.EFFECTIVE;
    const agreement = live ? await ctx.loaders.agreement.load(version.agreementId) : undefined;
    if (version.status === AgreementStatus.DRAFT || agreement?.kind === AgreementKind.PROJECT) {
      return ctx.loaders.currentPartiesByAgreement.load(version.agreementId);
    }
    return (await ctx.loaders.partiesByVersion.load(version.id)).map((p) => p.organizationId);
  }

  async missingOrganizationIds(ctx: Context, version: AgreementVersion): Promise<string[]> {
    const [required, signatures] = await Promise.all([
      this.requiredOrganizationIds(ctx, version),
      ctx.loaders.signaturesByVersion.load(version.id),
    ]);
    const signed = new Set(signatures.map((s) => s.organizationId));
    return required.filter((id) => !signed.has(id));
  }

  async getSignature(ctx: Context, id: string): Promise<AgreementSignature> {
    const signature = await ctx.loaders.agreementSignature.load(id);
    if (!signature) throw notFound("AgreementSignature", "id");
    await agreementService.getVersion(ctx, signature.versionId);
    return signature;
  }

  /** Keeps the parties of the alliance agreement in step with the membership (same transaction). */
  async onMembershipChange(tx: Tx, membership: Membership): Promise<void> {
    const [agreement]: { id: string }[] = await tx.manager.query(
      `SELECT id FROM agreement WHERE alliance_id = $1 AND kind = 'ALLIANCE' FOR UPDATE`,
      [membership.allianceId],
    );
    if (!agreement) return;
    const live = (await versionsOf(tx, agreement.id)).filter(
      (v) => v.status === AgreementStatus.OPEN_FOR_SIGNATURE || v.status === AgreementStatus.EFFECTIVE,
    );
    const org = membership.organizationId;
    for (const version of live) {
      const audit = {
        entityType: "AgreementVersion",
        entityId: version.id,
        allianceId: membership.allianceId,
        changes: { organizationId: org },
      };
      if (membership.status === MembershipStatus.ACTIVE) {
        await tx.manager.query(
          `INSERT INTO agreement_party (version_id, organization_id) VALUES ($1, $2)
           ON CONFLICT (version_id, organization_id) DO UPDATE SET removed_at = NULL`,
          [version.id, org],
        );
        tx.audit({ action: "addAgreementParty", ...audit });
      } else {
        const removed: unknown[] = await tx.manager.query(
          `UPDATE agreement_party SET removed_at = now() WHERE version_id = $1 AND organization_id = $2 AND removed_at IS NULL RETURNING id`,
          [version.id, org],
        );
        if (removed.length === 0) continue;
        tx.audit({ action: "removeAgreementParty", ...audit });
        await settle(tx, version, membership.allianceId);
      }
    }
  }
}

export const agreementSignatureService = new AgreementSignatureService();
