/**
 * The words themselves: lemma unigrams and bigrams, the opening words, and coarse tag bigrams.
 * The floor every model stands on; the other feature groups carry the distinctions.
 */
import type { Token } from '../segment/token.js';
import type { FeatureSet } from './feature.js';

/** A word as a feature: its lemma, lower-cased, digits folded ("2019" and "1998" are both "####"). */
export function wordOf(token: Token): string {
  return (token.lemma || token.normal).toLowerCase().replace(/\d/g, '#');
}

/** compromise's tags folded into a dozen parts of speech. */
export function coarseTag(token: Token): string {
  const tags = token.tags;
  if (tags.has('Modal')) return 'MD';
  if (tags.has('Auxiliary') || tags.has('Copula')) return 'AUX';
  if (tags.has('Verb')) return tags.has('PastTense') ? 'VBD' : tags.has('Gerund') ? 'VBG' : 'VB';
  if (tags.has('Pronoun')) return 'PRP';
  if (tags.has('ProperNoun') || tags.has('Person') || tags.has('Organization') || tags.has('Place')) return 'NNP';
  if (tags.has('Value')) return 'CD';
  if (tags.has('Noun')) return 'NN';
  if (tags.has('Adjective')) return 'JJ';
  if (tags.has('Adverb')) return isNegative(token) ? 'NEG' : 'RB';
  if (tags.has('Determiner')) return 'DT';
  if (tags.has('Preposition')) return 'IN';
  if (tags.has('Conjunction')) return 'CC';
  return isNegative(token) ? 'NEG' : 'X';
}

function isNegative(token: Token): boolean {
  return token.tags.has('Negative') || token.lemma === 'not' || token.normal === 'never';
}

export function wordFeatures(tokens: readonly Token[], features: FeatureSet): void {
  const words = tokens.filter((t) => t.text !== '' || t.lemma === 'not').map(wordOf);
  for (const word of words) features.add(`w:${word}`);
  for (let i = 0; i + 1 < words.length; i++) features.add(`ww:${words[i]}_${words[i + 1]}`);
  if (words.length > 0) features.add(`first:${words[0]}`);
  if (words.length > 1) features.add(`first2:${words[0]}_${words[1]}`);
  const tags = tokens.map(coarseTag);
  for (let i = 0; i + 1 < tags.length; i++) features.add(`tt:${tags[i]}_${tags[i + 1]}`);
  if (tags.length > 0) features.add(`first-tag:${tags[0]}`);
}
