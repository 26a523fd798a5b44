import type { Token } from '../segment/token.js';
import type { Match } from './match.js';
import { inSideClause } from './scope.js';

/** Something in a sentence that points to context: a cue word, an earlier year, a past perfect. */
export interface BackgroundSignal {
  first: number;
  last: number;
  entry: string;
}

/**
 * Signals that a sentence in the article's own voice is context, not the news: history words
 * ("previously", "has long", "was founded"), a year before the story's own year ("In 2011"),
 * and the past perfect of backstory ("Montalvo had read an article").
 */
export function backgroundSignals(tokens: readonly Token[], matches: readonly Match[], storyYear: number | null): BackgroundSignal[] {
  const signals: BackgroundSignal[] = matches
    .filter((m) => m.entry.kind === 'background' && !inSideClause(tokens, m))
    .map((m) => ({ first: m.first, last: m.last, entry: m.entry.phrase }));
  const years = tokens.map((t, i) => ({ i, year: yearOf(t) })).filter((y): y is { i: number; year: number } => y.year !== null);
  if (storyYear !== null && years.length > 0 && years.every((y) => y.year < storyYear)) {
    signals.push({ first: years[0]!.i, last: years[0]!.i, entry: 'earlier year' });
  }
  const perfect = pastPerfect(tokens);
  if (perfect !== -1) signals.push({ first: perfect, last: perfect + 1, entry: 'past perfect' });
  return signals.sort((a, b) => a.first - b.first);
}

export function yearOf(token: Token): number | null {
  if (!/^(?:1[89]|20)\d\d$/.test(token.text)) return null;
  return token.tags.has('Year') || token.tags.has('Date') || token.tags.has('Value') ? Number(token.text) : null;
}

/** Index of "had" in "had + past participle" as the main verb group, or -1. */
function pastPerfect(tokens: readonly Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.normal !== 'had') continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.tags.has('Adverb')) j++;
    const verb = tokens[j];
    if (verb !== undefined && verb.tags.has('Verb') && (verb.tags.has('PastTense') || verb.tags.has('Participle'))) return i;
  }
  return -1;
}
