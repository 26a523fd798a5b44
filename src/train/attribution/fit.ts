/**
 * Keep or drop: a two-class logistic regression over the proposed attributions' features,
 * fitted by the labels' trainer (src/train/logistic.ts) and written in the labels' model-file
 * layout. The threshold on P(keep) is folded into the bias, so that the annotator keeps an
 * attribution when "keep" is the more probable class and need not know the threshold.
 */
import type { LinearModelFile } from '../../models/linear.js';
import { formatModelFile, toModelFile, type FittedModel } from '../fit.js';
import { fitLogistic, type SparseExample } from '../logistic.js';
import type { AttributionTrainingDocument, CueExample } from './data.js';

export const CLASSES = ['drop', 'keep'] as const;

export interface AttributionSettings {
  /** A feature must occur in at least this many training attributions to get weights. */
  minCount: number;
  l2: number;
  /** Keep an attribution when P(keep) is at least this. */
  threshold: number;
}

export function fitAttributionModel(documents: readonly AttributionTrainingDocument[], settings: Pick<AttributionSettings, 'minCount' | 'l2'>): FittedModel {
  const counts = new Map<string, number>();
  for (const doc of documents) for (const example of doc.examples) for (const name of new Set(example.features)) counts.set(name, (counts.get(name) ?? 0) + 1);
  // 'bias' first: the trainer leaves feature 0 unpenalised.
  const names = ['bias', ...[...counts].filter(([name, n]) => n >= settings.minCount && name !== 'bias').map(([name]) => name).sort()];
  const index = new Map(names.map((name, i) => [name, i]));
  const examples: SparseExample[] = [];
  for (const doc of documents) {
    for (const example of doc.examples) {
      const present = [...new Set(example.features)].filter((name) => index.has(name));
      examples.push({ indices: Int32Array.from(present.map((name) => index.get(name)!)), values: new Float64Array(present.length).fill(1), label: example.right ? 1 : 0, weight: 1 });
    }
  }
  const weights = fitLogistic(examples, { classes: CLASSES.length, dimensions: names.length, l2: settings.l2 });
  return { names, weights };
}

/** P(keep) of an example's features under a fitted model (before any threshold). */
export function keepProbability(model: FittedModel, index: ReadonlyMap<string, number>, features: readonly string[]): number {
  const dimensions = model.names.length;
  let margin = 0;
  for (const name of new Set(features)) {
    const j = index.get(name);
    if (j !== undefined) margin += model.weights[dimensions + j]! - model.weights[j]!;
  }
  return 1 / (1 + Math.exp(-margin));
}

export function featureIndex(model: FittedModel): Map<string, number> {
  return new Map(model.names.map((name, j) => [name, j]));
}

/** The fitted weights as a model file, the threshold folded into the bias of "keep". */
export function toAttributionModelFile(fitted: FittedModel, threshold: number, training: Record<string, unknown>): LinearModelFile {
  const weights = Float64Array.from(fitted.weights);
  // P(keep) >= t  <=>  margin >= log(t / (1 - t)): moving the bias by that much puts the line at 0.5.
  weights[fitted.names.length + fitted.names.indexOf('bias')]! -= Math.log(threshold / (1 - threshold));
  return toModelFile({ names: fitted.names, weights }, 1, training, { model: 'attribution', classes: CLASSES });
}

export { formatModelFile };

export const CUE_CLASSES = ['other', 'cue'] as const;

/** The cue tagger: a two-class logistic regression over the candidate words' features, fitted as the attribution model is. */
export function fitCueTagger(examples: readonly CueExample[], settings: { minCount: number; l2: number }): FittedModel {
  const counts = new Map<string, number>();
  for (const example of examples) for (const name of new Set(example.features)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = ['bias', ...[...counts].filter(([name, n]) => n >= settings.minCount && name !== 'bias').map(([name]) => name).sort()];
  const index = new Map(names.map((name, i) => [name, i]));
  const sparse: SparseExample[] = examples.map((example) => {
    const present = [...new Set(example.features)].filter((name) => index.has(name));
    return { indices: Int32Array.from(present.map((name) => index.get(name)!)), values: new Float64Array(present.length).fill(1), label: example.cue ? 1 : 0, weight: 1 };
  });
  return { names, weights: fitLogistic(sparse, { classes: CUE_CLASSES.length, dimensions: names.length, l2: settings.l2 }) };
}

/** The fitted tagger as a model file, its threshold on P(cue) folded into the bias. */
export function toCueModelFile(fitted: FittedModel, threshold: number, training: Record<string, unknown>): LinearModelFile {
  const weights = Float64Array.from(fitted.weights);
  weights[fitted.names.length + fitted.names.indexOf('bias')]! -= Math.log(threshold / (1 - threshold));
  return toModelFile({ names: fitted.names, weights }, 1, training, { model: 'attribution-cues', classes: CUE_CLASSES });
}
