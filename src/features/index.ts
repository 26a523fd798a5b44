/**
 * Statement -> named features, shared by every model (labels today; check-worthiness and
 * attribution reuse it). Pure: the same document analysis gives the same features in the same
 * order, which keeps training byte-reproducible and annotation deterministic.
 *
 * Groups, one file each:
 *   rules     the hand-written rules' decision and rule name (src/classify), their strongest evidence
 *   cues      every lexicon cue with its kind and scope
 *   grammar   the claim's main verb (tense, aspect, modality, negation) and its subject (generic or not)
 *   context   role, position, neighbours, headline topic, years, numbers, quotation, source
 *   stance    negation scope and the words that call a claim false or push it away
 *   shape     the shapes of background: time frames, descriptions, definitions, furniture
 *   sequence  the statement among its neighbours, and pairs of source, quotation and tense
 *   words     lemma and tag n-grams
 */
import type { DocumentAnalysis } from '../analyze.js';
import type { Lexicon } from '../classify/index.js';
import { quoteAt } from '../attribute/quotes.js';
import { contextFeatures, documentContext, type DocumentContext } from './context.js';
import { cueFeatures } from './cues.js';
import { FeatureSet, type Feature } from './feature.js';
import { grammarFeatures } from './grammar.js';
import { sequenceFeatures } from './sequence.js';
import { shapeFeatures } from './shape.js';
import { stanceFeatures } from './stance.js';
import { wordFeatures } from './words.js';

export type { Feature } from './feature.js';
export { FeatureSet } from './feature.js';

/** What the features of a document's statements share: worked out once per document. */
export interface FeatureContext {
  context: DocumentContext;
  quoted: (offset: number) => boolean;
}

export function featureContext(doc: DocumentAnalysis, lexicon: Lexicon): FeatureContext {
  return { context: documentContext(doc, lexicon.accusationWords), quoted: (offset) => quoteAt(offset, doc.quotes) !== null };
}

/** The features of every statement of an analysed document, in statement order. */
export function documentFeatures(doc: DocumentAnalysis, lexicon: Lexicon): Feature[][] {
  const context = featureContext(doc, lexicon);
  return doc.statements.map((_, index) => statementFeatures(context, index).list);
}

/**
 * The features of statement `index`; with `known` (a model's rows), only those the model
 * knows (see FeatureSet). One statement at a time, so that a document's features need not all
 * be held at once.
 */
export function statementFeatures({ context, quoted }: FeatureContext, index: number, known?: ReadonlyMap<string, number>): FeatureSet {
  const statement = context.doc.statements[index]!;
  const features = new FeatureSet(known);
  features.add('bias');
  const [label, rule] = statement.rules.rule.split(':');
  features.add(`rule-label:${label}`);
  features.add(`rule:${label}:${rule?.replace(/^role-.*/, 'role')}`);
  cueFeatures(statement, quoted, features);
  const tokens = statement.segment.tokens;
  if (tokens.length > 0) {
    const content = statement.labelAttribution.content;
    grammarFeatures(tokens, { first: 0, last: tokens.length - 1 }, 'main', features);
    if (content !== null && content.first <= content.last) grammarFeatures(tokens, content, 'claim', features);
  }
  contextFeatures(context, index, features);
  // These read the main verb's and the context's features added above.
  stanceFeatures(statement, features);
  shapeFeatures(statement, context.doc.storyYear, features);
  sequenceFeatures(context.doc.statements, index, features);
  wordFeatures(tokens, features);
  return features;
}
