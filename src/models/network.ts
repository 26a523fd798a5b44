/**
 * Inference for a network model stored as JSON (src/models/labels-network.json): one hidden
 * layer of rectified units over the same named features the linear model weighs, and a score
 * per class from them. It sees what no linear model can, features that matter only together
 * ("could" under "said" in a denial's paragraph); its scores are added to the linear model's
 * (src/models/labels.ts). Nothing of the trainer (src/train) loads here.
 */
import type { Feature } from '../features/index.js';

/** A network model file as `npm run train` writes it. */
export interface NetworkModelFile {
  model: string;
  /** Bumped when the file's layout changes. */
  format: 1;
  classes: string[];
  /** Hidden units. */
  hidden: number;
  hiddenBias: number[];
  /** Hidden unit -> class weights, hidden-major: output[h * classes.length + k]. */
  output: number[];
  outputBias: number[];
  /** Feature names, sorted. */
  features: string[];
  /** Feature -> hidden unit weights, feature-major: weights[j * hidden + h]. */
  weights: number[];
  /** What the model was fitted on and how (for the record; inference does not read it). */
  training: Record<string, unknown>;
}

export interface NetworkModel {
  classes: readonly string[];
  hidden: number;
  /** Feature name -> row of its input weights. */
  rows: ReadonlyMap<string, number>;
  /** The input weights, feature-major, with row `row` ready to read (rows are read on first use). */
  input(row: number): Float64Array;
  hiddenBias: Float64Array;
  output: Float64Array;
  outputBias: Float64Array;
}

export function loadNetworkModel(file: NetworkModelFile): NetworkModel {
  const rows = new Map<string, number>();
  file.features.forEach((name, j) => rows.set(name, j));
  const weights = Float64Array.from(file.weights);
  return networkOf(file, rows, () => weights);
}

/** A network from its file's small fields and its input rows, however those are read (src/models/read.ts reads them on first use). */
export function networkOf(head: Omit<NetworkModelFile, 'features' | 'weights'>, rows: ReadonlyMap<string, number>, input: (row: number) => Float64Array): NetworkModel {
  return {
    classes: head.classes,
    hidden: head.hidden,
    rows,
    input,
    hiddenBias: Float64Array.from(head.hiddenBias),
    output: Float64Array.from(head.output),
    outputBias: Float64Array.from(head.outputBias),
  };
}

/** The network's score for each class (before any softmax) from a statement's features; features it does not know count nothing. */
export function networkScores(model: NetworkModel, features: readonly Feature[]): number[] {
  const rows = features.map((feature) => model.rows.get(feature.name) ?? -1);
  return networkScoresOfRows(model, rows, features);
}

/**
 * networkScores() for features whose network rows are already known: `rows[i]` is the row of
 * `features[i]`, -1 for one the network does not know. The label model finds them from the
 * linear model's rows (src/models/labels.ts), so that no name is looked up twice.
 */
export function networkScoresOfRows(model: NetworkModel, rows: ArrayLike<number>, features: readonly Feature[]): number[] {
  const { hidden } = model;
  const units = Float64Array.from(model.hiddenBias);
  for (let i = 0; i < features.length; i++) {
    const row = rows[i]!;
    if (row < 0) continue;
    const weights = model.input(row);
    const value = features[i]!.value;
    const offset = row * hidden;
    for (let h = 0; h < hidden; h++) units[h]! += weights[offset + h]! * value;
  }
  const classes = model.classes.length;
  const scores = Array.from(model.outputBias);
  for (let h = 0; h < hidden; h++) {
    const unit = units[h]!;
    if (unit <= 0) continue;
    for (let k = 0; k < classes; k++) scores[k]! += unit * model.output[h * classes + k]!;
  }
  return scores;
}
