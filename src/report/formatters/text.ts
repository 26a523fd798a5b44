import { Chalk, type ChalkInstance } from 'chalk';
import { LABELS, type Cue, type DocumentReport, type Report, type Statement } from '../../types.js';
import type { FormatOptions, Formatter } from '../formatter.js';
import { LABEL_MARKERS, MARKER_COLUMNS, paintLabel } from '../label-style.js';
import { renderSourceList, tallySources } from '../source-list.js';
import { renderSummaryTable } from '../summary-table.js';
import { renderViolations } from '../violation-list.js';
import { hangingBlock, toDisplayText, type Highlight, type TextRange } from '../wrap.js';

/** Everything one format call needs below the top level, decided once per call. */
interface TextContext {
  chalk: ChalkInstance;
  width: number;
  explain: boolean;
}

const INDENT = '  ';
const FALLBACK_WIDTH = 80;

/**
 * Where each cue sits inside the statement text. Cue offsets are document offsets; when one
 * does not point at its own text (a stage upstream got it wrong) the first occurrence of the
 * cue text stands in, and a cue that is not in the statement at all is left unhighlighted.
 */
function cueRanges(statement: Statement): TextRange[] {
  const ranges: TextRange[] = [];
  for (const cue of statement.cues) {
    if (cue.text.length === 0) continue;
    const byOffset = cue.start - statement.start;
    const start =
      statement.text.slice(byOffset, byOffset + cue.text.length) === cue.text
        ? byOffset
        : statement.text.indexOf(cue.text);
    if (start >= 0) ranges.push({ start, end: start + cue.text.length });
  }
  return ranges;
}

/** Overlapping cues ("not" inside "did not respond") merge, so a word is styled once. */
function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

function describeCue(cue: Cue): string {
  return `${toDisplayText(cue.text)} [${cue.kind}]`;
}

function renderStatement(statement: Statement, position: number, numberColumns: number, context: TextContext): string[] {
  const { chalk, width } = context;
  const marker = LABEL_MARKERS[statement.label];
  const firstPrefix = `${INDENT}${String(position).padStart(numberColumns)} ${paintLabel(chalk, statement.label, marker)}${' '.repeat(MARKER_COLUMNS - marker.length + 1)}`;
  const prefixColumns = INDENT.length + numberColumns + 1 + MARKER_COLUMNS + 1;
  const restPrefix = ' '.repeat(prefixColumns);
  const layout = { width, firstPrefix, restPrefix, prefixColumns };
  const continuation = { ...layout, firstPrefix: restPrefix };

  // Non-body lines (captions, bylines, ...) say so in front, since their label follows from it.
  const rolePrefix = statement.role === 'body' ? '' : `(${statement.role}) `;
  const text = rolePrefix + toDisplayText(statement.text);
  const highlights: Highlight[] = mergeRanges(cueRanges(statement)).map(({ start, end }) => ({
    start: start + rolePrefix.length,
    end: end + rolePrefix.length,
    paint: (piece) => chalk.bold.underline(piece),
  }));
  if (rolePrefix !== '') highlights.push({ start: 0, end: rolePrefix.length - 1, paint: (piece) => chalk.dim(piece) });
  const lines = hangingBlock(text, highlights, layout);

  const { source } = statement;
  if (source !== null) {
    const lead = '— source: ';
    const name = toDisplayText(source.text);
    const verb = toDisplayText(source.cue.text) || source.verb;
    const sourceLine = `${lead}${name} (${verb}, ${source.named ? 'named' : 'unnamed'})`;
    const dim = (piece: string): string => chalk.dim(piece);
    const sourceHighlights: Highlight[] = [
      { start: 0, end: lead.length, paint: dim },
      { start: lead.length + name.length, end: sourceLine.length, paint: dim },
    ];
    lines.push(...hangingBlock(sourceLine, sourceHighlights, continuation));
  }

  if (context.explain) {
    const cues = statement.cues.length > 0 ? statement.cues.map(describeCue).join(', ') : 'none';
    const parts = [`rule: ${statement.rule} (${statement.confidence.toFixed(2)})`, `cues: ${cues}`];
    if (source !== null) parts.push(`stance: ${source.stance}`);
    // Older reports (and hand-built ones) may lack a reason; the rule still says which rule it was.
    const reason = statement.reason === undefined || statement.reason === '' ? '' : `why: ${statement.reason} · `;
    const explanation = reason + parts.join(' · ');
    const paint = (piece: string): string => chalk.dim(piece);
    lines.push(...hangingBlock(explanation, [{ start: 0, end: explanation.length, paint }], continuation));
  }
  return lines;
}

function renderDocument(document: DocumentReport, context: TextContext): string {
  const { chalk } = context;
  // Counted from the labels: `check --quiet` shows only the flagged statements of a document.
  const count = LABELS.reduce((n, label) => n + document.counts[label], 0);
  const shown = document.statements.length === count ? '' : `, ${document.statements.length} shown`;
  const extracted = document.extractedFrom === 'html' ? ', text extracted from HTML' : '';
  const header = `${chalk.underline(toDisplayText(document.path))} ${chalk.dim(`(${count} statement${count === 1 ? '' : 's'}${shown}${extracted})`)}`;
  // Numbers are positions in the document, counted from 1 the way a reader counts sentences.
  const numberColumns = String(count).length;
  const lines = document.statements.flatMap((statement) => renderStatement(statement, statement.index + 1, numberColumns, context));
  return [header, ...lines, ...renderViolations(document, chalk, context.width)].join('\n');
}

function formatText(report: Report, options: FormatOptions): string {
  const context: TextContext = {
    // A private instance: colour follows the option only, never chalk's global detection.
    chalk: new Chalk({ level: options.color ? 1 : 0 }),
    width: Number.isNaN(options.width) || options.width <= 0 ? FALLBACK_WIDTH : options.width,
    explain: options.explain,
  };
  const sections = report.documents.map((document) => renderDocument(document, context));
  sections.push(renderSummaryTable(report.summary, context.chalk));
  sections.push(renderSourceList(tallySources(report.documents), context.chalk, context.width));
  return `${sections.join('\n\n')}\n`;
}

export const textFormatter: Formatter = {
  name: 'text',
  description: 'annotated statements for the terminal, with a summary table (default)',
  format: formatText,
};
