/**
 * What stands after a reporting verb and decides whether it reports: a clause, a quotation, a
 * closing tag's position, a request ("asked the board to …"), a charge ("accused X of …"), a
 * verdict on its object ("called the report false").
 */
import type { Match } from '../classify/match.js';
import { introducesClause } from '../classify/scope.js';
import type { Token } from '../segment/token.js';
import { CONTROL_VERBS } from './infinitive-subject.js';
import { namesDocument, namesOccasion } from './naming.js';
import { anyToken, breaksAfter, isRelativePronoun, phraseEndingAt, phraseStartingAt } from './noun-phrase.js';
import { closesQuote, isTimeWord, speakerClosesSentence } from './speaker.js';

/** How many words a closing tag ("…, a senior official said.") may span after its comma. */
const CLOSING_TAG_WORDS = 8;

export function isClosingTag(tokens: readonly Token[], match: Match): boolean {
  // ", referring to …" is a participle after the tag, not the tag.
  const participle = tokens[match.first]!.tags.has('Gerund') && match.entry.words[0] !== 'according';
  // "…, according to the Roper Center for Public Opinion Research.": a long name is still a tag.
  // So is "…, said Mr. Barrett, the lawyer for the state agency." with its appositive.
  const longName = match.entry.words[0] === 'according' ? isOnePhrase(tokens, match.last + 1) : speakerClosesSentence(tokens, match.first, match.last);
  const words = longName ? CLOSING_TAG_WORDS * 2 : CLOSING_TAG_WORDS;
  if (match.entry.kind !== 'reporting' || tokens.length - match.first > words || participle) return false;
  // Between the comma (or closing quote) and the verb stands only the speaker: "…, sources said."
  // — not a clause of its own ("… perjury when she testified.").
  for (let i = match.first - 1; i >= 0 && i >= match.first - CLOSING_TAG_WORDS; i--) {
    const token = tokens[i]!;
    if (/[,"”]/.test(token.post)) return longName || tokens.slice(match.last + 1).every((t) => !t.tags.has('Verb')) || isOnePhrase(tokens, match.last + 1);
    // (", which first reported the story." describes a noun; it is no tag.)
    if (token.tags.has('Conjunction') || token.tags.has('Verb') || isRelativePronoun(token) || /^(?:when|because|after|before|if|as|since|while)$/.test(token.normal)) return false;
  }
  return false;
}

/** "…, according to a campaign aide.": the words from `first` to the end are one noun phrase, whatever compromise tagged "campaign". */
function isOnePhrase(tokens: readonly Token[], first: number): boolean {
  if (first >= tokens.length) return true;
  const phrase = phraseEndingAt(tokens, tokens.length - 1);
  return phrase !== null && phrase.first <= first;
}

/** How many words may stand between a closing quote and the verb of its tag ("a narrator in the rival ad asks"), as many as the segmenter keeps with a quotation (speech-tags.json). */
const SPEAKER_WORDS = 7;

/** `"…," he added`, `"…?" Graham asked`: a quotation closes just before the speaker and verb. */
function quoteClosesBefore(tokens: readonly Token[], match: Match): boolean {
  for (let i = match.first - 1; i >= 0 && i >= match.first - SPEAKER_WORDS; i--) if (closesQuote(tokens[i]!.post)) return true;
  return false;
}

export interface ComplementOptions {
  /** A request counts: "asked the board to resign" (default true). */
  requests?: boolean;
  /** A comma after the verb counts as opening a quotation: "said, “…”" (default true). */
  commaOpens?: boolean;
}

/**
 * Verbs such as "add", "find" or "maintain" report only when a clause, a quote or a colon
 * follows ("maintained that …", "added: …") or a quote comes before (`"…," he added`), not
 * with a plain object ("maintained her lead", "found the bodies").
 */
export function hasComplement(tokens: readonly Token[], match: Match, { requests = true, commaOpens = true }: ComplementOptions = {}): boolean {
  const verb = tokens[match.last]!;
  // "…, the doctor maintains.": a closing tag's clause comes before it.
  if (quoteClosesBefore(tokens, match) || isClosingTag(tokens, match)) return true;
  // "He doesn't think so.", "She said so."
  if (tokens[match.last + 1]?.normal === 'so' && /[.!?]/.test(tokens[match.last + 1]!.post)) return true;
  // ("said, " may open a quotation, unless the caller asks what the words after it are.)
  if (commaOpens ? /[:,"“]/.test(verb.post) : /[:"“]/.test(verb.post)) return true;
  return /["“]/.test(tokens[match.last + 1]?.pre ?? '') || introducesClause(tokens, match.last) || thatAfterTime(tokens, match.last) || accusesObjectOf(tokens, match) || (requests && asksObjectTo(tokens, match.last));
}

/** The verb needs a complement and has none but a request's ("asked the board to resign"). */
export function asksOnly(tokens: readonly Token[], match: Match): boolean {
  return match.entry.needs === 'complement' && !hasComplement(tokens, match, { requests: false }) && asksObjectTo(tokens, match.last);
}

/** "has asked NBC's Lester Holt to fact-check Trump", "urged the council to reject it": a request, its addressee, what they are to do. */
function asksObjectTo(tokens: readonly Token[], verb: number): boolean {
  if (!CONTROL_VERBS.has(tokens[verb]!.lemma)) return false;
  const to = wordAfterObject(tokens, verb, TO);
  const next = tokens[to + 1];
  // ("to fact-check" may come tagged as nouns; "invited them to the White House" is a place.)
  return to !== -1 && next !== undefined && (next.tags.has('Verb') || !['Determiner', 'ProperNoun', 'Pronoun', 'Possessive', 'Adjective', 'Value', 'Plural'].some((tag) => next.tags.has(tag)));
}

/** "charged two developers, Quiros and Stenger, with fraud", "accused the board of neglect": whom an accusation names, then what of. */
function accusesObjectOf(tokens: readonly Token[], match: Match): boolean {
  if (match.entry.stance !== 'accusing') return false;
  if (wordAfterObject(tokens, match.last, ACCUSED_OF) !== -1) return true;
  // "attacked Machado in early-morning tweets", "blasted the board during a speech": where it was said.
  const medium = wordAfterObject(tokens, match.last, MEDIUM);
  const where = medium === -1 ? null : phraseStartingAt(tokens, medium + 1);
  return where !== null && (namesDocument(tokens, where) || namesOccasion(tokens, where));
}

/** Prepositions before where something was said: "in a speech", "during the debate", "on Twitter". */
const MEDIUM: ReadonlySet<string> = new Set(['in', 'during', 'on']);

const TO: ReadonlySet<string> = new Set(['to']);
const ACCUSED_OF: ReadonlySet<string> = new Set(['with', 'of', 'for']);

/**
 * The index of one of `words` right after the verb's object (a noun phrase, with an appositive
 * set off by commas or not: "asked NBC's Lester Holt, the moderator, to …"), or -1.
 */
function wordAfterObject(tokens: readonly Token[], verb: number, words: ReadonlySet<string>): number {
  if (breaksAfter(tokens[verb]!)) return -1;
  let phrase = phraseStartingAt(tokens, verb + 1);
  if (phrase !== null && /,/.test(tokens[phrase.last]!.post)) {
    const appositive = phraseStartingAt(tokens, phrase.last + 1);
    phrase = appositive !== null && /,/.test(tokens[appositive.last]!.post) && words.has(tokens[appositive.last + 1]?.normal ?? '') ? { first: phrase.first, last: appositive.last } : null;
  }
  if (phrase === null) return -1;
  const { first, last } = phrase;
  // (A phrase may run on over the word: "Lester Holt to fact check Trump".)
  const at = tokens.findIndex((t, i) => i > first && i <= last + 1 && words.has(t.normal));
  if (at === -1 || anyToken(tokens, first, at - 1, (t) => breaksAfter(t) && !/^,\s*$/.test(t.post))) return -1;
  return anyToken(tokens, first, at, (t) => t.tags.has('Noun') || t.tags.has('Pronoun')) ? at : -1;
}

/** "stated on Friday that …", "said Tuesday that …": a time stands between the verb and its clause. */
function thatAfterTime(tokens: readonly Token[], verb: number): boolean {
  let at = verb;
  if (tokens[at + 1]?.normal === 'on' && !breaksAfter(tokens[at]!)) at++;
  while (at + 1 < tokens.length && isTimeWord(tokens, at + 1) && !breaksAfter(tokens[at]!)) at++;
  return at > verb && tokens[at]!.normal !== 'on' && !breaksAfter(tokens[at]!) && tokens[at + 1]?.normal === 'that';
}

/** Something the verb acts on follows it: not the end of the clause, a preposition ("promising for the team") or a conjunction. */
export function opensObjectAfter(tokens: readonly Token[], verb: number): boolean {
  const next = tokens[verb + 1];
  if (next === undefined || /[,;:.!?]/.test(tokens[verb]!.post)) return false;
  if (next.normal === 'as' || next.normal === 'about') return true;
  return !next.tags.has('Preposition') && !next.tags.has('Conjunction');
}

/** `continued: “…”`, `continued, “…”`, `“…,” she continued`: a quotation right after the verb (a colon or comma between) or closing just before its speaker. */
export function nextToQuote(tokens: readonly Token[], match: Match): boolean {
  if (quoteClosesBefore(tokens, match) || quoteOpensAfter(tokens, match)) return true;
  return /^\s*:\s*$/.test(tokens[match.last]!.post) && match.last === tokens.length - 1;
}

/** `said: “…”`, `tweeting, “…”`, `asserting, ''…''`: a quotation opens right after the verb, a colon or comma between. */
export function quoteOpensAfter(tokens: readonly Token[], match: Match): boolean {
  return /^\s*[:,]?\s*(?:["“]|'')/.test(tokens[match.last]!.post + (tokens[match.last + 1]?.pre ?? ''));
}

/** "called the report false", "dubbed the conflict a war", "called Fields “delusional”": an object, then what it is called. */
export function givesVerdict(tokens: readonly Token[], verb: number): boolean {
  let i = verb + 1;
  const first = i;
  // ("Mr." and initials end no object.)
  const ends = (token: Token): boolean => /[,;:]/.test(token.post) || (/\./.test(token.post) && breaksAfter(token));
  while (i < tokens.length && i < first + OBJECT_WORDS && isObjectWord(tokens, i) && !ends(tokens[i]!)) i++;
  const next = tokens[i];
  if (i === first || next === undefined) return false;
  return next.tags.has('Adjective') || next.normal === 'a' || next.normal === 'an' || next.normal === 'as' || /["“]/.test(next.pre);
}

/** How far back "as" may stand before "called it": "as The Daily Beast called them". */
const AS_CLAUSE_WORDS = 6;

/** "(or, as The Daily Beast called them, ''Manchurian anchors'')", "as critics call it": an as-clause names what it is about. */
export function namesAsItIs(tokens: readonly Token[], match: Match): boolean {
  if (!/^(?:it|them|him|her)$/.test(tokens[match.last + 1]?.normal ?? '')) return false;
  for (let i = match.first - 1; i >= 0 && i >= match.first - AS_CLAUSE_WORDS; i--) {
    if (tokens[i]!.normal === 'as') return i === 0 || /[,(—–]/.test(tokens[i - 1]!.post + tokens[i]!.pre);
    if (breaksAfter(tokens[i]!)) return false;
  }
  return false;
}

/** How many words the object of "called" may run to: "the contempt citation and the demand for his testimony". */
const OBJECT_WORDS = 10;

function isObjectWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  // "half of Donald Trump's supporters", "the citation and the demand for …": "of", "and" and "for" join the object's parts.
  if (token.normal === 'of' || token.normal === 'and' || token.normal === 'for') return index > 0 && !tokens[index - 1]!.tags.has('Verb');
  // "called Mr. Obama's remarks on Saturday “a wake-up call”": a time inside the object.
  if (token.normal === 'on' && index > 0 && !tokens[index - 1]!.tags.has('Verb')) return isTimeWord(tokens, index + 1);
  // "called climate change a hoax": compromise reads the second noun of a compound as a verb.
  const before = tokens[index - 1];
  if (before !== undefined && before.tags.has('Noun') && !before.tags.has('Pronoun') && token.tags.has('Infinitive') && !token.tags.has('Modal')) return true;
  return (token.tags.has('Noun') || token.tags.has('Determiner') || token.tags.has('Possessive') || token.tags.has('Value')) && token.normal !== 'a' && token.normal !== 'an';
}
