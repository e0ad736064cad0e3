import { parse } from "csv-parse/sync";
import { DeliverableStatus, DisseminationLevel } from "../../entities/deliverable.entity";
import { ExpenseCategory } from "../../entities/expense.entity";
import { FundingKind } from "../../entities/funding-source.entity";
import { PERIOD_REPORT_FORMAT, type PeriodReportSnapshot } from "../../src/reports/period-report";
import { periodReportCsv } from "../../src/reports/period-report-csv";
import { periodReportPdf } from "../../src/reports/period-report-pdf";
import { pdfText, type PdfText } from "../support/pdf-text";

const CASIA = "中国科学院自动化研究所";
const HUAWEI = "华为技术有限公司";
const SEAL = { sha256: "9f2c4b7e1a0d3c5b8e6f4a2d1c0b9e8f7a6d5c4b3a2918e7d6c5b4a39281706f", version: 2 };

/** Two participants, one of them late with a justification, government money beside a member's. */
function snapshot(): PeriodReportSnapshot {
  const gov = {
    fundingSourceId: "fs-gov",
    kind: FundingKind.GOVERNMENT,
    provider: "科学技术部 国家重点研发计划",
    government: true,
    currency: "CNY",
    used: "300000.00",
  };
  const member = {
    fundingSourceId: "fs-member",
    kind: FundingKind.MEMBER_CONTRIBUTION,
    provider: "华为自筹",
    government: false,
    currency: "CNY",
    used: "125000.50",
  };
  return {
    format: PERIOD_REPORT_FORMAT,
    alliance: { id: "a1", name: "人工智能产业技术创新战略联盟" },
    project: {
      id: "p1",
      code: "AI-2026-07",
      title: "工业视觉大模型",
      currency: "CNY",
      startDate: "2026-01-01",
      endDate: "2028-12-31",
      indirectCostRate: 0.2,
    },
    period: { id: "per1", number: 1, startMonth: 1, endMonth: 6, startDate: "2026-01-01", endDate: "2026-06-30" },
    version: 2,
    submittedAt: "2026-07-15T08:30:00.000Z",
    submittedBy: { id: "u1", name: "王芳" },
    milestones: [
      { title: "原型系统演示", dueDate: "2026-06-30", achievedOn: "2026-06-20", late: false, verification: "现场演示记录" },
      { title: '=HYPERLINK("http://x","y")', dueDate: "2026-05-31", achievedOn: null, late: true, verification: "测试报告" },
    ],
    participants: [
      {
        organization: { id: "o1", name: CASIA },
        lead: true,
        deliverables: [
          {
            number: "D1.1",
            title: "数据集规范",
            workPackage: "WP1",
            dueMonth: 3,
            dueDate: "2026-03-31",
            disseminationLevel: DisseminationLevel.PUBLIC,
            status: DeliverableStatus.ACCEPTED,
            submittedOn: "2026-03-30",
            late: false,
            delayJustification: null,
          },
          {
            number: "D1.2",
            title: "基准测试报告",
            workPackage: "WP1",
            dueMonth: 5,
            dueDate: "2026-05-31",
            disseminationLevel: DisseminationLevel.CONSORTIUM,
            status: DeliverableStatus.SUBMITTED,
            submittedOn: "2026-06-12",
            late: true,
            delayJustification: "标注数据延迟交付\nsecond line",
          },
        ],
        costs: [
          { category: ExpenseCategory.PERSONNEL, amount: "180000.00" },
          { category: ExpenseCategory.EQUIPMENT, amount: "120000.00" },
        ],
        effort: [{ workPackage: "WP1", personMonths: "14.5000" }],
        funding: [gov],
        totals: { direct: "300000.00", indirect: "60000.00", total: "360000.00", personMonths: "14.5000" },
      },
      {
        organization: { id: "o2", name: HUAWEI },
        lead: false,
        deliverables: [],
        costs: [
          { category: ExpenseCategory.PERSONNEL, amount: "100000.50" },
          { category: ExpenseCategory.SUBCONTRACTING, amount: "25000.00" },
        ],
        effort: [{ workPackage: "WP2", personMonths: "6.2500" }],
        funding: [member],
        totals: { direct: "125000.50", indirect: "20000.10", total: "145000.60", personMonths: "6.2500" },
      },
    ],
    funding: [gov, member],
    totals: { direct: "425000.50", indirect: "80000.10", total: "505000.60", personMonths: "20.7500" },
  };
}

type Record = { [column: string]: string };

describe("period report as CSV", () => {
  const csv = periodReportCsv(snapshot(), SEAL);
  const records: Record[] = parse(csv, { bom: true, columns: true, relax_column_count: false });
  const of = (section: string, organization?: string) =>
    records.filter((r) => r.section === section && (organization === undefined || r.organization === organization));

  it("is UTF-8 with a byte order mark and CRLF line ends, quoting a field that holds a line break", () => {
    expect(csv.startsWith("\ufeffsection,organization,")).toBe(true);
    expect(csv.split("\r\n").length).toBeGreaterThan(records.length);
    expect(csv).toContain('"标注数据延迟交付\nsecond line"');
    expect(of("DELIVERABLE", CASIA).find((r) => r.item === "D1.2")?.note).toBe("标注数据延迟交付\nsecond line");
  });

  it("starts with the header rows, the SHA-256 and the version among them", () => {
    const header = Object.fromEntries(of("HEADER").map((r) => [r.item, r.label]));
    expect(header).toMatchObject({
      alliance: "人工智能产业技术创新战略联盟",
      projectCode: "AI-2026-07",
      periodMonths: "1-6",
      periodStart: "2026-01-01",
      periodEnd: "2026-06-30",
      version: "2",
      submittedAt: "2026-07-15T08:30:00.000Z",
      submittedBy: "王芳",
      sha256: SEAL.sha256,
    });
    expect(records.findIndex((r) => r.section !== "HEADER")).toBe(of("HEADER").length);
    expect(of("HEADER").some((r) => r.item === "sha256")).toBe(true);
  });

  it("has no SHA-256 row without a seal, and refuses a seal of another version", () => {
    const unsealed: Record[] = parse(periodReportCsv(snapshot()), { bom: true, columns: true });
    expect(unsealed.some((r) => r.item === "sha256")).toBe(false);
    expect(() => periodReportCsv(snapshot(), { ...SEAL, version: 1 })).toThrow(/version 1/);
  });

  it("lists each participant's deliverables, costs, effort and totals under its name", () => {
    expect(of("PARTICIPANT").map((r) => [r.organization, r.status])).toEqual([
      [CASIA, "LEAD"],
      [HUAWEI, "PARTNER"],
    ]);
    const late = of("DELIVERABLE", CASIA).find((r) => r.item === "D1.2");
    expect(late).toMatchObject({ late: "true", status: "SUBMITTED", dueDate: "2026-05-31", date: "2026-06-12", kind: "CONSORTIUM" });
    expect(of("COST", HUAWEI).map((r) => [r.kind, r.amount, r.currency])).toEqual([
      ["PERSONNEL", "100000.50", "CNY"],
      ["SUBCONTRACTING", "25000.00", "CNY"],
    ]);
    expect(of("EFFORT", CASIA).map((r) => [r.workPackage, r.personMonths])).toEqual([["WP1", "14.5000"]]);
    expect(of("TOTAL", HUAWEI).map((r) => [r.kind, r.amount || r.personMonths])).toEqual([
      ["DIRECT", "125000.50"],
      ["INDIRECT", "20000.10"],
      ["TOTAL", "145000.60"],
      ["PERSON_MONTHS", "6.2500"],
    ]);
  });

  it("puts government funding on lines of its own, per participant and for the project", () => {
    expect(of("GOVERNMENT_FUNDING").map((r) => [r.organization, r.kind, r.label, r.amount])).toEqual([
      [CASIA, "GOVERNMENT", "科学技术部 国家重点研发计划", "300000.00"],
      ["", "GOVERNMENT", "科学技术部 国家重点研发计划", "300000.00"],
    ]);
    expect(of("FUNDING").map((r) => [r.organization, r.kind, r.amount])).toEqual([
      [HUAWEI, "MEMBER_CONTRIBUTION", "125000.50"],
      ["", "MEMBER_CONTRIBUTION", "125000.50"],
    ]);
    expect(of("FUNDING").some((r) => r.kind === "GOVERNMENT")).toBe(false);
  });

  it("ends with the project's milestones and totals, without an organization", () => {
    expect(of("MILESTONE").map((r) => [r.organization, r.dueDate, r.date, r.late])).toEqual([
      ["", "2026-06-30", "2026-06-20", "false"],
      ["", "2026-05-31", "", "true"],
    ]);
    const project = of("TOTAL", "");
    expect(project.map((r) => r.amount || r.personMonths)).toEqual(["425000.50", "80000.10", "505000.60", "20.7500"]);
    expect(records.at(-1)).toMatchObject({ section: "TOTAL", organization: "", kind: "PERSON_MONTHS" });
  });

  it("neutralises a text cell that starts like a formula, and leaves amounts as they are", () => {
    expect(of("MILESTONE")[1].label).toBe('\'=HYPERLINK("http://x","y")');
    const negative = snapshot();
    negative.participants[1].costs[0].amount = "-12.50";
    negative.participants[1].organization.name = "@华为";
    const rows: Record[] = parse(periodReportCsv(negative), { bom: true, columns: true });
    const cost = rows.find((r) => r.section === "COST" && r.kind === "PERSONNEL" && r.organization === "'@华为");
    expect(cost?.amount).toBe("-12.50");
  });
});

describe("period report as PDF", () => {
  let pdf: Buffer;
  let read: PdfText;
  let text: string;

  beforeAll(async () => {
    pdf = await periodReportPdf(snapshot(), SEAL);
    read = await pdfText(pdf);
    text = read.text;
  });

  it("is a PDF that embeds its font as a subset, so it stays small", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeLessThan(300_000);
  });

  it("prints the Chinese names of the alliance, the organizations and the people", () => {
    for (const name of [
      CASIA,
      HUAWEI,
      "人工智能产业技术创新战略联盟",
      "工业视觉大模型",
      "王芳",
      "科学技术部 国家重点研发计划",
      "原型系统演示",
    ]) {
      expect(text).toContain(name);
    }
  });

  it("prints the header: project, period, version, submission and SHA-256", () => {
    expect(text).toContain("AI-2026-07");
    expect(text).toContain("months 1-6, 2026-01-01 to 2026-06-30");
    expect(text).toContain("2026-07-15T08:30:00.000Z");
    expect(text).toContain(SEAL.sha256);
  });

  it("prints the figures, the late deliverable's justification and government funding apart", () => {
    for (const figure of [
      "180000.00 CNY",
      "100000.50 CNY",
      "14.5000",
      "6.2500",
      "145000.60 CNY",
      "505000.60 CNY",
      "20.7500",
      "300000.00 CNY",
      "125000.50 CNY",
    ]) {
      expect(text).toContain(figure);
    }
    expect(text).toContain("D1.2 is late.");
    expect(text).toContain("标注数据延迟交付");
    expect(text.indexOf("Government funding used")).toBeLessThan(text.indexOf("Other funding used"));
  });

  it("numbers its pages", () => {
    expect(read.pages).toBeGreaterThan(1);
    expect(text).toContain(`Page 1 of ${read.pages}`);
    expect(text).toContain(`Page ${read.pages} of ${read.pages}`);
  });

  it("renders the same report to the same text, dated at its submission", async () => {
    const again = await pdfText(await periodReportPdf(snapshot(), SEAL));
    expect(again.text).toBe(text);
    expect(read.info.CreationDate).toBe("D:20260715083000Z");
  });

  it("refuses a seal that is not a SHA-256", async () => {
    await expect(periodReportPdf(snapshot(), { ...SEAL, sha256: "abc" })).rejects.toThrow(/SHA-256/);
  });
});
