import type { Attribution, AttributionInput } from './index.js';
import { quoteAt, type QuoteSpan } from './quotes.js';

/**
 * Statements without a source of their own that take one from their neighbours: a sentence
 * inside a quotation, the rest of a transcript speaker's turn, a quotation that continues the
 * speaker of the one before it.
 */

/**
 * A statement inside a quotation without a reporting verb of its own takes the source of the
 * quotation: from another statement the quotation runs through, or from a lead-in just before
 * it ("Rathbun stated," / "The letter continues:").
 */
export function inheritFromQuote(index: number, statements: readonly AttributionInput[], own: readonly Attribution[], quotes: readonly QuoteSpan[]): Attribution {
  const attribution = own[index]!;
  const statement = statements[index]!;
  const signed = signedQuotation(index, statements, own);
  if (signed !== null) return signed;
  if (attribution.quoted < 0.5) return speakersTurn(index, statements, own) ?? colonLeadIn(index, statements, own) ?? reportedOnward(index, statements, own) ?? attribution;
  // `"WALLACE: … And she has accepted.`: a transcript turn that opens with a quotation mark it never closes.
  const turn = speakersTurn(index, statements, own);
  if (turn !== null) return turn;
  const quote = quoteAt(statement.start, quotes) ?? quoteAt(firstQuoteMark(statement), quotes);
  if (quote === null) return attribution;
  const sharing = (i: number): boolean => {
    const other = statements[i];
    return other !== undefined && other.start < quote.end && other.end > quote.start;
  };
  for (let distance = 1; distance < statements.length; distance++) {
    for (const i of [index - distance, index + distance]) {
      const other = own[i];
      if (other?.source == null) continue;
      const leadIn = i === index - distance && i >= 0 && /[:,]$/.test(statementText(statements[i]!)) && statements[i]!.end <= quote.start;
      if (sharing(i) || leadIn) return { ...attribution, source: other.source, vague: other.vague, inherited: true };
    }
    if (!sharing(index - distance) && !sharing(index + distance)) break;
  }
  return continuedSpeaker(index, statements, own) ?? attribution;
}

/**
 * `“He is no leader. … You are a dictator.” ― Ann Lee`: a signed quotation is the signer's,
 * every sentence of it from the quotation mark that opens it, however its marks pair up (one
 * paragraph may hold several, each signed).
 */
function signedQuotation(index: number, statements: readonly AttributionInput[], own: readonly Attribution[]): Attribution | null {
  const paragraph = statements[index]!.paragraph;
  let signed = index;
  while (signed + 1 < statements.length && statements[signed + 1]!.paragraph === paragraph && own[signed]!.source === null) signed++;
  const source = own[signed]!.source;
  if (signed === index || source === null || source.verb !== '―') return null;
  // The block starts after the paragraph's start or the signature before it, with a quotation mark.
  let first = index;
  while (first > 0 && statements[first - 1]!.paragraph === paragraph && own[first - 1]!.source === null) first--;
  if (!/["“]/.test(statements[first]!.tokens[0]?.pre ?? '')) return null;
  return { ...own[index]!, source, vague: own[signed]!.vague, inherited: true };
}

/**
 * "PENCE: It was a joke. And the tweet was mocking the campaign.": in a transcript a speaker's
 * label holds for the rest of the paragraph, and for the paragraphs after it that open with a
 * quotation mark and no label of their own (a turn set as several quoted paragraphs).
 */
export function speakersTurn(index: number, statements: readonly AttributionInput[], own: readonly Attribution[]): Attribution | null {
  let at = index;
  for (;;) {
    let first = at;
    while (first > 0 && statements[first - 1]!.paragraph === statements[at]!.paragraph) first--;
    const source = own[first]!.source;
    // Across paragraphs only a transcript's label in capitals carries on ("[Video: …]" does not).
    const sameParagraph = statements[first]!.paragraph === statements[index]!.paragraph;
    if (source !== null && source.verb === ':' && source.start === statements[first]!.tokens[0]?.start) {
      const carries = first !== index && (sameParagraph || /^\p{Lu}[\p{Lu}.'’ -]+$/u.test(source.text));
      return carries ? { ...own[index]!, source, vague: own[first]!.vague, inherited: true } : null;
    }
    if (first === 0 || !opensWithQuote(statements[first]!) || statements[first]!.paragraph - statements[first - 1]!.paragraph > 1) return null;
    at = first - 1;
  }
}

function opensWithQuote(statement: AttributionInput): boolean {
  return /["“]/.test(statement.tokens[0]?.pre ?? '');
}

/**
 * "Limbaugh added:" and then a paragraph of his words without quotation marks: a statement that
 * ends with a reporting verb and a colon gives its source to the statements that follow it, to
 * the end of the next paragraph.
 */
function colonLeadIn(index: number, statements: readonly AttributionInput[], own: readonly Attribution[]): Attribution | null {
  const paragraph = statements[index]!.paragraph;
  let i = index - 1;
  while (i >= 0 && own[i]!.source === null && statements[i]!.paragraph === paragraph) i--;
  const leadIn = own[i];
  if (leadIn === undefined || leadIn.source === null || leadIn.reporting === null || leadIn.inherited) return null;
  if (!/:$/.test(statementText(statements[i]!)) || paragraph - statements[i]!.paragraph > 1) return null;
  return { ...own[index]!, source: leadIn.source, vague: leadIn.vague, inherited: true };
}

/**
 * `"Quote A," the two write. "Quote B."` — a new quotation in the same paragraph right after
 * an attributed quotation continues the same speaker; so does a paragraph that is a quotation
 * and nothing else, right after a paragraph that ends with an attributed one (news names the
 * speaker once for consecutive quoted paragraphs).
 */
function continuedSpeaker(index: number, statements: readonly AttributionInput[], own: readonly Attribution[]): Attribution | null {
  const paragraph = statements[index]!.paragraph;
  let i = index - 1;
  for (; i >= 0 && statements[i]!.paragraph === paragraph; i--) {
    const other = own[i]!;
    if (other.quoted === 0) return reportedJustBefore(i, statements, own) ? { ...own[index]!, source: other.source, vague: other.vague, inherited: true } : null;
    if (other.source !== null) return { ...own[index]!, source: other.source, vague: other.vague, inherited: true };
  }
  if (i < 0 || !opensWithQuote(statements[i + 1]!) || paragraph - statements[i]!.paragraph !== 1) return null;
  const previous = statements[i]!.paragraph;
  for (; i >= 0 && statements[i]!.paragraph === previous; i--) {
    const other = own[i]!;
    if (other.quoted === 0) return null;
    if (other.source !== null && other.reporting !== null) return { ...own[index]!, source: other.source, vague: other.vague, inherited: true };
  }
  return null;
}

/**
 * `…, Schiff said. "The other factor is …"`: a quotation that opens right after a sentence in
 * which someone says something goes on in that speaker's words.
 */
function reportedJustBefore(i: number, statements: readonly AttributionInput[], own: readonly Attribution[]): boolean {
  const before = own[i]!;
  return before.source !== null && before.reporting !== null && before.incidental !== true && opensWithQuote(statements[i + 1]!);
}

/** Modals of reported speech: "said the museum would …". */
const BACKSHIFTED = new Set(['would', 'could', 'might']);

/** Words a sentence may open with before its subject pronoun: "But it would also …". */
const OPENERS = new Set(['but', 'and', 'yet', 'so', 'also']);

/**
 * "The museum, Mr. Obama said, would make visitors face hard truths. But it would also capture
 * …": a sentence right after reported speech in a modal of reported speech, with a pronoun for
 * its subject, goes on reporting it (news does not repeat "he said" for each sentence).
 */
function reportedOnward(index: number, statements: readonly AttributionInput[], own: readonly Attribution[]): Attribution | null {
  const before = own[index - 1];
  const previous = statements[index - 1];
  if (before === undefined || previous === undefined || previous.paragraph !== statements[index]!.paragraph) return null;
  if (before.source === null || before.reporting === null || before.inherited || before.incidental === true || before.reporting.entry.class === 'attitude') return null;
  if (!previous.tokens.slice(before.reporting.last + 1).some((t) => BACKSHIFTED.has(t.normal))) return null;
  const tokens = statements[index]!.tokens;
  let at = 0;
  while (at < tokens.length && OPENERS.has(tokens[at]!.normal)) at++;
  const subject = tokens[at];
  if (subject === undefined || !/^(?:it|he|she|they)$/.test(subject.normal)) return null;
  at++;
  while (at < tokens.length && tokens[at]!.tags.has('Adverb')) at++;
  return BACKSHIFTED.has(tokens[at]?.normal ?? '') ? { ...own[index]!, source: before.source, vague: before.vague, inherited: true } : null;
}

function firstQuoteMark(statement: AttributionInput): number {
  const first = statement.tokens[0];
  return first === undefined ? statement.start : first.start - 1;
}

function statementText(statement: AttributionInput): string {
  const last = statement.tokens[statement.tokens.length - 1];
  return last === undefined ? '' : last.text + last.post.trimEnd();
}
