import sentenceStarters from './lexicon/sentence-starters.json' with { type: 'json' };
import speechTags from './lexicon/speech-tags.json' with { type: 'json' };
import { TITLES, type Token } from './token.js';

/**
 * Token-level decisions on where a sentence ends, on top of compromise's own splits: which of
 * its splits to undo, and which ends it missed. Each looks at a bounded neighbourhood of
 * tokens, so a run of any length is decided in linear time.
 */

const STARTERS: ReadonlySet<string> = new Set(sentenceStarters.words);
const SPEECH_VERBS: ReadonlySet<string> = new Set(speechTags.verbs);
const CREDIT_WORDS: ReadonlySet<string> = new Set(sentenceStarters.creditWords);
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set(sentenceStarters.numberAbbreviations);

/** How far back a sentence's verb is looked for: a sentence is rarely longer. */
const MAX_LOOKBACK_TOKENS = 60;

/**
 * compromise ended a sentence after `tokens[last]`, and it should not have: an honorific before
 * a name ("Gov.\u00a0George Romney"), a quotation and its speech tag (`“How?” Clinton said`),
 * a word in lower case after a name's exclamation mark ("Yahoo! in the"), a spaced ellipsis
 * inside a sentence ("the thing is . . . I didn't"), "No." or "N°." before its number.
 */
export function continuesSentence(tokens: readonly Token[], last: number): boolean {
  const token = tokens[last]!;
  const next = tokens[last + 1];
  if (next === undefined) return false;
  if (continuesAfterHonorific(token, next) || isSpeechTag(tokens, last)) return true;
  // Not a quotation that opens in lower case (`All that. “the end.”`): only a bare word goes on.
  if (startsLower(next.text) && next.pre.trim() === '' && !/[\p{Lu}]/u.test(next.text.slice(1))) return true;
  if (SPACED_ELLIPSIS.test(token.post)) return true;
  return token.post.trim() === '.' && NUMBER_ABBREVIATIONS.has(token.normal) && /^\d/.test(next.text) && next.pre.trim() === '';
}

/** ". . ." after a space: an omission inside a sentence. Attached to a word's period (". . . .") it ends one. */
const SPACED_ELLIPSIS = /^\s+\.(?:\s\.){2}\s*$/;

/**
 * Where a sentence that ends with `token` stops: after the word's own period when a spaced
 * ellipsis follows it ("compounds. . . . The practice": the ellipsis opens the next sentence,
 * as it marks what was left out before it), else null (the next word's opening punctuation).
 */
export function endAfterPeriod(token: Token): number | null {
  return /^\.\s+\.(?:\s\.){2}/.test(token.post) ? token.end + 1 : null;
}

/**
 * compromise keeps "in the U.S. The next day" as one sentence, and merges the sentences of a
 * quotation (`"It's art. He is a legend."`, `He said "No." Then ...`) and those after an
 * ellipsis. A word followed by a sentence-final mark and a space ends a sentence when the
 * next word is capitalised, unless the mark is the period of an abbreviation or an initial.
 * After an abbreviation ("U.S.", "a.m.") it still ends one when the next word is a typical
 * sentence starter, opens a credit ("Washington D.C. Image: NASA."), or is a capitalised
 * common word rather than part of a name ("at 5 p.m. Workers went home", but not
 * "U.S. President Joe Biden" or "Gov. Jane Roe"). In a Title Case line every word is
 * capitalised, so a capital after an abbreviation says nothing ("Ports Brace as U.S. Strike Nears").
 */
export function endsSentenceCompromiseMissed(tokens: readonly Token[], i: number, titleCase: () => boolean): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1]!;
  if (!/\s$/.test(token.post) || !startsUpper(next.text)) return false;
  const post = token.post.trim();
  // "said Del. Stacey Plaskett": a title's period, even one compromise does not know as an abbreviation.
  if (post === '.' && TITLES.has(token.normal)) return false;
  const abbreviation = token.text.endsWith('.') || (post.startsWith('.') && isAbbreviation(token));
  if (!abbreviation) return /^(?:[.!?]+|…|\.{3})["'“”‘’«»]*$/.test(post);
  if (next.pre.trim() !== '' || isInitial(tokens, i) || titleCase()) return false;
  if (STARTERS.has(next.normal) || opensCredit(next) || isCommonWord(next, token)) return true;
  // "He left the bank at 6 P.M. Mr. Smith then went": after a time that closes a clause with its
  // verb, a title opens the next sentence; "At 5 a.m. Mr. Smith went" has no verb before it yet.
  return token.tags.has('Time') && next.tags.has('Honorific') && hasVerbBefore(tokens, i);
}

/**
 * A capital letter and its period is an initial ("Jonas E. Smith", "E. Smith said"), an
 * honorific is a title; the pronoun "I" after a word in lower case ends a clause ("you and I.").
 */
function isInitial(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.tags.has('Honorific')) return true;
  if (!/^\p{Lu}$/u.test(token.text)) return false;
  const previous = tokens[i - 1];
  return token.text !== 'I' || (previous !== undefined && startsUpper(previous.text) && !/[.!?]/.test(previous.post));
}

/** A finite verb between the sentence's start and `i`. */
function hasVerbBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - MAX_LOOKBACK_TOKENS; j--) {
    const token = tokens[j]!;
    if (/[.!?]\s/.test(token.post)) return false;
    if (token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Infinitive')) return true;
  }
  return false;
}

/**
 * A capitalised word compromise does not read as part of a name, title or date. After a time
 * ("5 p.m. Workers") compromise takes any capitalised word for an organisation's name, so
 * there only people, places and dates keep the sentence going.
 */
function isCommonWord(token: Token, abbreviation: Token): boolean {
  const naming = ['Person', 'Place', 'Honorific', 'Acronym', 'Date', 'Value'];
  if (!abbreviation.tags.has('Time')) naming.push('ProperNoun', 'Organization');
  return !naming.some((tag) => token.tags.has(tag)) && !/^\p{Lu}{2,}/u.test(token.text);
}

function isAbbreviation(token: Token): boolean {
  return token.tags.has('Abbreviation') || token.tags.has('Honorific') || /^\p{Lu}$/u.test(token.text);
}

/** "Image: NASA.", "Photo: Reuters": a credit that a caption's last period runs into. */
function opensCredit(token: Token): boolean {
  return token.post.startsWith(':') && CREDIT_WORDS.has(token.normal);
}

/**
 * `“How many times?” Clinton said.`: a quotation that ends in a question or exclamation mark
 * and is followed by a short tag with a speech verb is one sentence with its tag.
 */
export function isSpeechTag(tokens: readonly Token[], quoteEnd: number): boolean {
  if (!/[?!]["”’']+\s*$/.test(tokens[quoteEnd]!.post)) return false;
  for (let i = quoteEnd + 1; i < tokens.length && i <= quoteEnd + speechTags.maxTagWords; i++) {
    const token = tokens[i]!;
    if (SPEECH_VERBS.has(token.lemma) && token.tags.has('Verb')) return true;
    if (/[.!?]/.test(token.post)) return false;
  }
  return false;
}

/** "Gov.\u00a0George Romney": an honorific never ends a sentence before a capitalised name. */
function continuesAfterHonorific(last: Token, first: Token): boolean {
  const title = last.tags.has('Honorific') || TITLES.has(last.normal.replace(/\.$/, ''));
  return title && last.post.trim() === '.' && startsUpper(first.text) && first.pre.trim() === '';
}

export function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function startsLower(word: string): boolean {
  return /^\p{Ll}/u.test(word);
}
