/**
 * The cue tagger: a binary logistic regression over the words of a statement, trained on the
 * Cue spans of the 840 PolNeAR train articles (`npm run train:attribution`,
 * src/train/attribution/), that says which verbs report what someone says, thinks or does
 * about a claim ("unearthed", "is seizing on", "backed") where the lexicon has no entry. The
 * patterns then look for the verb's speaker as they do for a lexicon verb, and the attribution
 * model (judge.ts) keeps or drops what comes of it. Its file is src/models/attribution-cues.json,
 * read on first use; the threshold chosen by the trainer is folded into the bias, so a verb is a
 * cue when "cue" is the more probable class. Nothing of the trainer loads here.
 */
import type { LinearModel } from '../models/linear.js';
import { committedModel } from '../models/read.js';
import type { Token } from '../segment/token.js';

/** P(cue) of a word from its feature names (each once, as cueTokenFeatures gives them), 0.5 or more when it is tagged a cue. */
export interface CueTagger {
  probability(names: readonly string[]): number;
}

export function modelCueTagger(model: LinearModel): CueTagger {
  const cueClass = model.classes.indexOf('cue');
  if (cueClass === -1 || model.classes.length !== 2) throw new Error('cue model: not the two classes "other" and "cue"');
  const otherClass = 1 - cueClass;
  // Two classes: P(cue) is the logistic of the difference of their scores. Weighed for every verb
  // of every statement, so without the Feature objects and the softmax of predictKnown.
  return {
    probability(names) {
      let margin = 0;
      for (const name of names) {
        const row = model.rows.get(name);
        if (row !== undefined) margin += model.weight(row, cueClass) - model.weight(row, otherClass);
      }
      return 1 / (1 + Math.exp(-margin / model.temperature));
    },
  };
}

let committed: CueTagger | undefined;

/** The committed tagger (src/models/attribution-cues.json), read the first time a word is weighed. */
export function committedCueTagger(): CueTagger {
  return { probability: (names) => (committed ??= modelCueTagger(committedModel('attribution-cues.json'))).probability(names) };
}

/** The words the tagger weighs: verbs, of any form, outside quotation marks. */
export function isCueCandidate(token: Token): boolean {
  return token.tags.has('Verb') && !token.tags.has('Auxiliary') && !token.tags.has('Copula') && token.end > token.start;
}

const TAGS = ['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Participle', 'PhrasalVerb', 'Modal', 'Passive'] as const;

/**
 * What the tagger weighs of word `i`: the word and its lemma, its verb form, the words beside
 * it and what follows it (a clause, a quotation, a colon, "to", a preposition), whether a
 * person or a pronoun stands before it, whether the lexicon knows it as another kind of cue.
 * `lexicon`: the kinds of the lexicon entries that cover the word.
 */
export function cueTokenFeatures(tokens: readonly Token[], i: number, lexicon: readonly string[]): string[] {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  const names = ['bias', `w:${token.normal}`, `l:${token.lemma}`];
  for (const tag of TAGS) if (token.tags.has(tag)) names.push(`t:${tag}`);
  for (const kind of new Set(lexicon)) names.push(`lex:${kind}`);
  const before = previous === undefined ? '^' : wordClass(previous);
  const after = next === undefined ? '$' : nextShape(token, next);
  names.push(`p:${before}`, `n:${after}`, `l|n:${token.lemma}|${after}`, `l|p:${token.lemma}|${before}`, `p|n:${before}|${after}`);
  if (previous !== undefined) names.push(`pw:${previous.normal}`);
  if (next !== undefined) names.push(`nw:${next.normal}`, `l|nw:${token.lemma}|${next.normal}`);
  const twoBack = tokens[i - 2];
  if (twoBack !== undefined) names.push(`p2:${wordClass(twoBack)}`);
  if (/,\s*$/.test(previous?.post ?? '')) names.push('after-comma');
  if (/["”’»]/.test(previous?.post ?? '') || /["“]/.test(token.pre)) names.push('by-quote');
  const subject = subjectClass(tokens, i);
  names.push(`s:${subject}`, `l|s:${token.lemma}|${subject}`);
  const second = tokens[i + 2];
  if (next !== undefined && second !== undefined) names.push(`n2:${after}|${nextShape(next, second)}`);
  const share = i / Math.max(1, tokens.length - 1);
  names.push(`at:${share < 0.2 ? 'start' : share < 0.7 ? 'middle' : 'end'}`);
  return names;
}

/** A word as the tagger sees its neighbours: its class, or the word itself for small closed ones. */
function wordClass(token: Token): string {
  if (token.tags.has('Pronoun')) return `pron:${token.normal}`;
  if (token.tags.has('Person') || token.tags.has('Organization')) return 'name';
  if (token.tags.has('ProperNoun')) return 'proper';
  if (token.tags.has('Noun')) return 'noun';
  if (CLOSED.has(token.normal)) return token.normal;
  if (token.tags.has('Adverb')) return 'adverb';
  if (token.tags.has('Verb')) return 'verb';
  if (token.tags.has('Adjective')) return 'adjective';
  return 'other';
}

const CLOSED = new Set(['to', 'that', 'which', 'who', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'not', 'also', 'and', 'but', 'of', 'for', 'on', 'about', 'in', 'as', 'by', 'with', 'the', 'a']);

/**
 * Who stands before the verb as its subject: the nearest nominal among the six words before it,
 * across adverbs and auxiliaries, up to a comma or a clause's start (PolNeAR's sources are
 * people and organisations far more than things).
 */
function subjectClass(tokens: readonly Token[], i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const token = tokens[k]!;
    if (/[,;:—–]/.test(token.post)) return 'none';
    if (/^(?:who|which|that)$/.test(token.normal)) return token.normal;
    if (token.tags.has('Pronoun')) return /^(?:he|she|they|i|we|you)$/.test(token.normal) ? 'person-pronoun' : 'pronoun';
    if (token.tags.has('Person')) return 'person';
    if (token.tags.has('Organization')) return 'organization';
    if (token.tags.has('ProperNoun')) return 'proper';
    if (token.tags.has('Noun')) return 'noun';
  }
  return 'none';
}

/** What follows a word: a quotation, a colon, a comma, the end, or the next word's class. */
function nextShape(token: Token, next: Token): string {
  if (/["“]/.test(token.post + next.pre)) return 'quote';
  if (/:/.test(token.post)) return 'colon';
  if (/[.!?]/.test(token.post)) return 'end';
  if (/[,;—–]/.test(token.post)) return 'comma';
  return wordClass(next);
}
