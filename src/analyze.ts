/**
 * The stages before the label: segment -> lexicon cues -> attribution -> the rules' decision.
 *
 * annotate() turns this into a report with the label model's decision on top; the trainer
 * (src/train) reads the very same analysis, so that a model is fitted on exactly the features
 * it will see when it annotates.
 */
import { attributeDocument, findQuoteSpans, forLabels, type Attribution, type QuoteSpan } from './attribute/index.js';
import type { AttributionJudge } from './attribute/judge.js';
import { classify, findMatches, type Classification, type Lexicon, type Match } from './classify/index.js';
import { yearOf } from './classify/background.js';
import { markFurniture } from './furniture.js';
import { segment, type Segment } from './segment/index.js';
import { segmentLines } from './segment/one-a-line.js';

/** One statement with everything the stages found about it. */
export interface AnalyzedStatement {
  segment: Segment;
  matches: readonly Match[];
  /** Who speaks, as found (the report's `source`). */
  attribution: Attribution;
  /** Who speaks, as far as it bears on the label (a side clause's speaker removed). */
  labelAttribution: Attribution;
  /** What the hand-written rules of src/classify decide. */
  rules: Classification;
}

export interface DocumentAnalysis {
  text: string;
  statements: AnalyzedStatement[];
  /** The year of the story: from its date lines, else the latest year it mentions. */
  storyYear: number | null;
  /** The document's quotations, as attribution found them. */
  quotes: readonly QuoteSpan[];
}

/** How many earlier statements a denial may answer. */
const CONTEXT_STATEMENTS = 2;

/**
 * `continues`: `text` is a later part of a long document, annotated a window at a time (src/window.ts).
 * `lines`: one statement a line (src/segment/one-a-line.ts) instead of paragraphs and sentences.
 * `judge`: what keeps or drops the attributions (src/attribute/judge.ts): the committed model
 * when undefined, the patterns alone when null.
 */
export function analyzeDocument(text: string, lexicon: Lexicon, furniture: readonly string[] = [], continues = false, lines = false, judge?: AttributionJudge | null): DocumentAnalysis {
  const segments = lines ? segmentLines(text) : segment(text, continues);
  markFurniture(segments, furniture);
  const matches = segments.map((s) => findMatches(s.tokens, lexicon));
  const quotes = findQuoteSpans(text);
  const attributions = attributeDocument(
    text,
    segments.map((s, i) => ({ start: s.start, end: s.end, paragraph: s.paragraph, tokens: s.tokens, matches: matches[i]! })),
    lexicon,
    quotes,
    judge,
  );
  const storyYear = findStoryYear(segments);
  const statements: AnalyzedStatement[] = [];
  segments.forEach((s, i) => {
    const labelAttribution = forLabels(attributions[i]!);
    const before = segments.slice(Math.max(0, i - CONTEXT_STATEMENTS), i).map((_, k) => i - 1 - k);
    const previous = {
      statements: before.map((k) => segments[k]!.tokens),
      sources: before.map((k) => statements[k]!.labelAttribution.source),
      labels: before.map((k) => statements[k]!.rules.label),
    };
    const rules = classify({ text, role: s.role, tokens: s.tokens, matches: matches[i]!, attribution: labelAttribution, previous, storyYear }, lexicon);
    statements.push({ segment: s, matches: matches[i]!, attribution: attributions[i]!, labelAttribution, rules });
  });
  return { text, statements, storyYear, quotes };
}

function findStoryYear(segments: readonly Segment[]): number | null {
  const yearsIn = (list: readonly Segment[]): number[] => list.flatMap((s) => s.tokens.map(yearOf).filter((y): y is number => y !== null));
  const dated = yearsIn(segments.filter((s) => s.role === 'dateline'));
  const years = dated.length > 0 ? dated : yearsIn(segments);
  // reduce, not Math.max(...years): a long text has more years than a call has room for arguments.
  return years.length > 0 ? years.reduce((a, b) => Math.max(a, b)) : null;
}
