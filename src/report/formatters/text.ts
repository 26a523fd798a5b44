import { Chalk, type ChalkInstance } from 'chalk';
import { countScored, NEIGHBOURS_SIGNAL, topClaims } from '../../rank/index.js';
import { sourcesOf } from '../../sources/index.js';
import { LABELS, type Cue, type DocumentReport, type Report, type SourceSummary, type Statement, type WeighedFeature } from '../../types.js';
import type { FormatOptions, Formatter } from '../formatter.js';
import { LABEL_MARKERS, MARKER_COLUMNS, paintLabel } from '../label-style.js';
import { describeKind, describeSource, renderSourceTable } from '../source-table.js';
import { displaySource, otherAttributions } from '../source-name.js';
import { renderSummaryTable } from '../summary-table.js';
import { renderViolations } from '../violation-list.js';
import { hangingBlock, toDisplayText, type Highlight, type TextRange } from '../wrap.js';

/** Everything one format call needs below the top level, decided once per call. */
interface TextContext {
  chalk: ChalkInstance;
  width: number;
  explain: boolean;
}

/** The sources of one document by statement index, for naming a statement's source as the table does. */
type SourceIndex = ReadonlyMap<number, SourceSummary>;

function indexSources(sources: readonly SourceSummary[], statements: readonly Statement[]): SourceIndex {
  const index = new Map<number, SourceSummary>();
  const mains = new Map(statements.map((s) => [s.index, s.source === null ? '' : s.source.text.replace(/\s+/g, ' ').trim()]));
  // A statement with several attributions is in several sources' rows: it is named by the one its main source is a mention of.
  for (const source of sources) {
    for (const i of source.statements) if (!index.has(i) || source.mentions.includes(mains.get(i) ?? '')) index.set(i, source);
  }
  return index;
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

/**
 * A statement as the report shows it: `lead` (its number, or a rank and score; plain text of
 * that many columns), its marker and its wrapped text, then its source and, with --explain,
 * why it got its label.
 */
function renderStatement(statement: Statement, lead: string, context: TextContext, sources: SourceIndex): string[] {
  const { chalk, width } = context;
  const marker = LABEL_MARKERS[statement.label];
  const firstPrefix = `${INDENT}${lead} ${paintLabel(chalk, statement.label, marker)}${' '.repeat(MARKER_COLUMNS - marker.length + 1)}`;
  const prefixColumns = INDENT.length + lead.length + 1 + MARKER_COLUMNS + 1;
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
    // "Cheung → Trump campaign spokesperson Steven Cheung": the mention, then whom the sources table counts it for.
    const group = sources.get(statement.index);
    const mention = toDisplayText(source.text);
    const name = group === undefined || group.name === source.text.replace(/\s+/g, ' ').trim() ? mention : `${mention} → ${toDisplayText(group.name)}`;
    const verb = toDisplayText(source.cue.text) || source.verb;
    const sourceLine = `${lead}${name} (${verb}, ${source.named ? 'named' : 'unnamed'})`;
    const dim = (piece: string): string => chalk.dim(piece);
    const sourceHighlights: Highlight[] = [
      { start: 0, end: lead.length, paint: dim },
      { start: lead.length + name.length, end: sourceLine.length, paint: dim },
    ];
    lines.push(...hangingBlock(sourceLine, sourceHighlights, continuation));
    // "X said A, while Y denied it": every other attribution of the statement, a line each.
    for (const other of otherAttributions(statement)) {
      const alsoLead = '— also: ';
      const otherName = toDisplayText(displaySource(other.source));
      const line = `${alsoLead}${otherName} (${toDisplayText(other.cue.text)}, ${other.source.named ? 'named' : 'unnamed'})`;
      const paints: Highlight[] = [
        { start: 0, end: alsoLead.length, paint: dim },
        { start: alsoLead.length + otherName.length, end: line.length, paint: dim },
      ];
      lines.push(...hangingBlock(line, paints, continuation));
    }
  }

  if (context.explain) {
    const cues = statement.cues.length > 0 ? statement.cues.map(describeCue).join(', ') : 'none';
    const parts = [`rule: ${statement.rule} (${statement.confidence.toFixed(2)})`, `cues: ${cues}`];
    if (source !== null) parts.push(`stance: ${source.stance}`);
    // The label model's strongest reasons: "hedge 'could' +1.90".
    if (statement.features !== undefined && statement.features.length > 0) parts.push(`features: ${statement.features.map(describeFeature).join(', ')}`);
    // Older reports (and hand-built ones) may lack a reason; the rule still says which rule it was.
    const reason = statement.reason === undefined || statement.reason === '' ? '' : `why: ${statement.reason} · `;
    const explanation = reason + parts.join(' · ');
    const paint = (piece: string): string => chalk.dim(piece);
    lines.push(...hangingBlock(explanation, [{ start: 0, end: explanation.length, paint }], continuation));
  }
  return lines;
}

function describeFeature(feature: WeighedFeature): string {
  return `${feature.feature}${feature.text === undefined ? '' : ` '${toDisplayText(feature.text)}'`} +${feature.weight.toFixed(2)}`;
}

/** A document's statements in order, or with --by-source grouped under each source, the article's own voice last. */
function renderStatements(document: DocumentReport, sources: readonly SourceSummary[], context: TextContext, bySource: boolean): string[] {
  // Numbers are positions in the document, counted from 1 the way a reader counts sentences.
  const count = LABELS.reduce((n, label) => n + document.counts[label], 0);
  const numberColumns = String(count).length;
  const index = indexSources(sources, document.statements);
  const render = (statement: Statement): string[] => renderStatement(statement, String(statement.index + 1).padStart(numberColumns), context, index);
  if (!bySource) return document.statements.flatMap(render);

  const { chalk, width } = context;
  const heading = (name: string, details: string): string[] => {
    const text = `${name} — ${details}`;
    const highlights = [
      { start: 0, end: name.length, paint: (piece: string) => chalk.bold(piece) },
      { start: name.length, end: text.length, paint: (piece: string) => chalk.dim(piece) },
    ];
    return ['', ...hangingBlock(text, highlights, { width, firstPrefix: INDENT, restPrefix: INDENT + '  ', prefixColumns: INDENT.length + 2 })];
  };
  const shown = new Map(document.statements.map((statement) => [statement.index, statement]));
  const lines: string[] = [];
  for (const source of sources) {
    const statements = source.statements.flatMap((i) => shown.get(i) ?? []);
    if (statements.length === 0) continue;
    lines.push(...heading(describeSource(source), `${describeKind(source)}, ${plural(statements.length, 'statement')}`));
    for (const statement of statements) lines.push(...render(statement));
  }
  const own = document.statements.filter((statement) => !index.has(statement.index));
  if (own.length > 0) {
    lines.push(...heading('The article’s own voice', `no source, ${plural(own.length, 'statement')}`));
    for (const statement of own) lines.push(...render(statement));
  }
  return lines;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function renderDocument(document: DocumentReport, context: TextContext, bySource: boolean): string {
  const { chalk } = context;
  // Counted from the labels: `check --quiet` shows only the flagged statements of a document.
  const count = LABELS.reduce((n, label) => n + document.counts[label], 0);
  const partial = document.statements.length !== count;
  const shown = partial ? `, ${document.statements.length} shown` : '';
  const extracted = document.extractedFrom === 'html' ? ', text extracted from HTML' : '';
  const header = `${chalk.underline(toDisplayText(document.path))} ${chalk.dim(`(${plural(count, 'statement')}${shown}${extracted})`)}`;
  const sources = sourcesOf(document);
  const lines = renderStatements(document, sources, context, bySource);
  const blocks = [[header, ...lines, ...renderViolations(document, chalk, context.width)].join('\n')];
  // A document shown in part (check --quiet) is about its problems; its sources would count statements not shown.
  if (!partial) blocks.push(renderSourceTable(sources, chalk, context.width));
  return blocks.join('\n\n');
}

/**
 * A feature that raised a check-worthiness score as the why line names it: "number=percent"
 * for "cw:number=percent", "named actor" for "signal:named-actor", 'tax cut' for "ww:tax_cut",
 * "claims around it" for the lift of the neighbours' scores.
 */
function featureName(name: string): string {
  const words = /^ww?:(.+)$/.exec(name);
  if (words !== null) return `'${words[1]!.replace(/_/g, ' ')}'`;
  if (name === 'prior') return 'hand-set signals';
  if (name === NEIGHBOURS_SIGNAL) return 'claims around it';
  return name.replace(/^(?:signal|cw):/, '').replace(/-/g, ' ');
}

/** The why line: the features that raised the score most, strongest first. */
function describeSignals(signals: readonly string[]): string {
  return signals.length > 0 ? [...new Set(signals.map(featureName))].join(', ') : 'no feature stands out';
}

/**
 * `--top N`: the N most check-worthy claims of the report, highest first, each with its rank,
 * score and statement number, its source (or the article's own voice) and the signals behind
 * its score. Documents are named when there are several.
 */
function renderTopClaims(report: Report, n: number, context: TextContext): string {
  const { chalk, width } = context;
  const claims = topClaims(report.documents, n);
  const scored = countScored(report.documents);
  const heading = 'Claims to check first';
  const titleText = `${heading} (top ${claims.length} of ${scored} scored)`;
  const title = hangingBlock(
    titleText,
    [
      { start: 0, end: heading.length, paint: (piece) => chalk.bold(piece) },
      { start: heading.length, end: titleText.length, paint: (piece) => chalk.dim(piece) },
    ],
    { width, firstPrefix: '', restPrefix: INDENT, prefixColumns: INDENT.length },
  ).join('\n');
  if (claims.length === 0) return `${title}\n${INDENT}none`;
  const indexes = new Map(report.documents.map((document) => [document, indexSources(sourcesOf(document), document.statements)]));
  const several = report.documents.length > 1;
  const rankColumns = String(claims.length).length;
  const numberColumns = Math.max(...claims.map((claim) => String(claim.statement.index + 1).length));
  const lines = [title];
  claims.forEach((claim, i) => {
    const lead = `${String(i + 1).padStart(rankColumns)}. ${claim.score.toFixed(3)}  #${String(claim.statement.index + 1).padEnd(numberColumns)}`;
    const sources = indexes.get(claim.document) ?? new Map();
    const block = renderStatement(claim.statement, lead, context, sources);
    const restPrefix = ' '.repeat(INDENT.length + lead.length + 1 + MARKER_COLUMNS + 1);
    const layout = { width, firstPrefix: restPrefix, restPrefix, prefixColumns: restPrefix.length };
    const dim = (text: string): string[] => hangingBlock(text, [{ start: 0, end: text.length, paint: (piece) => chalk.dim(piece) }], layout);
    if (claim.statement.source === null) block.push(...dim('— source: none, the article’s own voice'));
    block.push(...dim(`— why: ${describeSignals(claim.statement.checkSignals ?? [])}`));
    if (several) block.push(...dim(`— in: ${toDisplayText(claim.document.path)}`));
    lines.push(...block);
  });
  return lines.join('\n');
}

function formatText(report: Report, options: FormatOptions): string {
  const context: TextContext = {
    // A private instance: colour follows the option only, never chalk's global detection.
    chalk: new Chalk({ level: options.color ? 1 : 0 }),
    width: Number.isNaN(options.width) || options.width <= 0 ? FALLBACK_WIDTH : options.width,
    explain: options.explain,
  };
  if (options.top !== undefined) return `${renderTopClaims(report, options.top, context)}\n`;
  const sections = report.documents.map((document) => renderDocument(document, context, options.bySource === true));
  sections.push(renderSummaryTable(report.summary, context.chalk));
  return `${sections.join('\n\n')}\n`;
}

export const textFormatter: Formatter = {
  name: 'text',
  description: 'annotated statements for the terminal, with a summary table (default)',
  format: formatText,
};
