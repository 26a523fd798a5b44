import type { Attribution } from '../attribute/index.js';
import type { Token } from '../segment/token.js';
import type { Cue, CueKind, Label, Role } from '../types.js';
import calibration from './confidence.json' with { type: 'json' };
import { backgroundSignals, isFragment, reportedHistory } from './background.js';
import { denialCues, partyNegation, type PartyContext } from './denial.js';
import type { Lexicon } from './lexicon.js';
import type { Match } from './match.js';
import { inSubordinateClause, isNegated, isQuestion } from './scope.js';
import { gapTokens, unverifiedCues, UNVERIFIED_KINDS } from './unverified.js';

export { compileLexicon, type Lexicon, type LexiconEntry, type LexiconExtension } from './lexicon.js';
export { findMatches, type Match } from './match.js';

export interface ClassifyInput {
  text: string;
  role: Role;
  tokens: readonly Token[];
  matches: readonly Match[];
  attribution: Attribution;
  /** The statements just before this one, nearest first, and their sources (for what a denial answers). */
  previous: PartyContext;
  /** The year the story is set in, from its date lines or the latest year it mentions. */
  storyYear: number | null;
}

export interface Classification {
  label: Label;
  confidence: number;
  /** "<label>:<rule>", e.g. "unverified:hedge", "denial:party-rejects". */
  rule: string;
  /** The rule's finding in words: "source 'Iran’s mission' negates a deed of its own: …". */
  reason: string;
  cues: Cue[];
}

/** Roles that state something and are labelled by their words; every other role is background. */
const STATEMENT_ROLES: ReadonlySet<Role> = new Set(['headline', 'dek', 'body']);

/**
 * Statement -> label, following the precedence of ANNOTATION.md: a non-statement line is
 * background; a rejection of a claim is a denial; a marker of non-establishment makes it
 * unverified; a source's claim is an assertion; context in the article's own voice is
 * background; anything else the article asserts.
 */
export function classify(input: ClassifyInput, lexicon: Lexicon): Classification {
  const { text, tokens, matches, attribution } = input;
  const cue = (first: number, last: number, kind: CueKind, entry: string): Cue => {
    // The "not" of "cannot" has no letters of its own: the cue is the whole word.
    while (first > 0 && tokens[first]!.start === tokens[first]!.end) first--;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { text: text.slice(start, end), start, end, kind, entry };
  };
  const fromMatch = (m: Match): Cue => cue(m.first, m.last, m.entry.kind, m.entry.phrase);
  const reportingCue = attribution.reporting === null ? [] : [fromMatch(attribution.reporting)];

  const quote = (c: { text: string }): string => `'${c.text}'`;
  const listed = (cues: readonly Cue[]): string => withoutOverlaps(cues).map(quote).join(', ');
  const source = attribution.source;

  if (!STATEMENT_ROLES.has(input.role) && !statesResult(input)) {
    return decide('background', `role-${input.role}`, [], `${input.role === 'furniture' ? 'page furniture' : `a ${input.role}`}, not a statement`);
  }

  const denials = denialCues(tokens, matches, lexicon, input.previous).map(fromMatch);
  if (denials.length > 0) {
    const who = source === null ? '' : `${quote(source)} `;
    return decide('denial', 'rejects-claim', [...reportingCue, ...denials], `${who}rejects a claim: ${listed(denials)}`);
  }

  const unverifiedMatches = unverifiedCues(tokens, matches);
  const negation = partyNegation(tokens, attribution, gapTokens(matches), input.previous, lexicon);
  // "I suspect they won't do that", "they may not have known": a guess about a deed denies nothing.
  const guessed = negation !== null && unverifiedMatches.some((m) => m.entry.kind === 'hedge' && m.last < negation.negation);
  if (negation !== null && source !== null && !guessed) {
    const negated = cue(negation.negation, negation.negation, 'negation', 'not');
    const deed = text.slice(tokens[negation.negation - 1]?.start ?? negated.start, tokens[negation.verb]!.end);
    const reason = `source ${quote(source)} negates a deed of its own: subject '${tokens[negation.subject]!.text}' ${quote({ text: deed })}`;
    return decide('denial', 'party-rejects', [...reportingCue, negated], reason);
  }

  const unverified = unverifiedMatches.map((m) => ({ kind: m.entry.kind, cue: fromMatch(m) }));
  // "Some residents want a park" is the article's claim about them; "some say the park will close" is theirs, vaguely sourced.
  if (attribution.vague && source !== null && attribution.reporting?.entry.class !== 'attitude') {
    const sourceCue: Cue = { text: source.text, start: source.start, end: source.end, kind: 'vague-source', entry: 'unnamed source' };
    return decide('unverified', 'vague-source', [sourceCue, ...unverified.map((u) => u.cue)], `the source is unnamed: ${quote(source)}`);
  }
  if (unverified.length > 0) {
    const strongest = UNVERIFIED_KINDS.find((kind) => unverified.some((u) => u.kind === kind))!;
    const cues = unverified.map((u) => u.cue);
    return decide('unverified', strongest, cues, `${KIND_REASONS[strongest]}: ${listed(cues.filter((c) => c.kind === strongest))}`);
  }
  // ("He didn't suggest retaliation": a negated supposition supposes nothing.)
  if (source?.stance === 'hedged' && !attribution.inherited && !(attribution.reporting !== null && isNegated(tokens, attribution.reporting.first))) {
    // "the missive suggests …", "he believes …": the source itself only supposes it.
    return decide('unverified', 'hedged-source', reportingCue, `${quote(source)} only supposes it: ${quote(source.cue)}`);
  }
  if (input.role === 'body' && isQuestion(tokens)) {
    // "Are we where we need to be?" Ray asked: a question, the article's or a source's, claims
    // nothing; it leaves the matter open.
    const ownVoice = source === null || attribution.reporting?.entry.class === 'attitude';
    return decide('unverified', 'question', [], ownVoice ? "a question in the article's own voice" : `${quote(source)} asks, and claims nothing`);
  }
  if (source !== null) {
    const history = input.role === 'body' && !attribution.inherited ? reportedHistory(tokens, matches, attribution, input.storyYear, lexicon) : [];
    if (history.length > 0) {
      const cues = history.map((h) => cue(h.first, h.last, 'background', h.entry));
      return decide('background', 'reported-history', [...reportingCue, ...cues], `the reporting itself is history: ${listed(cues)}`);
    }
    if (attribution.inherited) return decide('assertion', 'quoted-source', [], `inside a quotation of ${quote(source)}`);
    // "The council wants …", "she criticized …": whose view it is, but no quoted claim; the
    // sentence may still be context in the article's own voice.
    const attitude = attribution.reporting?.entry.class === 'attitude' || (attribution.reporting !== null && inSubordinateClause(tokens, attribution.reporting));
    if (!attitude) return decide('assertion', 'attributed', reportingCue, `${quote(source)} states it (${quote(source.cue)}, ${source.stance})`);
  }
  if (input.role === 'body') {
    if (isFragment(tokens)) return decide('background', 'fragment', [], 'no verb: it states nothing');
    const context = backgroundSignals(tokens, matches, input.storyYear, lexicon).map((h) => cue(h.first, h.last, 'background', h.entry));
    if (context.length > 0) return decide('background', 'context', context, `context in the article's own voice: ${listed(context)}`);
  }
  if (source !== null) return decide('assertion', 'attributed', reportingCue, `${quote(source)} holds it (${quote(source.cue)}, ${source.stance})`);
  if (input.role === 'body' || input.role === 'heading') return decide('assertion', 'own-voice', [], "stated in the article's own voice");
  return decide('assertion', input.role, [], `a ${input.role} that states a claim`);
}

/** How each kind of unverified cue reads in an explanation. */
const KIND_REASONS: Record<CueKind, string> = {
  hedge: 'hedged',
  distancing: 'the article distances itself',
  'missing-evidence': 'evidence or confirmation is missing',
  'vague-source': 'the source is unnamed',
  'no-answer': 'a party did not answer',
  denial: 'rejected',
  reporting: 'reported',
  negation: 'negated',
  background: 'context',
};

/** "Group F — Sweden 1 – 0 Korea Republic": a heading that gives a result states a claim. */
function statesResult(input: ClassifyInput): boolean {
  return input.role === 'heading' && /\d+\s*[–-]\s*\d+/.test(input.tokens.map((t) => t.text + t.post).join(''));
}

function decide(label: Label, rule: string, cues: Cue[], reason: string): Classification {
  const name = `${label}:${rule}`;
  // Every role shares one measured confidence: "background:role-caption" is "background:role".
  const rates = calibration.rules as Record<string, number>;
  const confidence = rates[name] ?? rates[name.replace(/-[a-z]+$/, '')] ?? calibration.default;
  return { label, confidence, rule: name, reason, cues: withoutOverlaps(cues) };
}

/** Cues in text order; of overlapping cues of one kind only the longest stays ("not able to confirm" over "not able"). */
function withoutOverlaps(cues: readonly Cue[]): Cue[] {
  const longestFirst = [...cues].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Cue[] = [];
  for (const cue of longestFirst) {
    if (!kept.some((k) => k.kind === cue.kind && k.start < cue.end && cue.start < k.end)) kept.push(cue);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
