/**
 * A submitted or approved reporting period freezes what its report counted (Art. 8.4): no expense
 * incurred in it and no time declared for its months may be requested, declared or decided until
 * the secretariat reopens it. The check runs inside the write's transaction under the project's
 * budget lock, which a submission holds while it compiles the report: a write and a submission of
 * the same project take turns, so a write either lands in the report or is refused.
 */
import { ReportingPeriodStatus } from "../../entities/reporting-period.entity";
import type { Tx } from "../db/transaction";
import { sqlEnum } from "../db/sql-enum";
import { conflict } from "../errors";
import { lockProjectBudget } from "./budget-alert";

const LOCKED = sqlEnum([ReportingPeriodStatus.SUBMITTED, ReportingPeriodStatus.APPROVED]);

/** CONFLICT on `field` when the day `date` (`YYYY-MM-DD`) lies in a submitted or approved period of the project. */
export async function assertDayOpen(tx: Tx, projectId: string, date: string, field: string): Promise<void> {
  await lockProjectBudget(tx, projectId);
  const rows: LockedPeriod[] = await tx.manager.query(
    `SELECT number, status, start_date::text AS start_date, end_date::text AS end_date FROM reporting_period
      WHERE project_id = $1 AND status IN (${LOCKED}) AND $2::date BETWEEN start_date AND end_date`,
    [projectId, date],
  );
  if (rows.length) throw locked(rows[0], `${field} ${date}`, field);
}

/** CONFLICT on `field` when the month `month` (`YYYY-MM`) lies in a submitted or approved period of the project. */
export async function assertMonthOpen(tx: Tx, projectId: string, month: string, field: string): Promise<void> {
  await lockProjectBudget(tx, projectId);
  const rows: LockedPeriod[] = await tx.manager.query(
    `SELECT number, status, start_date::text AS start_date, end_date::text AS end_date FROM reporting_period
      WHERE project_id = $1 AND status IN (${LOCKED}) AND ($2 || '-01')::date BETWEEN date_trunc('month', start_date) AND end_date`,
    [projectId, month],
  );
  if (rows.length) throw locked(rows[0], `${field} ${month}`, field);
}

interface LockedPeriod {
  number: number;
  status: ReportingPeriodStatus;
  start_date: string;
  end_date: string;
}

function locked(period: LockedPeriod, what: string, field: string) {
  return conflict(
    `${what} lies in reporting period ${period.number} (${period.start_date} to ${period.end_date}), which is ${period.status}: it is locked until the secretariat reopens it`,
    field,
  );
}
