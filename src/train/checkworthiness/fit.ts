/**
 * Check-worthy or not: a two-class logistic regression over the sentences' features, fitted by
 * the labels' trainer (src/train/logistic.ts), and written in the labels' model-file layout.
 */
import type { LinearModelFile } from '../../models/linear.js';
import { formatModelFile, penaltyOf, toModelFile, type FittedModel } from '../fit.js';
import { fitLogistic, type SparseExample } from '../logistic.js';
import type { CheckDocument } from './data.js';

export const CLASSES = ['other', 'check-worthy'] as const;

export interface CheckSettings {
  /** A feature must occur in at least this many training sentences to get weights. */
  minCount: number;
  l2: number;
  /** Weight check-worthy sentences by (others / check-worthy)^balance: 0 = none, 1 = balanced. */
  balance: number;
  /** Feature-name prefixes left out. */
  exclude: readonly string[];
  /** Feature-name prefix -> multiplier of the L2 penalty (the first that matches counts). */
  penalties: Readonly<Record<string, number>>;
}

export function fitCheckModel(documents: readonly CheckDocument[], settings: CheckSettings): FittedModel {
  const kept = (name: string): boolean => !settings.exclude.some((prefix) => name.startsWith(prefix));
  const counts = new Map<string, number>();
  let worthy = 0;
  let other = 0;
  for (const doc of documents) {
    for (const example of doc.examples) {
      if (example.features === null) continue;
      if (example.worthy) worthy++;
      else other++;
      for (const feature of example.features) if (kept(feature.name)) counts.set(feature.name, (counts.get(feature.name) ?? 0) + 1);
    }
  }
  // 'bias' first: the trainer leaves feature 0 unpenalised.
  const names = ['bias', ...[...counts].filter(([name, n]) => n >= settings.minCount && name !== 'bias').map(([name]) => name).sort()];
  const index = new Map(names.map((name, i) => [name, i]));
  const worthyWeight = worthy === 0 ? 1 : (other / worthy) ** settings.balance;
  const examples: SparseExample[] = [];
  for (const doc of documents) {
    for (const example of doc.examples) {
      if (example.features === null) continue;
      const present = example.features.filter((f) => index.has(f.name));
      examples.push({
        indices: Int32Array.from(present.map((f) => index.get(f.name)!)),
        values: Float64Array.from(present.map((f) => f.value)),
        label: example.worthy ? 1 : 0,
        weight: example.worthy ? worthyWeight : 1,
      });
    }
  }
  const weights = fitLogistic(examples, { classes: CLASSES.length, dimensions: names.length, l2: settings.l2, penalty: penaltyOf(names, settings.penalties) });
  return { names, weights };
}

/** The fitted model's probability of check-worthy for an example's features (before any temperature). */
export function predictFitted(model: FittedModel, index: ReadonlyMap<string, number>, features: readonly { name: string; value: number }[]): number {
  const dimensions = model.names.length;
  let margin = 0;
  for (const feature of features) {
    const j = index.get(feature.name);
    if (j === undefined) continue;
    margin += (model.weights[dimensions + j]! - model.weights[j]!) * feature.value;
  }
  return 1 / (1 + Math.exp(-margin));
}

export function featureIndex(model: FittedModel): Map<string, number> {
  return new Map(model.names.map((name, j) => [name, j]));
}

/** The fitted weights as a model file (the labels' layout and rounding). */
export function toCheckModelFile(fitted: FittedModel, temperature: number, training: Record<string, unknown>): LinearModelFile {
  return toModelFile(fitted, temperature, training, { model: 'checkworthiness', classes: CLASSES });
}

export { formatModelFile };
