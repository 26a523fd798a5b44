/**
 * A statement among its neighbours, and pairs of what it already says: its place in the article
 * in fifths, a quotation that goes on from the statement before, a negation or rebuttal just
 * before or after, the rules' labels of the statement and its neighbour together, and who speaks
 * with how much quotation in which tense. Prefixes `seq:`, `pos:` and `pair:`.
 *
 * Why: denials come in runs (a spokesman's quotation goes on for sentences after "denied"), and
 * a negation reads differently in a quotation that follows one than in the article's own voice.
 */
import type { AnalyzedStatement } from '../analyze.js';
import type { FeatureSet } from './feature.js';
import { mainTense } from './shape.js';
import { quotedShare, sourceKind, stanceSigns } from './stance.js';

export function sequenceFeatures(statements: readonly AnalyzedStatement[], index: number, features: FeatureSet): void {
  const statement = statements[index]!;
  const quoted = quotedShare(statement);
  const source = sourceKind(statement);
  const label = statement.rules.label;
  const negated = stanceSigns(statement).negations.length > 0;
  features.add(`pos:${Math.min(4, Math.floor((5 * index) / statements.length))}`);
  const previous = statements[index - 1];
  if (previous !== undefined) {
    const signs = stanceSigns(previous);
    const previousQuoted = quotedShare(previous);
    if (previousQuoted !== 'none' && quoted !== 'none') {
      if (source === 'none') features.add(`seq:continues-quote&previous=${previous.rules.label}`);
      features.add('seq:quote-after-quote');
    }
    if (signs.negations.length > 0) {
      features.add('seq:previous-negated');
      if (negated) features.add('seq:previous-negated&negated');
      features.add(`seq:previous-negated&quoted=${quoted}`);
    }
    if (signs.falsity || signs.rejecting) {
      features.add('seq:previous-rebuts');
      features.add(`seq:previous-rebuts&quoted=${quoted}&source=${source}`);
    }
    if (sourceKind(previous) !== 'none' && source === 'none') features.add(`seq:previous-sourced&unsourced&quoted=${quoted}`);
    features.add(`seq:previous=${previous.rules.label}&rules=${label}`);
    if (previous.segment.role === 'body' && previous.segment.paragraph !== statement.segment.paragraph) features.add('seq:new-paragraph');
  }
  const next = statements[index + 1];
  if (next !== undefined) {
    const signs = stanceSigns(next);
    if (signs.falsity || signs.rejecting) features.add('seq:next-rebuts');
    if (signs.negations.length > 0) features.add('seq:next-negated');
    features.add(`seq:next=${next.rules.label}&rules=${label}`);
  }
  const tense = mainTense(features);
  features.add(`pair:source=${source}&quoted=${quoted}&tense=${tense}`);
  features.add(`pair:rules=${label}&source=${source}&quoted=${quoted}`);
  if (features.names.includes('main:negated') || features.names.includes('claim:negated')) features.add(`pair:negated&source=${source}&tense=${tense}`);
}
