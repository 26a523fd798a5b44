/**
 * What the attribution model (src/attribute/judge.ts) weighs of one attribution the patterns
 * proposed: its cue (the words, the lemma, the tense, what stands around it), its source (kind,
 * named, pronoun, length, before or after the cue), its content (before or after the cue, its
 * length, a quotation or not) and how it sits in its statement. Made from the text, the
 * statement's tokens and the attribution's offsets only, so the trainer and the annotator see
 * the same features of the same attribution. Names follow the label model's conventions
 * ("prefix:value"; conjunctions join their parts with "|").
 */
import { bucket } from '../features/feature.js';
import type { Token } from '../segment/token.js';
import type { StatementAttribution } from '../types.js';
import { quoteAt, type QuoteSpan } from './quotes.js';

/** The attribution and where it stands. */
export interface JudgedAttribution {
  attribution: StatementAttribution;
  /** The tokens of the statement the cue is in (the statement itself when the cue lies outside every statement). */
  tokens: readonly Token[];
  /** That statement's span. */
  statement: { start: number; end: number };
  /** The statement's main attribution (its `source`), or one of its others. */
  main: boolean;
  /** How many attributions the statement carries. */
  siblings: number;
  /** The cue is one the cue tagger found, with this P(cue); absent for a lexicon cue. */
  learned?: number;
  /** The cue lies in what the statement's main cue introduces ("Obama said he planned to …"). */
  nested?: true;
}

const QUOTE_MARK = /["“”„«»″]|''|``/;
const TAGS = ['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Participle', 'Noun', 'Preposition', 'Adjective', 'Copula', 'Modal'] as const;

export function attributionFeatures(text: string, judged: JudgedAttribution, quotes: readonly QuoteSpan[]): string[] {
  const { attribution: a, tokens, statement } = judged;
  const names: string[] = ['bias'];
  const cueTokens = tokens.filter((t) => t.start >= a.cue.start && t.end <= a.cue.end && t.end > t.start);
  const first = cueTokens[0];
  const cueWords = a.cue.text.toLowerCase().replace(/\s+/g, ' ');
  const lemma = first === undefined ? cueWords : [first.lemma, ...cueTokens.slice(1).map((t) => t.normal)].join(' ');
  names.push(`cue:${cueWords}`, `lemma:${lemma}`, `cue-words:${bucket(cueTokens.length, [1, 2, 3])}`);
  for (const tag of TAGS) if (first?.tags.has(tag) === true) names.push(`cue-tag:${tag}`);
  const kind = a.source.kind;
  const sourceWords = a.source.text.split(/\s+/).filter((w) => w !== '');
  const head = (sourceWords[sourceWords.length - 1] ?? '').toLowerCase().replace(/[^\p{L}']/gu, '');
  const opener = (sourceWords[0] ?? '').toLowerCase();
  names.push(`kind:${kind}`, `named:${a.source.named}`, `stance:${a.stance}`, `resolved:${a.source.resolved !== undefined}`);
  names.push(`source-words:${bucket(sourceWords.length, [1, 2, 3, 5, 8, 12])}`, `source-head:${head}`);
  if (CLOSED_OPENERS.has(opener)) names.push(`source-opener:${opener}`);
  const before = a.source.end <= a.cue.start;
  const gap = before ? a.cue.start - a.source.end : a.source.start - a.cue.end;
  const order = a.source.start < a.cue.end && a.cue.start < a.source.end ? 'overlap' : before ? 'source-cue' : 'cue-source';
  names.push(`order:${order}`, `gap:${bucket(gap, [1, 3, 10, 30, 80])}`);
  const between = before ? text.slice(a.source.end, a.cue.start) : text.slice(a.cue.end, a.source.start);
  if (/,/.test(between)) names.push('gap-comma');
  const contentAt = a.content.end <= a.cue.start ? 'before' : a.content.start >= a.cue.end ? 'after' : 'around';
  const length = a.content.end - a.content.start;
  names.push(`content:${contentAt}`, `content-chars:${bucket(length, [20, 50, 100, 200, 400])}`);
  if (a.content.start < statement.start || a.content.end > statement.end) names.push('content-beyond-statement');
  if (a.cue.start < statement.start || a.cue.end > statement.end) names.push('cue-outside-statement');
  const contentQuoted = quoteAt(a.content.start, quotes) ?? quoteAt(firstNonSpace(text, a.content.start), quotes);
  if (contentQuoted !== null) names.push(`content-quoted:${contentQuoted.end >= a.content.end - 2 ? 'whole' : 'opens'}`);
  if (quoteAt(a.cue.start, quotes) !== null) names.push('cue-in-quote');
  const after = text.slice(a.cue.end, a.cue.end + 12);
  const ahead = text.slice(Math.max(0, Math.min(a.cue.start, a.source.start) - 4), Math.min(a.cue.start, a.source.start));
  names.push(`cue-next:${nextShape(after)}`);
  if (/[,.?!]\s*(?:["”’»″]|'')\s*$/.test(ahead)) names.push('after-closing-quote');
  else if (/,\s*$/.test(ahead)) names.push('after-comma');
  names.push(`position:${positionIn(a.cue.start, statement)}`);
  names.push(`role:${judged.main ? 'main' : 'other'}`, `siblings:${bucket(judged.siblings, [1, 2, 3])}`);
  names.push(`lemma|kind:${lemma}|${kind}`, `lemma|order:${lemma}|${order}`, `lemma|content:${lemma}|${contentAt}`, `kind|order:${kind}|${order}`, `kind|content:${kind}|${contentAt}`);
  if (judged.learned !== undefined) {
    // The tagger's verbs are another population than the lexicon's: their own weights for the shapes that matter most.
    const p = bucket(judged.learned, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]);
    names.push('learned', `learned-p:${p}`, `learned|lemma:${lemma}`, `learned|kind:${kind}`, `learned|order:${order}`, `learned|next:${nextShape(after)}`, `learned|named:${a.source.named}`);
    names.push(`learned|content:${contentAt}`, `learned|source-words:${bucket(sourceWords.length, [1, 2, 3, 5, 8])}`, `learned|gap:${bucket(gap, [1, 3, 10, 30])}`, `learned|position:${positionIn(a.cue.start, statement)}`, `learned|role:${judged.main ? 'main' : 'other'}`);
    names.push(`learned-p|kind:${p}|${kind}`, `learned-p|order:${p}|${order}`);
  }
  if (judged.nested === true) names.push('nested', `nested|lemma:${lemma}`, `nested|kind:${kind}`, `nested|next:${nextShape(after)}`, `nested|order:${order}`);
  if (first !== undefined) {
    const i = tokens.indexOf(first);
    const previous = tokens[i - 1];
    names.push(`cue-prev:${previous === undefined ? '^' : previous.tags.has('Noun') || previous.tags.has('Pronoun') ? 'nominal' : previous.normal}`);
  }
  return names;
}

/** Words that open a source phrase and say something of it: "a", "the", "he", "some". */
const CLOSED_OPENERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'some', 'many', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'several', 'both', 'most', 'other', 'others']);

/** What follows the cue: a quotation, "that", a colon, a comma, "to", the sentence's end, or a word. */
function nextShape(after: string): string {
  const trimmed = after.replace(/^\s+/, '');
  if (trimmed === '' || /^[.!?]/.test(trimmed)) return 'end';
  if (QUOTE_MARK.test(trimmed.slice(0, 2))) return 'quote';
  if (/^:/.test(trimmed)) return 'colon';
  if (/^,/.test(trimmed)) return 'comma';
  const word = /^[\p{L}']+/u.exec(trimmed)?.[0]?.toLowerCase() ?? '';
  return ['that', 'to', 'by', 'on', 'in', 'the', 'a', 'it', 'he', 'she', 'they', 'about', 'for', 'with'].includes(word) ? word : 'word';
}

function positionIn(offset: number, statement: { start: number; end: number }): string {
  const share = (offset - statement.start) / Math.max(1, statement.end - statement.start);
  return share < 0 ? 'outside' : share < 0.15 ? 'start' : share < 0.6 ? 'middle' : share <= 1 ? 'end' : 'outside';
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}
