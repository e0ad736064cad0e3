/**
 * A submitted period report (Art. 8.4) as a printable A4 PDF: a header with what identifies the
 * report (alliance, project, period, version, submission, SHA-256), then per participant its
 * deliverables, costs, effort, funding (government lines apart) and totals, then the project's
 * milestones, funding and totals. Text is set in Noto Sans SC, embedded as a subset of the glyphs
 * used, so Chinese names print on any reader without a font installed. The layout is plain
 * tables; docs/period-reports.md describes it.
 */
import PDFDocument from "pdfkit";
import type { DeliverableLine, FundingLine, MilestoneLine, PeriodReportSnapshot, Totals } from "./period-report";
import { checkSeal, type PeriodReportSeal } from "./period-report-csv";

/**
 * The fonts by path, not as registered buffers: pdfkit caches a font by the string it was set
 * with, and its tables restore the font they found as that same source, so a buffer would be
 * parsed again (10 MB) for every cell. pdfkit embeds only the glyphs a report uses.
 */
const REGULAR = require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");
const BOLD = require.resolve("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf");

const MARGIN = 50;
const BODY_SIZE = 9;
const LATE = "#b00020";

const timing = (late: boolean): string => (late ? "late" : "on time");

class ReportWriter {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly currency: string,
  ) {}

  heading(text: string, size = 13): void {
    // A heading stays with the first lines of what it heads.
    if (this.doc.y > this.doc.page.height - this.doc.page.margins.bottom - 70) this.doc.addPage();
    this.doc.moveDown(0.6).font(BOLD).fontSize(size).text(text, MARGIN).font(REGULAR).fontSize(BODY_SIZE).moveDown(0.3);
  }

  subheading(text: string): void {
    this.heading(text, 10.5);
  }

  fields(rows: [string, string][]): void {
    this.table(["", ""], rows, [150, "*"], false);
  }

  /** A table with a bold header row; `numeric` columns are right-aligned. */
  table(header: string[], rows: string[][], widths: (number | string)[], withHeader = true, numeric: number[] = []): void {
    if (rows.length === 0) {
      this.doc.font(REGULAR).fontSize(BODY_SIZE).fillColor("#555555").text("None in the period.", MARGIN).fillColor("black");
      return;
    }
    const data: PDFKit.Mixins.CellOptions[][] = [
      ...(withHeader ? [header.map((text) => ({ text, font: { src: BOLD }, backgroundColor: "#eeeeee" }))] : []),
      ...rows.map((row) => row.map((text, i) => ({ text, align: { x: numeric.includes(i) ? ("right" as const) : ("left" as const) } }))),
    ];
    this.doc.font(REGULAR).fontSize(BODY_SIZE);
    this.doc.table({
      position: { x: MARGIN },
      columnStyles: widths.map((width) => ({ width })),
      defaultStyle: { border: 0.5, borderColor: "#999999", padding: [2, 4, 2, 4] },
      data,
    });
    this.doc.x = MARGIN;
  }

  money(amount: string): string {
    return `${amount} ${this.currency}`;
  }

  deliverables(lines: DeliverableLine[]): void {
    this.subheading("Deliverables");
    this.table(
      ["No.", "Title", "WP", "Due", "Submitted", "Status", "Timing"],
      lines.map((d) => [d.number, d.title, d.workPackage, `M${d.dueMonth} ${d.dueDate}`, d.submittedOn ?? "-", d.status, timing(d.late)]),
      [40, "*", 40, 80, 62, 70, 48],
    );
    const late = lines.filter((d) => d.late);
    for (const d of late) {
      this.doc.fillColor(LATE).font(BOLD).fontSize(BODY_SIZE).text(`${d.number} is late. `, MARGIN, undefined, { continued: true });
      this.doc
        .fillColor("black")
        .font(REGULAR)
        .text(`Justification: ${d.delayJustification ?? "none given"}`);
    }
  }

  milestones(lines: MilestoneLine[]): void {
    this.subheading("Milestones");
    this.table(
      ["Milestone", "Due", "Achieved", "Timing", "Means of verification"],
      lines.map((m) => [m.title, m.dueDate ?? "-", m.achievedOn ?? "-", timing(m.late), m.verification]),
      ["*", 62, 62, 48, 150],
    );
  }

  /** Government funds are supervised apart (Art. 8.4): their own table, under their own heading. */
  funding(lines: FundingLine[]): void {
    const row = (f: FundingLine): string[] => [f.provider, f.kind, `${f.used} ${f.currency}`];
    this.subheading("Government funding used");
    this.table(["Provider", "Kind", "Used"], lines.filter((f) => f.government).map(row), ["*", 130, 110], true, [2]);
    this.subheading("Other funding used");
    this.table(["Provider", "Kind", "Used"], lines.filter((f) => !f.government).map(row), ["*", 130, 110], true, [2]);
  }

  totals(totals: Totals): void {
    this.subheading("Totals");
    this.table(
      ["Direct costs", "Indirect costs", "Total", "Person-months"],
      [[this.money(totals.direct), this.money(totals.indirect), this.money(totals.total), totals.personMonths]],
      ["*", "*", "*", "*"],
      true,
      [0, 1, 2, 3],
    );
  }
}

function numberPages(doc: PDFKit.PDFDocument, s: PeriodReportSnapshot): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor("#555555")
      .text(`${s.project.code} · period ${s.period.number} · version ${s.version}`, MARGIN, doc.page.height - 35, { lineBreak: false })
      .text(`Page ${i + 1} of ${count}`, MARGIN, doc.page.height - 35, {
        width: doc.page.width - 2 * MARGIN,
        align: "right",
        lineBreak: false,
      })
      .fillColor("black");
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The report as a PDF. Its creation date is the submission's instant, not the moment of
 * rendering, so the same report renders to the same document.
 */
export async function periodReportPdf(s: PeriodReportSnapshot, seal: PeriodReportSeal): Promise<Buffer> {
  checkSeal(s, seal);
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${s.project.code} period report ${s.period.number} (version ${s.version})`,
      Author: s.submittedBy.name,
      Subject: `${s.project.title}: months ${s.period.startMonth}-${s.period.endMonth}`,
      Producer: "Alliance Hub",
      Creator: "Alliance Hub",
      CreationDate: new Date(s.submittedAt),
      ModDate: new Date(s.submittedAt),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const w = new ReportWriter(doc, s.project.currency);

  doc.font(BOLD).fontSize(16).text("Period report", MARGIN);
  doc.font(REGULAR).fontSize(12).text(`${s.project.code} ${s.project.title}`).moveDown(0.5);
  w.fields([
    ["Alliance", s.alliance.name],
    ["Project", `${s.project.code} ${s.project.title}`],
    [
      "Reporting period",
      `Period ${s.period.number}: months ${s.period.startMonth}-${s.period.endMonth}, ${s.period.startDate} to ${s.period.endDate}`,
    ],
    ["Version", String(s.version)],
    ["Submitted", `${s.submittedAt} by ${s.submittedBy.name}`],
    ["Currency", s.project.currency],
    ["Indirect cost rate", String(s.project.indirectCostRate)],
    ["SHA-256", seal.sha256],
  ]);

  for (const p of s.participants) {
    w.heading(`${p.organization.name}${p.lead ? " (lead)" : ""}`);
    w.deliverables(p.deliverables);
    w.subheading("Direct costs by category");
    w.table(
      ["Category", "Amount"],
      p.costs.map((c) => [c.category, w.money(c.amount)]),
      ["*", 150],
      true,
      [1],
    );
    w.subheading("Effort");
    w.table(
      ["Work package", "Person-months"],
      p.effort.map((e) => [e.workPackage, e.personMonths]),
      ["*", 150],
      true,
      [1],
    );
    w.funding(p.funding);
    w.totals(p.totals);
  }

  w.heading("Project");
  w.milestones(s.milestones);
  w.funding(s.funding);
  w.totals(s.totals);

  numberPages(doc, s);
  doc.end();
  return done;
}
