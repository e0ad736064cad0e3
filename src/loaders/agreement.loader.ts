/** Loaders of agreements, governing bodies, their motions and policies (visibility is checked by their services). */
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { Agreement } from "../../entities/agreement.entity";
import { AgreementVersion } from "../../entities/agreement-version.entity";
import { AgreementParty, AgreementSignature } from "../../entities/agreement-signature.entity";
import { BreachRecord } from "../../entities/breach-record.entity";
import { BodySeat, GoverningBody } from "../../entities/governing-body.entity";
import { PolicyDocument } from "../../entities/policy-document.entity";
import { Motion, Vote } from "../../entities/motion.entity";
import { byIdLoader, childrenLoader } from "./by-id.loader";

/**
 * The organizations that must sign an agreement now: the alliance's ACTIVE members (alliance
 * agreement) or the project's current participants (project agreement), for each agreement id.
 */
export const CURRENT_PARTIES_SQL = `
  SELECT a.id AS agreement_id, m.organization_id FROM agreement a
    JOIN membership m ON m.alliance_id = a.alliance_id AND m.status = 'ACTIVE'
   WHERE a.kind = 'ALLIANCE' AND a.id = ANY($1::uuid[])
  UNION
  SELECT a.id, pp.organization_id FROM agreement a
    JOIN project_participant pp ON pp.project_id = a.project_id AND pp.removed_at IS NULL
   WHERE a.kind = 'PROJECT' AND a.id = ANY($1::uuid[])`;

/** The current parties of each agreement (who would have to sign a draft). */
function currentPartiesLoader(db: DataSource): DataLoader<string, string[]> {
  return new DataLoader(async (ids) => {
    const rows: { agreement_id: string; organization_id: string }[] = await db.query(CURRENT_PARTIES_SQL, [ids]);
    return ids.map((id) => rows.filter((r) => r.agreement_id === id).map((r) => r.organization_id));
  });
}

/** Made on first read (see ./lazy.ts); none depends on the viewer. */
export const agreementLoaders = {
  currentPartiesByAgreement: (db: DataSource) => currentPartiesLoader(db),
  agreement: (db: DataSource) => byIdLoader(db, Agreement),
  agreementsByProject: (db: DataSource) => childrenLoader(db, Agreement, "projectId"),
  agreementVersion: (db: DataSource) => byIdLoader(db, AgreementVersion),
  versionsByAgreement: (db: DataSource) => childrenLoader(db, AgreementVersion, "agreementId", { orderBy: "number" }),
  /** The parties that currently must sign each version. */
  partiesByVersion: (db: DataSource) =>
    childrenLoader(db, AgreementParty, "versionId", {
      scope: (alias) => `${alias}.removed_at IS NULL`,
      orderBy: "addedAt",
    }),
  signaturesByVersion: (db: DataSource) => childrenLoader(db, AgreementSignature, "versionId", { orderBy: "signedAt" }),
  agreementSignature: (db: DataSource) => byIdLoader(db, AgreementSignature),
  breachRecord: (db: DataSource) => byIdLoader(db, BreachRecord),
  breachRecordsByAgreement: (db: DataSource) => childrenLoader(db, BreachRecord, "agreementId", { orderBy: "recordedAt" }),
  governingBody: (db: DataSource) => byIdLoader(db, GoverningBody),
  bodySeat: (db: DataSource) => byIdLoader(db, BodySeat),
  seatsByBody: (db: DataSource) => childrenLoader(db, BodySeat, "governingBodyId", { orderBy: "createdAt" }),
  policyDocument: (db: DataSource) => byIdLoader(db, PolicyDocument),
  motion: (db: DataSource) => byIdLoader(db, Motion),
  vote: (db: DataSource) => byIdLoader(db, Vote),
  votesByMotion: (db: DataSource) => childrenLoader(db, Vote, "motionId", { orderBy: "castAt" }),
};
