/**
 * Scores of held-out predictions against the labelled segments, computed the way `npm run eval`
 * scores the dev set (every labelled segment aligned to the statement overlapping it most).
 */
import { evaluateDocument, reliabilityTable, summarize, type Evaluation, type PredictedStatement } from '../evaluate/score.js';
import { LABELS } from '../types.js';
import type { TrainingDocument } from './corpus.js';

/** A statement's predicted label and confidence, per document, in statement order. */
export type Labelling = ReadonlyMap<string, ReadonlyArray<{ label: (typeof LABELS)[number]; rule: string; confidence: number }>>;

export function evaluateLabelling(documents: readonly TrainingDocument[], labelling: Labelling): Evaluation {
  return summarize(
    documents.map((doc) => {
      const labels = labelling.get(doc.id)!;
      const predicted: PredictedStatement[] = doc.statements.map((s, i) => ({ start: s.start, end: s.end, ...labels[i]! }));
      return evaluateDocument(doc.id, doc.gold.text, doc.gold.segments, predicted);
    }),
  );
}

/** The rules' own decisions as a labelling, the reference line. */
export function rulesLabelling(documents: readonly TrainingDocument[]): Labelling {
  return new Map(documents.map((doc) => [doc.id, doc.statements.map((s) => s.rules)]));
}

/** Held-out probabilities as a labelling: the most probable label and its probability. */
export function modelLabelling(predictions: ReadonlyArray<{ doc: TrainingDocument; probabilities: number[][] }>): Labelling {
  return new Map(
    predictions.map(({ doc, probabilities }) => [
      doc.id,
      probabilities.map((p) => {
        let best = 0;
        for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
        return { label: LABELS[best]!, rule: `${LABELS[best]!}:model`, confidence: p[best]! };
      }),
    ]),
  );
}

/**
 * Expected calibration error over ten equal-width confidence bins: the gap between confidence
 * and accuracy, weighted by how many statements fall in each bin.
 */
export function expectedCalibrationError(evaluation: Evaluation, bins = 10): number {
  const rows = evaluation.documents.flatMap((d) => d.alignments.flatMap((a) => (a.predicted === null ? [] : [{ confidence: a.predicted.confidence, correct: a.predicted.label === a.gold.label }])));
  if (rows.length === 0) return 0;
  const table = reliabilityTable(rows, Array.from({ length: bins + 1 }, (_, i) => i / bins));
  return table.reduce((sum, bin) => sum + (bin.count / rows.length) * Math.abs(bin.accuracy - bin.meanConfidence), 0);
}

/** Among statements the labelling is at least `threshold` sure of: how many, and the share right. */
export function accuracyAbove(evaluation: Evaluation, threshold: number): { count: number; accuracy: number } {
  const rows = evaluation.documents.flatMap((d) => d.alignments).filter((a) => a.predicted !== null && a.predicted.confidence >= threshold);
  const right = rows.filter((a) => a.predicted!.label === a.gold.label).length;
  return { count: rows.length, accuracy: rows.length === 0 ? 0 : right / rows.length };
}
