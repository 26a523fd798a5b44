/**
 * A statement's source from its reporting verbs: which verb governs the claim (byPrecedence),
 * who its speaker is, whether they are named, vague or of which kind, and what they say. The
 * patterns of src/attribute/index.ts try the verbs in this order; the first that names a
 * speaker is the statement's main attribution.
 */
import type { Lexicon } from '../classify/lexicon.js';
import type { Match } from '../classify/match.js';
import { inSubordinateClause, introducesClause } from '../classify/scope.js';
import type { Token } from '../segment/token.js';
import type { Source, Stance } from '../types.js';
import { asksOnly, hasComplement, isClosingTag, namesAsItIs } from './complement.js';
import type { Attribution, AttributionInput } from './index.js';
import { anonymityStated, isNamed, isVague, sourceKind } from './naming.js';
import { anyToken, spanOf, type TokenRange } from './noun-phrase.js';
import { opensParticipleFrame } from './participle.js';
import { closesQuote, isFiniteVerb, relativeAntecedent } from './speaker.js';
import { opensSentence, speakerFor } from './verb-speaker.js';

/**
 * The statement's source from the first reporting cue, in order of precedence, that names one.
 * `sideClause`: the cues are a side clause's only, or (`objectRelative`) only those of a
 * relative clause about a noun count; either way the source is incidental.
 */
export function verbAttribution(
  text: string,
  statement: AttributionInput,
  candidates: readonly Match[],
  lexicon: Lexicon,
  quoted: number,
  speakers: Map<Match, TokenRange | null>,
  sideClause: boolean,
  objectRelative = false,
): Attribution | null {
  const { tokens, matches } = statement;
  for (const match of candidates) {
    const introduces = match.entry.words[0] === 'according' || match.entry.words[0] === 'in';
    let mention = speakers.get(match);
    if (mention === undefined) speakers.set(match, (mention = speakerFor(tokens, match, introduces, lexicon)));
    if (mention === null || inObjectRelative(tokens, mention) !== objectRelative) continue;
    // "the department, which reported": the source is the pronoun, resolved to its antecedent,
    // and it is named, vague and of a kind as the antecedent is.
    const antecedent = relativeAntecedent(tokens, mention);
    const range = antecedent ?? mention;
    // ("the newspaper Dagbladet, which cited two unnamed party workers": the anonymity makes the
    // claim's sourcing vague, but the paper is named and of its own kind.)
    const unnamed = isVague(tokens, range, matches);
    const vague = unnamed || anonymityStated(matches);
    // "In this poll": the preposition is the cue, the document it opens the source.
    const opensDocument = match.entry.needs === 'document';
    const source: Source = {
      ...spanOf(text, tokens, mention),
      // "see * as" is "see … as": the words between are the object's.
      verb: opensDocument ? match.entry.words[0]! : match.entry.phrase.replaceAll(' * ', ' … '),
      cue: spanOf(text, tokens, { first: match.first, last: opensDocument ? match.first : match.last }),
      named: !unnamed && isNamed(tokens, range),
      stance: match.entry.stance ?? ('neutral' as Stance),
      kind: sourceKind(tokens, range, unnamed),
      ...(antecedent === null ? {} : { resolved: spanOf(text, tokens, antecedent).text }),
    };
    const content = contentOf(tokens, match, mention, introduces);
    // "Several towns asked schools to pay the tax": a request is who asked, not a claim anyone makes.
    // So is "as critics call it": the naming is theirs, the sentence's claim is not.
    const incidental = sideClause || asksOnly(tokens, match) || (match.entry.needs === 'object-predicate' && namesAsItIs(tokens, match));
    return { source, reporting: match, content, vague, inherited: false, quoted, ...(incidental ? { incidental: true } : {}) };
  }
  return null;
}

/**
 * Reporting verbs in the order they are tried: a closing tag (", sources said.", ", he added.")
 * governs the whole sentence, so it comes first; then a relative clause that relays a finding;
 * then text order, with verbs of adverbial clauses ("when she testified") last.
 */
export function byPrecedence(tokens: readonly Token[], matches: readonly Match[]): Match[] {
  // "The campaign pointed to a report, which indicated that hackers …": the verb that carries a
  // clause carries the claim, so it goes before one with a plain object.
  // "In a statement, Husted said …": the frame names where, the verb is the cue.
  // So is "In offering his analysis, Caddell told …": an -ing frame names what the speaker was doing.
  const frame = (match: Match): boolean => (match.entry.words[0] === 'in' && opensSentence(tokens, match.first)) || opensParticipleFrame(tokens, match.first);
  // "Officials who spoke to reporters said …": a relative clause's verb describes the speaker.
  const relative = (match: Match): boolean => {
    const pronoun = tokens[match.first - 1]?.normal ?? '';
    return pronoun === 'who' || pronoun === 'which' || (pronoun === 'that' && tokens[match.first - 2]?.tags.has('Noun') === true);
  };
  // "Trump's claim that …", "In this poll, …": a noun or a preposition attributes only when no verb does.
  const rank = (match: Match): number =>
    match.entry.needs === 'possessor' ? 4 : match.entry.needs === 'document' ? 3.5 : isClosingTag(tokens, match) ? 0 : relaysFinding(tokens, match) ? 1 : inSubordinateClause(tokens, match) ? 3 : frame(match) ? 2.5 : relative(match) ? 2.2 : 2;
  const ranked = matches.map((match, order) => ({ match, order, rank: rank(match) }));
  // "That's when she pointed to reports that Trump called …": a verb in what an adverbial
  // clause's verb reports is in that clause too.
  for (const entry of ranked) {
    if (entry.rank !== 2) continue;
    const governing = ranked.find((other) => other.rank === 3 && other.match.last < entry.match.first && !anyToken(tokens, other.match.last, entry.match.first, (t) => /[,;:—–]/.test(t.post)));
    if (governing !== undefined) entry.rank = 3;
  }
  // "Trump spoke to a gathering of industry leaders, promising to lift regulations": a set-off
  // -ing verb that carries a clause carries the claim; the main verb only its occasion.
  // (Not after a verb with a complement of its own: `"…," he said, adding that …` keeps "said".)
  const participles = ranked.filter((entry) => entry.rank === 2 && setOffParticiple(tokens, entry.match) && carriesClause(tokens, entry.match));
  if (participles.length > 0) {
    const plain = ranked.filter((entry) => entry.rank === 2 && !hasComplement(tokens, entry.match, { commaOpens: false }));
    const inClauseBefore = (verb: Match, participle: Match): boolean => verb.last < participle.first && !anyToken(tokens, verb.last + 1, participle.first, isFiniteVerb);
    for (const entry of participles) if (plain.some((other) => inClauseBefore(other.match, entry.match))) entry.rank = 1.9;
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((entry) => entry.match);
}

/** "…, promising to …", "…, saying that …": an -ing verb after a comma. */
export function setOffParticiple(tokens: readonly Token[], match: Match): boolean {
  return match.first > 0 && tokens[match.first]!.tags.has('Gerund') && /,\s*$/.test(tokens[match.first - 1]!.post);
}

/** What follows the verb is a clause, a quotation or an infinitive ("promising to lift"), not a plain object. */
export function carriesClause(tokens: readonly Token[], match: Match): boolean {
  const next = tokens[match.last + 1];
  const infinitive = next?.normal === 'to' && tokens[match.last + 2]?.tags.has('Verb') === true;
  return introducesClause(tokens, match.last) || infinitive || /["“]/.test(next?.pre ?? '');
}

/**
 * "The campaign pointed to a report, which indicated that hackers …", "cited a study that
 * found …": a relative clause that reports a clause carries the sentence's claim, and its
 * antecedent is who makes it.
 */
function relaysFinding(tokens: readonly Token[], match: Match): boolean {
  const pronoun = tokens[match.first - 1];
  if (pronoun === undefined || !/^(?:which|that)$/.test(pronoun.normal) || match.first < 2 || match.entry.class === 'attitude') return false;
  const next = tokens[match.last + 1];
  return next?.normal === 'that' || /["“]/.test(next?.pre ?? '') || /[:"“]/.test(tokens[match.last]!.post);
}

/** "the hostility that critics blame for …": the reporting verb sits in a relative clause about a noun. */
function inObjectRelative(tokens: readonly Token[], speaker: TokenRange): boolean {
  const pronoun = tokens[speaker.first - 1];
  const noun = tokens[speaker.first - 2];
  // "which, Tompkins said, is …" sets the attribution off with commas: it is the sentence's.
  // "To which she said, …" answers; it does not describe a noun.
  const describes = noun !== undefined && noun.tags.has('Noun') && !noun.tags.has('Pronoun') && !noun.tags.has('Preposition') && noun.normal !== 'to';
  return pronoun !== undefined && describes && /^(?:that|which|whom)$/.test(pronoun.normal) && !/,/.test(pronoun.post);
}

/**
 * What the source says: after "according to X," the rest of the sentence; `"…," X said` the
 * quote before the verb; otherwise what follows the verb.
 */
function contentOf(tokens: readonly Token[], match: Match, speaker: TokenRange, introduces: boolean): TokenRange | null {
  const last = tokens.length - 1;
  if (introduces) return speaker.last < last ? { first: speaker.last + 1, last } : null;
  const before = tokens[match.first - 1];
  // `"…," said Smith` and "The issue was reported by the Post": what comes before the verb.
  const agentAfter = speaker.first > match.last && tokens[speaker.first - 1]?.normal === 'by';
  if (before !== undefined && speaker.first > match.last && (closesQuote(before.post) || agentAfter)) return { first: 0, last: match.first - 1 };
  const beforeSpeaker = tokens[speaker.first - 1];
  // `"…," the mayor said.` — unless a clause follows the verb (`…,” he claimed they had never met`).
  const clauseAfter = !/[,.;:]/.test(tokens[match.last]!.post) && (introducesClause(tokens, match.last) || tokens[match.last + 1]?.normal === 'that');
  if (beforeSpeaker !== undefined && closesQuote(beforeSpeaker.post) && !clauseAfter) return { first: 0, last: speaker.first - 1 };
  return match.last < last ? { first: match.last + 1, last } : null;
}
