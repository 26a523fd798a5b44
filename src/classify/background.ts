import type { Attribution } from '../attribute/index.js';
import type { Token } from '../segment/token.js';
import type { Lexicon } from './lexicon.js';
import { matchWords, type Match } from './match.js';
import { inRelativeClause, inSideClause } from './scope.js';

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
export function backgroundSignals(tokens: readonly Token[], matches: readonly Match[], storyYear: number | null, lexicon: Lexicon): BackgroundSignal[] {
  if (inStoryTime(tokens, lexicon)) return [];
  const signals: BackgroundSignal[] = matches
    .filter((m) => m.entry.kind === 'background' && !inSideClause(tokens, m) && !inRelativeClause(tokens, m))
    .map((m) => ({ first: m.first, last: m.last, entry: m.entry.phrase }));
  const years = tokens.map((t, i) => ({ i, year: yearOf(t) })).filter((y): y is { i: number; year: number } => y.year !== null);
  if (storyYear !== null && years.length > 0 && years.every((y) => y.year < storyYear) && !years.some((y) => comparedWith(tokens, y.i))) {
    signals.push({ first: years[0]!.i, last: years[0]!.i, entry: 'earlier year' });
  }
  const perfect = pastPerfect(tokens);
  if (perfect !== -1) signals.push({ first: perfect, last: perfect + 1, entry: 'past perfect' });
  return signals.sort((a, b) => a.first - b.first);
}

/**
 * The reporting itself is history: "On March 2, 2015, the Times revealed …", "In 2011, he said
 * …", "Chaffetz earlier asked …". A leading date before the story's year, or a history word
 * right before the reporting verb, dates the whole statement.
 */
export function reportedHistory(tokens: readonly Token[], matches: readonly Match[], attribution: Attribution, storyYear: number | null, lexicon: Lexicon): BackgroundSignal[] {
  const verb = attribution.reporting;
  if (verb === null || inStoryTime(tokens, lexicon)) return [];
  const leading = leadingPhraseEnd(tokens);
  const years = tokens.slice(0, leading + 1).map((t, i) => ({ i, year: yearOf(t) }));
  // A year before the story's, or a full date ("On March 2, 2015,"): news of the day goes by
  // weekday ("on Tuesday"), a day, month and year date the report as history.
  const fullDate = tokens.slice(0, leading + 1).some((t) => t.tags.has('Month')) && years.some((y) => y.year !== null);
  const early = years.find((y) => y.year !== null && (fullDate || (storyYear !== null && y.year < storyYear)));
  if (early !== undefined && leading < verb.first) return [{ first: early.i, last: early.i, entry: fullDate ? 'full date' : 'earlier date' }];
  // ("Dahl, who first made the allegations last week, said": the time is the relative clause's.)
  const adverb = matches.find((m) => m.entry.kind === 'background' && m.last < verb.first && m.last >= verb.first - 2 && !inRelativeClause(tokens, m));
  return adverb === undefined ? [] : [{ first: adverb.first, last: adverb.last, entry: adverb.entry.phrase }];
}

/**
 * The year is what today's figure is measured against: "surpasses the total for the 2012
 * cycle", "more than in 2012", "beyond the 2012 total". The news is the comparison.
 */
function comparedWith(tokens: readonly Token[], year: number): boolean {
  for (let i = Math.max(0, year - COMPARISON_REACH); i < year; i++) {
    if (COMPARISON_WORDS.has(tokens[i]!.normal) || COMPARISON_VERBS.has(tokens[i]!.lemma)) return true;
  }
  return false;
}

const COMPARISON_REACH = 6;
const COMPARISON_WORDS = new Set(['than', 'beyond', 'versus', 'vs', 'vs.']);
const COMPARISON_VERBS = new Set(['surpass', 'exceed', 'compare', 'outpace', 'eclipse', 'top', 'beat']);

/** Index of the last token of a sentence-opening phrase set off by a comma ("On March 2, 2015,"), or -1. */
function leadingPhraseEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (first === undefined || !(first.tags.has('Preposition') || first.tags.has('Date'))) return -1;
  for (let i = 0; i < tokens.length && i < 8; i++) {
    if (tokens[i]!.post.includes(',') && !(tokens[i]!.tags.has('Date') && yearOf(tokens[i + 1] ?? tokens[i]!) !== null)) return i;
  }
  return -1;
}

/**
 * "The current flag of New Zealand.", "Charles Bolden, NASA Administrator": a short sentence with no
 * verb states nothing (a caption or a name line that lost its role). Questions and
 * exclamations are left to the other rules.
 */
export function isFragment(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > MAX_FRAGMENT_WORDS || tokens.some((t) => t.tags.has('Verb'))) return false;
  // "Refugees.": one noun is a section heading; "Yes." or "Indeed." answers something.
  if (tokens.length === 1 && !(tokens[0]!.tags.has('Noun') && !tokens[0]!.tags.has('Pronoun'))) return false;
  // compromise misses some verbs ("Bus fares rose by 12%"); a figure means a claim is made.
  if (tokens.some((t) => /\d/.test(t.text))) return false;
  return !/[?!]/.test(tokens[tokens.length - 1]!.post);
}

/** Captions and name lines are short; a longer sentence without a verb is more likely a verb compromise missed. */
const MAX_FRAGMENT_WORDS = 10;

/**
 * "On Tuesday", "today", "will": the sentence is set in the story's own time, so it reports
 * the news even when it mentions history ("… in 2009; this has dropped to 56 percent today").
 */
function inStoryTime(tokens: readonly Token[], lexicon: Lexicon): boolean {
  return tokens.some((token, i) => token.tags.has('WeekDay') || lexicon.newsTime.some((words) => matchWords(tokens, i, words) !== -1));
}

export function yearOf(token: Token): number | null {
  // "the 1960s": a decade counts as its last year, so it is earlier only when it has ended.
  const decade = /^((?:1[89]|20)\d)0['’]?s$/.exec(token.text);
  if (decade !== null) return Number(decade[1]) * 10 + 9;
  if (!/^(?:1[89]|20)\d\d$/.test(token.text)) return null;
  return token.tags.has('Year') || token.tags.has('Date') || token.tags.has('Value') ? Number(token.text) : null;
}

/**
 * Index of "had" in "had + past participle" when that is the sentence's first verb group (the
 * main clause, not "the exhibit they had wanted to attend"), or -1.
 */
function pastPerfect(tokens: readonly Token[]): number {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.normal !== 'had') {
      if (tokens[i]!.tags.has('Verb') && !tokens[i]!.tags.has('Gerund') && !tokens[i]!.tags.has('Participle')) return -1;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.tags.has('Adverb')) j++;
    const verb = tokens[j];
    if (verb !== undefined && verb.tags.has('Verb') && (verb.tags.has('PastTense') || verb.tags.has('Participle'))) return i;
  }
  return -1;
}
