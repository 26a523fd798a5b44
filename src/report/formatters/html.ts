import { LABELS, type Cue, type DocumentReport, type Label, type Report, type Statement, type Violation } from '../../types.js';
import { sourcesOf } from '../../sources/index.js';
import type { FormatOptions, Formatter } from '../formatter.js';
import { statementAt } from '../locate.js';
import { describeKind, otherMentions } from '../source-table.js';
import { percent } from '../summary-table.js';
import { describeAttribution, displaySource, otherAttributions } from '../source-name.js';
import { topClaims } from '../../rank/index.js';
import { SCRIPT, SCRIPT_HASH } from './html-script.js';
import { STYLE } from './html-style.js';

/**
 * One self-contained HTML5 page: inline CSS and script, no fonts, images or requests of any kind
 * (a Content-Security-Policy in the page forbids them), so it works from a file: URL, as a CI
 * artifact or as an e-mail attachment.
 *
 * The page is made to be scanned by an editor: the label mix as CSS bars with a legend; the
 * claims to check first, with their scores; filters by label, by source and to policy
 * violations; and every statement tinted by its label, its cues marked inside its text, with its
 * source, the reason for its label and any policy it breaks written under it — nothing needs a
 * hover. A statement is a <details>: clicking it (or Enter) opens a panel with the rule,
 * confidence, cues, stance and offsets; with --explain every panel starts open. Policy
 * violations are also listed per document, each linking to its statement. It prints: the
 * filter bar goes, colours stay, no statement is split over two pages.
 *
 * Article text is untrusted: every piece of it is escaped by `escapeHtml`, which also replaces
 * the characters HTML5 forbids in a document (controls, lone surrogates, noncharacters).
 * The page's script reads only the DOM; no article text is ever placed inside the script.
 */

const LABEL_DESCRIPTIONS: Readonly<Record<Label, string>> = {
  assertion: 'presented as fact, by the article or a named source',
  denial: 'rejects or disputes a claim or accusation',
  unverified: 'not established: hedged, reported, unsourced or unconfirmed',
  background: 'context, history and non-statement lines',
};

// Controls other than tab, LF, FF and CR; lone surrogates; noncharacters of the BMP and of
// the astral planes. Each is a parse error in an HTML5 document.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function plural(count: number, noun: string): string {
  return `${groupDigits(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** 12345 -> "12,345", the same on every machine (no locale). */
function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface CueRange {
  start: number;
  end: number;
  cues: Cue[];
}

/**
 * The cues of a statement as ranges of its text, overlapping ones merged. A cue whose offsets do
 * not point at its own text falls back to its first occurrence, as in the text report.
 */
function cueRanges(statement: Statement): CueRange[] {
  const ranges: CueRange[] = [];
  for (const cue of statement.cues) {
    if (cue.text.length === 0) continue;
    const byOffset = cue.start - statement.start;
    const start =
      statement.text.slice(byOffset, byOffset + cue.text.length) === cue.text ? byOffset : statement.text.indexOf(cue.text);
    if (start >= 0) ranges.push({ start, end: start + cue.text.length, cues: [cue] });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: CueRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last !== undefined && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.cues.push(...range.cues);
    } else {
      merged.push({ ...range, cues: [...range.cues] });
    }
  }
  return merged;
}

function markedText(statement: Statement): string {
  let html = '';
  let at = 0;
  for (const range of cueRanges(statement)) {
    const kinds = [...new Set(range.cues.map((cue) => cue.kind))].join(', ');
    html += escapeHtml(statement.text.slice(at, range.start));
    html += `<mark class="cue" title="${escapeHtml(`cue: ${kinds}`)}">${escapeHtml(statement.text.slice(range.start, range.end))}</mark>`;
    at = range.end;
  }
  return html + escapeHtml(statement.text.slice(at));
}

function sourceSummary(statement: Statement): string {
  const { source } = statement;
  if (source === null) return 'no source: the article’s own voice';
  const verb = source.cue.text === '' ? source.verb : source.cue.text;
  const others = otherAttributions(statement).map((a) => `; also ${describeAttribution(a)}`);
  return `${displaySource(source)} (${verb}, ${source.named ? 'named' : 'unnamed'})${others.join('')}`;
}

function statementPanel(statement: Statement, violations: readonly Violation[]): string {
  const rows: string[] = [];
  const row = (term: string, value: string, className = ''): void => {
    rows.push(`<div${className === '' ? '' : ` class="${className}"`}><dt>${term}</dt><dd>${value}</dd></div>`);
  };
  for (const violation of violations) row('Policy', `<strong>${escapeHtml(violation.policy)}</strong>: ${escapeHtml(violation.message)}`, 'violation');
  row(
    'Label',
    `<span class="badge" data-label="${statement.label}">${statement.label}</span> by rule <code>${escapeHtml(statement.rule)}</code>, confidence ${statement.confidence.toFixed(2)}`,
  );
  const { source } = statement;
  row(
    'Source',
    source === null
      ? '<span class="muted">none: the article’s own voice</span>'
      : `<strong>${escapeHtml(displaySource(source))}</strong> · ${escapeHtml(source.cue.text === '' ? source.verb : source.cue.text)} · ${source.named ? 'named' : 'unnamed'} · ${escapeHtml(source.stance)} stance`,
  );
  // "X said A, while Y denied it": every other attribution of the statement, a row each.
  for (const other of otherAttributions(statement)) {
    row(
      'Also',
      `<strong>${escapeHtml(displaySource(other.source))}</strong> · ${escapeHtml(other.cue.text)} · ${other.source.named ? 'named' : 'unnamed'} · ${escapeHtml(other.stance)} stance`,
    );
  }
  const cues =
    statement.cues.length === 0
      ? '<span class="muted">none</span>'
      : `<ul class="cues">${statement.cues
          .map((cue) => `<li><mark class="cue">${escapeHtml(cue.text)}</mark> ${escapeHtml(cue.kind)} <span class="muted">(${escapeHtml(cue.entry)})</span></li>`)
          .join('')}</ul>`;
  row('Cues', cues);
  if (statement.role !== 'body') row('Role', escapeHtml(statement.role));
  row('Offsets', `${statement.start}–${statement.end}`);
  return `<dl class="panel">${rows.join('')}</dl>`;
}

/** What an editor reads under every statement without opening it: who says it, why the label, what policy it breaks. */
function statementFacts(statement: Statement, violations: readonly Violation[]): string {
  const fact = (term: string, value: string, className = 'fact'): string => `<span class="${className}"><span class="term">${term}</span> ${value}</span>`;
  const facts = [fact('Source', escapeHtml(sourceSummary(statement))), fact('Why', escapeHtml(statement.reason))];
  for (const violation of violations) facts.push(fact('Policy', `<strong>${escapeHtml(violation.policy)}</strong>: ${escapeHtml(violation.message)}`, 'fact violation'));
  return `<span class="facts">${facts.join('')}</span>`;
}

function statementItem(statement: Statement, position: number, documentId: string, violations: readonly Violation[], open: boolean, sourceIds: string): string {
  const flagged = violations.length > 0;
  const role = statement.role === 'body' ? '' : `<span class="role">${statement.role}</span>`;
  const flag = violations.map((violation) => `<span class="flag">⚑ ${escapeHtml(violation.policy)} (${violation.severity ?? 'error'})</span>`).join('');
  return (
    `<li class="statement" id="${documentId}-s${position}" data-label="${statement.label}" data-role="${statement.role}" data-source="${sourceIds}"${flagged ? ' data-flagged=""' : ''}>` +
    `<details${open ? ' open' : ''}><summary>` +
    `<span class="n">${position}</span><span class="badge" data-label="${statement.label}">${statement.label}</span>` +
    `<span class="body"><span class="text">${role}${markedText(statement)}${flag}</span>${statementFacts(statement, violations)}</span></summary>` +
    statementPanel(statement, violations) +
    `</details></li>`
  );
}

function bars(counts: Record<Label, number>, total: number, caption: string): string {
  const description = LABELS.map((label) => `${label} ${counts[label]} (${percent(counts[label], total)})`).join(', ');
  const segments = LABELS.filter((label) => counts[label] > 0)
    .map((label) => `<span class="segment" data-label="${label}" style="width:${percent(counts[label], total)}"></span>`)
    .join('');
  return `<div class="stack" role="img" aria-label="${escapeHtml(`${caption}: ${description}`)}">${segments}</div>`;
}

function violationBlock(document: DocumentReport, documentId: string): string {
  const { violations } = document;
  if (violations === undefined) return '';
  if (violations.length === 0) return '<p class="policy passed">Policy check passed: no violations.</p>';
  const items = violations.map((violation) => {
    const statement = statementAt(document, violation.statement);
    const where = statement === undefined ? 'document' : `<a href="#${documentId}-s${statement.index + 1}">statement ${statement.index + 1}</a>`;
    return `<li><strong>${violation.severity ?? 'error'}</strong> ${escapeHtml(violation.policy)} (${where}): ${escapeHtml(violation.message)}</li>`;
  });
  return `<div class="policy failed" role="note"><p><strong>Policy violations: ${violations.length}</strong></p><ul>${items.join('')}</ul></div>`;
}

/** Who speaks in the document: a table of its sources, each statement number a link to the statement. */
function sourceBlock(document: DocumentReport, documentId: string): string {
  const sources = sourcesOf(document);
  if (sources.length === 0) return '<p class="sources-none muted">Sources: none (every statement is in the article’s own voice).</p>';
  const labels = LABELS.filter((label) => label !== 'background' || sources.some((s) => s.counts.background > 0));
  const rows = sources.map((source) => {
    const others = otherMentions(source);
    const also = others.length === 0 ? '' : ` <span class="muted">(also: ${others.map(escapeHtml).join(', ')})</span>`;
    const links = source.statements.map((index) => `<a href="#${documentId}-s${index + 1}">${index + 1}</a>`).join(', ');
    const counts = labels.map((label) => `<td class="number">${source.counts[label]}</td>`).join('');
    return `<tr><th scope="row">${escapeHtml(source.name)}${also}</th><td>${escapeHtml(describeKind(source))}</td><td>${links}</td>${counts}</tr>`;
  });
  const heads = labels.map((label) => `<th scope="col" class="number">${label}</th>`).join('');
  return [
    `<table class="legend sources"><caption>Sources</caption>`,
    `<thead><tr><th scope="col">source</th><th scope="col">kind</th><th scope="col">statements</th>${heads}</tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    `</table>`,
  ].join('\n');
}

/** The document's statements as counted before any were left out of the report (check --quiet). */
function countedStatements(document: DocumentReport): number {
  return LABELS.reduce((total, label) => total + document.counts[label], 0);
}

/**
 * The report's sources for the source filter: every source name once across the documents, in
 * order of first appearance, with an id ("s1", "s2", …) that the statements carry in
 * data-source, so the page's script compares ids, never article text. A statement carries the id
 * of every source it attributes something to, as the sources table lists it ("X said A, while Y
 * denied it" is a statement of both); one that attributes nothing carries "none".
 */
interface SourceFilter {
  sources: Array<{ id: string; name: string; count: number }>;
  unsourced: number;
  /** The ids of a statement of the document numbered `document` (1-based), space-separated. */
  idsOf(document: number, statement: Statement): string;
}

function sourceFilter(report: Report): SourceFilter {
  const byName = new Map<string, { id: string; name: string; count: number }>();
  const byStatement = new Map<string, string[]>();
  const add = (key: string, name: string): void => {
    let entry = byName.get(name);
    if (entry === undefined) byName.set(name, (entry = { id: `s${byName.size + 1}`, name, count: 0 }));
    const ids = byStatement.get(key) ?? [];
    if (ids.includes(entry.id)) return;
    entry.count += 1;
    byStatement.set(key, [...ids, entry.id]);
  };
  let unsourced = 0;
  report.documents.forEach((document, i) => {
    const key = (index: number): string => `${i + 1}:${index}`;
    // check --quiet leaves statements out: a source's count is of the statements on the page.
    const shown = new Set(document.statements.map((statement) => statement.index));
    for (const summary of sourcesOf(document)) for (const index of summary.statements) if (shown.has(index)) add(key(index), summary.name);
    for (const statement of document.statements) {
      if (statement.source !== null && !byStatement.has(key(statement.index))) add(key(statement.index), displaySource(statement.source));
      if (!byStatement.has(key(statement.index))) unsourced += 1;
    }
  });
  return {
    sources: [...byName.values()],
    unsourced,
    idsOf: (document, statement) => (byStatement.get(`${document}:${statement.index}`) ?? ['none']).join(' '),
  };
}

/** How many of the claims most worth checking the page lists first. */
const CLAIMS_SHOWN = 10;

/**
 * The claims most worth checking across the report, with their check-worthiness scores, each a
 * link to its statement. Absent from a report built without the ranker (no statement scored).
 */
function claimsSection(report: Report): string {
  const scored = report.documents.some((document) => document.statements.some((s) => s.checkworthiness !== undefined));
  if (!scored) return '';
  const many = report.documents.length > 1;
  const claims = topClaims(report.documents, CLAIMS_SHOWN).map(({ document, statement, score }) => {
    const number = report.documents.indexOf(document) + 1;
    const where = `<a href="#doc-${number}-s${statement.index + 1}">statement ${statement.index + 1}</a>${many ? ` of ${escapeHtml(document.path)}` : ''}`;
    return (
      `<li><span class="score">${score.toFixed(2)}</span><span class="badge" data-label="${statement.label}">${statement.label}</span>` +
      `<span class="claim-text">${escapeHtml(statement.text)}<span class="claim-where">${where} · ${escapeHtml(sourceSummary(statement))}</span></span></li>`
    );
  });
  return [
    `<section class="claims" aria-labelledby="claims-title">`,
    `<h2 id="claims-title">Claims to check first</h2>`,
    `<p class="meta">The assertions and unverified statements most worth verifying, ranked by check-worthiness score (0 to 1) as <code>--top</code> ranks them. Denials and background are not scored.</p>`,
    claims.length > 0 ? `<ol>${claims.join('\n')}</ol>` : '<p class="muted">No claims to check: every statement is a denial or background.</p>',
    `</section>`,
  ].join('\n');
}

function documentSection(document: DocumentReport, number: number, options: FormatOptions, sources: SourceFilter): string {
  const id = `doc-${number}`;
  const count = document.statements.length;
  const counted = countedStatements(document);
  const facts = [plural(counted, 'statement'), plural(document.chars, 'character')];
  if (count < counted) facts.push(`${groupDigits(count)} shown`);
  const violations = document.violations ?? [];
  const items = document.statements.map((statement) =>
    statementItem(
      statement,
      statement.index + 1,
      id,
      violations.filter((violation) => violation.statement === statement.index),
      options.explain,
      sources.idsOf(number, statement),
    ),
  );
  return [
    `<section class="document" id="${id}" aria-labelledby="${id}-title">`,
    `<header class="document-head"><h2 id="${id}-title">${escapeHtml(document.path)}</h2><p class="meta">${facts.join(' · ')}</p></header>`,
    document.extractedFrom === 'html'
      ? '<p class="note">Text extracted from an HTML page: offsets refer to the extracted text, not to the page source.</p>'
      : '',
    counted > 0 ? bars(document.counts, counted, 'label mix of this document') : '',
    violationBlock(document, id),
    count > 0 ? `<ol class="statements">${items.join('\n')}</ol>` : '<p class="muted">No statements.</p>',
    `<p class="empty-note muted" hidden>No statements match the filter in this document.</p>`,
    count === counted ? sourceBlock(document, id) : '',
    `</section>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

function overview(report: Report): string {
  const { counts, statements: total } = report.summary;
  const rows = LABELS.map(
    (label) =>
      `<tr data-label="${label}"><th scope="row"><span class="swatch" data-label="${label}"></span>${label}</th>` +
      `<td class="description">${LABEL_DESCRIPTIONS[label]}</td>` +
      `<td class="number">${groupDigits(counts[label])}</td><td class="number">${percent(counts[label], total)}</td>` +
      `<td class="bar-cell"><span class="bar" data-label="${label}" style="width:${percent(counts[label], total)}"></span></td></tr>`,
  );
  return [
    `<section class="overview" aria-labelledby="overview-title">`,
    `<h2 id="overview-title">Label mix</h2>`,
    bars(counts, total, 'label mix of all statements'),
    `<table class="legend"><caption class="visually-hidden">Statements per label</caption>`,
    `<thead><tr><th scope="col">label</th><th scope="col">meaning</th><th scope="col" class="number">count</th><th scope="col" class="number">percent</th><th scope="col"><span class="visually-hidden">share</span></th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    `<tfoot><tr><th scope="row">total</th><td></td><td class="number">${groupDigits(total)}</td><td class="number">${percent(total, total)}</td><td></td></tr></tfoot>`,
    `</table>`,
    `</section>`,
  ].join('\n');
}

function filterBar(report: Report, sources: SourceFilter): string {
  const { counts } = report.summary;
  const buttons = LABELS.map(
    (label) =>
      `<button type="button" class="filter" data-filter="${label}" aria-pressed="false"><span class="swatch" data-label="${label}"></span>${label} <span class="count">${groupDigits(counts[label])}</span></button>`,
  );
  const flagged = report.documents.some((document) => (document.violations ?? []).some((violation) => violation.statement !== null));
  if (flagged) buttons.push(`<button type="button" class="filter" data-filter-flagged="" aria-pressed="false">⚑ policy violations</button>`);
  return [
    `<nav class="filters" aria-label="Filter statements" hidden>`,
    `<span class="filters-title">Show only</span>`,
    buttons.join(''),
    sourceSelect(sources),
    `<button type="button" class="reset" data-reset="">show all</button>`,
    `<output class="status" aria-live="polite"></output>`,
    `</nav>`,
  ].join('\n');
}

function sourceSelect({ sources, unsourced }: SourceFilter): string {
  if (sources.length === 0) return '';
  const options = [`<option value="">all sources</option>`];
  for (const source of sources) options.push(`<option value="${source.id}">${escapeHtml(source.name)} (${groupDigits(source.count)})</option>`);
  if (unsourced > 0) options.push(`<option value="none">no source: the article’s own voice (${groupDigits(unsourced)})</option>`);
  return `<span class="filter-source"><label for="filter-source">Source</label> <select id="filter-source" data-filter-source="">${options.join('')}</select></span>`;
}

function formatHtml(report: Report, options: FormatOptions): string {
  const { summary } = report;
  const only = report.documents.length === 1 ? report.documents[0] : undefined;
  const title = `factcheck report: ${only === undefined ? plural(summary.documents, 'document') : only.path}`;
  const version = escapeHtml(report.tool.version);
  const sources = sourceFilter(report);
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src ${SCRIPT_HASH}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<meta name="generator" content="factcheck ${version}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header class="page-head"><h1>factcheck report</h1><p class="meta">${plural(summary.documents, 'document')} · ${plural(summary.statements, 'statement')} · factcheck ${version}</p></header>`,
    '<main>',
    overview(report),
    ...[claimsSection(report)].filter((part) => part !== ''),
    filterBar(report, sources),
    ...report.documents.map((document, i) => documentSection(document, i + 1, options, sources)),
    '</main>',
    '<footer class="page-foot">Click a statement for its rule, confidence and cues. Generated by factcheck, offline: this page loads nothing.</footer>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const htmlFormatter: Formatter = {
  name: 'html',
  description: 'one self-contained, printable HTML page: each statement with its label, source and reason, the claims to check first, filters by label and source',
  format: formatHtml,
};
