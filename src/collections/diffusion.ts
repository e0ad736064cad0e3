/**
 * The diffusion duty (Art. 8.6): a result of government-funded work must reach industry outside
 * the alliance — a license to a non-member or a recorded public disclosure — by its due date.
 * A duty is stored as PENDING; it reads OVERDUE once the clock's day is past the due date, both
 * in the API (`diffusionStatusOf`) and in SQL filters (`diffusionStatusSql`), so the two agree
 * and nothing has to run at midnight.
 */
import { DiffusionStatus, type IpAsset } from "../../entities/ip-asset.entity";
import type { SqlParams } from "../db/sql";
import { addDays } from "../clock";
import { sqlEnum } from "../db/sql-enum";

/** The duty's due date: `diffusionDueDays` after the grant of the right, or after registration. */
export function diffusionDueDate(diffusionDueDays: number, grantedOn: string | null, registeredOn: string): string {
  return addDays(grantedOn ?? registeredOn, diffusionDueDays);
}

export function diffusionStatusOf(asset: Pick<IpAsset, "diffusionStatus" | "diffusionDueDate">, today: string): DiffusionStatus {
  if (asset.diffusionStatus === DiffusionStatus.PENDING && asset.diffusionDueDate !== null && asset.diffusionDueDate < today) {
    return DiffusionStatus.OVERDUE;
  }
  return asset.diffusionStatus;
}

/** The SQL twin of `diffusionStatusOf` for the asset aliased `alias`. */
export function diffusionStatusSql(alias: string, params: SqlParams, today: string): string {
  return `(CASE WHEN ${alias}.diffusion_status = ${sqlEnum(DiffusionStatus.PENDING)} AND ${alias}.diffusion_due_date < ${params.add(today)}::date
               THEN ${sqlEnum(DiffusionStatus.OVERDUE)}::diffusion_status ELSE ${alias}.diffusion_status END)`;
}
