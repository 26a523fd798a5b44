import type { Token } from '../segment/token.js';
import type { CueKind } from '../types.js';
import type { Match } from './match.js';
import { inRelativeClause, inSideClause, inTrailingClause, introducesClause, isNegated } from './scope.js';

/** Cue kinds that mark content as not established (ANNOTATION.md, `unverified`). */
export const UNVERIFIED_KINDS: readonly CueKind[] = ['missing-evidence', 'no-answer', 'distancing', 'vague-source', 'hedge'];

/**
 * The cues that make this statement unverified: a hedge, distancing word, missing evidence,
 * missing answer or anonymity phrase that bears on the claim — not one in a concessive side
 * clause, not a negated hedging verb ("did not suggest").
 */
export function unverifiedCues(tokens: readonly Token[], matches: readonly Match[]): Match[] {
  return matches.filter((match) => {
    if (!UNVERIFIED_KINDS.includes(match.entry.kind) || inSideClause(tokens, match) || inTrailingClause(tokens, match)) return false;
    // "…, the cause of which is unknown": a gap about something the sentence mentions in passing.
    if (match.entry.kind === 'missing-evidence' && inRelativeClause(tokens, match)) return false;
    // A noun such as "officials" is vague sourcing only as the source; attribution decides that.
    if (match.entry.needs === 'source') return false;
    if (match.entry.kind === 'hedge' && match.entry.tags?.includes('Verb') && isNegated(tokens, match.first)) return false;
    if (match.entry.needs === 'complement') return introducesClause(tokens, match.last);
    if (match.entry.needs === 'predicate') return introducesPredicate(tokens, match.last);
    if (match.entry.needs === 'finite') return tokens[match.first - 1]?.normal !== 'to';
    if (match.entry.needs === 'non-past') return !inPastNarrative(tokens, match, matches) && !hasNegativeSubject(tokens, match);
    return true;
  });
}

/** "Neither side could score", "no one could explain": a negated ability, not a guess. */
const NEGATIVE_SUBJECTS = new Set(['neither', 'no', 'none', 'nobody', 'nothing', 'never', 'nor']);

function hasNegativeSubject(tokens: readonly Token[], match: Match): boolean {
  for (let i = match.first - 1; i >= 0 && i >= match.first - 3; i--) {
    if (NEGATIVE_SUBJECTS.has(tokens[i]!.normal)) return true;
    if (/[,;:]/.test(tokens[i]!.post)) return false;
  }
  return false;
}

/** "appeared accurate", "appears to be": an adjective or an infinitive follows the verb. */
function introducesPredicate(tokens: readonly Token[], verb: number): boolean {
  const next = tokens[verb + 1];
  return next !== undefined && (next.tags.has('Adjective') || next.normal === 'to') && !/[,;.]/.test(tokens[verb]!.post);
}

/**
 * Another verb of the sentence is in the past tense: "could" there is past ability, not a guess.
 * A reporting verb is no narrative: "she warned that the trial could last weeks" reports "can".
 */
function inPastNarrative(tokens: readonly Token[], match: Match, matches: readonly Match[]): boolean {
  const reporting = new Set(matches.filter((m) => m.entry.kind === 'reporting' && reportsClauseOf(tokens, m, match)).map((m) => m.first));
  return tokens.some((token, i) => {
    if ((i >= match.first && i <= match.last + 1) || reporting.has(i)) return false;
    // "pledged delegates": a participle before a noun describes it; it is no past-tense verb.
    const attributive = tokens[i + 1]?.tags.has('Noun') === true && !/[,;]/.test(token.post);
    return token.tags.has('PastTense') && !token.tags.has('Participle') && !attributive && token.lemma !== 'say';
  });
}

/** Clause words that end a reported clause before the modal: "agreed … so Clarke could start". */
const CLAUSE_BREAKS = new Set(['because', 'so', 'since', 'while', 'when', 'as', 'after', 'before', 'until', 'which', 'who', 'where', 'if', 'unless', 'though', 'although']);

/** The reporting verb's clause holds the modal: "warned that the vote could …", with no clause word or comma between. */
function reportsClauseOf(tokens: readonly Token[], verb: Match, modal: Match): boolean {
  if (verb.last >= modal.first || !introducesClause(tokens, verb.last)) return false;
  // (A "that" after the clause's first word is a relative pronoun: "proposed equipment that could …".)
  for (let i = verb.last + 1; i < modal.first; i++) {
    if (CLAUSE_BREAKS.has(tokens[i]!.normal) || (tokens[i]!.normal === 'that' && i > verb.last + 1) || /[,;:]/.test(tokens[i]!.post)) return false;
  }
  return true;
}

/** Token indices that belong to missing-evidence and no-answer phrases: their negations report a gap, not a denial. */
export function gapTokens(matches: readonly Match[]): Set<number> {
  const consumed = new Set<number>();
  for (const match of matches) {
    if (match.entry.kind !== 'missing-evidence' && match.entry.kind !== 'no-answer') continue;
    for (let i = match.first; i <= match.last; i++) consumed.add(i);
  }
  return consumed;
}
