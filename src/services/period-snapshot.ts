/**
 * Compiles a reporting period's report (src/reports/period-report.ts) inside the submitting
 * transaction, and fingerprints it. The money comes from ./budget.ts restricted to the period —
 * the same personnel-cost and indirect-cost arithmetic as `Project.budgetStatus` — so the report
 * and the budget status of a project whose only period is the whole project agree to the cent.
 *
 * Canonical JSON (what `sha256` is taken of): the snapshot serialized with every object's keys in
 * ascending order of their UTF-16 code units (JavaScript's default sort), no whitespace, array
 * elements in their stored order, strings and numbers as `JSON.stringify` writes them; SHA-256 of
 * its UTF-8 bytes, in lowercase hex.
 */
import { createHash } from "node:crypto";
import type { DeliverableStatus, DisseminationLevel } from "../../entities/deliverable.entity";
import { ExpenseCategory } from "../../entities/expense.entity";
import { FundingKind } from "../../entities/funding-source.entity";
import { ParticipantRole } from "../../entities/project-participant.entity";
import type { Project } from "../../entities/project.entity";
import type { ReportingPeriod } from "../../entities/reporting-period.entity";
import { Decimal } from "../graphql/decimal";
import { toGlobalId } from "../graphql/global-id";
import {
  PERIOD_REPORT_FORMAT,
  type DeliverableLine,
  type FundingLine,
  type MilestoneLine,
  type ParticipantReport,
  type PeriodReportSnapshot,
  type Totals,
} from "../reports/period-report";
import { participantCosts, readBudget, sumCosts, type CostTotals } from "./budget";

interface Queryable {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/** The canonical JSON of `value` (see the module comment). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (lowercase hex) of the canonical JSON of `snapshot`. */
export function sha256Of(snapshot: unknown): string {
  return createHash("sha256").update(canonicalJson(snapshot), "utf8").digest("hex");
}

const money = (d: Decimal) => d.toFixed(2);
/** Person-months to four decimals (half up), line by line; sums add the rounded lines. */
const months = (d: Decimal) => d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);

function totalsOf(costs: CostTotals, personMonths: Decimal): Totals {
  return {
    direct: money(costs.actualDirect),
    indirect: money(costs.actualIndirect),
    total: money(costs.actualDirect.plus(costs.actualIndirect)),
    personMonths: personMonths.toFixed(4),
  };
}

export interface SnapshotInput {
  project: Pick<Project, "id" | "allianceId" | "code" | "title" | "currency" | "startDate" | "endDate" | "indirectCostRate">;
  period: Pick<ReportingPeriod, "id" | "number" | "startMonth" | "endMonth" | "startDate" | "endDate">;
  version: number;
  submittedAt: Date;
  submittedById: string;
}

type Rows<T> = Promise<T[]>;

/** Reads the period's figures through `db` (the submitting transaction), one statement after another. */
export async function compileSnapshot(db: Queryable, input: SnapshotInput): Promise<PeriodReportSnapshot> {
  const { project, period } = input;
  const q = <T>(sql: string, params: unknown[]) => db.query(sql, params) as Rows<T>;
  const range = [project.id, period.startDate, period.endDate];

  const [alliance] = await q<{ id: string; name: string }>(`SELECT id, name FROM alliance WHERE id = $1`, [project.allianceId]);
  const [submitter] = await q<{ name: string }>(`SELECT name FROM "user" WHERE id = $1`, [input.submittedById]);
  const budget = await readBudget(db, project, { startDate: period.startDate, endDate: period.endDate });
  const workPackages = new Map(
    (await q<{ id: string; number: string }>(`SELECT id, number FROM work_package WHERE project_id = $1`, [project.id])).map((r) => [
      r.id,
      r.number,
    ]),
  );
  // Participants not removed before the period began, and anyone with figures in it.
  const participantRows = await q<{ id: string; name: string; role: ParticipantRole; removed_before: boolean }>(
    `SELECT o.id, o.name, pp.role, (pp.removed_at IS NOT NULL AND pp.removed_at < $2::date) AS removed_before
       FROM project_participant pp JOIN organization o ON o.id = pp.organization_id WHERE pp.project_id = $1`,
    [project.id, period.startDate],
  );
  const deliverables = await q<{
    number: string;
    title: string;
    work_package_id: string;
    due_month: number;
    due_date: string;
    dissemination_level: DisseminationLevel;
    status: DeliverableStatus;
    submitted_on: string | null;
    delay_justification: string | null;
    responsible_organization_id: string;
  }>(
    `SELECT number, title, work_package_id, due_month, due_date::text AS due_date, dissemination_level, status,
            (submitted_at AT TIME ZONE 'UTC')::date::text AS submitted_on, delay_justification, responsible_organization_id
       FROM deliverable
      WHERE project_id = $1 AND (due_date BETWEEN $2::date AND $3::date
                                 OR (submitted_at AT TIME ZONE 'UTC')::date BETWEEN $2::date AND $3::date)
      ORDER BY number, id`,
    range,
  );
  const milestones = await q<{ title: string; due_date: string | null; achieved_on: string | null; verification: string }>(
    `SELECT title, due_date::text AS due_date, achieved_on::text AS achieved_on, verification FROM milestone
      WHERE project_id = $1 AND (due_date BETWEEN $2::date AND $3::date OR achieved_on BETWEEN $2::date AND $3::date)
      ORDER BY due_date NULLS LAST, title, id`,
    range,
  );
  const funding = await q<{
    id: string;
    kind: FundingKind;
    provider: string;
    currency: string;
    organization_id: string | null;
    used: string;
  }>(
    `SELECT fs.id, fs.kind, fs.provider, fs.currency, e.organization_id, COALESCE(SUM(e.amount), 0)::text AS used
       FROM funding_source fs
       LEFT JOIN expense e ON e.funding_source_id = fs.id AND e.status = 'APPROVED' AND e.incurred_on BETWEEN $2::date AND $3::date
      WHERE fs.project_id = $1
      GROUP BY fs.id, fs.kind, fs.provider, fs.currency, e.organization_id`,
    range,
  );

  // Organizations: by name, then id.
  const organizations = new Map<string, { id: string; name: string; lead: boolean; include: boolean }>();
  for (const r of participantRows) {
    const known = organizations.get(r.id);
    organizations.set(r.id, {
      id: r.id,
      name: r.name,
      lead: (known?.lead ?? false) || (r.role === ParticipantRole.LEAD && !r.removed_before),
      include: (known?.include ?? false) || !r.removed_before,
    });
  }
  const hasFigures = (id: string) =>
    budget.costs.some((l) => l.organizationId === id && !l.actual.isZero()) ||
    budget.effort.some((l) => l.organizationId === id && !l.approved.isZero()) ||
    deliverables.some((d) => d.responsible_organization_id === id) ||
    funding.some((f) => f.organization_id === id);
  const included = [...organizations.values()]
    .filter((o) => o.include || hasFigures(o.id))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const fundingLine = (rows: typeof funding): FundingLine[] => {
    const bySource = new Map<string, FundingLine & { sum: Decimal }>();
    for (const r of rows) {
      const line = bySource.get(r.id) ?? {
        fundingSourceId: toGlobalId("FundingSource", r.id),
        kind: r.kind,
        provider: r.provider,
        government: r.kind === FundingKind.GOVERNMENT,
        currency: r.currency.trim(),
        used: "",
        sum: new Decimal(0),
      };
      line.sum = line.sum.plus(r.used);
      bySource.set(r.id, line);
    }
    // Government sources first (reported apart), then by provider and id.
    return [...bySource.values()]
      .sort(
        (a, b) =>
          Number(b.government) - Number(a.government) ||
          a.provider.localeCompare(b.provider) ||
          (a.fundingSourceId < b.fundingSourceId ? -1 : 1),
      )
      .map(({ sum, ...line }) => ({ ...line, used: money(sum) }));
  };

  const participants: (ParticipantReport & { costTotals: CostTotals; months: Decimal })[] = included.map((o) => {
    const lines = budget.costs.filter((l) => l.organizationId === o.id);
    const costTotals = participantCosts(lines, budget.indirectCostRate);
    const effort = budget.effort
      .filter((l) => l.organizationId === o.id && !l.approved.isZero())
      .map((l) => ({ workPackage: workPackages.get(l.workPackageId) ?? "", personMonths: months(l.approved) }))
      .sort((a, b) => a.workPackage.localeCompare(b.workPackage));
    const personMonths = effort.reduce((s, e) => s.plus(e.personMonths), new Decimal(0));
    const deliverableLines: DeliverableLine[] = deliverables
      .filter((d) => d.responsible_organization_id === o.id)
      .map((d) => ({
        number: d.number,
        title: d.title,
        workPackage: workPackages.get(d.work_package_id) ?? "",
        dueMonth: d.due_month,
        dueDate: d.due_date,
        disseminationLevel: d.dissemination_level,
        status: d.status,
        submittedOn: d.submitted_on,
        late: d.submitted_on !== null ? d.submitted_on > d.due_date : d.due_date <= period.endDate,
        delayJustification: d.delay_justification,
      }));
    return {
      organization: { id: toGlobalId("Organization", o.id), name: o.name },
      lead: o.lead,
      deliverables: deliverableLines,
      costs: Object.values(ExpenseCategory).map((category) => ({
        category,
        amount: money(lines.filter((l) => l.category === category).reduce((s, l) => s.plus(l.actual), new Decimal(0))),
      })),
      effort: effort.map((e) => ({ workPackage: e.workPackage, personMonths: e.personMonths.toFixed(4) })),
      funding: fundingLine(funding.filter((f) => f.organization_id === o.id && !new Decimal(f.used).isZero())),
      totals: totalsOf(costTotals, personMonths),
      costTotals,
      months: personMonths,
    };
  });

  const milestoneLines: MilestoneLine[] = milestones.map((m) => ({
    title: m.title,
    dueDate: m.due_date,
    achievedOn: m.achieved_on,
    // Late: reached after it was due, or not reached by the end of the period it was due in.
    late: m.due_date !== null && (m.achieved_on !== null ? m.achieved_on > m.due_date : m.due_date <= period.endDate),
    verification: m.verification,
  }));

  return {
    format: PERIOD_REPORT_FORMAT,
    alliance: { id: toGlobalId("Alliance", alliance.id), name: alliance.name },
    project: {
      id: toGlobalId("Project", project.id),
      code: project.code,
      title: project.title,
      currency: project.currency.trim(),
      startDate: project.startDate!,
      endDate: project.endDate,
      indirectCostRate: project.indirectCostRate,
    },
    period: {
      id: toGlobalId("ReportingPeriod", period.id),
      number: period.number,
      startMonth: period.startMonth,
      endMonth: period.endMonth,
      startDate: period.startDate,
      endDate: period.endDate,
    },
    version: input.version,
    submittedAt: input.submittedAt.toISOString(),
    submittedBy: { id: toGlobalId("User", input.submittedById), name: submitter?.name ?? "" },
    milestones: milestoneLines,
    participants: participants.map(({ costTotals: _c, months: _m, ...p }) => p),
    funding: fundingLine(funding),
    totals: totalsOf(
      sumCosts(participants.map((p) => p.costTotals)),
      participants.reduce((s, p) => s.plus(p.months), new Decimal(0)),
    ),
  };
}
