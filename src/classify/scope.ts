import type { Token } from '../segment/token.js';
import type { Match } from './match.js';

/**
 * Where a cue stands in its sentence, so that it only counts where it governs the claim.
 */

/** "Though media reports called it impossible, the delegates made their point." */
const CONCESSIVE_OPENERS = new Set(['though', 'although', 'while', 'whereas', 'despite', 'even']);

/**
 * The cue sits in a concessive side clause: a leading one ("Though critics said it might fail,
 * the council …") or a trailing one after a comma (", although a poll found …"). It bears on
 * that side clause, not on the sentence's own claim.
 */
export function inSideClause(tokens: readonly Token[], match: Match): boolean {
  const opener = tokens[0];
  if (opener !== undefined && CONCESSIVE_OPENERS.has(opener.normal)) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.post.includes(',')) return match.last <= i;
    }
    return false;
  }
  for (let i = match.first - 1; i > 0; i--) {
    // ", although a poll found …" opens a clause; ", though, remain murky" is an adverb.
    if (TRAILING_CONCESSIVES.has(tokens[i]!.normal) && tokens[i - 1]!.post.includes(',') && !tokens[i]!.post.includes(',')) return true;
    if (/[;.]/.test(tokens[i]!.post)) return false;
  }
  return false;
}

/**
 * The cue sits in an adverbial clause with its own subject, set off after the main clause:
 * "… lawmakers said Friday, as they bristled at the continued questions about …". It bears on
 * what that clause tells of its subject, not on the sentence's own claim.
 */
export function inTrailingClause(tokens: readonly Token[], match: Match): boolean {
  for (let i = match.first - 1; i > 1; i--) {
    if (/[;.:]/.test(tokens[i]!.post)) return false;
    const opensClause = TRAILING_SUBORDINATORS.has(tokens[i]!.normal) && tokens[i - 1]!.post.includes(',');
    if (opensClause) return clauseSubject(tokens[i + 1]);
  }
  return false;
}

/**
 * A subject of someone else's ("they", "the crowd") opens a clause of its own ("…, as well as
 * …", "…, as expected" have none); "because I think …" is the speaker's own hedge on the claim.
 */
function clauseSubject(token: Token | undefined): boolean {
  if (token === undefined || token.tags.has('Possessive') || FIRST_PERSON.has(token.normal)) return false;
  return token.tags.has('Pronoun') || token.tags.has('Determiner');
}

const FIRST_PERSON = new Set(['i', 'we']);

const TRAILING_SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'because', 'since']);

/** Conjunctions that open a trailing concessive clause; "while" is left out, as it also means "during". */
const TRAILING_CONCESSIVES = new Set(['though', 'although', 'whereas']);

/**
 * The cue sits in a relative clause set off by a comma ("the team, which consists of girls,"):
 * it describes a noun of the sentence, not the sentence itself.
 */
export function inRelativeClause(tokens: readonly Token[], match: Match): boolean {
  for (let i = match.first - 1; i > 0; i--) {
    const token = tokens[i]!;
    if (/^(?:which|who|whom|whose)$/.test(token.normal)) {
      // ", the cause of which is unknown": the comma may come before the phrase the pronoun ends.
      for (let j = i - 1; j >= 0 && j >= i - 4; j--) if (/,/.test(tokens[j]!.post)) return true;
      return false;
    }
    if (/[,;:()—–]/.test(token.post)) return false;
  }
  return false;
}

export function isNegation(token: Token): boolean {
  return token.tags.has('Negative') || token.lemma === 'not' || token.normal === 'never' || token.normal === 'neither' || token.normal === 'nor';
}

/** "did not deny", "never disputed": a negated denial verb is no denial. */
export function isNegated(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const token = tokens[i]!;
    if (isNegation(token)) return true;
    if (!token.tags.has('Auxiliary') && !token.tags.has('Adverb') && !token.tags.has('Modal') && !token.tags.has('Verb')) return false;
  }
  return false;
}

/**
 * The statement is a question: it ends with a question mark that is its own, not that of a
 * question quoted inside it (`…, with one poster writing "How can people look?"`).
 */
export function isQuestion(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return false;
  if (/\?/.test(last.post)) return !tokens.slice(1).some((t) => /["“]/.test(t.pre));
  return asksInQuote(tokens);
}

/** '"Are we where we need to be?" Ray asked.': the statement opens with a quotation that is a question, then its tag. */
function asksInQuote(tokens: readonly Token[]): boolean {
  if (!/["“]/.test(tokens[0]!.pre)) return false;
  const close = tokens.findIndex((t) => /["”]/.test(t.post));
  return close !== -1 && /\?["”]/.test(tokens[close]!.post) && !tokens.slice(1, close + 1).some((t) => /["“]/.test(t.pre));
}

/** "suggests that …", "suggests Republicans have …" — a clause, not an object ("suggest designs for a flag"). */
export function introducesClause(tokens: readonly Token[], verb: number): boolean {
  const next = tokens[verb + 1];
  if (next === undefined) return false;
  if (next.normal === 'that' || /["“:]/.test(tokens[verb]!.post)) return true;
  // "asked whether …", "questioned if …": an indirect question is a clause.
  if (WH_OPENERS.has(next.normal) && !/[,;.]/.test(tokens[verb]!.post)) return true;
  // "the people Wikinews observed took out their phones": a finite verb right after it is the
  // main clause's; the verb was a relative clause's, with nothing to report.
  if (!/[,;.]/.test(tokens[verb]!.post) && next.tags.has('Verb') && (next.tags.has('PastTense') || next.tags.has('PresentTense')) && !next.tags.has('Auxiliary') && !next.tags.has('Copula')) return false;
  for (let i = verb + 1; i < tokens.length && i <= verb + 4; i++) {
    const token = tokens[i]!;
    if (token.tags.has('Preposition') || /[,;.]/.test(tokens[i - 1]!.post) && i > verb + 1) return false;
    if (i > verb + 1 && token.tags.has('Verb') && !token.tags.has('Gerund') && !token.tags.has('Infinitive') && !token.tags.has('Particle') && !modifiesNounAfterDeterminer(tokens, i)) return true;
  }
  return false;
}

/** "assumed a newly created role": an -ed form after a determiner (adverbs between) describes a noun; it is no clause's verb. */
function modifiesNounAfterDeterminer(tokens: readonly Token[], verb: number): boolean {
  let i = verb - 1;
  while (i > 0 && tokens[i]!.tags.has('Adverb')) i--;
  return tokens[i]!.tags.has('Determiner') && (tokens[verb]!.tags.has('Participle') || tokens[verb]!.tags.has('PastTense'));
}

const WH_OPENERS = new Set(['whether', 'if']);

/** Words that open an adverbial clause: "… perjury [when she testified]". */
const SUBORDINATORS = new Set(['when', 'whenever', 'because', 'after', 'before', 'if', 'since', 'until', 'while', 'once', 'unless', 'whether', 'where']);

/** The verb sits in an adverbial clause ("… perjury when she testified"): the sentence's own verbs go first. */
export function inSubordinateClause(tokens: readonly Token[], match: Match): boolean {
  for (let i = match.first - 1; i >= 0 && i >= match.first - 4; i--) {
    if (SUBORDINATORS.has(tokens[i]!.normal)) return true;
    // "before city officials had weighed in": auxiliaries and negations stand between subject and verb.
    if (!['Noun', 'Pronoun', 'Determiner', 'Adverb', 'Auxiliary', 'Modal', 'Negative'].some((tag) => tokens[i]!.tags.has(tag))) return false;
  }
  return false;
}
