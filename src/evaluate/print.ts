/**
 * Plain-text and JSON renderings of an evaluation. Hand-aligned columns rather than a table
 * library keep the output byte-stable and easy to diff between runs.
 */
import { LABELS } from '../types.js';
import { MISS, type BoundaryScore, type Evaluation, type ReliabilityBin } from './score.js';

type Align = 'left' | 'right';

/** Gold text longer than this is cut in the error list so one error stays a few lines. */
const ERROR_TEXT_LIMIT = 120;

export function renderTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return align[column] === 'left' ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  return all.map(line).join('\n');
}

function fixed(value: number): string {
  return value.toFixed(3);
}

function boundaryLine(boundary: BoundaryScore): string {
  return (
    `precision ${fixed(boundary.precision)}  recall ${fixed(boundary.recall)}  f1 ${fixed(boundary.f1)}` +
    `  (${boundary.matched} exact of ${boundary.predicted} predicted, ${boundary.gold} gold; ` +
    `${boundary.outside} predicted outside gold)`
  );
}

/** The one line on check-worthiness: MAP of assertion-or-unverified, beside the labels alone and a random order for scale. */
export function rankingLine(evaluation: Evaluation): string {
  const { meanAveragePrecision, chance, labelsOnly, documents } = evaluation.ranking;
  return (
    `Check-worthiness MAP ${fixed(meanAveragePrecision)} (assertion or unverified above background and denial, ` +
    `mean of ${documents} documents; labels alone ${fixed(labelsOnly)}, a random order ${fixed(chance)})`
  );
}

function binName(bin: ReliabilityBin): string {
  return `[${bin.low.toFixed(2)},${bin.high.toFixed(2)}${bin.inclusiveHigh ? ']' : ')'}`;
}

export function formatReport(evaluation: Evaluation): string {
  const { labels, boundary, reliability, documents } = evaluation;
  const sections: string[] = [];

  sections.push(
    `Labels (${documents.length} document${documents.length === 1 ? '' : 's'}, ${labels.total} gold segments)\n` +
      renderTable(
        ['label', 'precision', 'recall', 'f1', 'support', 'predicted'],
        LABELS.map((label) => {
          const m = labels.perLabel[label];
          return [label, fixed(m.precision), fixed(m.recall), fixed(m.f1), String(m.support), String(m.predicted)];
        }),
        ['left', 'right', 'right', 'right', 'right', 'right'],
      ) +
      `\nmacro-F1 ${fixed(labels.macroF1)}  accuracy ${fixed(labels.accuracy)} (${labels.correct}/${labels.total})` +
      `  misses ${labels.misses}`,
  );

  sections.push(`Boundaries (statement spans compared from their first to their last letter or digit)\n${boundaryLine(boundary)}`);

  sections.push(rankingLine(evaluation));

  const columns = [...LABELS, MISS] as const;
  sections.push(
    'Confusion (rows: gold, columns: predicted)\n' +
      renderTable(
        ['gold \\ predicted', ...columns],
        LABELS.map((gold) => [gold, ...columns.map((predicted) => String(labels.confusion[gold][predicted]))]),
        ['left', ...columns.map((): Align => 'right')],
      ),
  );

  sections.push(
    'Reliability (confidence of the aligned statement; misses excluded)\n' +
      renderTable(
        ['confidence', 'count', 'accuracy', 'mean conf'],
        reliability.map((bin) => [
          binName(bin),
          String(bin.count),
          bin.count === 0 ? '-' : fixed(bin.accuracy),
          bin.count === 0 ? '-' : fixed(bin.meanConfidence),
        ]),
        ['left', 'right', 'right', 'right'],
      ),
  );

  sections.push(
    'Rules (the rule that decided each aligned statement; confidence is calibrated from these)\n' +
      renderTable(
        ['rule', 'count', 'correct', 'accuracy', 'confidence'],
        evaluation.rules.map((r) => [r.rule, String(r.count), String(r.correct), fixed(r.accuracy), fixed(r.meanConfidence)]),
        ['left', 'right', 'right', 'right', 'right'],
      ),
  );

  sections.push(
    'Documents\n' +
      renderTable(
        // No per-document macro-F1: most documents lack some labels, which would score 0.
        ['id', 'segments', 'correct', 'accuracy', 'boundary F1', 'misses'],
        documents.map((d) => [
          d.id,
          String(d.labels.total),
          String(d.labels.correct),
          fixed(d.labels.accuracy),
          fixed(d.boundary.f1),
          String(d.labels.misses),
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right'],
      ),
  );

  return sections.join('\n\n') + '\n';
}

/** factcheck beside the naive baseline, metric by metric. */
export function formatComparison(evaluation: Evaluation, baseline: Evaluation): string {
  const row = (name: string, pick: (e: Evaluation) => number): string[] => [name, fixed(pick(baseline)), fixed(pick(evaluation)), signed(pick(evaluation) - pick(baseline))];
  return (
    'Against the baseline (compromise sentences + a flat keyword list)\n' +
    renderTable(
      ['metric', 'baseline', 'factcheck', 'gain'],
      [
        row('macro-F1', (e) => e.labels.macroF1),
        row('accuracy', (e) => e.labels.accuracy),
        ...LABELS.map((label) => row(`${label} F1`, (e) => e.labels.perLabel[label].f1)),
        row('boundary F1', (e) => e.boundary.f1),
      ],
      ['left', 'right', 'right', 'right'],
    ) +
    '\n'
  );
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${fixed(value)}`;
}

function truncate(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

export interface ErrorRow {
  document: string;
  start: number;
  end: number;
  gold: string;
  predicted: string | null;
  rule: string | null;
  confidence: number | null;
  text: string;
  why: string;
}

/** Every gold segment whose aligned prediction has another label, or none, in document order. */
export function collectErrors(evaluation: Evaluation): ErrorRow[] {
  return evaluation.documents.flatMap((d) =>
    d.alignments
      .filter((a) => a.predicted?.label !== a.gold.label)
      .map((a) => ({
        document: d.id,
        start: a.gold.start,
        end: a.gold.end,
        gold: a.gold.label,
        predicted: a.predicted?.label ?? null,
        rule: a.predicted?.rule ?? null,
        confidence: a.predicted?.confidence ?? null,
        text: a.gold.text,
        why: a.gold.why,
      })),
  );
}

export function formatErrors(evaluation: Evaluation): string {
  const errors = collectErrors(evaluation);
  const lines = [`Errors (${errors.length} of ${evaluation.labels.total} gold segments)`];
  for (const e of errors) {
    const predicted = e.predicted === null ? `${MISS} (no overlapping statement)` : e.predicted;
    const rule = e.rule === null ? '' : `  rule ${e.rule}  conf ${(e.confidence ?? 0).toFixed(2)}`;
    lines.push(`${e.document} @${e.start}  gold ${e.gold}  predicted ${predicted}${rule}`);
    lines.push(`  "${truncate(e.text, ERROR_TEXT_LIMIT)}"`);
    if (e.why !== '') lines.push(`  why: ${e.why}`);
  }
  return lines.join('\n') + '\n';
}

/** The metrics without the alignments, which are large and already summarised per document. */
export function toJson(evaluation: Evaluation, withErrors: boolean): Record<string, unknown> {
  const { labels, boundary, reliability, documents } = evaluation;
  return {
    documents: documents.length,
    segments: labels.total,
    labels,
    boundary,
    reliability,
    rules: evaluation.rules,
    ranking: evaluation.ranking,
    perDocument: documents.map((d) => ({
      id: d.id,
      segments: d.labels.total,
      correct: d.labels.correct,
      accuracy: d.labels.accuracy,
      misses: d.labels.misses,
      boundary: d.boundary,
      ranking: d.ranking,
    })),
    ...(withErrors ? { errors: collectErrors(evaluation) } : {}),
  };
}
