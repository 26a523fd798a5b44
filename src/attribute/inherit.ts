import type { Attribution, AttributionInput } from './index.js';
import { quoteAt, type QuoteSpan } from './quotes.js';

/**
 * Statements without a source of their own that take one from their neighbours: a sentence
 * inside a quotation, the rest of a transcript speaker's turn, a quotation that continues the
 * speaker of the one before it.
 */

/**
 * Where each statement stands among its neighbours, worked out once per document: the paragraph
 * it is in, the nearest statements with a source of their own. The rules below ask "the nearest
 * earlier statement of this paragraph with a source" for every statement; walking back to find
 * it each time would take time quadratic in the length of a paragraph.
 */
export class Neighbours {
  /** Index of the first / last statement of each statement's paragraph. */
  private readonly paragraphStart: number[] = [];
  private readonly paragraphEnd: number[] = [];
  /** The nearest statement before (after) each one with a source of its own, -1 (length) if none. */
  private readonly sourcedBefore: number[] = [];
  private readonly sourcedAfter: number[] = [];
  /** The nearest statement before each one that is not quoted at all or has a source of its own. */
  private readonly stopBefore: number[] = [];
  private leadIns: number[] | undefined;
  private readonly turns = new Map<number, number>();
  private readonly reported = new Map<number, number>();

  constructor(
    readonly statements: readonly AttributionInput[],
    readonly own: readonly Attribution[],
    readonly quotes: readonly QuoteSpan[],
  ) {
    const n = statements.length;
    let sourced = -1;
    let stop = -1;
    statements.forEach((statement, i) => {
      this.paragraphStart[i] = i > 0 && statements[i - 1]!.paragraph === statement.paragraph ? this.paragraphStart[i - 1]! : i;
      this.sourcedBefore[i] = sourced;
      this.stopBefore[i] = stop;
      if (own[i]!.source !== null) sourced = i;
      if (own[i]!.source !== null || own[i]!.quoted === 0) stop = i;
    });
    sourced = n;
    for (let i = n - 1; i >= 0; i--) {
      this.paragraphEnd[i] = i + 1 < n && statements[i + 1]!.paragraph === statements[i]!.paragraph ? this.paragraphEnd[i + 1]! : i;
      this.sourcedAfter[i] = sourced;
      if (own[i]!.source !== null) sourced = i;
    }
  }

  start(i: number): number {
    return this.paragraphStart[i]!;
  }

  /** The nearest statement before `i` of its paragraph with a source, else the one just before the paragraph (-1 at the start). */
  sourcedOrBeforeParagraph(i: number): number {
    return Math.max(this.sourcedBefore[i]!, this.paragraphStart[i]! - 1);
  }

  /** From `i` on, the first statement of its paragraph with a source, else the paragraph's last. */
  sourcedOrParagraphEnd(i: number): number {
    return Math.min(this.paragraphEnd[i]!, this.own[i]!.source !== null ? i : this.sourcedAfter[i]!);
  }

  /** Like sourcedOrBeforeParagraph, stopping also at a statement with no quotation in it. */
  stopOrBeforeParagraph(i: number): number {
    return Math.max(this.stopBefore[i]!, this.paragraphStart[i]! - 1);
  }

  sourcedAfterIndex(i: number): number {
    return this.sourcedAfter[i]!;
  }

  sourcedBeforeIndex(i: number): number {
    return this.sourcedBefore[i]!;
  }

  /** The nearest statement at or before `i` with a source and a lead-in's last mark ("Rathbun stated," / "…continues:"), -1 if none. */
  leadInAtOrBefore(i: number): number {
    if (this.leadIns === undefined) {
      let last = -1;
      this.leadIns = this.statements.map((statement, k) => (last = this.own[k]!.source !== null && /[:,]$/.test(statementText(statement)) ? k : last));
    }
    return i < 0 ? -1 : this.leadIns[i]!;
  }

  /**
   * Back from `last` through its paragraph, the nearest statement with a source and a reporting
   * cue, unless a statement without a quotation comes first; -1 if none. Once per paragraph.
   */
  reportedInParagraphEndingAt(last: number): number {
    let found = this.reported.get(last);
    if (found === undefined) {
      found = -1;
      for (let i = last; i >= this.paragraphStart[last]!; i--) {
        const other = this.own[i]!;
        if (other.quoted === 0) break;
        if (other.source !== null && other.reporting !== null) {
          found = i;
          break;
        }
      }
      this.reported.set(last, found);
    }
    return found;
  }

  /** By paragraph start, the turn label found for it (turnLabelFor). */
  knownTurnLabel(first: number): number | undefined {
    return this.turns.get(first);
  }

  rememberTurnLabel(first: number, label: number): void {
    this.turns.set(first, label);
  }
}

/**
 * A statement inside a quotation without a reporting verb of its own takes the source of the
 * quotation: from another statement the quotation runs through, or from a lead-in just before
 * it ("Rathbun stated," / "The letter continues:").
 */
export function inheritFromQuote(index: number, at: Neighbours): Attribution {
  const { statements, own, quotes } = at;
  const attribution = own[index]!;
  const statement = statements[index]!;
  const signed = signedQuotation(index, at);
  if (signed !== null) return signed;
  if (attribution.quoted < 0.5) return speakersTurn(index, at) ?? colonLeadIn(index, at) ?? reportedOnward(index, statements, own) ?? attribution;
  // `"WALLACE: … And she has accepted.`: a transcript turn that opens with a quotation mark it never closes.
  const turn = speakersTurn(index, at);
  if (turn !== null) return turn;
  const quote = quoteAt(statement.start, quotes) ?? quoteAt(firstQuoteMark(statement), quotes);
  if (quote === null) return attribution;
  const from = quoteSource(index, quote, at);
  if (from !== -1) return { ...attribution, source: own[from]!.source, vague: own[from]!.vague, inherited: true };
  return continuedSpeaker(index, at) ?? attribution;
}

/**
 * The statement whose source a statement in `quote` takes, -1 if none: the nearest statement
 * with a source that the quotation runs through, or with a source and a lead-in's last mark
 * (colon or comma) before the quotation; the earlier of two at the same distance. The search
 * reaches out from `index` only as far as the quotation runs on either side.
 */
function quoteSource(index: number, quote: QuoteSpan, at: Neighbours): number {
  const { statements } = at;
  // Statements do not overlap and come in order: those before `firstAfter` end before the quotation
  // opens, and those it runs through are a contiguous run from there.
  const firstAfter = firstEndingAfter(quote.start, statements);
  const sharing = (i: number): boolean => i >= firstAfter && i < statements.length && statements[i]!.start < quote.end;
  const lastShared = lastStartingBefore(quote.end, statements);
  // The first distance at which neither side shares the quotation: the search stops there.
  let reach = 1;
  if (sharing(index)) reach = Math.max(index - firstAfter, lastShared - index) + 1;
  else if (index < firstAfter && firstAfter - index === 1 && sharing(firstAfter)) reach = lastShared - index + 1;
  else if (index > lastShared && index - lastShared === 1 && sharing(lastShared)) reach = index - firstAfter + 1;

  const sharedBefore = at.sourcedBeforeIndex(Math.min(index, lastShared + 1));
  const leadIn = at.leadInAtOrBefore(Math.min(index, firstAfter) - 1);
  const before = Math.max(sharing(sharedBefore) ? sharedBefore : -1, leadIn);
  const after = at.sourcedAfterIndex(index);
  const beforeDistance = before === -1 || index - before > reach ? Infinity : index - before;
  const afterDistance = sharing(after) && after - index <= reach ? after - index : Infinity;
  if (beforeDistance === Infinity && afterDistance === Infinity) return -1;
  return beforeDistance <= afterDistance ? before : after;
}

/** The first statement that ends after `offset` (statements.length if none). */
function firstEndingAfter(offset: number, statements: readonly AttributionInput[]): number {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (statements[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The last statement that starts before `offset` (-1 if none). */
function lastStartingBefore(offset: number, statements: readonly AttributionInput[]): number {
  let low = -1;
  let high = statements.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (statements[middle]!.start < offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * `“He is no leader. … You are a dictator.” ― Ann Lee`: a signed quotation is the signer's,
 * every sentence of it from the quotation mark that opens it, however its marks pair up (one
 * paragraph may hold several, each signed).
 */
function signedQuotation(index: number, at: Neighbours): Attribution | null {
  const { statements, own } = at;
  const signed = at.sourcedOrParagraphEnd(index);
  const source = own[signed]!.source;
  if (signed === index || source === null || source.verb !== '―') return null;
  // The block starts after the paragraph's start or the signature before it, with a quotation mark.
  const first = Math.max(at.start(index), at.sourcedBeforeIndex(index) + 1);
  if (!/["“]/.test(statements[first]!.tokens[0]?.pre ?? '')) return null;
  return { ...own[index]!, source, vague: own[signed]!.vague, inherited: true };
}

/**
 * "PENCE: It was a joke. And the tweet was mocking the campaign.": in a transcript a speaker's
 * label holds for the rest of the paragraph, and for the paragraphs after it that open with a
 * quotation mark and no label of their own (a turn set as several quoted paragraphs).
 */
export function speakersTurn(index: number, at: Neighbours): Attribution | null {
  const { statements, own } = at;
  const first = turnLabelFor(at.start(index), at);
  if (first === -1) return null;
  const source = own[first]!.source!;
  // Across paragraphs only a transcript's label in capitals carries on ("[Video: …]" does not).
  const sameParagraph = statements[first]!.paragraph === statements[index]!.paragraph;
  const carries = first !== index && (sameParagraph || /^\p{Lu}[\p{Lu}.'’ -]+$/u.test(source.text));
  return carries ? { ...own[index]!, source, vague: own[first]!.vague, inherited: true } : null;
}

/** The statement with the turn's label, from the paragraph starting at `first` back through quoted paragraphs; -1 if none. */
function turnLabelFor(first: number, at: Neighbours): number {
  const { statements, own } = at;
  // Walked back paragraph by paragraph without recursion (a long chain of quoted paragraphs must
  // not grow the stack), then every paragraph on the way remembers the answer.
  const chain: number[] = [];
  let answer: number | undefined;
  for (let start = first; answer === undefined; ) {
    answer = at.knownTurnLabel(start);
    if (answer !== undefined) break;
    chain.push(start);
    const source = own[start]!.source;
    if (source !== null && source.verb === ':' && source.start === statements[start]!.tokens[0]?.start) answer = start;
    else if (start === 0 || !opensWithQuote(statements[start]!) || statements[start]!.paragraph - statements[start - 1]!.paragraph > 1) answer = -1;
    else start = at.start(start - 1);
  }
  for (const start of chain) at.rememberTurnLabel(start, answer);
  return answer;
}

function opensWithQuote(statement: AttributionInput): boolean {
  return /["“]/.test(statement.tokens[0]?.pre ?? '');
}

/**
 * "Limbaugh added:" and then a paragraph of his words without quotation marks: a statement that
 * ends with a reporting verb and a colon gives its source to the statements that follow it, to
 * the end of the next paragraph.
 */
function colonLeadIn(index: number, at: Neighbours): Attribution | null {
  const { statements, own } = at;
  const paragraph = statements[index]!.paragraph;
  const i = at.sourcedOrBeforeParagraph(index);
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
function continuedSpeaker(index: number, at: Neighbours): Attribution | null {
  const { statements, own } = at;
  const paragraph = statements[index]!.paragraph;
  const inherit = (i: number): Attribution => ({ ...own[index]!, source: own[i]!.source, vague: own[i]!.vague, inherited: true });
  // Back through this paragraph to the nearest statement with a source or without a quotation.
  const i = at.stopOrBeforeParagraph(index);
  if (i >= at.start(index)) {
    if (own[i]!.quoted === 0) return reportedJustBefore(i, statements, own) ? inherit(i) : null;
    return inherit(i);
  }
  if (i < 0 || !opensWithQuote(statements[i + 1]!) || paragraph - statements[i]!.paragraph !== 1) return null;
  const reported = at.reportedInParagraphEndingAt(i);
  return reported === -1 ? null : inherit(reported);
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
