import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { Label, SourceSummary } from '../types.js';
import { isRelativeWord } from '../attribute/noun-phrase.js';
import { paintLabel } from './label-style.js';
import { hangingBlock, toDisplayText, visibleWidth } from './wrap.js';

/** Labels the table always counts; background gets a column only when some source has one. */
const COUNTED: readonly Label[] = ['assertion', 'denial', 'unverified'];
/** Count columns are headed like the statement markers ([ASSERT], [UNVERIF]), to stay narrow. */
const HEADS: Readonly<Record<Label, string>> = { assertion: 'assert', denial: 'denial', unverified: 'unverif', background: 'backgr' };
/** The source column never gets narrower than this, whatever the width. */
const MIN_SOURCE_COLUMNS = 16;
/** Statement numbers wrap beyond this many columns. */
const MAX_STATEMENT_COLUMNS = 16;
/** Columns cli-table3 adds to each cell (one space each side). */
const PADDING = 2;

/** "organization", or "document, unnamed" when the kind alone does not say so. */
export function describeKind(source: Pick<SourceSummary, 'kind' | 'named'>): string {
  return source.named || source.kind === 'unnamed' ? source.kind : `${source.kind}, unnamed`;
}

/** The ways the document refers to a source besides its name; "which" and "who" stand for the name and say nothing of their own. */
export function otherMentions(source: Pick<SourceSummary, 'name' | 'mentions'>): string[] {
  return source.mentions.filter((mention) => mention !== source.name && !isRelativeWord(mention));
}

/** The source's name, and the other ways the document refers to it: "(also: …)", or on a line of its own. */
export function describeSource(source: Pick<SourceSummary, 'name' | 'mentions'>, separateLine = false): string {
  const others = otherMentions(source);
  const name = toDisplayText(source.name);
  if (others.length === 0) return name;
  const also = others.map(toDisplayText).join(', ');
  return separateLine ? `${name}\nalso: ${also}` : `${name} (also: ${also})`;
}

/** The widest line of a cell. */
function cellWidth(cell: string): number {
  return Math.max(...cell.split('\n').map(visibleWidth));
}

/** Statement indices as the report numbers them (from 1). */
export function statementNumbers(indices: readonly number[]): string {
  return indices.map((index) => String(index + 1)).join(', ');
}

/**
 * "Sources (n)" and a table of the document's sources: name (the other ways it is referred to on
 * a line below), kind, statement numbers and label counts. Fits `width` by wrapping the source and
 * statement columns; rows are ruled apart only when one of them wraps. A terminal too narrow for
 * the table gets the same facts as a list, a source a line. Without a final newline.
 */
export function renderSourceTable(sources: readonly SourceSummary[], chalk: ChalkInstance, width: number): string {
  if (sources.length === 0) return `${chalk.bold('Sources:')} none`;
  const labels: Label[] = sources.some((s) => s.counts.background > 0) ? [...COUNTED, 'background'] : [...COUNTED];
  const rows = sources.map((source) => [
    describeSource(source, true),
    describeKind(source),
    statementNumbers(source.statements),
    ...labels.map((label) => String(source.counts[label])),
  ]);
  const heads = ['source', 'kind', 'statements', ...labels.map((label) => HEADS[label])];

  const natural = heads.map((head, column) => Math.max(visibleWidth(head), ...rows.map((row) => cellWidth(row[column] ?? ''))) + PADDING);
  natural[2] = Math.min(natural[2]!, MAX_STATEMENT_COLUMNS + PADDING);
  const borders = heads.length + 1;
  const others = natural.slice(1).reduce((sum, columns) => sum + columns, 0);
  const heading = `${chalk.bold('Sources')} ${chalk.dim(`(${sources.length})`)}`;
  if (borders + others + MIN_SOURCE_COLUMNS + PADDING > width) return [heading, ...renderSourceLines(sources, labels, chalk, width)].join('\n');
  natural[0] = Math.min(natural[0]!, Math.max(MIN_SOURCE_COLUMNS + PADDING, width - borders - others));
  const wraps = rows.some((row) => row.some((cell, column) => cell.includes('\n') || cellWidth(cell) > natural[column]! - PADDING));

  const table = new Table({
    head: heads.map((head, column) => (column < 3 ? chalk.bold(head) : chalk.bold(paintLabel(chalk, labels[column - 3]!, head)))),
    colWidths: natural,
    colAligns: ['left', 'left', 'left', ...labels.map(() => 'right' as const)],
    wordWrap: true,
    // As in the summary table: cli-table3's own colours off, every escape code from our chalk.
    style: { head: [], border: [], compact: !wraps },
  });
  table.push(...rows);
  return `${heading}\n${table.toString()}`;
}

/** The table's rows as wrapped lines: "Steven Cheung — person; statements 4, 8; 2 assert". */
function renderSourceLines(sources: readonly SourceSummary[], labels: readonly Label[], chalk: ChalkInstance, width: number): string[] {
  return sources.flatMap((source) => {
    const name = describeSource(source);
    const counts = labels.filter((label) => source.counts[label] > 0).map((label) => `${source.counts[label]} ${HEADS[label]}`);
    const text = `${name} — ${describeKind(source)}; statements ${statementNumbers(source.statements)}; ${counts.join(', ')}`;
    const highlights = [{ start: name.length, end: text.length, paint: (piece: string) => chalk.dim(piece) }];
    return hangingBlock(text, highlights, { width, firstPrefix: '  ', restPrefix: '    ', prefixColumns: 4 });
  });
}
