/**
 * A network of one hidden layer of rectified units over sparse features, fitted by stochastic
 * gradient descent with AdaGrad steps (each weight's step shrinks with the gradients it has
 * seen, which suits features that are rare and features that are everywhere alike).
 *
 * Deterministic: the initial weights, the order of the examples in each pass and the dropout
 * masks all come from seeded generators, so the same examples give the same weights bit for bit.
 */
import { seededRandom, shuffled } from './cross-validate.js';
import type { SparseExample } from './logistic.js';

export interface NetworkSettings {
  /** Hidden units; 0 = no network. */
  hidden: number;
  /** A feature must occur in at least this many training statements to be an input. */
  minCount: number;
  /** Passes over the examples. */
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 penalty on the weights, per step. */
  l2: number;
  /** Share of hidden units silenced at each step (a regulariser). */
  dropout: number;
  seed: number;
}

export interface FittedNetwork {
  classes: number;
  hidden: number;
  dimensions: number;
  /** Feature-major: input[j * hidden + h]. */
  input: Float64Array;
  hiddenBias: Float64Array;
  /** Hidden-major: output[h * classes + k]. */
  output: Float64Array;
  outputBias: Float64Array;
}

/** A small starting weight, symmetric about zero, so that hidden units differ from the start. */
const INITIAL_SPREAD = 0.2;
/** AdaGrad's starting sum of squares: the first step is not a division by zero. */
const EPSILON = 1e-8;

export function fitNetwork(examples: readonly SparseExample[], classes: number, dimensions: number, settings: NetworkSettings): FittedNetwork {
  const { hidden, rate, l2, dropout } = settings;
  const random = seededRandom(settings.seed);
  const initial = (size: number): Float64Array => Float64Array.from({ length: size }, () => (random() - 0.5) * INITIAL_SPREAD);
  const net: FittedNetwork = {
    classes,
    hidden,
    dimensions,
    input: initial(dimensions * hidden),
    hiddenBias: new Float64Array(hidden),
    output: initial(hidden * classes),
    outputBias: new Float64Array(classes),
  };
  const squares = {
    input: new Float64Array(dimensions * hidden).fill(EPSILON),
    hiddenBias: new Float64Array(hidden).fill(EPSILON),
    output: new Float64Array(hidden * classes).fill(EPSILON),
    outputBias: new Float64Array(classes).fill(EPSILON),
  };
  const step = (weights: Float64Array, sums: Float64Array, i: number, gradient: number): void => {
    sums[i]! += gradient * gradient;
    weights[i]! -= (rate * gradient) / Math.sqrt(sums[i]!);
  };
  // Example weights as multiples of their mean: the step size does not depend on how they are scaled.
  const meanWeight = examples.reduce((sum, e) => sum + e.weight, 0) / Math.max(1, examples.length) || 1;
  const units = new Float64Array(hidden);
  const keep = new Float64Array(hidden);
  const unitGradient = new Float64Array(hidden);
  const scores = new Float64Array(classes);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const i of shuffled(examples.map((_, n) => n), settings.seed + 1 + epoch)) {
      const example = examples[i]!;
      hiddenUnits(net, example, units);
      for (let h = 0; h < hidden; h++) {
        keep[h] = units[h]! > 0 && random() >= dropout ? 1 / (1 - dropout) : 0;
        units[h]! *= keep[h]!;
      }
      outputScores(net, units, scores);
      // The gradient of the weighted cross-entropy at the output scores: p - y.
      const probabilities = softmaxInPlace(scores);
      const weight = example.weight / meanWeight;
      for (let k = 0; k < classes; k++) probabilities[k] = weight * (probabilities[k]! - (k === example.label ? 1 : 0));
      unitGradient.fill(0);
      for (let h = 0; h < hidden; h++) {
        for (let k = 0; k < classes; k++) {
          const at = h * classes + k;
          unitGradient[h]! += probabilities[k]! * net.output[at]!;
          step(net.output, squares.output, at, probabilities[k]! * units[h]! + l2 * net.output[at]!);
        }
      }
      for (let k = 0; k < classes; k++) step(net.outputBias, squares.outputBias, k, probabilities[k]!);
      for (let h = 0; h < hidden; h++) {
        unitGradient[h]! *= keep[h]!;
        if (unitGradient[h] !== 0) step(net.hiddenBias, squares.hiddenBias, h, unitGradient[h]!);
      }
      for (let n = 0; n < example.indices.length; n++) {
        const offset = example.indices[n]! * hidden;
        const value = example.values[n]!;
        for (let h = 0; h < hidden; h++) {
          if (unitGradient[h] === 0) continue;
          step(net.input, squares.input, offset + h, unitGradient[h]! * value + l2 * net.input[offset + h]!);
        }
      }
    }
  }
  return net;
}

/** The hidden layer's activations for an example, rectified, into `units`. */
function hiddenUnits(net: FittedNetwork, example: SparseExample, units: Float64Array): void {
  const { hidden } = net;
  units.set(net.hiddenBias);
  for (let n = 0; n < example.indices.length; n++) {
    const offset = example.indices[n]! * hidden;
    const value = example.values[n]!;
    for (let h = 0; h < hidden; h++) units[h]! += net.input[offset + h]! * value;
  }
  for (let h = 0; h < hidden; h++) if (units[h]! < 0) units[h] = 0;
}

function outputScores(net: FittedNetwork, units: Float64Array, scores: Float64Array): void {
  const { classes, hidden } = net;
  scores.set(net.outputBias);
  for (let h = 0; h < hidden; h++) {
    if (units[h] === 0) continue;
    for (let k = 0; k < classes; k++) scores[k]! += units[h]! * net.output[h * classes + k]!;
  }
}

function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp(scores[k]! - max);
    sum += scores[k]!;
  }
  for (let k = 0; k < scores.length; k++) scores[k]! /= sum;
  return scores;
}
