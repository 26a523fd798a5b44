/**
 * Inference for a linear model stored as JSON (src/models/*.json): a weight per class for each
 * named feature, a temperature that calibrates the probabilities, and where the model came from.
 * A dot product and a softmax; nothing of the trainer (src/train) loads here.
 */
import type { Feature } from '../features/index.js';

/** A model file as `npm run train` writes it. */
export interface LinearModelFile {
  model: string;
  /** Bumped when the file's layout changes. */
  format: 1;
  classes: string[];
  /** Divides the scores before the softmax; fitted on held-out predictions so probabilities are calibrated. */
  temperature: number;
  /** Feature names, sorted. */
  features: string[];
  /** One weight per class for each feature, feature-major: weights[j * classes.length + k]. */
  weights: number[];
  /** What the model was fitted on and how (for the record; inference does not read it). */
  training: Record<string, unknown>;
}

/** A model ready to score: each feature name's row, and a row's weights. */
export interface LinearModel {
  classes: readonly string[];
  temperature: number;
  rows: ReadonlyMap<string, number>;
  /** The weight of class `k` in row `row`. */
  weight(row: number, k: number): number;
}

/**
 * The weights in one flat array, as in the file (a few MB less heap than an array per
 * feature, which a worker's capped heap feels in its garbage collections).
 */
export function loadLinearModel(file: LinearModelFile): LinearModel {
  const rows = new Map<string, number>();
  file.features.forEach((name, j) => rows.set(name, j));
  const weights = Float64Array.from(file.weights);
  const classes = file.classes.length;
  return { classes: file.classes, temperature: file.temperature, rows, weight: (row, k) => weights[row * classes + k]! };
}

/** The features a model knows, in feature order, each with its row in the model's weights. */
export interface KnownFeatures {
  features: readonly Feature[];
  rows: readonly number[];
}

export interface Prediction {
  /** Index into `classes` of the most probable class. */
  best: number;
  probabilities: number[];
  /** What topContributions explains a prediction by. */
  known: KnownFeatures;
}

/** The features of `features` that the model has weights for. */
export function knownFeatures(model: LinearModel, features: readonly Feature[]): KnownFeatures {
  const known: Feature[] = [];
  const rows: number[] = [];
  for (const feature of features) {
    const row = model.rows.get(feature.name);
    if (row === undefined) continue;
    known.push(feature);
    rows.push(row);
  }
  return { features: known, rows };
}

export function predict(model: LinearModel, features: readonly Feature[]): Prediction {
  return predictKnown(model, knownFeatures(model, features));
}

/**
 * predict() for features whose rows are already looked up (a FeatureSet made with the model's
 * rows). `added`: scores of another model (the label network) summed with the linear scores
 * before the temperature, so that both decide and one temperature calibrates the sum.
 */
export function predictKnown(model: LinearModel, known: KnownFeatures, added?: readonly number[]): Prediction {
  const classes = model.classes.length;
  const scores = new Array<number>(classes).fill(0);
  known.features.forEach((feature, i) => {
    const row = known.rows[i]!;
    for (let k = 0; k < classes; k++) scores[k]! += model.weight(row, k) * feature.value;
  });
  if (added !== undefined) for (let k = 0; k < classes; k++) scores[k]! += added[k]!;
  const probabilities = softmax(scores.map((s) => s / model.temperature));
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[best]!) best = k;
  return { best, probabilities, known };
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** How much a feature pushed class `chosen` over class `against` (in score units, before the temperature). */
export interface Contribution {
  feature: Feature;
  weight: number;
}

/** The features that pushed `chosen` over `against` most, strongest first, of those `accept` lets through; ties keep feature order. */
export function topContributions(model: LinearModel, known: KnownFeatures, chosen: number, against: number, count: number, accept: (name: string) => boolean = () => true): Contribution[] {
  // The best `count` so far, strongest first: kept by insertion, as a statement weighs a few hundred features and only a few are wanted.
  const top: Contribution[] = [];
  known.features.forEach((feature, i) => {
    if (feature.name === 'bias' || count === 0) return;
    const row = known.rows[i]!;
    const weight = (model.weight(row, chosen) - model.weight(row, against)) * feature.value;
    if (weight <= 0 || (top.length === count && weight <= top[count - 1]!.weight) || !accept(feature.name)) return;
    let at = top.length;
    while (at > 0 && top[at - 1]!.weight < weight) at--;
    top.splice(at, 0, { feature, weight });
    if (top.length > count) top.pop();
  });
  return top;
}
