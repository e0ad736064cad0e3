/**
 * A submitted period report (Art. 8.4) as one CSV: every part of the snapshot as rows of one
 * table, told apart by the `section` column, so that a spreadsheet can filter a participant's
 * costs or every government line without a second file. The conventions are the exports' (UTF-8
 * with a byte order mark, a header row, CRLF, RFC 4180 quoting, text cells made inert against
 * formulas); the columns and sections are in docs/period-reports.md.
 */
import { stringify } from "csv-stringify/sync";
import { inert } from "../export/formula";
import type { FundingLine, PeriodReportSnapshot, Totals } from "./period-report";

/**
 * What identifies a stored report but is not part of its content: the SHA-256 of the snapshot's
 * canonical form (computed over it, so it cannot be in it) and the version it was submitted as.
 */
export interface PeriodReportSeal {
  sha256: string;
  version: number;
}

const COLUMNS = [
  "section",
  "organization",
  "item",
  "kind",
  "label",
  "workPackage",
  "dueDate",
  "date",
  "status",
  "late",
  "note",
  "amount",
  "currency",
  "personMonths",
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

/** A text the report's users wrote (names, titles, justifications): shown, never run. */
const text = (value: string | null): string | undefined => (value === null ? undefined : inert(value));

/** The seal printed with a report must be the seal of that report. */
export function checkSeal(s: PeriodReportSnapshot, seal: PeriodReportSeal): void {
  if (seal.version !== s.version)
    throw new Error(`The seal of version ${seal.version} does not belong to version ${s.version} of the report`);
  if (!/^[0-9a-f]{64}$/.test(seal.sha256)) throw new Error("A report's SHA-256 is 64 lowercase hexadecimal digits");
}

function header(s: PeriodReportSnapshot, seal: PeriodReportSeal | undefined): Row[] {
  const fields: [string, string][] = [
    ["format", String(s.format)],
    ["alliance", inert(s.alliance.name)],
    ["projectCode", inert(s.project.code)],
    ["projectTitle", inert(s.project.title)],
    ["currency", s.project.currency],
    ["indirectCostRate", String(s.project.indirectCostRate)],
    ["period", String(s.period.number)],
    ["periodMonths", `${s.period.startMonth}-${s.period.endMonth}`],
    ["periodStart", s.period.startDate],
    ["periodEnd", s.period.endDate],
    ["version", String(s.version)],
    ["submittedAt", s.submittedAt],
    ["submittedBy", inert(s.submittedBy.name)],
  ];
  if (seal) fields.push(["sha256", seal.sha256]);
  return fields.map(([item, label]) => ({ section: "HEADER", item, label }));
}

/** Government funds are supervised apart (Art. 8.4): their lines have a section of their own. */
const fundingRows = (organization: string | undefined, lines: FundingLine[]): Row[] =>
  lines.map((f) => ({
    section: f.government ? "GOVERNMENT_FUNDING" : "FUNDING",
    organization,
    item: f.fundingSourceId,
    kind: f.kind,
    label: inert(f.provider),
    amount: f.used,
    currency: f.currency,
  }));

const totalRows = (organization: string | undefined, totals: Totals, currency: string): Row[] => [
  { section: "TOTAL", organization, kind: "DIRECT", amount: totals.direct, currency },
  { section: "TOTAL", organization, kind: "INDIRECT", amount: totals.indirect, currency },
  { section: "TOTAL", organization, kind: "TOTAL", amount: totals.total, currency },
  { section: "TOTAL", organization, kind: "PERSON_MONTHS", personMonths: totals.personMonths },
];

function rows(s: PeriodReportSnapshot, seal: PeriodReportSeal | undefined): Row[] {
  const currency = s.project.currency;
  const out = header(s, seal);
  for (const p of s.participants) {
    const organization = inert(p.organization.name);
    out.push({ section: "PARTICIPANT", organization, item: p.organization.id, status: p.lead ? "LEAD" : "PARTNER" });
    for (const d of p.deliverables) {
      out.push({
        section: "DELIVERABLE",
        organization,
        item: inert(d.number),
        kind: d.disseminationLevel,
        label: inert(d.title),
        workPackage: inert(d.workPackage),
        dueDate: d.dueDate,
        date: d.submittedOn ?? undefined,
        status: d.status,
        late: String(d.late),
        note: text(d.delayJustification),
      });
    }
    for (const c of p.costs) out.push({ section: "COST", organization, kind: c.category, amount: c.amount, currency });
    for (const e of p.effort)
      out.push({ section: "EFFORT", organization, workPackage: inert(e.workPackage), personMonths: e.personMonths });
    out.push(...fundingRows(organization, p.funding), ...totalRows(organization, p.totals, currency));
  }
  for (const m of s.milestones) {
    out.push({
      section: "MILESTONE",
      label: inert(m.title),
      dueDate: m.dueDate ?? undefined,
      date: m.achievedOn ?? undefined,
      late: String(m.late),
      note: inert(m.verification),
    });
  }
  out.push(...fundingRows(undefined, s.funding), ...totalRows(undefined, s.totals, currency));
  return out;
}

/** The report as CSV; `seal`, when given, adds the report's SHA-256 to the header rows. */
export function periodReportCsv(s: PeriodReportSnapshot, seal?: PeriodReportSeal): string {
  if (seal) checkSeal(s, seal);
  return stringify(
    rows(s, seal).map((row) => COLUMNS.map((c) => row[c] ?? null)),
    // A lone "\n" in a justification is not the record delimiter, so csv-stringify would leave it unquoted.
    { bom: true, header: true, columns: [...COLUMNS], record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );
}
