import DataLoader from "dataloader";
import { PilotApplication } from "../../entities/pilot-application.entity";
import type { RowDeps } from "./lazy";

/** Made on first read (see ./lazy.ts). */
export const pilotLoaders = {
  /** The latest pilot application per alliance, batched. */
  latestPilotApplication: ({ db }: RowDeps) =>
    new DataLoader<string, PilotApplication | null>(async (allianceIds) => {
      const rows = await db
        .getRepository(PilotApplication)
        .createQueryBuilder("pa")
        .distinctOn(["pa.alliance_id"])
        .where("pa.alliance_id IN (:...ids)", { ids: allianceIds })
        .orderBy("pa.alliance_id")
        .addOrderBy("pa.applied_at", "DESC")
        .addOrderBy("pa.id", "DESC")
        .getMany();
      const byAlliance = new Map(rows.map((r) => [r.allianceId, r]));
      return allianceIds.map((id) => byAlliance.get(id) ?? null);
    }),
};
