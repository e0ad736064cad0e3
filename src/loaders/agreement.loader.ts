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
import type { RowDeps } from "./lazy";

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
  currentPartiesByAgreement: ({ db }: RowDeps) => currentPartiesLoader(db),
  agreement: ({ db }: RowDeps) => byIdLoader(db, Agreement),
  agreementsByProject: ({ db }: RowDeps) => childrenLoader(db, Agreement, "projectId"),
  agreementVersion: ({ db }: RowDeps) => byIdLoader(db, AgreementVersion),
  versionsByAgreement: ({ db }: RowDeps) => childrenLoader(db, AgreementVersion, "agreementId", { orderBy: "number" }),
  /** The parties that currently must sign each version. */
  partiesByVersion: ({ db }: RowDeps) =>
    childrenLoader(db, AgreementParty, "versionId", {
      scope: (alias) => `${alias}.removed_at IS NULL`,
      orderBy: "addedAt",
    }),
  signaturesByVersion: ({ db }: RowDeps) => childrenLoader(db, AgreementSignature, "versionId", { orderBy: "signedAt" }),
  agreementSignature: ({ db }: RowDeps) => byIdLoader(db, AgreementSignature),
  breachRecord: ({ db }: RowDeps) => byIdLoader(db, BreachRecord),
  breachRecordsByAgreement: ({ db }: RowDeps) => childrenLoader(db, BreachRecord, "agreementId", { orderBy: "recordedAt" }),
  governingBody: ({ db }: RowDeps) => byIdLoader(db, GoverningBody),
  bodySeat: ({ db }: RowDeps) => byIdLoader(db, BodySeat),
  seatsByBody: ({ db }: RowDeps) => childrenLoader(db, BodySeat, "governingBodyId", { orderBy: "createdAt" }),
  policyDocument: ({ db }: RowDeps) => byIdLoader(db, PolicyDocument),
  motion: ({ db }: RowDeps) => byIdLoader(db, Motion),
  vote: ({ db }: RowDeps) => byIdLoader(db, Vote),
  votesByMotion: ({ db }: RowDeps) => childrenLoader(db, Vote, "motionId", { orderBy: "castAt" }),
};
