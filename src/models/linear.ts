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

export interface LinearModel {
  classes: readonly string[];
  temperature: number;
  weights: ReadonlyMap<string, readonly number[]>;
}

export function loadLinearModel(file: LinearModelFile): LinearModel {
  const count = file.classes.length;
  const weights = new Map(file.features.map((name, j) => [name, file.weights.slice(j * count, (j + 1) * count)] as const));
  return { classes: file.classes, temperature: file.temperature, weights };
}

/** A feature the model knows, with its weights: what topContributions explains a prediction by. */
export interface KnownFeature {
  feature: Feature;
  weights: readonly number[];
}

export interface Prediction {
  /** Index into `classes` of the most probable class. */
  best: number;
  probabilities: number[];
  /** The features the model has weights for, in feature order. */
  known: KnownFeature[];
}

export function predict(model: LinearModel, features: readonly Feature[]): Prediction {
  const scores = new Array<number>(model.classes.length).fill(0);
  const known: KnownFeature[] = [];
  for (const feature of features) {
    const weights = model.weights.get(feature.name);
    if (weights === undefined) continue;
    known.push({ feature, weights });
    for (let k = 0; k < scores.length; k++) scores[k]! += weights[k]! * feature.value;
  }
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

/** The features that pushed `chosen` over `against` most, strongest first; ties keep feature order. */
export function topContributions(known: readonly KnownFeature[], chosen: number, against: number, count: number): Contribution[] {
  const contributions: Contribution[] = [];
  for (const { feature, weights } of known) {
    if (feature.name === 'bias') continue;
    const weight = (weights[chosen]! - weights[against]!) * feature.value;
    if (weight > 0) contributions.push({ feature, weight });
  }
  return contributions.sort((a, b) => b.weight - a.weight).slice(0, count);
}
