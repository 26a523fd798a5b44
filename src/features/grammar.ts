/**
 * What the claim's main verb does and who its subject is: tense, aspect, modality, negation,
 * a linking verb, and a generic subject ("Most lithium comes from …", "Ozone is a gas …") as
 * against an episodic one ("The mayor resigned on Monday").
 */
import type { Token } from '../segment/token.js';
import type { TokenRange } from '../attribute/noun-phrase.js';
import { QUANTIFIERS } from '../attribute/noun-phrase.js';
import { isNegation } from '../classify/scope.js';
import type { FeatureSet } from './feature.js';

/** Words that open a leading adverbial clause, whose verb is not the main one. */
const LEADING_SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'because', 'since', 'if', 'although', 'though', 'as', 'once', 'until', 'unless', 'whereas']);

/** The index of the main verb of tokens[first..last], skipping a leading adverbial clause; -1 when none. */
export function mainVerb(tokens: readonly Token[], range: TokenRange): number {
  let from = range.first;
  if (LEADING_SUBORDINATORS.has(tokens[from]?.normal ?? '')) {
    const comma = tokens.findIndex((t, i) => i >= from && i < range.last && t.post.includes(','));
    if (comma !== -1) from = comma + 1;
  }
  for (let i = from; i <= range.last; i++) {
    const token = tokens[i]!;
    if (!token.tags.has('Verb')) continue;
    // Skip a relative clause's verb right after "who / which / that".
    if (i > 0 && /^(?:who|which|that)$/.test(tokens[i - 1]!.normal) && i - 1 > from) continue;
    if (token.tags.has('Gerund') && i === from) continue;
    return i;
  }
  return -1;
}

export function grammarFeatures(tokens: readonly Token[], range: TokenRange, prefix: string, features: FeatureSet): void {
  const verb = mainVerb(tokens, range);
  if (verb === -1) {
    features.add(`${prefix}:no-verb`);
    return;
  }
  // The verb group: auxiliaries, modals, negation and adverbs up to the lexical verb.
  let last = verb;
  while (last < range.last && (tokens[last]!.tags.has('Auxiliary') || tokens[last]!.tags.has('Modal') || isNegation(tokens[last]!) || (last > verb && tokens[last]!.tags.has('Adverb')))) {
    const next = tokens[last + 1]!;
    if (!next.tags.has('Verb') && !next.tags.has('Adverb') && !isNegation(next)) break;
    last++;
  }
  const group = tokens.slice(verb, last + 1);
  const at = { start: tokens[verb]!.start, end: tokens[last]!.end };
  const head = group[group.length - 1]!;
  const modal = group.find((t) => t.tags.has('Modal'));
  if (modal !== undefined) features.add(`${prefix}:modal=${modal.normal}`, at);
  const tense = modal?.normal === 'will' || modal?.normal === "'ll" ? 'future' : modal !== undefined ? 'modal' : group[0]!.tags.has('PastTense') ? 'past' : group[0]!.tags.has('PresentTense') || group[0]!.tags.has('Infinitive') ? 'present' : 'other';
  features.add(`${prefix}:tense=${tense}`, at);
  if (group.some((t) => /^(?:has|have|had|'ve|'s)$/.test(t.normal)) && (head.tags.has('PastTense') || head.tags.has('Participle'))) features.add(`${prefix}:perfect`, at);
  if (group.some((t) => t.normal === 'had') && group.length > 1) features.add(`${prefix}:past-perfect`, at);
  if (head.tags.has('Gerund') && group.length > 1) features.add(`${prefix}:progressive`, at);
  if (head.tags.has('Passive')) features.add(`${prefix}:passive`, at);
  if (head.tags.has('Copula')) features.add(`${prefix}:copula`, at);
  if (group.some(isNegation) || (verb > range.first && isNegation(tokens[verb - 1]!))) features.add(`${prefix}:negated`, at);
  features.add(`${prefix}:verb=${head.lemma}`, at);
  subjectFeatures(tokens, { first: range.first, last: verb - 1 }, tense, prefix, features);
}

function subjectFeatures(tokens: readonly Token[], range: TokenRange, tense: string, prefix: string, features: FeatureSet): void {
  if (range.last < range.first) {
    features.add(`${prefix}:subject=none`);
    return;
  }
  const words = tokens.slice(range.first, range.last + 1);
  const first = words[0]!;
  let kind: string;
  if (words.length === 1 && first.tags.has('Pronoun')) kind = `pronoun-${first.normal}`;
  else if (QUANTIFIERS.has(first.normal) || first.normal === 'none' || first.normal === 'no') kind = `quantified-${first.normal}`;
  else if (words.some((t) => t.tags.has('ProperNoun') || t.tags.has('Person') || t.tags.has('Organization'))) kind = 'named';
  else if (first.tags.has('Determiner')) kind = `det-${first.normal}`;
  else if (first.tags.has('Plural') || (first.tags.has('Adjective') && words.some((t) => t.tags.has('Plural')))) kind = 'bare-plural';
  else if (first.tags.has('Noun')) kind = 'bare-noun';
  else kind = 'other';
  features.add(`${prefix}:subject=${kind}`);
  // A generic statement: a kind in the present tense ("Ozone is a gas", "Most lithium comes from").
  const generic = kind === 'bare-plural' || kind === 'bare-noun' || kind === 'det-a' || kind === 'det-an' || kind.startsWith('quantified-most');
  if (generic && tense === 'present') features.add(`${prefix}:generic-present`);
  features.add(`${prefix}:subject=${kind}&tense=${tense}`);
}
