/**
 * Scoring of predicted statements against gold segments. Pure: no I/O, no clock, so the same
 * inputs always give the same numbers and every function can be tested on hand-made rows.
 */
import { LABELS, type Label } from '../types.js';
import type { GoldSegment } from './gold.js';
import { meanRanking, rankDocument, RELEVANT_LABELS, type DocumentRanking, type RankingScore } from './ranking.js';

/** The least a prediction needs for label scoring. */
export interface PredictedSpan {
  start: number;
  end: number;
  label: Label;
}

/** What the runner keeps of each annotated statement: enough to explain an error. */
export interface PredictedStatement extends PredictedSpan {
  rule: string;
  confidence: number;
  /** The statement's checkworthiness; null or absent when it has none (denials, background, the baseline). */
  checkworthiness?: number | null;
}

/** One gold segment and the prediction aligned with it; `predicted` is null for a miss. */
export interface Alignment<P extends PredictedSpan = PredictedSpan> {
  gold: GoldSegment;
  predicted: P | null;
  /** Characters shared by the gold segment and the prediction (0 for a miss). */
  overlap: number;
}

export interface LabelPair {
  gold: Label;
  predicted: Label | null;
}

/** The column of the confusion matrix for gold segments no prediction overlaps. */
export const MISS = 'miss' as const;
export type ConfusionColumn = Label | typeof MISS;

export interface LabelMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Gold segments with this label. */
  support: number;
  /** Gold segments whose aligned prediction has this label. */
  predicted: number;
  truePositives: number;
}

export interface LabelScores {
  perLabel: Record<Label, LabelMetrics>;
  macroF1: number;
  accuracy: number;
  total: number;
  correct: number;
  misses: number;
  /** gold label -> predicted label (or `miss`) -> count. */
  confusion: Record<Label, Record<ConfusionColumn, number>>;
}

export interface BoundaryScore {
  precision: number;
  recall: number;
  f1: number;
  /** Predicted statements whose trimmed span equals a gold segment's trimmed span. */
  matched: number;
  predicted: number;
  gold: number;
  /** Predicted statements sharing no character with any gold segment (should be 0). */
  outside: number;
}

export interface ReliabilityInput {
  confidence: number;
  correct: boolean;
}

export interface ReliabilityBin {
  low: number;
  high: number;
  /** The last bin includes its upper edge so that confidence 1 has a home. */
  inclusiveHigh: boolean;
  count: number;
  correct: number;
  accuracy: number;
  meanConfidence: number;
}

export const DEFAULT_BIN_EDGES: readonly number[] = [0, 0.5, 0.7, 0.8, 0.9, 1];

function overlapOf(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * For each gold segment, the prediction overlapping it most. Predictions are considered in text
 * order, so on a tie the earlier one wins whatever order the caller passed them in.
 */
export function alignSegments<P extends PredictedSpan>(
  gold: readonly GoldSegment[],
  predicted: readonly P[],
): Alignment<P>[] {
  const ordered = [...predicted].sort((a, b) => a.start - b.start || a.end - b.end);
  return gold.map((segment) => {
    let best: P | null = null;
    let bestOverlap = 0;
    for (const candidate of ordered) {
      const overlap = overlapOf(segment, candidate);
      if (overlap > bestOverlap) {
        best = candidate;
        bestOverlap = overlap;
      }
    }
    return { gold: segment, predicted: best, overlap: bestOverlap };
  });
}

export function toLabelPairs(alignments: readonly Alignment[]): LabelPair[] {
  return alignments.map((a) => ({ gold: a.gold.label, predicted: a.predicted?.label ?? null }));
}

/** 0/0 counts as 0, as scikit-learn's zero_division=0 does, so an unused label lowers macro-F1. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function f1Of(precision: number, recall: number): number {
  return ratio(2 * precision * recall, precision + recall);
}

function emptyConfusionRow(): Record<ConfusionColumn, number> {
  return { assertion: 0, denial: 0, unverified: 0, background: 0, [MISS]: 0 };
}

/**
 * Per-label precision/recall/F1 over aligned pairs. Precision counts pairs, not statements: a
 * statement that swallows two gold segments is judged once for each.
 */
export function scoreLabels(pairs: readonly LabelPair[]): LabelScores {
  const confusion = {
    assertion: emptyConfusionRow(),
    denial: emptyConfusionRow(),
    unverified: emptyConfusionRow(),
    background: emptyConfusionRow(),
  };
  for (const pair of pairs) confusion[pair.gold][pair.predicted ?? MISS] += 1;

  const perLabel = {} as Record<Label, LabelMetrics>;
  for (const label of LABELS) {
    const truePositives = confusion[label][label];
    const support = LABELS.reduce((sum, p) => sum + confusion[label][p], confusion[label][MISS]);
    const predicted = LABELS.reduce((sum, g) => sum + confusion[g][label], 0);
    const precision = ratio(truePositives, predicted);
    const recall = ratio(truePositives, support);
    perLabel[label] = { precision, recall, f1: f1Of(precision, recall), support, predicted, truePositives };
  }

  const correct = LABELS.reduce((sum, label) => sum + confusion[label][label], 0);
  const misses = LABELS.reduce((sum, label) => sum + confusion[label][MISS], 0);
  return {
    perLabel,
    macroF1: LABELS.reduce((sum, label) => sum + perLabel[label].f1, 0) / LABELS.length,
    accuracy: ratio(correct, pairs.length),
    total: pairs.length,
    correct,
    misses,
    confusion,
  };
}

/**
 * The span from its first to its last letter or digit. A boundary is where one statement stops
 * and the next begins; which side of it a stray dash, bracket or space falls on ("DECATUR, Ill.
 * — Sen. …", an embedded tweet's "<") is not a different boundary. A span without letters or
 * digits keeps its whitespace-trimmed extent; empty spans collapse to [start,start).
 */
function trimSpan(span: { start: number; end: number }, text: string): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  const word = /[\p{L}\p{N}]/u;
  let first = start;
  let last = end;
  while (first < last && !word.test(text[first] ?? '')) first += 1;
  while (last > first && !word.test(text[last - 1] ?? '')) last -= 1;
  return first < last ? { start: first, end: last } : { start, end };
}

/**
 * Statement-boundary agreement. Every predicted statement is in the precision denominator,
 * including ones outside gold coverage, so a segmenter cannot gain by emitting stray spans.
 */
export function boundaryF1(
  gold: readonly { start: number; end: number }[],
  predicted: readonly { start: number; end: number }[],
  text: string,
): BoundaryScore {
  const goldSpans = gold.map((g) => trimSpan(g, text));
  const unmatched = new Set(goldSpans.map((g) => `${g.start}:${g.end}`));
  let matched = 0;
  let outside = 0;
  for (const p of predicted) {
    const span = trimSpan(p, text);
    const key = `${span.start}:${span.end}`;
    // Deleting on match keeps a duplicated prediction from matching the same gold twice.
    if (span.end > span.start && unmatched.delete(key)) matched += 1;
    if (!goldSpans.some((g) => overlapOf(g, span) > 0)) outside += 1;
  }
  const precision = ratio(matched, predicted.length);
  const recall = ratio(matched, gold.length);
  return { precision, recall, f1: f1Of(precision, recall), matched, predicted: predicted.length, gold: gold.length, outside };
}

/** Pools boundary counts over documents (micro-average), as one long document would score. */
export function sumBoundary(scores: readonly BoundaryScore[]): BoundaryScore {
  const matched = scores.reduce((sum, s) => sum + s.matched, 0);
  const predicted = scores.reduce((sum, s) => sum + s.predicted, 0);
  const gold = scores.reduce((sum, s) => sum + s.gold, 0);
  const outside = scores.reduce((sum, s) => sum + s.outside, 0);
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return { precision, recall, f1: f1Of(precision, recall), matched, predicted, gold, outside };
}

/**
 * Accuracy per confidence bin. Bins are [edge_i, edge_i+1) with the last one closed; a
 * confidence outside the edges is clamped into the nearest bin rather than dropped, so a
 * rule reporting 1.2 still shows up in the table.
 */
export function reliabilityTable(
  rows: readonly ReliabilityInput[],
  edges: readonly number[] = DEFAULT_BIN_EDGES,
): ReliabilityBin[] {
  if (edges.length < 2) throw new RangeError('reliabilityTable needs at least two bin edges');
  const binCount = edges.length - 1;
  const counts = Array.from({ length: binCount }, () => ({ count: 0, correct: 0, confidenceSum: 0 }));
  for (const row of rows) {
    // The first edge above the confidence closes its bin; none above means the last bin.
    const above = edges.findIndex((edge, i) => i > 0 && row.confidence < edge);
    const bin = counts[above === -1 ? binCount - 1 : above - 1];
    if (bin === undefined) continue;
    bin.count += 1;
    if (row.correct) bin.correct += 1;
    bin.confidenceSum += row.confidence;
  }
  return counts.map((bin, i) => ({
    low: edges[i] ?? 0,
    high: edges[i + 1] ?? 1,
    inclusiveHigh: i === binCount - 1,
    count: bin.count,
    correct: bin.correct,
    accuracy: ratio(bin.correct, bin.count),
    meanConfidence: ratio(bin.confidenceSum, bin.count),
  }));
}

export interface DocumentEvaluation {
  id: string;
  alignments: Alignment<PredictedStatement>[];
  labels: LabelScores;
  boundary: BoundaryScore;
  /** The gold segments ranked by checkworthiness (ranking.ts). */
  ranking: DocumentRanking;
}

export interface Evaluation {
  documents: DocumentEvaluation[];
  labels: LabelScores;
  boundary: BoundaryScore;
  reliability: ReliabilityBin[];
  rules: RuleScore[];
  /** Mean average precision of assertion-or-unverified by checkworthiness, per document averaged. */
  ranking: RankingScore;
}

/** How one rule fares: how many gold segments it decided, how many rightly, and the confidence it claims. */
export interface RuleScore {
  rule: string;
  count: number;
  correct: number;
  accuracy: number;
  meanConfidence: number;
}

/**
 * Accuracy per deciding rule, the figures `confidence` is calibrated from. Role rules
 * ("background:role-caption") are pooled as "background:role", as they share one confidence.
 */
export function ruleTable(alignments: readonly Alignment<PredictedStatement>[]): RuleScore[] {
  const rows = new Map<string, { count: number; correct: number; confidenceSum: number }>();
  for (const alignment of alignments) {
    const predicted = alignment.predicted;
    if (predicted === null) continue;
    const rule = predicted.rule.replace(/^background:role-.*/, 'background:role');
    const row = rows.get(rule) ?? { count: 0, correct: 0, confidenceSum: 0 };
    row.count += 1;
    row.correct += predicted.label === alignment.gold.label ? 1 : 0;
    row.confidenceSum += predicted.confidence;
    rows.set(rule, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([rule, row]) => ({ rule, count: row.count, correct: row.correct, accuracy: ratio(row.correct, row.count), meanConfidence: ratio(row.confidenceSum, row.count) }));
}

export function evaluateDocument(
  id: string,
  text: string,
  gold: readonly GoldSegment[],
  predicted: readonly PredictedStatement[],
): DocumentEvaluation {
  const alignments = alignSegments(gold, predicted);
  return {
    id,
    alignments,
    labels: scoreLabels(toLabelPairs(alignments)),
    boundary: boundaryF1(gold, predicted, text),
    ranking: rankDocument(
      alignments.map((a) => ({ score: a.predicted?.checkworthiness ?? null, relevant: RELEVANT_LABELS.includes(a.gold.label) })),
    ),
  };
}

/** Pools all documents' pairs, so each gold segment weighs the same whatever its document. */
export function summarize(documents: readonly DocumentEvaluation[]): Evaluation {
  const alignments = documents.flatMap((d) => d.alignments);
  const reliabilityRows = alignments.flatMap((a) =>
    a.predicted === null ? [] : [{ confidence: a.predicted.confidence, correct: a.predicted.label === a.gold.label }],
  );
  return {
    documents: [...documents],
    labels: scoreLabels(toLabelPairs(alignments)),
    boundary: sumBoundary(documents.map((d) => d.boundary)),
    reliability: reliabilityTable(reliabilityRows),
    rules: ruleTable(alignments),
    ranking: meanRanking(documents.map((d) => d.ranking)),
  };
}
