import { sourcesOf } from '../../sources/index.js';
import { LABELS, type DocumentReport, type Label, type LabelCounts, type Report, type Statement, type Violation } from '../../types.js';
import type { FormatOptions, Formatter } from '../formatter.js';
import { statementAt } from '../locate.js';
import { describeKind, otherMentions, statementNumbers } from '../source-table.js';
import { percent } from '../summary-table.js';
import { toDisplayText } from '../wrap.js';
import { describeAttribution, displaySource, otherAttributions } from '../source-name.js';

/**
 * A report to read on GitHub, in a wiki or a pull-request comment (CommonMark with GitHub's
 * tables): per document a heading, a label summary table and a table of statements; with
 * --explain two more columns, the rule with its confidence and the cues.
 *
 * Article text is untrusted: every piece of it goes through `inline()`, which keeps it one line
 * and backslash-escapes every character that could start Markdown or HTML, so a statement can
 * neither break the table nor add emphasis, a link, an image or a tag. (GitHub still turns a
 * bare URL in the text into a link to that same URL.)
 */

// The characters that can mean something inline: emphasis (* _), code (`), links and images
// ([ ] — with them escaped, ( ) and ! are plain), HTML and autolinks (< >), entities (&),
// strikethrough (~), table cells (|), a heading's closing sequence (#) and escapes (\).
const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|~&]/g;

/** Article text as one line of inline Markdown that renders as exactly that text. */
export function inline(text: string): string {
  return toDisplayText(text).replace(MARKDOWN_SPECIAL, '\\$&');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function summaryTable(counts: LabelCounts, total: number): string[] {
  const rows = LABELS.map((label) => `| ${label} | ${counts[label]} | ${percent(counts[label], total)} |`);
  return ['| label | count | percent |', '|:--|--:|--:|', ...rows, `| **total** | **${total}** | **${percent(total, total)}** |`];
}

function sourceCell(statement: Statement): string {
  const { source } = statement;
  if (source === null) return '';
  const verb = source.cue.text === '' ? source.verb : source.cue.text;
  const others = otherAttributions(statement).map((a) => `; also ${inline(describeAttribution(a))}`);
  return `${inline(displaySource(source))} (${inline(verb)}, ${source.named ? 'named' : 'unnamed'})${others.join('')}`;
}

function statementRow(statement: Statement, position: number, flagged: readonly Violation[], explain: boolean): string {
  const role = statement.role === 'body' ? '' : `*(${statement.role})* `;
  const flags = flagged.map((violation) => ` ⚠ **${violation.policy}** (${violation.severity ?? 'error'})`).join('');
  const cells = [String(position), `**${statement.label}**${flags}`, role + inline(statement.text), sourceCell(statement)];
  if (explain) {
    cells.push(`${inline(statement.rule)} (${statement.confidence.toFixed(2)})`);
    cells.push(statement.cues.map((cue) => `“${inline(cue.text)}” ${cue.kind}`).join(', '));
  }
  return `| ${cells.join(' | ')} |`;
}

function statementTable(document: DocumentReport, explain: boolean): string[] {
  const head = ['#', 'label', 'statement', 'source', ...(explain ? ['rule', 'cues'] : [])];
  const align = ['--:', ':--', ':--', ':--', ...(explain ? [':--', ':--'] : [])];
  const violations = document.violations ?? [];
  const rows = document.statements.map((statement) =>
    statementRow(
      statement,
      statement.index + 1,
      violations.filter((violation) => violation.statement === statement.index),
      explain,
    ),
  );
  return [`| ${head.join(' | ')} |`, `|${align.join('|')}|`, ...rows];
}

/** Who speaks: one row per source (variants merged), its kind, statement numbers and label counts. */
function sourceTable(document: DocumentReport): string[] {
  const sources = sourcesOf(document);
  if (sources.length === 0) return ['**Sources:** none'];
  const labels: Label[] = LABELS.filter((label) => label !== 'background' || sources.some((s) => s.counts.background > 0));
  const rows = sources.map((source) => {
    const others = otherMentions(source);
    const name = `${inline(source.name)}${others.length === 0 ? '' : ` (also: ${others.map(inline).join(', ')})`}`;
    return `| ${[name, describeKind(source), statementNumbers(source.statements), ...labels.map((label) => String(source.counts[label]))].join(' | ')} |`;
  });
  return [
    '**Sources**',
    '',
    `| source | kind | statements | ${labels.join(' | ')} |`,
    `|:--|:--|:--|${labels.map(() => '--:').join('|')}|`,
    ...rows,
  ];
}

function violationList(document: DocumentReport): string[] {
  const { violations } = document;
  if (violations === undefined) return [];
  if (violations.length === 0) return ['**Policy:** passed, no violations.'];
  const lines = [`**Policy violations (${violations.length}):**`, ''];
  for (const violation of violations) {
    const statement = statementAt(document, violation.statement);
    const where = statement === undefined ? 'document' : `statement ${statement.index + 1}`;
    lines.push(`- **${violation.severity ?? 'error'}** ${violation.policy} (${where}): ${inline(violation.message)}`);
  }
  return lines;
}

function renderDocument(document: DocumentReport, options: FormatOptions): string {
  const count = document.statements.length;
  // Counts stay those of the whole document when a report leaves statements out (check --quiet).
  const counted = LABELS.reduce((total, label) => total + document.counts[label], 0);
  const blocks: string[][] = [[`## ${inline(document.path)}`]];
  const facts = [plural(counted, 'statement'), plural(document.chars, 'character')];
  if (count < counted) facts.push(`${count} shown`);
  if (document.extractedFrom === 'html') facts.push('text extracted from HTML; offsets index the extracted text');
  blocks.push([facts.join(' · ')]);
  blocks.push(summaryTable(document.counts, counted));
  const violations = violationList(document);
  if (violations.length > 0) blocks.push(violations);
  if (count > 0) blocks.push(statementTable(document, options.explain));
  // A document shown in part (check --quiet) is about its problems; its sources would count statements not shown.
  if (count === counted) blocks.push(sourceTable(document));
  return blocks.map((block) => block.join('\n')).join('\n\n');
}

function formatMarkdown(report: Report, options: FormatOptions): string {
  const { summary } = report;
  const sections = [
    [`# factcheck report`, '', `${plural(summary.documents, 'document')}, ${plural(summary.statements, 'statement')} · factcheck ${inline(report.tool.version)}`].join('\n'),
    ...report.documents.map((document) => renderDocument(document, options)),
  ];
  if (summary.documents > 1) sections.push(['## Summary', '', ...summaryTable(summary.counts, summary.statements)].join('\n'));
  return `${sections.join('\n\n')}\n`;
}

export const markdownFormatter: Formatter = {
  name: 'markdown',
  description: 'a Markdown report: label summary and a table of statements per document (--explain adds rule and cues)',
  format: formatMarkdown,
};
