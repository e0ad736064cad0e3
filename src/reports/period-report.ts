/**
 * The frozen content of one submitted period report (Art. 8.4): what a project's lead submits for
 * a reporting period, per participant a technical part (deliverables and milestones due or
 * achieved in the period) and a financial part (costs by category, effort, indirect costs, funding
 * used per source with government funds apart). It is compiled once, at submission, stored as
 * JSON with the SHA-256 of its canonical form, and never recomputed: the CSV and the PDF are
 * renderings of this object alone.
 *
 * Money and person-months are exact decimals written as strings ("1234.50", "2.7907"); dates are
 * ISO `YYYY-MM-DD`, instants ISO 8601 UTC. Arrays are in a stable order (organizations by name
 * then id, deliverables by number, categories in `ExpenseCategory` order), so equal content
 * always hashes equal.
 */
import type { ExpenseCategory } from "../../entities/expense.entity";
import type { FundingKind } from "../../entities/funding-source.entity";
import type { DeliverableStatus, DisseminationLevel } from "../../entities/deliverable.entity";

/** Bumped when the shape changes; a stored report keeps the format it was compiled in. */
export const PERIOD_REPORT_FORMAT = 1;

export interface PeriodReportSnapshot {
  format: typeof PERIOD_REPORT_FORMAT;
  alliance: { id: string; name: string };
  project: {
    id: string;
    code: string;
    title: string;
    currency: string;
    startDate: string;
    endDate: string | null;
    indirectCostRate: number;
  };
  period: { id: string; number: number; startMonth: number; endMonth: number; startDate: string; endDate: string };
  /** 1 for the first submission; each submission after a reopening is the next version. */
  version: number;
  submittedAt: string;
  submittedBy: { id: string; name: string };
  /** Project-level milestones due or reached in the period (milestones belong to no participant). */
  milestones: MilestoneLine[];
  participants: ParticipantReport[];
  /** Funding used in the period per source (approved expenses dated in the period), government sources included. */
  funding: FundingLine[];
  totals: Totals;
}

export interface ParticipantReport {
  organization: { id: string; name: string };
  /** True for the project's lead organization. */
  lead: boolean;
  /** Deliverables this organization is responsible for, due or submitted in the period. */
  deliverables: DeliverableLine[];
  /** Direct costs by category: approved expenses dated in the period, plus (PERSONNEL) the personnel cost of approved time declarations of its months. */
  costs: { category: ExpenseCategory; amount: string }[];
  /** Approved person-months per work package in the period. */
  effort: { workPackage: string; personMonths: string }[];
  /** Funding this participant used in the period, per source. */
  funding: FundingLine[];
  totals: Totals;
}

export interface DeliverableLine {
  number: string;
  title: string;
  workPackage: string;
  dueMonth: number;
  dueDate: string;
  disseminationLevel: DisseminationLevel;
  status: DeliverableStatus;
  /** The day of the last submission, if any. */
  submittedOn: string | null;
  /** Submitted after its due date, or still not submitted and past it at the period's end. */
  late: boolean;
  delayJustification: string | null;
}

export interface MilestoneLine {
  title: string;
  dueDate: string | null;
  achievedOn: string | null;
  late: boolean;
  verification: string;
}

export interface FundingLine {
  fundingSourceId: string;
  kind: FundingKind;
  provider: string;
  /** Government funds are supervised apart (Art. 8.4): renderings list them on their own lines. */
  government: boolean;
  currency: string;
  /** Approved expenses on this source dated in the period. */
  used: string;
}

export interface Totals {
  /** Direct costs in the project's currency (spending in another currency is not counted). */
  direct: string;
  /** The project's indirectCostRate of the direct costs without SUBCONTRACTING, rounded to the cent per participant. */
  indirect: string;
  total: string;
  personMonths: string;
}
