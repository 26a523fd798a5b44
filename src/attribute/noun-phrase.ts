import type { Token } from '../segment/token.js';
import type { Span } from '../types.js';

/**
 * Finding the noun phrase that names who speaks, on compromise's tags. Token ranges are
 * [first, last] inclusive indices into one statement's tokens.
 */
export interface TokenRange {
  first: number;
  last: number;
}

/** Small words that join the parts of a name or title: "mission to the UN", "spokesman for the campaign". */
const CONNECTORS = new Set(['of', 'for', 'to', 'at', 'from', 'in', 'on', 'with', 'and', '&', 'de', 'del', 'van', 'von', 'by']);
const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that', 'whom']);
const CLAUSE_WORDS = new Set(['when', 'while', 'if', 'because', 'although', 'though', 'as', 'since', 'after', 'before', 'once', 'unless', 'until', 'whether', 'where']);
export const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'others', 'few', 'all', 'both', 'each', 'several', 'none']);
/** Prepositions compromise may tag as something else at the start of a sentence ("Under the plan"): no noun phrase starts with one. */
const LEADING_PREPOSITIONS = new Set(['under', 'despite', 'during', 'against', 'through', 'without', 'amid', 'among', 'over', 'about', 'contrary', 'following', 'including', 'regarding', 'concerning']);

export function isNominal(token: Token): boolean {
  // compromise tags some acronyms as verbs ("the UN stated"); a word in capitals is a name.
  if (/^[A-Z][A-Z&.]+$/.test(token.text)) return true;
  if (token.tags.has('Verb') && !token.tags.has('Noun') && !token.tags.has('Gerund')) return false;
  if (token.tags.has('Preposition') || token.tags.has('Conjunction')) return false;
  if (RELATIVE_PRONOUNS.has(token.normal)) return false;
  return ['Noun', 'Pronoun', 'Determiner', 'Adjective', 'Value', 'Acronym', 'ProperNoun', 'Possessive'].some((tag) => token.tags.has(tag));
}

function isConnector(token: Token): boolean {
  return CONNECTORS.has(token.normal);
}

/** Punctuation between tokens[i] and tokens[i + 1] that ends a phrase. */
export function breaksAfter(token: Token): boolean {
  if (/[,;:()"“”—–]|\s-\s/.test(token.post)) return true;
  // "Vann R. Newkirk", "Sen. Ted Cruz": the period of an initial or a title is no break.
  const initial = /^\p{Lu}$/u.test(token.text) || token.tags.has('Honorific') || token.tags.has('Abbreviation');
  return !initial && /[.!?]/.test(token.post.trim());
}

function opensAfter(token: Token): boolean {
  return /[("“—–]/.test(token.pre);
}

/** Trims connectors, and determiners left dangling, from the edges of a range. */
const hasWord = (token: Token): boolean => /[\p{L}\p{N}]/u.test(token.text);

function tidy(tokens: readonly Token[], range: TokenRange): TokenRange | null {
  let { first, last } = range;
  // "When PolitiFact …": a clause word compromise took for a name opens no noun phrase.
  // A token with no letter or digit (a stray mark, a byte-order mark) neither opens nor ends one.
  while (first <= last && (isConnector(tokens[first]!) || !hasWord(tokens[first]!) || CLAUSE_WORDS.has(tokens[first]!.normal) || LEADING_PREPOSITIONS.has(tokens[first]!.normal))) first++;
  // "Some believe …", "Others say …": a quantifier alone is the phrase.
  const standsAlone = (i: number): boolean => i === first && QUANTIFIERS.has(tokens[i]!.normal);
  while (last >= first && (isConnector(tokens[last]!) || !hasWord(tokens[last]!) || (tokens[last]!.tags.has('Determiner') && !standsAlone(last)))) last--;
  return first <= last ? { first, last } : null;
}

/** The noun phrase that ends at `last`. Stops at punctuation, verbs and clause words. */
export function phraseEndingAt(tokens: readonly Token[], last: number): TokenRange | null {
  if (last < 0) return null;
  let first = last + 1;
  for (let j = last; j >= 0; j--) {
    const token = tokens[j]!;
    if (j !== last && breaksAfter(token)) break;
    if (!isNominal(token) && !isConnector(token) && !isMistaggedNoun(tokens, j, j === last) && !isReducedRelative(tokens, j) && !isGerundModifier(tokens, j, last) && !isCloseTo(tokens, j)) break;
    first = j;
    if (opensAfter(token)) break;
  }
  return first <= last ? tidy(tokens, { first, last }) : null;
}

/** "people [close to] the negotiations": compromise reads "close" before "to" as an adverb; it is the adjective of the phrase. */
function isCloseTo(tokens: readonly Token[], index: number): boolean {
  return /^clos(?:e|er|est)$/.test(tokens[index]!.normal) && tokens[index + 1]?.normal === 'to' && !breaksAfter(tokens[index]!) && index > 0 && !breaksAfter(tokens[index - 1]!);
}

/** "the 2019 [housing] survey": an -ing form between a modifier and the phrase's noun. */
function isGerundModifier(tokens: readonly Token[], index: number, last: number): boolean {
  const before = tokens[index - 1];
  return index < last && tokens[index]!.tags.has('Gerund') && before !== undefined && ['Determiner', 'Value', 'Adjective', 'ProperNoun', 'Possessive'].some((tag) => before.tags.has(tag));
}

/** "a report [released on Friday] by researchers": a participle between a noun and its modifier belongs to the phrase. */
function isReducedRelative(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before === undefined || after === undefined || breaksAfter(before) || breaksAfter(token)) return false;
  if (!before.tags.has('Noun') || before.tags.has('Pronoun') || !isConnector(after)) return false;
  // The sentence's first verb is its main verb ("The campaign pointed to …"), not a modifier;
  // an -ing form without "is" never is ("Protesters [marching through the streets] chanted").
  if (token.tags.has('Gerund') && !before.tags.has('Copula')) return true;
  return isParticiple(token) && anyToken(tokens, 0, index, (t) => t.tags.has('Verb') && !t.tags.has('Gerund'));
}

/**
 * compromise reads some nouns as verbs: after a name ("The Trump campaign also said") and at
 * the start of a sentence ("Engineers say", "Rights groups accused", "Campaign accuses"). In
 * a subject, a bare present-tense verb there is a noun.
 */
function isMistaggedNoun(tokens: readonly Token[], index: number, head: boolean): boolean {
  const token = tokens[index]!;
  const bare = token.tags.has('Infinitive') || token.tags.has('Imperative') || (token.tags.has('PresentTense') && !token.tags.has('Auxiliary') && !token.tags.has('Copula'));
  if (!bare || token.tags.has('Modal')) return false;
  if (index === 0) return /^\p{Lu}/u.test(token.text);
  const before = tokens[index - 1]!;
  if (breaksAfter(before)) return false;
  // "one slide says": after a determiner, a name, a possessive, an adjective or a number.
  // "the appeals court ruled", "a federal appeals court ruled": after a modifier and a noun, too.
  const modifier = tokens[index - 2];
  const compound = before.tags.has('Noun') && !before.tags.has('Pronoun') && modifier !== undefined && (modifier.tags.has('Determiner') || modifier.tags.has('Adjective'));
  // "but police also fear …": at the start of a clause.
  const clauseStart = /^(?:but|and|so|yet)$/.test(before.normal);
  if (head) return compound || clauseStart || ['Determiner', 'ProperNoun', 'Possessive', 'Adjective', 'Value'].some((tag) => before.tags.has(tag));
  // "Two people close to …": a count's noun.
  if (before.tags.has('Cardinal') && !breaksAfter(token)) return true;
  // Inside a compound ("Trump campaign spokesperson"): between two nouns.
  return !breaksAfter(token) && ['Noun', 'ProperNoun', 'Determiner', 'Possessive', 'Adjective'].some((tag) => before.tags.has(tag)) && tokens[index + 1]?.tags.has('Noun') === true;
}

/** The noun phrase that starts at or just after `start`: "according to [the report]", "said [John Smith]". */
export function phraseStartingAt(tokens: readonly Token[], start: number): TokenRange | null {
  let last = start - 1;
  for (let j = start; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (j !== start && opensAfter(token)) break;
    // After "according to" a noun phrase must follow, whatever compromise tagged its first word ("reports").
    const forcedHead = j === start && !token.tags.has('Preposition') && !token.tags.has('Conjunction');
    // "an Internet posting", "the briefing": a gerund after a determiner or modifier is a noun.
    const previous = tokens[j - 1];
    const gerundNoun = token.tags.has('Gerund') && j > start && previous !== undefined && ['Determiner', 'Adjective', 'ProperNoun', 'Possessive'].some((tag) => previous.tags.has(tag));
    if (!isNominal(token) && !isConnector(token) && !forcedHead && !gerundNoun) break;
    // "According to Rathbun the property was returned": a determiner after a name starts a new phrase.
    if (j > start && token.tags.has('Determiner') && previous !== undefined && (previous.tags.has('ProperNoun') || previous.tags.has('Person'))) break;
    last = j;
    if (breaksAfter(token)) break;
  }
  return last >= start ? tidy(tokens, { first: start, last }) : null;
}

export function isRelativePronoun(token: Token): boolean {
  return RELATIVE_PRONOUNS.has(token.normal);
}

/** "which", "who", "whom", "that": a word that may open a relative clause. */
export function isRelativeWord(word: string): boolean {
  return RELATIVE_PRONOUNS.has(word.toLowerCase());
}

export function hasVerb(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    const token = tokens[i]!;
    if (token.tags.has('Verb') && !token.tags.has('Noun')) return true;
  }
  return false;
}

/** The text and offsets of a token range. */
export function spanOf(text: string, tokens: readonly Token[], range: TokenRange): Span {
  const start = tokens[range.first]!.start;
  const last = tokens[range.last]!;
  // "I've suggested": compromise expands a contraction into a word of no width after it; the
  // span ends where the expanded word begins ("I", not "I've").
  const apostrophe = tokens[range.last + 1]?.text === '' ? text.slice(last.start, last.end).search(/['’]/) : -1;
  const end = apostrophe > 0 ? last.start + apostrophe : last.end;
  return { text: text.slice(start, end), start, end };
}

/** A past participle, or a regular past form that may be one: "released", "written". */
export function isParticiple(token: Token): boolean {
  return token.tags.has('Participle') || (token.tags.has('PastTense') && /ed$/.test(token.normal));
}

/** Some token in [from, to) satisfies `test` (a slice without the copy). */
export function anyToken(tokens: readonly Token[], from: number, to: number, test: (token: Token) => boolean): boolean {
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) if (test(tokens[i]!)) return true;
  return false;
}
