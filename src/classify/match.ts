import type { Token } from '../segment/token.js';
import type { CompiledEntry, Lexicon } from './lexicon.js';
import { isInvertedTag, standsAsVerb } from './verb-position.js';

/** A lexicon entry found in a statement: tokens [first, last] inclusive. */
export interface Match {
  entry: CompiledEntry;
  first: number;
  last: number;
}

/** How many words a `*` in a phrase may stand for. */
const MAX_GAP = 4;

/**
 * Finds every lexicon entry in the tokens. A phrase word matches a token when it equals the
 * token's lemma, its normal form or its text, so "deny" finds denies/denied/denying and
 * "declined to" finds the exact form. Where entries overlap, all are returned; the rules decide.
 */
export function findMatches(tokens: readonly Token[], lexicon: Lexicon): Match[] {
  const matches: Match[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    matches.push(...pastFormMatches(tokens, i, lexicon));
    // Worked out once per token, when an entry first needs it.
    let verbPosition: boolean | undefined;
    for (const entry of candidatesAt(token, lexicon)) {
      if (entry.tags !== undefined && !entry.tags.some((tag) => token.tags.has(tag)) && !(entry.tags.includes('Verb') && (verbPosition ??= standsAsVerb(tokens, i)))) continue;
      // "be * critical of": the word after the gap must stand in the few words ahead.
      if (entry.words[1] === '*' && entry.words.length > 2 && !standsAhead(tokens, i, entry.words[2]!)) continue;
      // "their home states’ choice": a possessive is a noun whatever compromise tagged it, and so is
      // a word between an article or a preposition and a noun ("from state rolls", "the state tax").
      if (entry.tags?.includes('Verb') === true && (/^['’]/.test(token.post) || readsAsModifier(tokens, i))) continue;
      const last = matchWords(tokens, i, entry.words);
      if (last === -1) continue;
      if (entry.exceptWords.some((words) => matchWords(tokens, i, words) !== -1)) continue;
      if (splitsCompound(tokens, i, last)) continue;
      matches.push({ entry, first: i, last });
    }
  }
  return matches.sort((a, b) => a.first - b.first || a.last - b.last);
}

const NO_ENTRIES: readonly CompiledEntry[] = [];
const NO_MATCHES: readonly Match[] = [];

/** A verb-tagged word that stands between an article, a possessive, a number or a preposition and a noun: a noun's modifier. */
function readsAsModifier(tokens: readonly Token[], index: number): boolean {
  if (followsDeterminer(tokens, index)) return true;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before === undefined || after === undefined || tokens[index]!.tags.has('Gerund') || /[,;:]/.test(tokens[index]!.post)) return false;
  const opener = /^(?:the|a|an)$/.test(before.normal) || before.tags.has('Possessive') || before.tags.has('Value') || (before.tags.has('Preposition') && before.normal !== 'to');
  return opener && after.tags.has('Noun') && !after.tags.has('Pronoun') && !after.tags.has('Determiner');
}

/**
 * "his comments", "Trump's plans", "a series of tweets", "the new rules": no finite verb
 * follows an article, a possessive or "of", adjectives aside, whatever compromise tagged the
 * word. ("her" may be an object: "let her say".)
 */
function followsDeterminer(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.tags.has('Gerund') || token.tags.has('Participle')) return false;
  let at = index - 1;
  while (at >= 0 && tokens[at]!.tags.has('Adjective') && !tokens[at]!.tags.has('Determiner') && !/[,;:()"“”—–]/.test(tokens[at]!.post)) at--;
  const opener = tokens[at];
  if (opener === undefined || /[,;:()"“”—–]/.test(opener.post)) return false;
  if (/^(?:the|a|an|his|their|its|our|my|your|of)$/.test(opener.normal)) return true;
  // "seizing on recent comments": a preposition too, with an adjective between ("as reported" has none).
  if (at < index - 1 && opener.tags.has('Preposition') && !/^(?:to|as|than|like)$/.test(opener.normal)) return true;
  return opener.tags.has('Possessive') && !opener.tags.has('Pronoun') && /['’]s?$/.test(opener.text + opener.post.trim());
}

/** `word` stands among the words a `*` after token `index` may reach. */
function standsAhead(tokens: readonly Token[], index: number, word: string): boolean {
  for (let k = index + 1; k < tokens.length && k <= index + MAX_GAP + 1; k++) if (wordMatches(word, tokens[k]!)) return true;
  return false;
}

/**
 * Past forms compromise gives no lemma, so that base-form entries would miss them: "…, noted
 * NBC's Dante Chinni." (read as an adjective; in a closing tag the verb's entries apply) and
 * verbs it does not know ("derided", "touted"). The lexicon decides which stem is the verb:
 * "deride" from "derided", "tout" from "touted".
 */
function pastFormMatches(tokens: readonly Token[], index: number, lexicon: Lexicon): readonly Match[] {
  const token = tokens[index]!;
  if (!token.normal.endsWith('ed') || token.lemma !== token.normal) return NO_MATCHES;
  const verb = token.tags.has('Verb') && token.tags.has('PastTense');
  if (verb ? readsAsModifier(tokens, index) : token.tags.has('Verb') || !isInvertedTag(tokens, index)) return NO_MATCHES;
  const stems = new Set([token.normal.slice(0, -1), token.normal.slice(0, -2), token.normal.replace(/ied$/, 'y'), token.normal.replace(/(\p{L})\1ed$/u, '$1')]);
  const found: Match[] = [];
  for (const stem of stems) {
    for (const entry of lexicon.byFirstWord.get(stem) ?? NO_ENTRIES) {
      if (entry.tags?.includes('Verb') !== true || entry.exceptWords.length > 0 || (!verb && entry.words.length > 1)) continue;
      const last = entry.words.length === 1 ? index : matchWords(tokens, index + 1, entry.words.slice(1));
      if (last !== -1) found.push({ entry, first: index, last });
    }
  }
  return found;
}

/** The entries whose first word is the token's lemma, normal form or text, each once, in that order. */
function candidatesAt(token: Token, lexicon: Lexicon): readonly CompiledEntry[] {
  const byLemma = lexicon.byFirstWord.get(token.lemma) ?? NO_ENTRIES;
  const byNormal = token.normal === token.lemma ? NO_ENTRIES : (lexicon.byFirstWord.get(token.normal) ?? NO_ENTRIES);
  const lower = token.text.toLowerCase();
  const byText = lower === token.lemma || lower === token.normal ? NO_ENTRIES : (lexicon.byFirstWord.get(lower) ?? NO_ENTRIES);
  // Most words start no entry at all, and most others only by their lemma.
  if (byNormal.length === 0 && byText.length === 0) return byLemma;
  return [...new Set([...byLemma, ...byNormal, ...byText])];
}

/**
 * compromise splits "denial-of-service" into words joined by hyphens; a phrase must take the
 * whole compound ("so-called" as "so called"), not one part of it.
 */
function splitsCompound(tokens: readonly Token[], first: number, last: number): boolean {
  const joinedBefore = first > 0 && tokens[first - 1]!.post === '-';
  return joinedBefore || tokens[last]!.post === '-';
}

/** Index of the last token of `words` matched from `start`, or -1. */
export function matchWords(tokens: readonly Token[], start: number, words: readonly string[]): number {
  return matchFrom(tokens, start, words, 0);
}

function matchFrom(tokens: readonly Token[], at: number, words: readonly string[], w: number): number {
  if (w === words.length) return at - 1;
  const word = words[w]!;
  if (word === '*') {
    for (let skip = 0; skip <= MAX_GAP && at + skip <= tokens.length; skip++) {
      const end = matchFrom(tokens, at + skip, words, w + 1);
      if (end !== -1) return end;
    }
    return -1;
  }
  const token = tokens[at];
  if (token === undefined || !wordMatches(word, token)) return -1;
  // A phrase does not run across a sentence-internal break such as a semicolon or a dash.
  if (w + 1 < words.length && words[w + 1] !== '*' && /[;:—–]/.test(token.post)) return -1;
  return matchFrom(tokens, at + 1, words, w + 1);
}

export function wordMatches(word: string, token: Token): boolean {
  return word === token.lemma || word === token.normal || word === token.text.toLowerCase();
}
