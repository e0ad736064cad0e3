/**
 * The one rule every CSV this server writes applies to its text cells (OWASP, "CSV Injection"),
 * kept apart from the export handler so that the period report's CSV, a pure rendering below the
 * services, shares it. It imports nothing. See docs/exports.md.
 */

/** What a spreadsheet takes for the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet will show it, never run it: one starting like a formula gets a
 * leading single quote. Only text columns: ids, dates, numbers and amounts (a negative amount
 * starts with "-") are the server's own values and stay as they are.
 */
export const inert = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
