import type { Attribution } from '../attribute/index.js';
import { nameOf } from '../attribute/naming.js';
import type { Token } from '../segment/token.js';
import type { Label, Source } from '../types.js';
import type { Lexicon } from './lexicon.js';
import type { Match } from './match.js';
import { inRelativeClause, inSideClause, isNegated, isNegation } from './scope.js';

/** The statements just before this one, nearest first, and who they come from. */
export interface PartyContext {
  statements: readonly (readonly Token[])[];
  sources: readonly (Source | null)[];
  /** Their labels: a negation right after a denial continues it. */
  labels: readonly Label[];
}

/** compromise tags "have" in "We have never" as a full verb. */
const AUXILIARIES = new Set(['have', 'do', 'be', 'will', 'shall']);
/** Verbs of finding out: what they introduce is a discovery, not an answer to an accusation. */
const DISCOVERY_VERBS = new Set(['realize', 'realise', 'learn', 'discover', 'notice', 'find', 'understand']);
/** "did not recall", "does not remember": a gap in memory, not a denial. */
const MEMORY_VERBS = new Set(['recall', 'remember', 'recollect']);
/** "We have never seen anything like it", "no one expected this": an experience, not a deed one is accused of. */
const EXPERIENCE_VERBS = new Set(['see', 'hear', 'witness', 'experience', 'encounter', 'imagine', 'expect', 'envision', 'envisage', 'anticipate', 'foresee']);
/** "I don't want to interrupt", "they don't seem able", "we are not used to it": a state of mind, not a deed one is accused of. */
const STATE_VERBS = new Set(['want', 'wish', 'hope', 'like', 'need', 'mind', 'care', 'seem', 'appear', 'know', 'think', 'believe', 'feel', 'use']);
/** How far (in words) a denial verb looks for the claim it rejects. */
const OBJECT_WINDOW = 6;
/** Words that make a verdict predicative when they come just before it: "are false", "called it baseless", "We rate this claim False". */
const PREDICATING = new Set(['be', 'call', 'label', 'brand', 'deem', 'term', 'consider', 'find', 'describe', 'prove', 'dismiss', 'seem', 'appear', 'remain', 'rate', 'judge', 'declare', 'rule']);

/**
 * Denial cues that hold in this statement: denial words that are not negated ("did not
 * deny"), not in a side clause, and whose condition holds (a claim as object, a verdict
 * said of something).
 */
export function denialCues(tokens: readonly Token[], matches: readonly Match[], lexicon: Lexicon, context: PartyContext): Match[] {
  return matches.filter((match) => {
    if (match.entry.kind !== 'denial') return false;
    if (isNegated(tokens, match.first) || inSideClause(tokens, match) || relativeClauseVerb(tokens, match) || modifiesNoun(tokens, match)) return false;
    // "Trump may lie", "they could deny it": a guess at a denial to come is none; "Holt needs to
    // challenge Trump on every lie" says what someone ought to do.
    if (afterModal(tokens, match.first)) return false;
    if (match.entry.needs === 'accusation') return answersAccusation(tokens, context, lexicon);
    if (match.entry.needs === 'claim-object') return rejectsClaim(tokens, match, lexicon);
    if (match.entry.needs === 'predicative') return isPredicative(tokens, match);
    if (match.entry.needs === 'claim-or-clause') return deniesClaim(tokens, match, lexicon);
    return true;
  });
}

/** A denying verb aimed at a claim: "denied that …", "denied the report", "rejected the allegations". */
export function aimsAtClaim(tokens: readonly Token[], match: Match, lexicon: Lexicon): boolean {
  return match.entry.words[0] === 'deny' ? deniesClaim(tokens, match, lexicon) : rejectsClaim(tokens, match, lexicon);
}

function rejectsClaim(tokens: readonly Token[], match: Match, lexicon: Lexicon): boolean {
  // "makes everything up": the object can sit inside the phrase.
  for (let i = match.first + 1; i < match.last; i++) if (lexicon.claimNouns.has(tokens[i]!.normal)) return true;
  for (let i = match.last + 1; i < tokens.length && i <= match.last + OBJECT_WINDOW; i++) {
    if (lexicon.claimNouns.has(tokens[i]!.normal)) return true;
    if (/[.;!?]/.test(tokens[i]!.post)) break;
  }
  // "Both objections were rejected": the claim comes first in a passive.
  for (let i = match.first - 1; i >= 0 && i >= match.first - OBJECT_WINDOW; i--) {
    if (/[.;!?]/.test(tokens[i]!.post)) break;
    if (lexicon.claimNouns.has(tokens[i]!.normal)) return tokens.slice(i, match.first).some((t) => t.lemma === 'be');
  }
  return false;
}

/**
 * "… members of the Saudi government, which has strongly denied any involvement": the denial is
 * the verb of a relative clause that describes a noun. ("…, many of whom say the claims are
 * unfounded" reports a verdict of its own.)
 */
function relativeClauseVerb(tokens: readonly Token[], match: Match): boolean {
  let i = match.first - 1;
  // ("claims Clinton made … that have proved false": a verdict's linking verb belongs to the clause too.)
  while (i > 0 && (tokens[i]!.tags.has('Adverb') || tokens[i]!.tags.has('Auxiliary') || AUXILIARIES.has(tokens[i]!.lemma) || PREDICATING.has(tokens[i]!.lemma))) i--;
  if (i < 0) return false;
  const pronoun = tokens[i]!.normal;
  if (pronoun === 'which' || pronoun === 'who') return inRelativeClause(tokens, match) || tokens[i - 1]?.tags.has('Noun') === true;
  // "that" after a noun opens a relative clause; after a verb ("said that") a reported one.
  return pronoun === 'that' && tokens[i - 1]?.tags.has('Noun') === true && !tokens[i - 1]!.tags.has('Pronoun');
}

/** "Trump's tweet discrediting the report": a participle describing a noun, not the sentence's verb. */
function modifiesNoun(tokens: readonly Token[], match: Match): boolean {
  const verb = tokens[match.first]!;
  const before = tokens[match.first - 1];
  return verb.tags.has('Gerund') && before !== undefined && before.tags.has('Noun') && !before.tags.has('Pronoun') && !/[,;:]/.test(before.post);
}

/** "denied the report", "denies that …", "Denies Tyson Invited" — but not "was denied bail" or "denied them visas". */
function deniesClaim(tokens: readonly Token[], match: Match, lexicon: Lexicon): boolean {
  const before = tokens[match.first - 1];
  if (before !== undefined && (before.lemma === 'be' || before.normal === 'been' || before.normal === 'being')) return false;
  // "denied them visas", "deny many energized independents the right to vote": the thing denied
  // ends the verb's object, so the whole object is searched.
  for (let i = match.last + 1; i < tokens.length && i <= match.last + OBJECT_WINDOW; i++) {
    if (lexicon.notClaims.has(tokens[i]!.normal) || lexicon.notClaims.has(tokens[i]!.lemma)) return false;
    if (/[,;.:!?]/.test(tokens[i]!.post) || tokens[i + 1]?.tags.has('Preposition') === true) break;
  }
  return true;
}

function isPredicative(tokens: readonly Token[], match: Match): boolean {
  const next = tokens[match.last + 1];
  if (next !== undefined && next.tags.has('Noun') && !/[,;.]/.test(tokens[match.last]!.post)) return false;
  for (let i = match.first - 1; i >= 0 && i >= match.first - 4; i--) {
    if (PREDICATING.has(tokens[i]!.lemma)) return true;
  }
  return false;
}

/**
 * A party negates the accusation against itself, without a denial word: "Iran's mission
 * said … it does not intend to conduct cyberattacks"; "we did not, at any time, treat the
 * server differently". Needs a named (or quoted) source, a negation in what it reports whose
 * subject is a pronoun or a name, and an accusation on the table in this statement or the
 * two before it (or the statement before is a denial this one continues).
 */
export function partyNegation(
  tokens: readonly Token[],
  attribution: Attribution,
  consumed: ReadonlySet<number>,
  context: PartyContext,
  lexicon: Lexicon,
): PartyNegation | null {
  const source = attribution.source;
  if (source === null || attribution.vague || source.stance === 'hedged' || source.stance === 'conceding') return null;
  const content = attribution.inherited ? { first: 0, last: tokens.length - 1 } : attribution.content;
  if (content === null) return null;
  const from = content.first;
  const party = partyWords([source, ...context.sources]);
  for (let i = from; i <= content.last; i++) {
    if (!isNegation(tokens[i]!) || consumed.has(i)) continue;
    const subject = partySubject(tokens, i, from, party);
    const verb = negatedDeed(tokens, i);
    if (subject === -1 || verb === -1) continue;
    // "he realized he had not made the changes": finding out one's own failure denies nothing.
    if (tokens.slice(from, i).some((t) => DISCOVERY_VERBS.has(t.lemma) && t.tags.has('Verb'))) continue;
    if (answersAccusation(tokens, context, lexicon) || concedes(tokens, lexicon) || answersAnotherSource(source, context)) return { subject, negation: i, verb };
  }
  return null;
}

/** What a party's own negation consists of, as token indices: "[Iran] does [not] [interfere]". */
export interface PartyNegation {
  subject: number;
  negation: number;
  verb: number;
}

/**
 * The negation denies a deed ("does not intend", "have never taken", "did not treat"), not a
 * quality ("it's not appropriate" is an opinion, not an answer to an accusation).
 */
function negatedDeed(tokens: readonly Token[], negation: number): number {
  // "I can't engage", "he could not attend": inability, not a denial.
  const modal = tokens[negation - 1];
  if (modal !== undefined && (modal.lemma === 'can' || modal.normal === 'could')) return -1;
  let from = negation + 1;
  // "did not, at any time, treat": a phrase set off by commas stands between "not" and the verb.
  if (tokens[negation]!.post.includes(',')) {
    const close = tokens.findIndex((t, i) => i > negation && t.post.includes(','));
    if (close !== -1 && close <= negation + 6) from = close + 1;
  }
  for (let i = from; i < tokens.length && i < from + 3; i++) {
    const token = tokens[i]!;
    if (token.tags.has('Adverb') || token.tags.has('Auxiliary') || token.lemma === 'have') continue;
    const deed = token.tags.has('Verb') && !token.tags.has('Copula') && token.lemma !== 'be' && ![MEMORY_VERBS, EXPERIENCE_VERBS, STATE_VERBS].some((verbs) => verbs.has(token.lemma));
    return deed ? i : -1;
  }
  return -1;
}

/**
 * The negated clause's subject, when it is a pronoun or the party's name: "it does not",
 * "Iran does not", "they have never". Returns its (last) token index, or -1.
 */
function partySubject(tokens: readonly Token[], negation: number, from: number, party: ReadonlySet<string>): number {
  let i = negation - 1;
  while (i >= from && isAuxiliary(tokens[i]!)) i--;
  if (i < from) return -1;
  if (tokens[i]!.tags.has('Pronoun')) return i;
  const head = i;
  // "Our systems were not compromised": what the party's own possessive names is the party's.
  const owner = tokens[i - 1];
  if (owner !== undefined && i - 1 >= from && OWN_POSSESSIVES.has(owner.normal) && tokens[i]!.tags.has('Noun')) return head;
  // A name must be the party's own ("Iran does not interfere" after "Iran's mission said"),
  // not someone else's ("the Shadow Home Secretary said … the Home Office has not acted"):
  // most of its words are words of the source.
  let words = 0;
  let shared = 0;
  for (; i >= from && isName(tokens[i]!); i--) {
    words++;
    if (party.has(tokens[i]!.normal.replace(/['’]s$/, ''))) shared++;
  }
  return shared * 2 > words ? head : -1;
}

const OWN_POSSESSIVES = new Set(['our', 'my']);

function isAuxiliary(token: Token): boolean {
  return token.tags.has('Auxiliary') || token.tags.has('Modal') || token.tags.has('Adverb') || token.tags.has('Copula') || AUXILIARIES.has(token.lemma);
}

function isName(token: Token): boolean {
  return token.tags.has('ProperNoun') || token.tags.has('Person') || token.tags.has('Organization') || token.tags.has('Place') || /^\p{Lu}/u.test(token.text);
}

/** The words of who speaks here and in the statements just before. */
function partyWords(sources: readonly (Source | null)[]): Set<string> {
  const words = new Set<string>();
  for (const source of sources) {
    const name = source === null ? '' : nameOf(source);
    for (const word of name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 1 && word !== 'the') words.add(word.replace(/['’]s$/, ''));
  }
  return words;
}

/**
 * The statement just before gives another, named party's account ("According to Rathbun, it
 * was returned."); what unnamed "opponents say" is no account one party answers.
 */
function answersAnotherSource(source: Source, context: PartyContext): boolean {
  const previous = context.sources[0];
  if (previous == null || previous.kind === 'pronoun' || !previous.named) return false;
  const words = partyWords([source]);
  return ![...partyWords([previous])].some((word) => words.has(word));
}

/** "Although Weiner admitted …, he claimed they had never met": a concession puts an accusation in view. */
function concedes(tokens: readonly Token[], lexicon: Lexicon): boolean {
  return tokens.some((t) => (lexicon.byFirstWord.get(t.lemma) ?? []).some((e) => e.kind === 'reporting' && e.stance === 'conceding' && e.words.length === 1 && t.tags.has('Verb')));
}

/**
 * "the moderator ought to have no role in it", "Trump may lie", "Holt needs to challenge …": a
 * modal or an obligation makes it a view of what could or should be, no account of what was.
 */
function afterModal(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) if (tokens[i]!.tags.has('Modal') || /^(?:ought|should|must|would)$/.test(tokens[i]!.normal)) return true;
  return tokens[index - 1]?.normal === 'to' && OBLIGATION_VERBS.has(tokens[index - 2]?.lemma ?? '');
}

const OBLIGATION_VERBS = new Set(['need', 'have', 'ought']);

/** An accusation stands in this statement or the ones just before, or the statement before was a denial this one continues. */
function answersAccusation(tokens: readonly Token[], context: PartyContext, lexicon: Lexicon): boolean {
  return accusationInView([tokens, ...context.statements], lexicon) || context.labels[0] === 'denial';
}

function accusationInView(statements: readonly (readonly Token[])[], lexicon: Lexicon): boolean {
  return statements.some((tokens) => tokens.some((t) => lexicon.accusationWords.has(t.lemma) || lexicon.accusationWords.has(t.normal)));
}
