/**
 * The tables `npm run train` and `npm run eval` print: one line per labelling (macro-F1,
 * accuracy, F1 of each label, calibration), hand-aligned so that runs diff cleanly.
 */
import type { Evaluation } from '../evaluate/score.js';
import { LABELS } from '../types.js';
import { accuracyAbove, expectedCalibrationError } from './measure.js';

const NAME_WIDTH = 36;

export function scoreHeader(): string {
  return ['', 'n', 'macro-F1', 'accuracy', ...LABELS, 'ECE'].map((c, i) => (i === 0 ? c.padEnd(NAME_WIDTH) : c.padStart(i === 1 ? 7 : 11))).join('');
}

export function scoreLine(name: string, evaluation: Evaluation): string {
  const { labels } = evaluation;
  const cells = [String(labels.total), labels.macroF1.toFixed(3), labels.accuracy.toFixed(3), ...LABELS.map((l) => labels.perLabel[l].f1.toFixed(3)), expectedCalibrationError(evaluation).toFixed(3)];
  return name.padEnd(NAME_WIDTH) + cells.map((c, i) => c.padStart(i === 0 ? 7 : 11)).join('');
}

/** Precision, recall and F1 of each label, with its support. */
export function perLabelTable(evaluation: Evaluation): string {
  const rows = LABELS.map((label) => {
    const m = evaluation.labels.perLabel[label];
    return `${label.padEnd(12)}${m.precision.toFixed(3).padStart(10)}${m.recall.toFixed(3).padStart(10)}${m.f1.toFixed(3).padStart(10)}${String(m.support).padStart(10)}`;
  });
  return [`${'label'.padEnd(12)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}${'support'.padStart(10)}`, ...rows].join('\n');
}

/** The confusion matrix: gold label down, predicted label across. */
export function confusionTable(evaluation: Evaluation): string {
  const head = `${'gold \\ predicted'.padEnd(18)}${LABELS.map((l) => l.padStart(12)).join('')}`;
  const rows = LABELS.map((gold) => `${gold.padEnd(18)}${LABELS.map((p) => String(evaluation.labels.confusion[gold][p]).padStart(12)).join('')}`);
  return [head, ...rows].join('\n');
}

/** How honest the confidence is: ECE and the accuracy of the confident statements. */
export function calibrationLines(evaluation: Evaluation): string {
  const sure = accuracyAbove(evaluation, 0.9);
  return [
    `expected calibration error (10 bins): ${expectedCalibrationError(evaluation).toFixed(3)}`,
    `confidence >= 0.9: ${sure.count} statements, ${(sure.accuracy * 100).toFixed(1)} % right`,
  ].join('\n');
}
