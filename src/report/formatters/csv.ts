import type { Report } from '../../types.js';
import type { Formatter } from '../formatter.js';
import { displaySource } from '../source-name.js';

/**
 * One row per statement, RFC 4180: CRLF between records, every field that holds a comma, a
 * double quote, CR or LF is quoted and its quotes doubled. The first eight columns are the ones
 * the issue asks for; role and rule follow, so a spreadsheet of the required columns stays the
 * same if more are added at the end.
 *
 * - `index` is the statement's 0-based index of the JSON report (the text report counts from 1).
 * - `start`/`end` are UTF-16 offsets into the decoded input, as in the JSON report.
 * - `source` is the source's text, empty when the statement has none.
 * - `text` is the statement as it stands, line breaks included (inside quotes).
 * - `severity` (check mode) is `error` when a violation of the statement is an error, else
 *   `warning` when one is a warning, else empty; `policies` names the policies it breaks,
 *   separated by spaces. A violation by the whole document has no row.
 *
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some
 * with a tab or CR) as a formula, and article text is untrusted. Such a cell in a text column
 * (file, source, text) gets a leading apostrophe, which spreadsheets show as text; a program
 * reading the CSV sees the apostrophe and can strip it. Numbers and the fixed vocabularies
 * (label, role, rule) never start with one of these characters.
 */
export const CSV_COLUMNS = ['file', 'index', 'start', 'end', 'label', 'confidence', 'source', 'text', 'role', 'rule', 'severity', 'policies'] as const;

const RECORD_END = '\r\n';
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet will not evaluate. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field. */
export function csvField(value: string | number): string {
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function record(values: ReadonlyArray<string | number>): string {
  return values.map(csvField).join(',') + RECORD_END;
}

function formatCsv(report: Report): string {
  let output = record(CSV_COLUMNS);
  for (const document of report.documents) {
    const file = neutralizeFormula(document.path);
    for (const statement of document.statements) {
      const flagged = (document.violations ?? []).filter((v) => v.statement === statement.index);
      const severity = flagged.length === 0 ? '' : flagged.some((v) => (v.severity ?? 'error') === 'error') ? 'error' : 'warning';
      output += record([
        file,
        statement.index,
        statement.start,
        statement.end,
        statement.label,
        statement.confidence,
        statement.source === null ? '' : neutralizeFormula(displaySource(statement.source)),
        neutralizeFormula(statement.text),
        statement.role,
        statement.rule,
        severity,
        [...new Set(flagged.map((v) => v.policy))].join(' '),
      ]);
    }
  }
  return output;
}

export const csvFormatter: Formatter = {
  name: 'csv',
  description: 'one RFC 4180 row per statement: file, index, start, end, label, confidence, source, text, role, rule, severity, policies',
  format: formatCsv,
};
