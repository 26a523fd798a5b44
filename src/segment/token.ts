import nlp from 'compromise';
import sentenceStarters from './lexicon/sentence-starters.json' with { type: 'json' };
import { participleInfinitive } from './infinitive.js';
import { readPairedModifiers } from './modifiers.js';
import { readPossessives } from './possessive.js';
import { retagProgressives } from './progressive.js';

/**
 * One word of the input as compromise parsed it, with offsets computed by us.
 *
 * compromise gives terms without trustworthy offsets (a sentence that starts with a quote
 * mark is off by one), so every token is located in the input by scanning forward from the
 * previous one. Contractions ("doesn't") become two tokens, the second of zero width.
 */
export interface Token {
  text: string;
  /** Document offsets (UTF-16 code units) of `text`, punctuation excluded. */
  start: number;
  end: number;
  /** Punctuation and spaces before and after the word, as compromise split them. */
  pre: string;
  post: string;
  /** Lower-cased, normalised form ("iran's", "does" for the first half of "doesn't"). */
  normal: string;
  /** Base form used to match lexicons: "deny" for "denied", "not" for the n't of "doesn't". */
  lemma: string;
  tags: ReadonlySet<string>;
  /** compromise's phrase chunk: "Noun", "Verb", "Adjective", "Pivot" or "" when none. */
  chunk: string;
}

/** The part of compromise's internal term we read. */
interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  implicit?: string;
  machine?: string;
  root?: string;
  tags?: Set<string>;
  chunk?: string;
}

/**
 * Parses `text` (a run of prose whose document offset is `offset`) and returns its sentences
 * as compromise split them, each a list of tokens with document offsets. `original` is the
 * run as it stands in the document, of the same length as `text`, which may have been
 * normalised for parsing; tokens carry the original spelling.
 */
export function parseSentences(text: string, original: string, offset: number): Token[][] {
  const doc = nlp(text);
  doc.compute('root');
  const sentences = doc.document as unknown as ParsedTerm[][];
  const result: Token[][] = [];
  let cursor = 0;
  for (const terms of sentences) {
    const tokens: Token[] = [];
    for (const term of terms) {
      const found = term.text === '' ? -1 : text.indexOf(term.text, cursor);
      const at = found === -1 ? cursor : found;
      const length = found === -1 ? 0 : term.text.length;
      cursor = at + length;
      tokens.push(toToken(term, original.slice(at, at + length), offset + at, offset + at + length));
    }
    readPossessives(tokens);
    retagProgressives(tokens);
    readPairedModifiers(tokens);
    if (tokens.length > 0) result.push(tokens);
  }
  return result;
}

/** Titles that a period follows ("Sen.", "Del."), lower-cased without the period (lexicon/sentence-starters.json). */
export const TITLES: ReadonlySet<string> = new Set(sentenceStarters.titles);

/**
 * "Del. Stacey Plaskett": a capitalised title and its period, even one compromise does not know
 * ("Del."), is an honorific, so that no stage takes its period for the end of a phrase.
 */
function tagsOf(term: ParsedTerm, normal: string): ReadonlySet<string> {
  const tags = term.tags ?? new Set<string>();
  if (tags.has('Honorific') || !TITLES.has(normal) || !/^\p{Lu}/u.test(term.text) || !term.post.startsWith('.')) return shared(tags);
  return shared(new Set([...tags, 'Honorific']));
}

/**
 * One set for each combination of tags (in the same order), shared by every token that has it:
 * a set of a few tags takes some 300 bytes, more than the rest of a token, and a long text has
 * a few thousand combinations among hundreds of thousands of tokens. Every stage that changes
 * a token's tags gives it a new set, so sharing is safe.
 */
const TAG_SETS = new Map<string, ReadonlySet<string>>();
const MAX_TAG_SETS = 50_000;

function shared(tags: ReadonlySet<string>): ReadonlySet<string> {
  const key = [...tags].join('|');
  const known = TAG_SETS.get(key);
  if (known !== undefined) return known;
  if (TAG_SETS.size >= MAX_TAG_SETS) TAG_SETS.clear();
  const own = new Set(tags);
  TAG_SETS.set(key, own);
  return own;
}

function toToken(term: ParsedTerm, text: string, start: number, end: number): Token {
  const normal = term.implicit ?? term.machine ?? term.normal;
  // compromise's root of every copula is "is"; lexicons write the verb as "be".
  // compromise's root of an irregular participle is missing ("shown") or wrong ("gone" -> "gine").
  const participle = term.tags?.has('Participle') === true && term.tags.has('Verb');
  const lemma = term.tags?.has('Copula') === true ? 'be' : participle ? participleInfinitive(normal.toLowerCase()) : (term.root ?? normal).toLowerCase();
  return {
    text,
    start,
    end,
    pre: term.pre,
    post: term.post,
    normal: normal.toLowerCase(),
    lemma: lemma === "n't" ? 'not' : lemma,
    tags: tagsOf(term, normal.toLowerCase()),
    chunk: term.chunk ?? '',
  };
}
