/**
 * Cross-validation by document: every statement is scored by a model that never saw its
 * article. Folds are dealt from a fixed shuffle within each corpus part, so dev, silver and
 * added documents spread evenly and every run splits the same way.
 */
import { knownFeatures, loadLinearModel, predictKnown, softmax } from '../models/linear.js';
import { loadNetworkModel, networkScores } from '../models/network.js';
import { LABELS } from '../types.js';
import type { TrainingDocument } from './corpus.js';
import { fitLabelModel, toModelFile, toNetworkFile, type TrainSettings } from './fit.js';

export interface CrossValidationOptions {
  folds: number;
  /** Train on this share of each fold's training documents (a learning curve's point). */
  fraction?: number;
}

/** Probabilities for every statement of every document, from the model of the fold that held it out. */
export interface HeldOutPrediction {
  doc: TrainingDocument;
  fold: number;
  probabilities: number[][];
}

/** A small deterministic generator (mulberry32): the same seed deals the same folds everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Fold of each document (by id), dealt round-robin from a seeded shuffle of each part. */
export function assignFolds(documents: readonly TrainingDocument[], folds: number, seed = 21): Map<string, number> {
  const fold = new Map<string, number>();
  let next = 0;
  for (const part of ['dev', 'silver', 'added', 'written'] as const) {
    const ids = documents.filter((d) => d.part === part).map((d) => d.id).sort();
    for (const id of shuffled(ids, seed)) fold.set(id, next++ % folds);
  }
  return fold;
}

export function crossValidate(documents: readonly TrainingDocument[], settings: TrainSettings, options: CrossValidationOptions): HeldOutPrediction[] {
  const fold = assignFolds(documents, options.folds);
  const predictions = new Map<string, number[][]>();
  for (let k = 0; k < options.folds; k++) {
    const training = documents.filter((d) => fold.get(d.id) !== k);
    const subset = options.fraction === undefined || options.fraction >= 1 ? training : shuffled(training, 7 + k).slice(0, Math.max(1, Math.round(training.length * options.fraction)));
    // Through the model files, rounded as the committed model is.
    const fitted = fitLabelModel(subset, settings);
    const linear = loadLinearModel(toModelFile(fitted, 1, {}));
    const network = fitted.network === undefined ? undefined : loadNetworkModel(toNetworkFile(fitted.network, {}));
    for (const doc of documents.filter((d) => fold.get(d.id) === k)) {
      const probabilities = doc.statements.map((s) => predictKnown(linear, knownFeatures(linear, s.features), network && networkScores(network, s.features)).probabilities);
      predictions.set(doc.id, probabilities);
    }
  }
  return documents.map((doc) => ({ doc, fold: fold.get(doc.id)!, probabilities: predictions.get(doc.id)! }));
}

/** The labelled statements of held-out predictions as rows for fitTemperature. */
function temperatureRows(predictions: readonly HeldOutPrediction[]): Array<{ probabilities: readonly number[]; label: number }> {
  return predictions.flatMap(({ doc, probabilities }) => doc.statements.flatMap((s, i) => (s.label === null ? [] : [{ probabilities: probabilities[i]!, label: LABELS.indexOf(s.label) }])));
}

/**
 * Held-out predictions calibrated the honest way: each fold's probabilities by a temperature
 * fitted on the other folds' held-out predictions. `temperature` (fitted on all of them) is the
 * one the final model ships with.
 */
export function calibrate(predictions: readonly HeldOutPrediction[]): { temperature: number; predictions: HeldOutPrediction[] } {
  const folds = [...new Set(predictions.map((p) => p.fold))];
  const perFold = new Map(folds.map((k) => [k, fitTemperature(temperatureRows(predictions.filter((p) => p.fold !== k)))]));
  return {
    temperature: fitTemperature(temperatureRows(predictions)),
    predictions: predictions.map((p) => ({ ...p, probabilities: p.probabilities.map((q) => withTemperature(q, perFold.get(p.fold)!)) })),
  };
}

/**
 * The temperature that makes held-out probabilities honest: the T minimising the negative log
 * likelihood of softmax(log p / T), found by golden-section search on [0.25, 4].
 */
export function fitTemperature(rows: ReadonlyArray<{ probabilities: readonly number[]; label: number }>): number {
  const nll = (t: number): number => {
    let sum = 0;
    for (const row of rows) {
      const p = softmax(row.probabilities.map((q) => Math.log(Math.max(q, 1e-12)) / t));
      sum -= Math.log(Math.max(p[row.label]!, 1e-12));
    }
    return sum;
  };
  let low = 0.25;
  let high = 4;
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60; i++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (nll(a) < nll(b)) high = b;
    else low = a;
  }
  return (low + high) / 2;
}

/** Probabilities recalibrated by a temperature. */
export function withTemperature(probabilities: readonly number[], temperature: number): number[] {
  return softmax(probabilities.map((q) => Math.log(Math.max(q, 1e-12)) / temperature));
}
