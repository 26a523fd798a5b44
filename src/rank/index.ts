/**
 * Check-worthiness: how much a fact-checker would want to verify a statement, 0..1.
 *
 * Pure: a statement and its words in, a score and the signals that fired out. Only assertions
 * and unverified statements are scored; a denial answers a claim (the claim is what gets
 * checked) and background is context, so theirs is null. The signals, their weights and why
 * each weighs what it does are data: src/rank/weights.json. The score is
 * logistic(bias + the weights of the signals that fire).
 */
import weights from './weights.json' with { type: 'json' };
import type { DocumentReport, Label, Statement } from '../types.js';

/** What the scorer reads of a word: compromise's token (src/segment/token.ts) fits. */
export interface RankToken {
  text: string;
  start: number;
  end: number;
  normal: string;
  lemma: string;
  tags: ReadonlySet<string>;
}

export const SIGNALS = [
  'number',
  'amount',
  'percent',
  'date',
  'comparison',
  'named-actor',
  'causal',
  'attributed',
  'accusing',
  'wrongdoing',
  'unverified',
  'distancing',
  'missing-evidence',
  'headline',
  'opinion',
  'question',
  'prediction',
  'no-answer',
  'short',
] as const;
export type Signal = (typeof SIGNALS)[number];

interface SignalSpec {
  weight: number;
  why: string;
  words?: string[];
}

const SPECS = weights.signals as Record<Signal, SignalSpec>;
const BIAS = weights.bias.weight;

/** The labels that get a score; the others get null. */
export const SCORED_LABELS: readonly Label[] = ['assertion', 'unverified'];

/** The weight of a signal and the reason for it, as weights.json gives them. */
export function signalWeight(signal: Signal): { weight: number; why: string } {
  const { weight, why } = SPECS[signal];
  return { weight, why };
}

export interface CheckScore {
  /** 0..1, three decimals. */
  score: number;
  /** The signals that fired, in the order of SIGNALS. */
  signals: Signal[];
}

const DATE_TAGS = ['Date', 'Month', 'WeekDay', 'Year'];
const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place'];
const YEAR = /^(1[6-9]|20)\d\d$/;
const MIN_WORDS = 5;

/** The words of a statement as the matcher sees them: lower-cased text and base form. */
interface Word {
  normal: string;
  lemma: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  numeric: boolean;
}

const NO_TAGS: ReadonlySet<string> = new Set();

function wordsOf(statement: Pick<Statement, 'text' | 'start'>, tokens: readonly RankToken[] | undefined): Word[] {
  if (tokens !== undefined && tokens.length > 0) {
    return tokens
      .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
      .map((t) => ({ normal: t.normal, lemma: t.lemma, tags: t.tags, start: t.start, end: t.end, numeric: /\d/.test(t.text) || t.tags.has('Cardinal') }));
  }
  // Without tokens (a report built by hand): the words of the text, each its own base form.
  return [...statement.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)].map((m) => {
    const normal = m[0].toLowerCase().replace(/’/g, "'");
    const start = statement.start + m.index;
    return { normal, lemma: normal, tags: NO_TAGS, start, end: start + m[0].length, numeric: /\d/.test(normal) };
  });
}

/** A lexicon entry: a symbol found in the text as it is, or words matched in a row. */
type Phrase = { symbol: string } | { words: string[] };

/** Each signal's lexicon, split into words once rather than for every statement. */
const PHRASES = Object.fromEntries(
  SIGNALS.map((signal) => [signal, (SPECS[signal].words ?? []).map((phrase): Phrase => (/^\p{L}/u.test(phrase) ? { words: phrase.split(' ') } : { symbol: phrase }))]),
) as Record<Signal, Phrase[]>;

/** Whether a word or phrase of the lexicon occurs: phrases by consecutive words, symbols in the text. */
function hasPhrase(words: readonly Word[], present: ReadonlySet<string>, text: string, phrase: Phrase, skipNames: boolean): boolean {
  if ('symbol' in phrase) return text.includes(phrase.symbol);
  const parts = phrase.words;
  // Most phrases' first word is not in the statement at all: no need to scan it.
  if (!present.has(parts[0]!)) return false;
  for (let i = 0; i + parts.length <= words.length; i++) {
    const fits = parts.every((part, k) => {
      const word = words[i + k]!;
      if (skipNames && NAME_TAGS.some((tag) => word.tags.has(tag))) return false;
      return word.normal === part || word.lemma === part;
    });
    if (fits) return true;
  }
  return false;
}

function hasAny(words: readonly Word[], present: ReadonlySet<string>, text: string, signal: Signal, skipNames = false): boolean {
  return PHRASES[signal].some((phrase) => hasPhrase(words, present, text, phrase, skipNames));
}

function isYear(word: Word): boolean {
  return YEAR.test(word.normal) || word.tags.has('Year');
}

/** A number that counts something: not a year, a date's day, an ordinal or the word "one". */
function isCount(word: Word): boolean {
  if (!word.numeric || isYear(word) || word.tags.has('Ordinal') || /^\d+(st|nd|rd|th)$/.test(word.normal)) return false;
  if (DATE_TAGS.some((tag) => word.tags.has(tag))) return false;
  return word.normal !== 'one';
}

/** The statement's last character that is not a closing quote or bracket. */
function lastMark(text: string): string {
  return text.replace(/["'”’»)\]\s]+$/u, '').slice(-1);
}

/**
 * The signals of a statement. `tokens` are its words as compromise tagged them (annotate passes
 * them); without them the text's words stand in and the tag-based signals (names, dates,
 * comparisons) fire only through their word lists.
 */
export function findSignals(statement: Statement, tokens?: readonly RankToken[]): Signal[] {
  const words = wordsOf(statement, tokens);
  const present = new Set(words.flatMap((w) => [w.normal, w.lemma]));
  const text = statement.text;
  const { source } = statement;
  const cueKinds = new Set(statement.cues.map((cue) => cue.kind));
  const inSource = (word: Word): boolean => source !== null && source !== undefined && word.start >= source.start && word.end <= source.end;
  const fired = new Set<Signal>();

  const number = words.some(isCount);
  if (number) fired.add('number');
  if (/[$€£¥]\s?\d/.test(text) || words.some((w) => w.tags.has('Money')) || (number && hasAny(words, present, text, 'amount'))) fired.add('amount');
  if (/\d\s?%/.test(text) || words.some((w) => w.tags.has('Percent')) || hasAny(words, present, text, 'percent')) fired.add('percent');
  if (words.some((w) => isYear(w) || DATE_TAGS.some((tag) => w.tags.has(tag)))) fired.add('date');
  if (words.some((w) => w.tags.has('Comparative') || w.tags.has('Superlative')) || hasAny(words, present, text, 'comparison')) fired.add('comparison');
  if (words.some((w) => !inSource(w) && !DATE_TAGS.some((tag) => w.tags.has(tag)) && NAME_TAGS.some((tag) => w.tags.has(tag)))) fired.add('named-actor');
  if (hasAny(words, present, text, 'causal')) fired.add('causal');
  if (source && source.named && source.kind !== 'unnamed') fired.add('attributed');
  if (source?.stance === 'accusing' || hasAny(words, present, text, 'accusing')) fired.add('accusing');
  if (hasAny(words, present, text, 'wrongdoing')) fired.add('wrongdoing');
  if (statement.label === 'unverified') fired.add('unverified');
  if (source?.stance === 'distancing' || cueKinds.has('distancing') || hasAny(words, present, text, 'distancing')) fired.add('distancing');
  if (cueKinds.has('missing-evidence') || statement.rule === 'unverified:missing-evidence') fired.add('missing-evidence');
  if (statement.role === 'headline' || statement.role === 'dek') fired.add('headline');
  if (hasAny(words, present, text, 'opinion', true)) fired.add('opinion');
  if (lastMark(text) === '?' || statement.rule === 'unverified:question') fired.add('question');
  if (hasAny(words, present, text, 'prediction')) fired.add('prediction');
  if (cueKinds.has('no-answer') || statement.rule === 'unverified:no-answer') fired.add('no-answer');
  if (words.length < MIN_WORDS) fired.add('short');
  return SIGNALS.filter((signal) => fired.has(signal));
}

/** logistic(bias + weights), three decimals. */
export function scoreSignals(signals: readonly Signal[]): number {
  const z = signals.reduce((sum, signal) => sum + SPECS[signal].weight, BIAS);
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}

/** The check-worthiness of one statement, or null for a denial or background. */
export function scoreStatement(statement: Statement, tokens?: readonly RankToken[]): CheckScore | null {
  if (!SCORED_LABELS.includes(statement.label)) return null;
  const signals = findSignals(statement, tokens);
  return { score: scoreSignals(signals), signals };
}

/** Named in `checkSignals` when the scores of the statements around it raised a statement's (src/rank/model.ts). */
export const NEIGHBOURS_SIGNAL = 'neighbours';

/** The statements with `checkworthiness` and `checkSignals` set; `tokens[i]` are the words of statement i. */
export function rankStatements(statements: readonly Statement[], tokens: ReadonlyArray<readonly RankToken[] | undefined> = []): Statement[] {
  return statements.map((statement, i) => {
    const scored = scoreStatement(statement, tokens[i]);
    return { ...statement, checkworthiness: scored?.score ?? null, checkSignals: scored?.signals ?? [] };
  });
}

/** A statement in a ranking, with the document it belongs to. */
export interface RankedClaim {
  document: DocumentReport;
  statement: Statement;
  score: number;
}

/**
 * The `n` most check-worthy statements of the documents, highest first; ties keep document and
 * text order. Statements without a score (denials, background, reports made without one) are left out.
 */
export function topClaims(documents: readonly DocumentReport[], n: number): RankedClaim[] {
  const claims: RankedClaim[] = [];
  for (const document of documents) {
    for (const statement of document.statements) {
      const score = statement.checkworthiness;
      if (typeof score === 'number') claims.push({ document, statement, score });
    }
  }
  // Array.prototype.sort is stable, so equal scores keep the order they were collected in.
  return claims.sort((a, b) => b.score - a.score).slice(0, Math.max(0, n));
}

/** How many statements of the documents have a score. */
export function countScored(documents: readonly DocumentReport[]): number {
  return documents.reduce((n, d) => n + d.statements.filter((s) => typeof s.checkworthiness === 'number').length, 0);
}
