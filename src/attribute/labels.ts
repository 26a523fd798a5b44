import type { Match } from '../classify/match.js';
import type { Token } from '../segment/token.js';
import type { Source } from '../types.js';
import type { Attribution } from './index.js';
import { hasProperNoun, isEditorsNote, isNamed, isVague, sourceKind } from './naming.js';
import { phraseEndingAt, phraseStartingAt, spanOf, type TokenRange } from './noun-phrase.js';

/**
 * Attributions without a reporting verb: a name and a colon opening the statement ("Ted Cruz:
 * ‘…’"), a quotation signed with a dash and a name.
 */

/**
 * "Ted Cruz: ‘Assaulting a reporter is a fireable offense.’", "Reports: asylum process to
 * change": a short name or noun phrase and a colon open the statement and attribute the rest.
 */
export function colonAttribution(text: string, tokens: readonly Token[], matches: readonly Match[], quoted: number): Attribution | null {
  const colon = tokens.findIndex((t, i) => i < COLON_SPEAKER_WORDS && t.post.trimEnd() === ':');
  if (colon === -1 || colon === tokens.length - 1) return null;
  // "Attendance: 2,412", "Score: 3-1": a field and its value, no words to attribute.
  if (!tokens.slice(colon + 1).some((t) => /\p{L}{2}/u.test(t.text))) return null;
  // compromise may read a lone name as anything ("Pence:" as an interjection): capitals will do.
  const capitalised = tokens.slice(0, colon + 1).every((t) => /^\p{Lu}/u.test(t.text));
  const range = phraseEndingAt(tokens, colon) ?? (capitalised ? { first: 0, last: colon } : null);
  if (range === null || range.first !== 0 || !hasNoun(tokens, range)) return null;
  // "Little Relief for Refugees:", "The Gap Goes On:": a section heading names no one.
  // "Two questions: Why would he do that?": neither does a phrase of common nouns.
  if (range.last > range.first && !namesSomeone(tokens, range)) return null;
  // "CLARIFICATION: The first sentence has been …": an editor's note, not someone's words.
  if (isEditorsNote(text, tokens, range)) return null;
  const colonAt = tokens[colon]!.end + tokens[colon]!.post.indexOf(':');
  const vague = isVague(tokens, range, matches);
  const source: Source = {
    ...spanOf(text, tokens, range),
    verb: ':',
    cue: { text: ':', start: colonAt, end: colonAt + 1 },
    named: !vague && isNamed(tokens, range),
    stance: 'neutral',
    kind: sourceKind(tokens, range, vague),
  };
  return { source, reporting: null, content: { first: colon + 1, last: tokens.length - 1 }, vague, inherited: false, quoted };
}

/**
 * "WALLACE: But, as the Journal wrote, it shows …": a label found by colonAttribution is a
 * transcript's speaker (a name in capitals, or a person's name), who says the whole statement,
 * whatever verbs it reports.
 */
export function isTurnLabel(tokens: readonly Token[], label: Attribution): boolean {
  if (label.content === null) return false;
  const words = tokens.slice(0, label.content.first);
  // "Says Lee: …" opens with its verb: a speech tag, not a transcript's label.
  if (words[0]?.tags.has('Verb') === true && !words[0].tags.has('Noun') && !/^\p{Lu}[\p{Lu}.'’-]+$/u.test(words[0].text)) return false;
  const capitals = words.every((t) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text));
  return capitals || words.some((t) => t.tags.has('Person'));
}

/** How long a name before a colon may be ("Oversight Committee Chairman Jason Chaffetz:"). */
const COLON_SPEAKER_WORDS = 6;

function namesSomeone(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    const token = tokens[i]!;
    if (['Person', 'Organization', 'Place', 'Acronym'].some((tag) => token.tags.has(tag)) || /^\p{Lu}{2,}$/u.test(token.text)) return true;
  }
  return false;
}

function hasNoun(tokens: readonly Token[], range: TokenRange): boolean {
  for (let i = range.first; i <= range.last; i++) {
    const token = tokens[i]!;
    // compromise reads a capitalised label ("Reports:") as a verb.
    if ((token.tags.has('Noun') && !token.tags.has('Pronoun')) || /^\p{Lu}/u.test(token.text)) return true;
  }
  return false;
}

/** `“We deserve better.”― Carla Sanchez`, `"…" - Matthew Ingram`: a quotation signed with a dash and a name. */
export function signatureAttribution(text: string, tokens: readonly Token[], matches: readonly Match[], quoted: number): Attribution | null {
  // compromise keeps the dash in the quotation's last word ("stop.”― ") or, after a space, as a word of its own.
  const isDash = (token: Token | undefined): boolean => token !== undefined && /^[-–—―]+$/.test(token.text);
  const quoteEnd = tokens.findLastIndex((t, i) => /["”’]\s*[-–—―]\s*$/.test(t.post) || (/["”’]\s*$/.test(t.post) && isDash(tokens[i + 1])));
  if (quoteEnd === -1) return null;
  const dashToken = isDash(tokens[quoteEnd + 1]) ? tokens[quoteEnd + 1]! : null;
  const nameStart = dashToken === null ? quoteEnd + 1 : quoteEnd + 2;
  if (nameStart >= tokens.length) return null;
  const range = phraseStartingAt(tokens, nameStart);
  // A signature opens with the name ("― Christina Lastra"), not a phrase about the quotation ("— a metaphor for …").
  if (range === null || range.last < tokens.length - 2 || !hasProperNoun(tokens, range) || !/^\p{Lu}/u.test(tokens[range.first]!.text)) return null;
  const quoteMark = tokens[quoteEnd]!;
  const dashAt = dashToken?.start ?? quoteMark.end + quoteMark.post.search(/[-–—―]/);
  const vague = isVague(tokens, range, matches);
  const source: Source = {
    ...spanOf(text, tokens, range),
    verb: '―',
    cue: { text: text.slice(dashAt, dashAt + 1), start: dashAt, end: dashAt + 1 },
    named: !vague && isNamed(tokens, range),
    stance: 'neutral',
    kind: sourceKind(tokens, range, vague),
  };
  return { source, reporting: null, content: { first: 0, last: quoteEnd }, vague, inherited: false, quoted };
}
