import { createHash } from 'node:crypto';
import { LABELS, type Cue, type DocumentReport, type Label, type Report, type Statement, type Violation } from '../../types.js';
import { sourcesOf } from '../../sources/index.js';
import type { FormatOptions, Formatter } from '../formatter.js';
import { statementAt } from '../locate.js';
import { describeKind, otherMentions } from '../source-table.js';
import { percent } from '../summary-table.js';
import { describeAttribution, displaySource, otherAttributions } from '../source-name.js';

/**
 * One self-contained HTML5 page: inline CSS and script, no fonts, images or requests of any kind
 * (a Content-Security-Policy in the page forbids them), so it works from a file: URL, as a CI
 * artifact or as an e-mail attachment.
 *
 * The page shows the label mix as CSS bars with a legend, filter buttons per label, and every
 * statement tinted by its label with its cues marked inside its text. A statement is a
 * <details>: hovering shows its rule and source in a tooltip, clicking (or Enter) opens a panel
 * with the rule, confidence, cues and source. With --explain every panel starts open. Policy
 * violations are listed per document and flag their statements.
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

function statementItem(statement: Statement, position: number, documentId: string, violations: readonly Violation[], open: boolean): string {
  const flagged = violations.length > 0;
  const tooltip = [`${statement.label} · ${statement.rule} (${statement.confidence.toFixed(2)})`, `source: ${sourceSummary(statement)}`];
  for (const violation of violations) tooltip.push(`policy ${violation.policy}: ${violation.message}`);
  tooltip.push('click for cues and source');
  const role = statement.role === 'body' ? '' : `<span class="role">${statement.role}</span>`;
  const flag = violations.map((violation) => `<span class="flag">⚑ ${escapeHtml(violation.policy)} (${violation.severity ?? 'error'})</span>`).join('');
  return (
    `<li class="statement" id="${documentId}-s${position}" data-label="${statement.label}" data-role="${statement.role}"${flagged ? ' data-flagged=""' : ''}>` +
    `<details${open ? ' open' : ''}><summary title="${escapeHtml(tooltip.join('\n'))}">` +
    `<span class="n">${position}</span><span class="badge" data-label="${statement.label}">${statement.label}</span>` +
    `<span class="text">${role}${markedText(statement)}${flag}</span></summary>` +
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

function documentSection(document: DocumentReport, number: number, options: FormatOptions): string {
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

function filterBar(report: Report): string {
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
    `<button type="button" class="reset" data-reset="">show all</button>`,
    `<output class="status" aria-live="polite"></output>`,
    `</nav>`,
  ].join('\n');
}

const STYLE = `
:root {
  color-scheme: light dark;
  --fg: #1d232b; --muted: #5d6670; --bg: #f6f7f9; --card: #ffffff; --line: #e1e4e8; --focus: #2463eb;
  --assertion: #1e7b3c; --assertion-tint: #e9f6ed;
  --denial: #b4261e; --denial-tint: #fdeceb;
  --unverified: #9a5b00; --unverified-tint: #fff3dc;
  --background: #5d6670; --background-tint: #f0f2f5;
  --flag: #7b2cbf; --flag-tint: #f4ebfc; --cue: #fff0a8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6e8eb; --muted: #a0a8b2; --bg: #15181c; --card: #1d2126; --line: #323840; --focus: #7aa2ff;
    --assertion: #4cc27a; --assertion-tint: #18291f;
    --denial: #ff7b72; --denial-tint: #33191a;
    --unverified: #f0b44c; --unverified-tint: #30250f;
    --background: #a0a8b2; --background-tint: #23272d;
    --flag: #c79cf5; --flag-tint: #2a1f38; --cue: #5c4d00;
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.25rem 3rem; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0; letter-spacing: -0.01em; }
h2 { font-size: 1.1rem; margin: 0; overflow-wrap: anywhere; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
a { color: var(--focus); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.muted, .meta { color: var(--muted); }
.meta { margin: 0.2rem 0 0; font-size: 0.9rem; }
.page-head { margin-bottom: 1.25rem; }
.overview, .document { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1.1rem 1.25rem; margin: 0 0 1.25rem; }
.stack { display: flex; height: 0.8rem; border-radius: 999px; overflow: hidden; background: var(--line); margin: 0.8rem 0; }
.segment { display: block; height: 100%; }
.segment + .segment { border-left: 2px solid var(--card); }
.segment[data-label="assertion"], .bar[data-label="assertion"], .swatch[data-label="assertion"], .badge[data-label="assertion"] { background: var(--assertion); }
.segment[data-label="denial"], .bar[data-label="denial"], .swatch[data-label="denial"], .badge[data-label="denial"] { background: var(--denial); }
.segment[data-label="unverified"], .bar[data-label="unverified"], .swatch[data-label="unverified"], .badge[data-label="unverified"] { background: var(--unverified); }
.segment[data-label="background"], .bar[data-label="background"], .swatch[data-label="background"], .badge[data-label="background"] { background: var(--background); }
.legend { width: 100%; border-collapse: collapse; font-size: 0.92rem; }
.legend th, .legend td { padding: 0.35rem 0.5rem; border-top: 1px solid var(--line); text-align: left; vertical-align: middle; }
.legend thead th { border-top: 0; color: var(--muted); font-weight: 500; font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; }
.legend tbody th { font-weight: 600; white-space: nowrap; }
.legend tfoot th, .legend tfoot td { font-weight: 600; }
.legend .description { color: var(--muted); }
.sources { margin-top: 1rem; }
.sources caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
.sources tbody th { white-space: normal; }
.legend .number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.bar-cell { width: 22%; }
.bar { display: block; height: 0.55rem; border-radius: 999px; min-width: 2px; }
.swatch { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 3px; margin-right: 0.45rem; vertical-align: -0.05rem; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; align-items: center; gap: 0.45rem; padding: 0.7rem 0; margin: 0 0 0.75rem; background: var(--bg); border-bottom: 1px solid var(--line); }
.filters-title { font-size: 0.85rem; color: var(--muted); margin-right: 0.2rem; }
.filters button { font: inherit; font-size: 0.88rem; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 999px; padding: 0.25rem 0.8rem; cursor: pointer; }
.filters button:hover { border-color: var(--muted); }
.filters button[aria-pressed="true"] { background: var(--fg); color: var(--card); border-color: var(--fg); }
.filters .count { color: var(--muted); font-variant-numeric: tabular-nums; margin-left: 0.15rem; }
.filters button[aria-pressed="true"] .count { color: inherit; opacity: 0.75; }
.status { margin-left: auto; font-size: 0.85rem; color: var(--muted); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.document-head { margin-bottom: 0.25rem; }
.note { font-size: 0.9rem; background: var(--background-tint); border-radius: 6px; padding: 0.5rem 0.75rem; }
.policy { font-size: 0.92rem; border-radius: 6px; padding: 0.6rem 0.85rem; margin: 0.75rem 0; }
.policy p { margin: 0; }
.policy ul { margin: 0.35rem 0 0; padding-left: 1.2rem; }
.policy.failed { background: var(--flag-tint); border-left: 4px solid var(--flag); }
.policy.passed { background: var(--assertion-tint); border-left: 4px solid var(--assertion); }
.statements { list-style: none; margin: 0.75rem 0 0; padding: 0; display: grid; gap: 0.4rem; }
.statement { border-radius: 6px; border-left: 4px solid var(--label); background: var(--tint); scroll-margin-top: 6rem; }
.statement[data-label="assertion"] { --label: var(--assertion); --tint: var(--assertion-tint); }
.statement[data-label="denial"] { --label: var(--denial); --tint: var(--denial-tint); }
.statement[data-label="unverified"] { --label: var(--unverified); --tint: var(--unverified-tint); }
.statement[data-label="background"] { --label: var(--background); --tint: var(--background-tint); }
.statement[data-flagged] { box-shadow: inset 0 0 0 1px var(--flag); }
summary { display: grid; grid-template-columns: 2rem 6.6rem 1fr 1rem; align-items: baseline; gap: 0.5rem; padding: 0.5rem 0.75rem 0.5rem 0.5rem; cursor: pointer; list-style: none; border-radius: 6px; }
summary::-webkit-details-marker { display: none; }
summary::after { content: "›"; color: var(--muted); font-size: 1.1rem; line-height: 1; justify-self: end; }
details[open] > summary::after { transform: rotate(90deg); }
summary:hover { background: rgba(127, 127, 127, 0.08); }
.n { color: var(--muted); font-size: 0.8rem; text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; color: #fff; font-size: 0.72rem; font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; border-radius: 4px; padding: 0.08rem 0.4rem; text-align: center; }
@media (prefers-color-scheme: dark) { .badge { color: #111; } }
summary .badge { width: 100%; }
.text { overflow-wrap: anywhere; }
.role { display: inline-block; font-size: 0.72rem; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.35rem; margin-right: 0.4rem; vertical-align: 0.08rem; background: var(--card); }
.flag { display: inline-block; font-size: 0.72rem; font-weight: 600; color: var(--flag); border: 1px solid var(--flag); border-radius: 4px; padding: 0 0.35rem; margin-left: 0.45rem; vertical-align: 0.08rem; background: var(--card); }
mark.cue { background: var(--cue); color: inherit; border-radius: 3px; padding: 0 0.1rem; box-shadow: inset 0 -2px 0 rgba(0, 0, 0, 0.18); }
.panel { margin: 0 0.75rem 0.6rem calc(2rem + 6.6rem + 1.5rem); padding: 0.6rem 0.8rem; background: var(--card); border: 1px solid var(--line); border-radius: 6px; font-size: 0.9rem; display: grid; gap: 0.3rem; }
.panel > div { display: grid; grid-template-columns: 5rem 1fr; gap: 0.5rem; }
.panel dt { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.04em; padding-top: 0.1rem; }
.panel dd { margin: 0; overflow-wrap: anywhere; }
.panel .violation dd, .panel .violation dt { color: var(--flag); }
.cues { margin: 0; padding: 0; list-style: none; }
.page-foot { color: var(--muted); font-size: 0.85rem; text-align: center; margin-top: 2rem; }
@media (max-width: 40rem) {
  summary { grid-template-columns: 1.6rem 1fr 1rem; }
  summary .text { grid-column: 2 / 4; }
  .panel { margin-left: 0.75rem; }
  .description { display: none; }
}
@media print {
  .filters { display: none !important; }
  .statement { break-inside: avoid; }
}
`;

/*
 * The filter: no button pressed shows everything; pressing labels shows only those labels
 * (pressing one "unverified" shows the unverified statements alone); the violations button
 * narrows to flagged statements. A link to a statement opens its panel, clearing a filter
 * that hides it.
 */
const SCRIPT = `
(function () {
  'use strict';
  var nav = document.querySelector('.filters');
  var labelButtons = Array.prototype.slice.call(document.querySelectorAll('button[data-filter]'));
  var flaggedButton = document.querySelector('button[data-filter-flagged]');
  var reset = document.querySelector('button[data-reset]');
  var status = document.querySelector('.filters .status');
  var items = Array.prototype.slice.call(document.querySelectorAll('li.statement'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.document'));
  function pressed(button) { return button.getAttribute('aria-pressed') === 'true'; }
  function update() {
    var labels = labelButtons.filter(pressed).map(function (button) { return button.getAttribute('data-filter'); });
    var flaggedOnly = flaggedButton !== null && pressed(flaggedButton);
    var shown = 0;
    items.forEach(function (item) {
      var visible = (labels.length === 0 || labels.indexOf(item.getAttribute('data-label')) >= 0) &&
        (!flaggedOnly || item.hasAttribute('data-flagged'));
      item.hidden = !visible;
      if (visible) shown += 1;
    });
    sections.forEach(function (section) {
      var list = section.querySelector('ol.statements');
      var note = section.querySelector('.empty-note');
      var any = list !== null && list.querySelector('li.statement:not([hidden])') !== null;
      if (note !== null) note.hidden = any || list === null;
    });
    var filtered = labels.length > 0 || flaggedOnly;
    var noun = items.length === 1 ? ' statement' : ' statements';
    status.textContent = filtered ? 'Showing ' + shown + ' of ' + items.length + noun : 'Showing all ' + items.length + noun;
    reset.disabled = !filtered;
  }
  labelButtons.concat(flaggedButton === null ? [] : [flaggedButton]).forEach(function (button) {
    button.addEventListener('click', function () {
      button.setAttribute('aria-pressed', pressed(button) ? 'false' : 'true');
      update();
    });
  });
  function showAll() {
    labelButtons.concat(flaggedButton === null ? [] : [flaggedButton]).forEach(function (button) { button.setAttribute('aria-pressed', 'false'); });
    update();
  }
  reset.addEventListener('click', showAll);
  function openStatement(id) {
    var target = id === '' ? null : document.getElementById(id);
    var details = target === null ? null : target.querySelector('details');
    if (details === null) return;
    if (target.hidden) showAll();
    details.open = true;
  }
  function openTarget() { openStatement(decodeURIComponent(location.hash.slice(1))); }
  // Before the browser follows the link, so it scrolls to a statement that is already shown.
  document.addEventListener('click', function (event) {
    var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link !== null) openStatement(decodeURIComponent(link.getAttribute('href').slice(1)));
  });
  window.addEventListener('hashchange', openTarget);
  openTarget();
  nav.hidden = false;
  update();
})();
`;

/** The CSP source that allows exactly this script and no other. */
const SCRIPT_HASH = `'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`;

function formatHtml(report: Report, options: FormatOptions): string {
  const { summary } = report;
  const only = report.documents.length === 1 ? report.documents[0] : undefined;
  const title = `factcheck report: ${only === undefined ? plural(summary.documents, 'document') : only.path}`;
  const version = escapeHtml(report.tool.version);
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
    filterBar(report),
    ...report.documents.map((document, i) => documentSection(document, i + 1, options)),
    '</main>',
    '<footer class="page-foot">Hover a statement for its rule and source; click it for its cues. Generated by factcheck, offline: this page loads nothing.</footer>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const htmlFormatter: Formatter = {
  name: 'html',
  description: 'one self-contained HTML page: labels highlighted, filters, cues and sources on click, label chart',
  format: formatHtml,
};
