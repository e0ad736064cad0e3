import { spawn } from "node:child_process";
import path from "node:path";

export interface PdfText {
  pages: number;
  text: string;
  /** The document information dictionary (CreationDate as the PDF writes it, "D:20260715083000Z"). */
  info: Record<string, unknown>;
}

/** What PDF.js reads from a PDF (see pdf-text-process.mjs). */
export function pdfText(pdf: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, "pdf-text-process.mjs")], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(JSON.parse(Buffer.concat(out).toString("utf8")) as PdfText);
      else reject(new Error(`pdf-text-process.mjs exited with ${code}: ${Buffer.concat(err).toString("utf8")}`));
    });
    child.stdin.end(pdf);
  });
}
