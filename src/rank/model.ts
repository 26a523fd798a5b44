/**
 * The learned check-worthiness score: src/models/checkworthiness.json (written by `npm run
 * train`, src/train/checkworthiness/) is a logistic regression over the statement's features,
 * fitted on 16,421 sentences of debates and speeches that journalists judged check-worthy or
 * not (CLEF-2019 CheckThat!, ../shared/data/checkworthiness). The features are the label
 * model's (src/features) plus the statement's label, today's hand-set signals (src/rank/index.ts)
 * and the check-worthiness group of src/features/check.ts.
 *
 * The score is the model's probability of check-worthy (with the classes weighed as in training,
 * see the model file's `training`) times the label model's probability that the statement is a
 * claim (assertion or unverified): a denial answers a claim and background is context, so
 * theirs is low, without being cut off when the label model is unsure. A fifth of each
 * neighbouring statement's score is added to the probability first (withNeighbours): claims
 * come in runs.
 */
import { checkFeatures } from '../features/check.js';
import { FeatureSet, statementFeatures, type FeatureContext } from '../features/index.js';
import { predictKnown, topContributions, type LinearModel } from '../models/linear.js';
import { committedModel } from '../models/read.js';
import type { Statement } from '../types.js';
import { findSignals, NEIGHBOURS_SIGNAL, SCORED_LABELS, scoreSignals, type Signal } from './index.js';

/**
 * Features that a reader can take as a reason: not tag n-grams, positions or lengths, nor words
 * such as "the" (which raise a score only because long sentences have them).
 */
const UNEXPLAINING = /^(?:tt:|first-tag:|first2?:|length:|from-end:|paragraph:|previous|next|topic-words:|quoted:|ends:|bias$)|^(?:w|first):(?:the|a|an|of|to|from|in|on|and|that|for|by|with|at|as|is|be|it|this|have|we|i|you|they|he|she|not|but|or|so|do|there)$/;

function explains(name: string): boolean {
  return !UNEXPLAINING.test(name);
}

/** How many features a score is explained by (`checkSignals`). */
const EXPLAINING_FEATURES = 4;

/** The committed check-worthiness model, read on first use (see src/models/labels.ts). */
export function checkworthinessModel(): LinearModel {
  return committedModel('checkworthiness.json');
}

/** The hand-set weights' log-odds of a statement: the `prior` feature. */
function priorOf(signals: readonly Signal[]): number {
  const p = scoreSignals(signals);
  return Math.log(Math.max(p, 1e-3) / Math.max(1 - p, 1e-3));
}

/**
 * The features of statement `index` the check-worthiness model weighs: the label model's, the
 * statement's label, the hand-set signals and their combined log-odds, and src/features/check.ts.
 * `statement` is the labelled statement (its label, source and cues).
 */
export function checkworthinessFeatures(context: FeatureContext, index: number, statement: Statement, known?: ReadonlyMap<string, number>, names?: readonly string[]): FeatureSet {
  // The statement's features as the label model was given them (every name, kept or not, each of value 1), else made anew.
  let features: FeatureSet;
  if (names === undefined) features = statementFeatures(context, index, known);
  else {
    features = new FeatureSet(known);
    for (const name of names) features.add(name);
  }
  const analyzed = context.context.doc.statements[index]!;
  features.add(`label:${statement.label}`);
  const signals = findSignals(statement, analyzed.segment.tokens);
  for (const signal of signals) features.add(`signal:${signal}`);
  features.add('prior', undefined, priorOf(signals));
  checkFeatures(context.context.doc.statements, index, features);
  return features;
}

/** Check-worthiness of every statement in probability form, whatever its label (training and evaluation read this). */
export function checkProbability(model: LinearModel, features: FeatureSet): number {
  return predictKnown(model, { features: features.list, rows: features.rows }).probabilities[1]!;
}

/**
 * How likely a statement is a claim at all: the label model's probability of assertion or
 * unverified; without the model (`--labeller rules`) 1 for those labels and 0 for the others.
 */
export function claimProbability(statement: Statement): number {
  const p = statement.probabilities;
  if (p === undefined) return SCORED_LABELS.includes(statement.label) ? 1 : 0;
  return p.assertion + p.unverified;
}

/**
 * How much of each neighbouring statement's score (the one before, the one after) is added to a
 * statement's own. Claims come in runs: a claim, then its figures, its cause or its consequence,
 * each a sentence. In the 19 transcripts a sentence after a check-worthy one is check-worthy in
 * 27 % of cases against 2.7 % overall, and the neighbours' words as features did not carry that
 * (MAP 0.222 and 0.220 against 0.224) where their scores do. Chosen by leave-one-transcript-out
 * cross-validation (`npm run eval:checkworthiness -- --grid`, see the README).
 */
export const NEIGHBOUR_WEIGHT = 0.2;

/** What a statement's score is made of: the model's probability of check-worthy and the probability that it is a claim. */
export interface OwnScore {
  probability: number;
  claim: number;
}

/**
 * Each statement's score: its probability of check-worthy plus NEIGHBOUR_WEIGHT times the scores
 * (probability x claim) of the statements before and after it, capped at 1, times its own
 * probability of being a claim, so that a claim's neighbour lifts claims, not the background
 * around them. null (no score) stays null and lends nothing.
 */
export function withNeighbours(own: ReadonlyArray<OwnScore | null>, weight = NEIGHBOUR_WEIGHT): Array<number | null> {
  const raised = raisedProbabilities(own, weight);
  return own.map((o, i) => (o === null ? null : raised[i]! * o.claim));
}

/** Each statement's probability of check-worthy raised by its neighbours' scores (withNeighbours), before the claim probability weighs it. */
function raisedProbabilities(own: ReadonlyArray<OwnScore | null>, weight: number): Array<number | null> {
  const lent = (i: number): number => {
    const o = own[i];
    return o === null || o === undefined ? 0 : o.probability * o.claim;
  };
  return own.map((o, i) => (o === null ? null : Math.min(1, o.probability + weight * (lent(i - 1) + lent(i + 1)))));
}

/**
 * `checkworthiness` and `checkSignals` of each statement: the model's probability of
 * check-worthy, raised by its neighbours' scores, times the probability that the statement is a
 * claim (claimProbability; raisedProbabilities), three decimals, and what raised it most (explainScore).
 * A statement that is surely no claim (a denial or background labelled by the
 * rules alone) gets null and [].
 */
export function scoreStatements(
  statements: readonly Statement[],
  context: FeatureContext,
  model: LinearModel = checkworthinessModel(),
  featureNames: ReadonlyArray<readonly string[] | undefined> = [],
): Statement[] {
  const own = statements.map((statement, i) => {
    const claim = claimProbability(statement);
    if (claim === 0) return null;
    const features = checkworthinessFeatures(context, i, statement, model.rows, featureNames[i]);
    const known = { features: features.list, rows: features.rows };
    const probability = predictKnown(model, known).probabilities[1]!;
    const raising = topContributions(model, known, 1, 0, EXPLAINING_FEATURES, explains).map(({ feature, weight }) => ({ name: feature.name, weight }));
    return { probability, claim, raising };
  });
  const raised = raisedProbabilities(own, NEIGHBOUR_WEIGHT);
  return statements.map((statement, i) => {
    const mine = own[i];
    const probability = raised[i];
    if (mine === null || mine === undefined || probability === null || probability === undefined) return { ...statement, checkworthiness: null, checkSignals: [] };
    return { ...statement, checkworthiness: Math.round(probability * mine.claim * 1000) / 1000, checkSignals: explainScore(mine, probability) };
  });
}

/**
 * The features that raised a score most, strongest first, with NEIGHBOURS_SIGNAL among them when
 * the neighbours' scores did: their lift counts as ln(raised / own probability), the factor it
 * multiplied the probability by, which for the small probabilities of check-worthiness is about
 * what it added to the log-odds, the scale of the features' weights.
 */
function explainScore(own: { probability: number; raising: ReadonlyArray<{ name: string; weight: number }> }, raised: number): string[] {
  const lift = own.probability > 0 ? Math.log(raised / own.probability) : 0;
  const ranked = lift > NEGLIGIBLE_LIFT ? [...own.raising, { name: NEIGHBOURS_SIGNAL, weight: lift }].sort((a, b) => b.weight - a.weight) : own.raising;
  return ranked.slice(0, EXPLAINING_FEATURES).map(({ name }) => name);
}

/** A lift under this (a factor of 1.05) changes no ranking worth explaining. */
const NEGLIGIBLE_LIFT = Math.log(1.05);
