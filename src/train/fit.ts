/**
 * Training documents -> a label model: a vocabulary of the features seen often enough, a
 * logistic regression over them, and the weights rounded into a model file.
 */
import type { LinearModelFile } from '../models/linear.js';
import type { NetworkModelFile } from '../models/network.js';
import { LABELS } from '../types.js';
import { CLASS_INDEX, type TrainingDocument } from './corpus.js';
import { fitLogistic, type SparseExample } from './logistic.js';
import { fitNetwork, type FittedNetwork, type NetworkSettings } from './network.js';

export interface TrainSettings {
  /** A feature must occur in at least this many training statements to get weights. */
  minCount: number;
  l2: number;
  /** Weight each class by (share of the largest class)^balance: 0 = none, 1 = balanced. */
  balance: number;
  /** Weight of a dev (gold) statement against a silver one. */
  goldWeight: number;
  /** Feature-name prefixes to leave out (for ablations). */
  exclude: readonly string[];
  /** Feature-name prefix -> multiplier of the L2 penalty (the first prefix that matches counts). */
  penalties: Readonly<Record<string, number>>;
  /**
   * After a first fit, keep only features that move some class by at least this much from their
   * mean weight, and fit again on those: a smaller model file that loads faster (0 = keep all).
   */
  prune: number;
  /** The network whose scores are added to the linear model's (hidden 0: none). */
  network: NetworkSettings;
}

export const NO_NETWORK: NetworkSettings = { hidden: 0, minCount: 1, epochs: 0, rate: 0, l2: 0, dropout: 0, seed: 1 };

export const DEFAULT_SETTINGS: TrainSettings = { minCount: 2, l2: 1e-3, balance: 0, goldWeight: 1, exclude: [], penalties: {}, prune: 0, network: NO_NETWORK };

/** Decimal places kept in the model file: enough for the same labels, few enough for a small file. */
const WEIGHT_DECIMALS = 4;

export interface FittedModel {
  names: string[];
  /** Class-major weights over `names`. */
  weights: Float64Array;
}

/** The label model as fitted: the linear model, and the network over some of its features. */
export interface FittedLabelModel extends FittedModel {
  network?: FittedNetwork & { names: string[] };
}

export function fitLabelModel(documents: readonly TrainingDocument[], settings: TrainSettings): FittedLabelModel {
  const linear = fitLinear(documents, settings);
  if (settings.network.hidden <= 0) return linear;
  // The network's inputs are among the linear model's features, so a statement's features made
  // for the linear model (FeatureSet with its rows) hold all the network reads.
  const { names, examples } = examplesOf(documents, settings, new Set(linear.names), settings.network.minCount);
  const network = fitNetwork(examples, LABELS.length, names.length, settings.network);
  return { ...linear, network: { ...network, names } };
}

function fitLinear(documents: readonly TrainingDocument[], settings: TrainSettings): FittedModel {
  const first = fitOn(documents, settings, (name) => !settings.exclude.some((prefix) => name.startsWith(prefix)));
  if (settings.prune <= 0) return first;
  const dimensions = first.names.length;
  const strong = new Set(
    first.names.filter((_, j) => {
      const row = LABELS.map((_, k) => first.weights[k * dimensions + j]!);
      const mean = row.reduce((a, b) => a + b, 0) / row.length;
      return row.some((w) => Math.abs(w - mean) >= settings.prune);
    }),
  );
  return fitOn(documents, settings, (name) => strong.has(name));
}

function fitOn(documents: readonly TrainingDocument[], settings: TrainSettings, kept: (name: string) => boolean): FittedModel {
  const { names, examples } = examplesOf(documents, settings, { has: kept }, settings.minCount);
  const weights = fitLogistic(examples, { classes: LABELS.length, dimensions: names.length, l2: settings.l2, penalty: penaltyOf(names, settings.penalties) });
  return { names, weights };
}

/**
 * The labelled statements as examples over the kept features seen in at least `minCount` of
 * them ('bias' first), each weighed by its class (settings.balance) and its part (goldWeight).
 */
function examplesOf(
  documents: readonly TrainingDocument[],
  settings: TrainSettings,
  kept: { has(name: string): boolean },
  minCount: number,
): { names: string[]; examples: SparseExample[] } {
  const counts = new Map<string, number>();
  for (const doc of documents) {
    for (const statement of doc.statements) {
      if (statement.label === null) continue;
      for (const feature of statement.features) if (kept.has(feature.name)) counts.set(feature.name, (counts.get(feature.name) ?? 0) + 1);
    }
  }
  // 'bias' first: the trainer leaves feature 0 unpenalised.
  const names = ['bias', ...[...counts].filter(([name, n]) => n >= minCount && name !== 'bias').map(([name]) => name).sort()];
  const index = new Map(names.map((name, i) => [name, i]));
  const labelCounts = new Array<number>(LABELS.length).fill(0);
  for (const doc of documents) for (const s of doc.statements) if (s.label !== null) labelCounts[CLASS_INDEX.get(s.label)!]!++;
  const largest = Math.max(...labelCounts);
  const classWeight = labelCounts.map((n) => (n === 0 ? 1 : (largest / n) ** settings.balance));
  const examples: SparseExample[] = [];
  for (const doc of documents) {
    for (const statement of doc.statements) {
      if (statement.label === null) continue;
      const present = statement.features.filter((f) => index.has(f.name));
      const label = CLASS_INDEX.get(statement.label)!;
      examples.push({
        indices: Int32Array.from(present.map((f) => index.get(f.name)!)),
        values: Float64Array.from(present.map((f) => f.value)),
        label,
        weight: classWeight[label]! * (doc.part === 'dev' ? settings.goldWeight : 1),
      });
    }
  }
  return { names, examples };
}

/** Each feature's multiplier of the L2 penalty: that of the first prefix of `penalties` its name starts with, else 1. */
export function penaltyOf(names: readonly string[], penalties: Readonly<Record<string, number>>): Float64Array {
  const prefixes = Object.entries(penalties);
  return Float64Array.from(names.map((name) => prefixes.find(([prefix]) => name.startsWith(prefix))?.[1] ?? 1));
}

/** What a model file says it is: its name, and its classes in the order of its weights. */
export interface ModelKind {
  model: string;
  classes: readonly string[];
}

const LABEL_MODEL: ModelKind = { model: 'labels', classes: LABELS };

/** The fitted weights as a model file; features whose weights all round to zero are left out. */
export function toModelFile(fitted: FittedModel, temperature: number, training: Record<string, unknown>, kind: ModelKind = LABEL_MODEL): LinearModelFile {
  const features: string[] = [];
  const weights: number[] = [];
  const dimensions = fitted.names.length;
  fitted.names.forEach((name, j) => {
    const row = kind.classes.map((_, k) => round(fitted.weights[k * dimensions + j]!));
    if (!row.some((w) => w !== 0)) return;
    features.push(name);
    weights.push(...row);
  });
  return { model: kind.model, format: 1, classes: [...kind.classes], temperature: round(temperature), features, weights, training };
}

/** The fitted network as a model file (weights rounded as the linear model's are). */
export function toNetworkFile(network: NonNullable<FittedLabelModel['network']>, training: Record<string, unknown>, kind: ModelKind = LABEL_NETWORK): NetworkModelFile {
  const rounded = (values: Float64Array): number[] => Array.from(values, round);
  return {
    model: kind.model,
    format: 1,
    classes: [...kind.classes],
    hidden: network.hidden,
    hiddenBias: rounded(network.hiddenBias),
    output: rounded(network.output),
    outputBias: rounded(network.outputBias),
    features: network.names,
    weights: rounded(network.input),
    training,
  };
}

const LABEL_NETWORK: ModelKind = { model: 'labels-network', classes: LABELS };

function round(value: number): number {
  const rounded = Number(value.toFixed(WEIGHT_DECIMALS));
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * The model file as text: the small fields first, then one feature name a line and one row of
 * weights a line (a weight per class, or per hidden unit of a network), so that a retrained
 * model diffs feature by feature and src/models/read.ts reads a row only when it is weighed.
 */
export function formatModelFile(file: LinearModelFile | NetworkModelFile): string {
  const { features, weights, ...head } = file;
  const width = 'hidden' in file ? file.hidden : file.classes.length;
  const rows = features.map((_, j) => weights.slice(j * width, (j + 1) * width).join(','));
  const opening = JSON.stringify(head).slice(0, -1);
  return `${opening},\n"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n],\n"weights":[\n${rows.join(',\n')}\n]}\n`;
}
