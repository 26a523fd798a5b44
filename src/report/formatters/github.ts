import type { DocumentReport, Statement, Violation } from '../../types.js';
import type { FormatOptions, StreamingFormatter } from '../formatter.js';
import { lineIndexFor, repositoryPath, statementAt, type LineIndex } from '../locate.js';

/**
 * GitHub Actions workflow commands, one per policy violation, which GitHub shows as annotations
 * on the file (and on the changed lines of a pull request):
 *
 *   ::error file=articles/a.txt,line=3,col=5,endLine=3,endColumn=42,title=fail-on::unverified statement …
 *
 * A violation is an `::error` or, when its policy's severity is warn, a `::warning`. A violation by one statement
 * points at the statement's lines; the columns are given only when it starts and ends on the
 * same line, which is the only case GitHub annotates by column. A violation by the whole
 * document, and any violation when the lines are unknown (no `sourceText` in the options, or
 * text extracted from an HTML page, whose lines are not the file's), is an annotation on the
 * file with no line. Documents without violations, or without a policy, print nothing.
 */

/** Escapes the message of a workflow command (what follows `::`). */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a property value (file, title): the message escapes plus `:` and `,`. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

const EXCERPT_LENGTH = 80;

/** The first words of a statement on one line, for annotations that cannot point at its line. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

function command(document: DocumentReport, violation: Violation, statement: Statement | undefined, lines: LineIndex | undefined, paths: FormatOptions['paths']): string {
  const properties: Array<[string, string | number]> = [['file', repositoryPath(document.path, paths)]];
  let message = violation.message;
  if (statement !== undefined && lines !== undefined) {
    const { start, end } = lines.region(statement.start, statement.end);
    properties.push(['line', start.line]);
    if (start.line === end.line) properties.push(['col', start.column]);
    properties.push(['endLine', end.line]);
    if (start.line === end.line) properties.push(['endColumn', end.column]);
  } else if (statement !== undefined) {
    const where = document.extractedFrom === 'html' ? ' of the text extracted from the page' : '';
    message += ` (statement ${statement.index + 1}${where}: "${excerpt(statement.text)}")`;
  }
  properties.push(['title', violation.policy]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  const level = violation.severity === 'warning' ? 'warning' : 'error';
  return `::${level} ${list}::${escapeData(message)}\n`;
}

export const githubFormatter: StreamingFormatter = {
  name: 'github',
  description: 'GitHub Actions annotations (::error or ::warning file=…,line=…::…) for the statements a policy flags',
  format(report, options) {
    const context = { schemaVersion: report.schemaVersion, tool: report.tool };
    return report.documents.map((document) => this.formatDocument(document, context, options)).join('') + this.formatEnd(report, options);
  },
  formatDocument(document, _context, options: FormatOptions) {
    const violations = document.violations ?? [];
    if (violations.length === 0) return '';
    const lines = lineIndexFor(document, options);
    return violations.map((violation) => command(document, violation, statementAt(document, violation.statement), lines, options.paths)).join('');
  },
  formatEnd() {
    return '';
  },
};
