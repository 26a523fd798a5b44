import credits from './lexicon/credits.json' with { type: 'json' };
import dates from './lexicon/dates.json' with { type: 'json' };
import furniture from './lexicon/furniture.json' with { type: 'json' };
import type { Token } from './token.js';

const DATE_WORDS: ReadonlySet<string> = new Set(dates.words);

/**
 * Tests that recognise non-statement lines by their own words. Where a line sits in the
 * article (first line, right after the headline, alone in its block) is decided in index.ts.
 */

/** Lower-cased, with spaces collapsed and outer punctuation other than © removed. */
function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’()[\]<>|•*·–—-]+|[\s"'“”‘’()[\]<>|•*·.!:;,–—-]+$/g, '');
}

/**
 * A link, or markup with hardly any words outside its tags: what is left of an embedded tweet
 * ("https://t.co/… — Name (@name) June 29, 2016</tweet>", `<tweet tweet-id="…"><tweet/>`).
 */
const LINK_START = /^(?:https?:\/\/|www\.|pic\.twitter\.com\/)/i;
const TAG = /<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>/i;

function isLinkOrMarkup(text: string): boolean {
  const line = text.trim();
  if (LINK_START.test(line)) return true;
  if (!TAG.test(line)) return false;
  const outsideTags = line.replace(new RegExp(TAG.source, 'gi'), ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ');
  return wordCount(outsideTags) < 3;
}

export function isFurniture(text: string): boolean {
  if (isLinkOrMarkup(text)) return true;
  const line = comparable(text);
  const raw = text.trim().toLowerCase();
  if (furniture.exact.includes(line)) return true;
  if (furniture.prefix.some((prefix) => raw.startsWith(prefix) || line.startsWith(prefix))) return true;
  return wordCount(text) <= 40 && (furniture.contains.some((phrase) => line.includes(phrase)) || isLinkText(line));
}

/** "Read the CDC's full notice here.", "Watch the video here": a link's text, not the article's. */
function isLinkText(line: string): boolean {
  return wordCount(line) <= 15 && / here$/.test(line) && furniture.linkOpeners.some((opener) => line.startsWith(`${opener} `));
}

export function isCredit(text: string): boolean {
  const line = text.trim().toLowerCase();
  return wordCount(text) <= credits.maxWords && credits.prefix.some((prefix) => line.startsWith(prefix));
}

/** "Photo: Rep. Grace Okafor speaks at a union hall on Monday.": too long for a credit, it describes the picture. */
export function isCaption(text: string): boolean {
  const line = text.trim().toLowerCase();
  return credits.captionPrefix.some((prefix) => line.startsWith(prefix));
}

/** "Saturday, October 9, 2010", "June 29, 2016 10:15 a.m. ET": every word is part of a date or time. */
export function isDateLine(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 10) return false;
  const dateWord = (t: Token): boolean => t.tags.has('Date') || t.tags.has('Value') || DATE_WORDS.has(t.normal);
  return tokens.every(dateWord) && tokens.some((t) => t.tags.has('Date'));
}

/**
 * "WASHINGTON:", "Evansville, Indiana, United States -", "DECATUR, Ill.": a place line that
 * opens the story, either alone or at the start of the first paragraph.
 */
const PLACE_LINE = /^(?:[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)*)(?:, (?:[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)*))*(?: \([A-Za-z .]+\))?\s*(?::|[-–—―]{1,2})?$/;

export function isPlaceLine(text: string): boolean {
  const line = text.trim();
  if (wordCount(line) > 8 || !PLACE_LINE.test(line)) return false;
  const firstWord = line.split(/[ ,]/)[0] ?? '';
  const upperCaseOpening = firstWord.length >= 2 && firstWord === firstWord.toUpperCase();
  return upperCaseOpening || /[:\-–—―]$/.test(line);
}

/**
 * An inline dateline at the start of a paragraph: "WASHINGTON (Reuters) — The ...",
 * "DECATUR, Ill. — Sen. ...", "Evansville, Indiana, United States - This past week";
 * HuffPost sets its dash as a horizontal bar ("WASHINGTON ― Donald …").
 * A place in mixed case needs a comma ("City, State") to tell it from a name before a dash.
 * Returns the length of the dateline including its dash, or 0.
 */
const UPPER_PLACE = /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?(?: ?\([A-Za-z .]+\))?) ?(?:[—–―]|--?) /;
const MIXED_PLACE = /^[A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+)*(?:, [A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*)*)+(?: ?\([A-Za-z .]+\))? (?:[—–―]|--?) /;

export function inlineDatelineLength(text: string): number {
  const match = UPPER_PLACE.exec(text) ?? MIXED_PLACE.exec(text);
  return match === null ? 0 : match[0].trimEnd().length;
}

/** "By Jane Doe", "By JANE DOE and John Roe, Reuters". */
export function isByline(text: string): boolean {
  const line = text.trim();
  return wordCount(line) <= 10 && /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{L}.'’&-]+)*$/u.test(line);
}

/**
 * A pull quote or epigraph: a paragraph that is one quotation followed only by who said it
 * (`"It's a long game." - Matthew Ingram`, `"…" Anonymous blogger, "Title"`). It stays one
 * statement, however many sentences the quotation has.
 */
export function isPullQuote(line: string): boolean {
  const text = line.trim();
  if (!/^["“]/.test(text)) return false;
  const close = text.slice(1).search(/["”](?=(?:\s*[-–—―]\s*|\s+)\p{Lu})/u);
  if (close === -1) return false;
  const attribution = text.slice(close + 2).trim().replace(/\.$/, '');
  // A signature: a dash and a name ("― Pamela Padilla"), or a name and a title ("Anonymous
  // blogger, “Title”"); not a sentence of its own ("Smith said. …") nor a tag ("Microsoft says").
  const signature = /^[-–—―]\s*\p{Lu}/u.test(attribution) || (/^\p{Lu}/u.test(attribution) && attribution.includes(','));
  return signature && wordCount(attribution) <= MAX_ATTRIBUTION_WORDS && !/[.!?]/.test(attribution);
}

/** A line that ends with who said it: `“…”― Pamela Padilla`, `"…" - Matthew Ingram`. */
export function endsWithSignature(line: string): boolean {
  return /["”]\s*[-–—―]\s*\p{Lu}[\p{L}.'’ -]{0,60}\.?\s*$/u.test(line.trim());
}

/** How long the "who said it" after a pull quote may be. */
const MAX_ATTRIBUTION_WORDS = 12;

/** Ends like a sentence: a period, question or exclamation mark, possibly inside closing quotes. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}

export function wordCount(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}
