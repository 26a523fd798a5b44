/**
 * The label model: src/models/labels.json (written by `npm run train`) decides each statement's
 * label and confidence from its features; the rules' decision is one of those features and,
 * when the model agrees with it, the explanation.
 */
import type { Classification } from '../classify/index.js';
import type { Feature, FeatureSet } from '../features/index.js';
import { CUE_KINDS, LABELS, type Cue, type CueKind, type LabelProbabilities, type WeighedFeature } from '../types.js';
import { predictKnown, topContributions, type LinearModel } from './linear.js';
import { networkScoresOfRows, type NetworkModel } from './network.js';
import { committedModel, committedNetwork } from './read.js';

export interface LabelDecision extends Classification {
  probabilities: LabelProbabilities;
  /** The features that pushed the label over the runner-up most, strongest first. */
  features: WeighedFeature[];
}

/** How many features an explanation names. */
const EXPLAINING_FEATURES = 3;
/** Probabilities are reported to this many decimals: enough to rank, few enough to read. */
const DECIMALS = 4;

/**
 * The label model: a linear model (labels.json) whose weights also explain each label, and a
 * network (labels-network.json) whose scores are added to the linear ones. Its `rows` are the
 * linear model's: the features a statement needs (the network's are among them).
 */
export interface LabelModel {
  linear: LinearModel;
  network?: NetworkModel;
}

/** For each row of a label model's linear model, the row of the same feature in its network (-1: none); made once per model. */
const networkRows = new WeakMap<LabelModel, Int32Array>();

function networkRowsOf(model: LabelModel, network: NetworkModel): Int32Array {
  let rows = networkRows.get(model);
  if (rows === undefined) {
    rows = new Int32Array(model.linear.rows.size).fill(-1);
    for (const [name, row] of network.rows) {
      const linearRow = model.linear.rows.get(name);
      if (linearRow !== undefined) rows[linearRow] = row;
    }
    networkRows.set(model, rows);
  }
  return rows;
}

/** The network's scores for features made with the linear model's rows. */
function networkScoresOfLinearRows(model: LabelModel, network: NetworkModel, features: FeatureSet): number[] {
  const translate = networkRowsOf(model, network);
  return networkScoresOfRows(network, features.rows.map((row) => translate[row]!), features.list);
}

let committedLabelModel: LabelModel | undefined;

/**
 * The committed label model, read on first use: `--labeller rules` never reads it. It is read
 * from the files rather than imported: inlined in the bundles it was three quarters of their
 * source, compiled by every process and worker, and its parsed object stayed on the heap
 * beside the model made from it. See read.ts for how it is read.
 */
export function labelModel(): LabelModel {
  committedLabelModel ??= { linear: committedModel('labels.json'), network: committedNetwork('labels-network.json') };
  return committedLabelModel;
}

/**
 * The model's label for a statement, explained by the rule it agrees with or by its strongest
 * features. `features` is made with the linear model's rows (statementFeatures(context, i, model.linear.rows)).
 */
export function decideLabel(text: string, features: FeatureSet, rules: Classification, model: LabelModel = labelModel()): LabelDecision {
  const { linear, network } = model;
  // The network's rows of the features, through the linear rows the FeatureSet found (every feature the network knows, the linear model knows too).
  const added = network === undefined ? undefined : networkScoresOfLinearRows(model, network, features);
  const { best, probabilities, known } = predictKnown(linear, { features: features.list, rows: features.rows }, added);
  const order = probabilities.map((p, k) => [p, k] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const label = LABELS[best]!;
  const runnerUp = order[1]![1];
  // The linear weights explain: a network's hidden units have no words to name.
  const pushing = topContributions(linear, known, best, runnerUp, EXPLAINING_FEATURES);
  const weighed = pushing.map(({ feature, weight }): WeighedFeature => {
    const described: WeighedFeature = { feature: feature.name, weight: round(weight, 2) };
    if (feature.at !== undefined) described.text = text.slice(feature.at.start, feature.at.end);
    return described;
  });
  const rounded = Object.fromEntries(LABELS.map((l, k) => [l, round(probabilities[k]!, DECIMALS)])) as LabelProbabilities;
  const confidence = rounded[label];
  if (label === rules.label) return { ...rules, confidence, probabilities: rounded, features: weighed };
  const named = weighed.map((f) => `${f.feature}${f.text === undefined ? '' : ` '${f.text}'`} +${f.weight.toFixed(2)}`).join(', ');
  return {
    label,
    confidence,
    rule: `${label}:model`,
    reason: `the model overrules ${rules.rule} (${rules.reason}): ${named || 'no single feature stands out'}`,
    cues: cuesOf(text, pushing.map((p) => p.feature)),
    probabilities: rounded,
    features: weighed,
  };
}

/** Lexicon cues among the features that decided: "cue:hedge=could" at its place becomes a hedge cue. */
function cuesOf(text: string, features: readonly Feature[]): Cue[] {
  const cues: Cue[] = [];
  for (const feature of features) {
    const match = /^(?:cue|governs):([a-z-]+)=(.+)$/.exec(feature.name);
    if (match === null || feature.at === undefined || !(CUE_KINDS as readonly string[]).includes(match[1]!)) continue;
    const { start, end } = feature.at;
    if (cues.some((c) => c.start === start && c.end === end)) continue;
    cues.push({ text: text.slice(start, end), start, end, kind: match[1] as CueKind, entry: match[2]! });
  }
  return cues.sort((a, b) => a.start - b.start || a.end - b.end);
}

function round(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

