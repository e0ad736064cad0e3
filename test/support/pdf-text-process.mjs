/**
 * Reads a PDF on standard input and writes what a reader extracts from it as JSON: its page
 * count, its text (pages joined by a line break) and its document information. A process of its
 * own because PDF.js is an ES module, which jest's CommonJS runtime cannot import; unit tests run
 * it with `pdfText()` from test/support/pdf-text.ts.
 */
import { Buffer } from "node:buffer";
import { extractText, getDocumentProxy, getMeta } from "unpdf";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));
const { info } = await getMeta(data.slice());
const document = await getDocumentProxy(data);
const { totalPages, text } = await extractText(document, { mergePages: false });
process.stdout.write(JSON.stringify({ pages: totalPages, text: text.join("\n"), info }));
