import type { Lexicon } from '../classify/lexicon.js';
import type { Match } from '../classify/match.js';
import { inSideClause } from '../classify/scope.js';
import type { Token } from '../segment/token.js';
import type { Source, StatementAttribution } from '../types.js';
import { resolveSources } from './coreference.js';
import { committedCueTagger, cueTokenFeatures, isCueCandidate, type CueTagger } from './cue-tagger.js';
import { inheritFromQuote, Neighbours, speakersTurn } from './inherit.js';
import { attributionKey, committedJudge, distinctAttributions, droppedAttributions, type AttributionJudge, type Proposal } from './judge.js';
import { colonAttribution, isTurnLabel, signatureAttribution } from './labels.js';
import type { TokenRange } from './noun-phrase.js';
import { findQuoteSpans, quoteAt, quotedShare, type QuoteSpan } from './quotes.js';
import { byPrecedence, carriesClause, setOffParticiple, verbAttribution } from './verb-attribution.js';

export { findQuoteSpans, type QuoteSpan } from './quotes.js';

/** Who a statement comes from, and what the classifier needs to know about it. */
export interface Attribution {
  source: Source | null;
  /** The reporting cue the source was found from; null when none or inherited. */
  reporting: Match | null;
  /** The tokens that carry what the source says: after the verb, or the quote before it. */
  content: TokenRange | null;
  /** The source is unnamed: "a source", "officials", "people familiar with the matter". */
  vague: boolean;
  /** The source comes from the quotation this statement belongs to, not from its own words. */
  inherited: boolean;
  /** Share (0..1) of the statement's characters that lie inside quotation marks. */
  quoted: number;
  /**
   * The source speaks only in a side clause ("Though critics said it might fail, the council
   * approved"): it is who speaks in the statement, but not who makes its claim, so it does not
   * bear on the label (see {@link forLabels}).
   */
  incidental?: boolean;
  /**
   * The statement's other attributions, each with a reporting cue of its own ("X said A,
   * adding B, while Y denied it": "adding" and "denied" beside "said"). Set by attributeStatement.
   */
  others?: Attribution[];
  /** Every attribution of the statement as the report carries it, in order of their cues. Set by attributeDocument. */
  all?: StatementAttribution[];
  /** The cue is a verb the cue tagger found, not a lexicon entry: the tagger's P(cue). */
  learned?: number;
  /** The cue lies in what the main cue introduces ("Obama said he planned to …"): proposed for the model to judge. */
  nested?: boolean;
}

/** One statement as the attribution stage sees it. */
export interface AttributionInput {
  start: number;
  end: number;
  /** Index of the paragraph the statement is in. */
  paragraph: number;
  tokens: readonly Token[];
  matches: readonly Match[];
}

/**
 * Attributes every statement of a document: its own reporting verb first, otherwise the
 * source of the quotation it sits in.
 */
/**
 * `judge`: what decides which of the attributions the patterns find stay: the committed
 * attribution model by default; the trainer's records what it is shown and keeps all. null:
 * the patterns alone, nothing dropped. `tagger`: what finds the cues the lexicon lacks (the
 * committed cue tagger, none with the patterns alone).
 */
export function attributeDocument(
  text: string,
  statements: readonly AttributionInput[],
  lexicon: Lexicon,
  quotes: readonly QuoteSpan[] = findQuoteSpans(text),
  judge: AttributionJudge | null = committedJudge(),
  tagger: CueTagger | null = judge === null ? null : committedCueTagger(),
): Attribution[] {
  const own = statements.map((statement) => attributeStatement(text, statement, quotes, lexicon, tagger));
  // In a transcript ("PENCE: …") the speaker of the turn says everything in it, attitudes of
  // others it describes included ("Trump's tweet was mocking …").
  const neighbours = new Neighbours(statements, own, quotes);
  const all = own.map((attribution, i) => {
    if (attribution.source === null) return inheritFromQuote(i, neighbours);
    const describesView = attribution.incidental === true || attribution.reporting?.entry.class === 'attitude';
    return describesView ? (speakersTurn(i, neighbours) ?? attribution) : attribution;
  });
  const sources = resolveSources(statements, all.map((a) => a.source), own.map((a) => (a.others ?? []).map((o) => o.source!)));
  const resolved = all.map((attribution, i) => ({ ...attribution, source: sources.main[i]! }));
  const proposals = new Map<string, Proposal>();
  const spans = statementAttributions(text, statements, own, all, resolved, sources.others, quotes, proposals);
  if (judge === null) return resolved.map((attribution, i) => ({ ...attribution, all: spans[i]! }));
  const dropped = droppedAttributions(text, distinctAttributions(statements, spans, resolved.map((a) => a.source), proposals), quotes, judge);
  return resolved.map((attribution, i) => {
    const kept = dropped.size === 0 ? spans[i]! : spans[i]!.filter((a) => !dropped.has(attributionKey(a)));
    const main = attribution.source;
    if (main !== null && kept.some((a) => a.source.start === main.start && a.cue.start === main.cue.start)) return { ...attribution, all: kept };
    // The main attribution dropped: the kept one whose content covers most of the statement is
    // the main one now, for the report and the label alike; with none kept, there is no source.
    const others = own[i]!.others ?? [];
    const promoted = mostCovering(statements[i]!, kept);
    const other = promoted === undefined ? -1 : others.findIndex((o) => sameCue(o.source!, promoted));
    if (other === -1) return { ...attribution, ...NO_SOURCE, all: kept };
    return { ...others[other]!, source: sources.others[i]![other]!, quoted: attribution.quoted, all: kept };
  });
}

function sameCue(source: Source, attribution: StatementAttribution): boolean {
  return source.cue.start === attribution.cue.start && source.start === attribution.source.start;
}

function mostCovering(statement: { start: number; end: number }, attributions: readonly StatementAttribution[]): StatementAttribution | undefined {
  let best: StatementAttribution | undefined;
  let most = 0;
  for (const a of attributions) {
    const covered = Math.min(statement.end, a.content.end) - Math.max(statement.start, a.content.start);
    if (covered > most) [best, most] = [a, covered];
  }
  return best;
}

const NO_SOURCE = { source: null, reporting: null, content: null, vague: false, incidental: false } as const;

/**
 * Every attribution of each statement, as the report carries it: the main one (its own or a
 * quotation's speaker's) and the others its own cues give, in order of their cues. The main
 * one's content is the statement, run on to the end of a quotation its cue opens (and back to
 * the start of one it closes); a statement that takes its source from a quotation shares the
 * content of the statement that names the speaker when that content covers it, else its content
 * is the quotation. Another attribution's content is what its cue introduces.
 */
function statementAttributions(
  text: string,
  statements: readonly AttributionInput[],
  own: readonly Attribution[],
  all: readonly Attribution[],
  resolved: readonly Attribution[],
  others: readonly (readonly Source[])[],
  quotes: readonly QuoteSpan[],
  proposals: Map<string, Proposal>,
): StatementAttribution[][] {
  // The main attribution is the statement's: its content covers the statement, and the quotation its cue opens or closes.
  const ownContent = own.map((attribution, i) => {
    if (attribution.source === null) return null;
    const statement = statements[i]!;
    const content = contentSpan(statement, attribution.content, quotes);
    return content === null ? { start: statement.start, end: statement.end } : { start: Math.min(statement.start, content.start), end: Math.max(statement.end, content.end) };
  });
  // By source object, the contents its own statement gives it.
  const contents = new Map<Source, { start: number; end: number }>();
  own.forEach((attribution, i) => {
    if (attribution.source !== null && ownContent[i] !== null) contents.set(attribution.source, ownContent[i]!);
  });
  return statements.map((statement, i) => {
    const list: StatementAttribution[] = [];
    const main = resolved[i]!.source;
    if (main !== null) {
      const borrowed = all[i]!.source !== own[i]!.source;
      let content = ownContent[i] ?? { start: statement.start, end: statement.end };
      if (borrowed) {
        const theirs = all[i]!.source === null ? undefined : contents.get(all[i]!.source!);
        const quote = quoteAt(statement.start, quotes) ?? quoteAt(firstQuoteMark(text, statement), quotes);
        content = theirs !== undefined && theirs.start <= statement.start && statement.end <= theirs.end ? theirs : quote !== null ? { start: quote.start, end: quote.end } : { start: statement.start, end: statement.end };
      }
      list.push(reported(main, content));
    }
    (own[i]!.others ?? []).forEach((other, k) => {
      const attribution = reported(others[i]![k]!, contentSpan(statement, other.content, quotes) ?? { start: statement.start, end: statement.end });
      if (other.learned !== undefined || other.nested === true) proposals.set(attributionKey(attribution), other.learned === undefined ? { nested: true } : { learned: other.learned });
      list.push(attribution);
    });
    return list.length < 2 ? list : list.sort((a, b) => a.cue.start - b.cue.start || a.source.start - b.source.start);
  });
}

/** The cue lies in what the main cue introduces, with no comma, semicolon or dash before its own clause. */
function nestedIn(tokens: readonly Token[], main: Attribution, match: Match, other: Attribution): boolean {
  const content = main.content;
  if (content === null || match.first < content.first || match.last > content.last) return false;
  if (other.source!.start === main.source!.start) return false;
  const from = Math.min(other.source!.start, tokens[match.first]!.start);
  let before = tokens.findIndex((t) => t.start >= from) - 1;
  while (before >= content.first && CLAUSE_LINKS.has(tokens[before]!.normal)) before -= 1;
  return before < content.first || !/[,;:—–]/.test(tokens[before]!.post);
}

/** Words that open a clause of its own after a comma: "…, while the mayor denied it". */
const CLAUSE_LINKS = new Set(['while', 'but', 'and', 'whereas', 'although', 'though', 'yet', 'as', 'even', 'who', 'which']);

function reported(source: Source, content: { start: number; end: number }): StatementAttribution {
  return {
    source: { text: source.text, start: source.start, end: source.end, kind: source.kind, named: source.named, ...(source.resolved === undefined ? {} : { resolved: source.resolved }) },
    cue: { ...source.cue },
    stance: source.stance,
    content,
  };
}

/** A cue's content tokens as offsets, widened to the quotation they open or close across statements. */
function contentSpan(statement: AttributionInput, content: TokenRange | null, quotes: readonly QuoteSpan[]): { start: number; end: number } | null {
  if (content === null) return null;
  let start = statement.tokens[content.first]!.start;
  let end = statement.tokens[content.last]!.end;
  const opening = quoteAt(start, quotes);
  if (opening !== null && opening.start < statement.start) start = opening.start;
  const closing = quoteAt(Math.max(start, end - 1), quotes);
  if (closing !== null && closing.end > statement.end) end = closing.end;
  return { start, end };
}

function firstQuoteMark(text: string, statement: AttributionInput): number {
  const at = text.slice(statement.start, statement.end).search(/["“]/);
  return at === -1 ? statement.start : statement.start + at;
}

export function attributeStatement(text: string, statement: AttributionInput, quotes: readonly QuoteSpan[], lexicon: Lexicon, tagger: CueTagger | null = null): Attribution {
  const quoted = quotedShare(statement.start, statement.end, quotes);
  const { tokens, matches } = statement;
  const gaps = matches.filter((m) => m.entry.kind === 'missing-evidence' || m.entry.kind === 'no-answer');
  const reporting = matches.filter((m) => m.entry.kind === 'reporting' && !insideQuote(tokens[m.first]!, quotes));
  const inGap = (m: Match, of: readonly Match[] = gaps): boolean => of.some((gap) => gap.first <= m.last && m.first <= gap.last);
  const unanswered = gaps.filter((gap) => gap.entry.kind === 'no-answer');
  // "has not been able to confirm" reports a gap, not what Reuters confirmed; "declined to
  // comment, citing the inquiry" gives the refusal's reason, not a claim.
  const givesReason = (m: Match): boolean => setOffParticiple(tokens, m) && !carriesClause(tokens, m) && unanswered.some((gap) => gap.last < m.first);
  const candidates = byPrecedence(tokens, gaps.length === 0 ? reporting : reporting.filter((m) => !inGap(m) && !givesReason(m)));
  const refusals = unanswered.length === 0 ? NO_MATCHES : byPrecedence(tokens, reporting.filter((m) => inGap(m, unanswered)));
  // Who each cue names, worked out once: the later passes try the same cues again.
  const speakers = new Map<Match, TokenRange | null>();
  const inSide = candidates.map((match) => inSideClause(tokens, match));
  const main = candidates.filter((_, i) => !inSide[i]);
  const side = candidates.filter((_, i) => inSide[i]);
  const label = colonAttribution(text, tokens, matches, quoted);
  const found =
    (label !== null && isTurnLabel(tokens, label) ? label : null) ??
    verbAttribution(text, statement, main, lexicon, quoted, speakers, false) ??
    label ??
    signatureAttribution(text, tokens, matches, quoted) ??
    verbAttribution(text, statement, side, lexicon, quoted, speakers, true) ??
    // "an explosion that the mayor described as an attack": a view inside a relative clause about a noun.
    verbAttribution(text, statement, candidates, lexicon, quoted, speakers, true, true) ??
    // "The campaign did not respond to requests for comment": who did not answer, though no claim is theirs.
    verbAttribution(text, statement, refusals, lexicon, quoted, speakers, true) ?? { source: null, reporting: null, content: null, vague: false, inherited: false, quoted };
  // Only a model that judges is shown the nested reports and the tagger's verbs: the patterns alone keep neither.
  const others = otherAttributions(text, statement, found, candidates, inSide, lexicon, quoted, speakers, tagger !== null);
  if (tagger !== null) others.push(...learnedAttributions(text, statement, found, others, quotes, lexicon, quoted, tagger));
  return others.length === 0 ? found : { ...found, others };
}

/**
 * The attributions of the verbs the cue tagger finds where the lexicon has no reporting entry
 * ("The Daily Caller unearthed …", "The campaign is seizing on …"): each verb's speaker found as
 * a lexicon verb's is, its content what follows it. The attribution model decides which stay.
 */
function learnedAttributions(
  text: string,
  statement: AttributionInput,
  main: Attribution,
  others: readonly Attribution[],
  quotes: readonly QuoteSpan[],
  lexicon: Lexicon,
  quoted: number,
  tagger: CueTagger,
): Attribution[] {
  const { tokens, matches } = statement;
  const taken = [main, ...others].flatMap((a) => (a.source === null ? [] : [a.source.cue]));
  const learned: Attribution[] = [];
  const speakers = new Map<Match, TokenRange | null>();
  tokens.forEach((token, i) => {
    if (!isCueCandidate(token) || insideQuote(token, quotes)) return;
    const covering = matches.filter((m) => m.first <= i && i <= m.last);
    if (covering.some((m) => m.entry.kind === 'reporting')) return;
    const probability = tagger.probability(cueTokenFeatures(tokens, i, covering.map((m) => m.entry.kind)));
    if (probability < 0.5) return;
    const match: Match = { entry: { phrase: token.lemma, words: [token.lemma], exceptWords: [], kind: 'reporting' }, first: i, last: i };
    const found = verbAttribution(text, statement, [match], lexicon, quoted, speakers, inSideClause(tokens, match));
    if (found === null || found.source === null) return;
    const cue = found.source.cue;
    if (taken.some((t) => t.start < cue.end && cue.start < t.end)) return;
    taken.push(cue);
    // (Nor does a tagged verb, side clause or not: see forLabels.)
    learned.push({ ...found, incidental: false, learned: probability });
  });
  return learned;
}

/**
 * The attributions of a statement besides the one it is labelled by: each other reporting cue
 * that names a speaker of its own ("X said A, adding B", "while Y denied it").
 */
function otherAttributions(
  text: string,
  statement: AttributionInput,
  main: Attribution,
  candidates: readonly Match[],
  inSide: readonly boolean[],
  lexicon: Lexicon,
  quoted: number,
  speakers: Map<Match, TokenRange | null>,
  proposeNested: boolean,
): Attribution[] {
  if (main.source === null || candidates.length < 2) return [];
  const { tokens } = statement;
  const others: Attribution[] = [];
  const taken: Array<{ start: number; end: number }> = [main.source.cue];
  candidates.forEach((match, i) => {
    if (match === main.reporting) return;
    const found =
      verbAttribution(text, statement, [match], lexicon, quoted, speakers, inSide[i]!) ?? verbAttribution(text, statement, [match], lexicon, quoted, speakers, true, true);
    if (found === null || found.source === null) return;
    const cue = found.source.cue;
    // "Obama said he planned to …": a view reported inside what the main source says is theirs
    // to report, not an attribution of its own; "…, while the mayor denied it" after a comma is.
    const nested = nestedIn(tokens, main, match, found);
    if (nested && !proposeNested) return;
    if (taken.some((t) => t.start < cue.end && cue.start < t.end)) return;
    taken.push(cue);
    // (A nested report never bears on the label: see forLabels.)
    others.push(nested ? { ...found, nested: true, incidental: false } : found);
  });
  return others;
}

const NO_MATCHES: readonly Match[] = [];

/**
 * What the classifier should weigh of an attribution: nothing of a source that speaks only in a
 * side clause, nor of one only the attribution model proposes (a verb the cue tagger found, a
 * report nested in another's): the label model learned from the patterns' sources, and "The
 * group filed a request" is who acted, not whose claim the statement makes.
 */
export function forLabels(attribution: Attribution): Attribution {
  const proposed = attribution.learned !== undefined || attribution.nested === true;
  return attribution.incidental === true || proposed ? { ...attribution, source: null, reporting: null, content: null, vague: false, incidental: false } : attribution;
}

function insideQuote(token: Token, quotes: readonly QuoteSpan[]): boolean {
  const quote = quoteAt(token.start, quotes);
  return quote !== null && quote.start < token.start && token.end < quote.end;
}
