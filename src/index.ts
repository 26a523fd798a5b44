/**
 * factcheck as a library: annotate(text) -> DocumentReport.
 *
 * The pipeline, one folder per stage:
 *   read/      bytes -> text (the CLI's job; annotate() takes text)
 *   segment/   text -> statements with offsets, roles and compromise's tokens
 *   classify/  lexicon cues found on each statement's tokens
 *   attribute/ who each statement comes from (its reporting verb, or the quotation it is in)
 *   classify/  label, confidence, rule and deciding cues — after attribution, because the
 *              spec makes the label depend on who speaks ("a source said" vs "X said")
 *   report/    formatters
 */
import { attributeDocument, forLabels } from './attribute/index.js';
import { classify, compileLexicon, findMatches, type Lexicon, type LexiconExtension } from './classify/index.js';
import { yearOf } from './classify/background.js';
import { markFurniture } from './furniture.js';
import { rankStatements } from './rank/index.js';
import { segment, type Segment } from './segment/index.js';
import { summarizeSources } from './sources/index.js';
import { emptyCounts, LABELS, SCHEMA_VERSION, type DocumentReport, type LabelCounts, type Report, type Statement } from './types.js';
import { toolInfo } from './version.js';

export * from './types.js';
export { compileLexicon, type Lexicon, type LexiconEntry, type LexiconExtension } from './classify/index.js';
export { getFormatter, formatterNames, type Formatter, type FormatOptions } from './report/formatters/index.js';
export { segment, type Segment } from './segment/index.js';
export { checkDocument, parseLimit, type Limit, type PolicyOptions } from './check/policy.js';
export { summarizeSources } from './sources/index.js';
export { scoreStatement, topClaims, type CheckScore, type Signal } from './rank/index.js';
export { toolVersion } from './version.js';

export interface AnnotateOptions {
  /** The name reports show for this document ("-" for stdin). */
  path?: string;
  /** A compiled lexicon (reuse one across documents), or extra entries to add to the built-in one. */
  lexicon?: Lexicon | LexiconExtension;
  /** Extra page-furniture lines: a statement that is one of them is furniture (background). */
  furniture?: readonly string[];
}

/** How many earlier statements a denial may answer. */
const CONTEXT_STATEMENTS = 2;

export function annotate(text: string, options: AnnotateOptions = {}): DocumentReport {
  const lexicon = isCompiled(options.lexicon) ? options.lexicon : compileLexicon(options.lexicon);
  const segments = segment(text);
  markFurniture(segments, options.furniture ?? []);
  const matches = segments.map((s) => findMatches(s.tokens, lexicon));
  const attributions = attributeDocument(
    text,
    segments.map((s, i) => ({ start: s.start, end: s.end, paragraph: s.paragraph, tokens: s.tokens, matches: matches[i]! })),
    lexicon,
  );
  const storyYear = findStoryYear(segments);
  const statements: Statement[] = [];
  segments.forEach((s, i) => {
    const attribution = attributions[i]!;
    const before = segments.slice(Math.max(0, i - CONTEXT_STATEMENTS), i).map((_, k) => i - 1 - k);
    const previous = {
      statements: before.map((k) => segments[k]!.tokens),
      sources: before.map((k) => forLabels(attributions[k]!).source),
      labels: before.map((k) => statements[k]!.label),
    };
    const decision = classify({ text, role: s.role, tokens: s.tokens, matches: matches[i]!, attribution: forLabels(attribution), previous, storyYear }, lexicon);
    statements.push({
      index: i,
      start: s.start,
      end: s.end,
      text: s.text,
      role: s.role,
      label: decision.label,
      confidence: decision.confidence,
      rule: decision.rule,
      reason: decision.reason,
      cues: decision.cues,
      // "Click here to read the full report" is the page's, no one's words.
      source: s.role === 'furniture' ? null : attribution.source,
    });
  });
  const ranked = rankStatements(statements, segments.map((s) => s.tokens));
  return { path: options.path ?? '-', chars: text.length, statements: ranked, counts: countLabels(ranked), sources: summarizeSources(ranked) };
}

/** Wraps annotated documents in the versioned report envelope of the JSON contract. */
export function buildReport(documents: DocumentReport[]): Report {
  const counts = emptyCounts();
  for (const document of documents) for (const label of LABELS) counts[label] += document.counts[label];
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: toolInfo(),
    documents,
    summary: { documents: documents.length, statements: documents.reduce((n, d) => n + d.statements.length, 0), counts },
  };
}

function countLabels(statements: readonly Statement[]): LabelCounts {
  const counts = emptyCounts();
  for (const statement of statements) counts[statement.label]++;
  return counts;
}

/** The year of the story: from its date lines, else the latest year it mentions. */
function findStoryYear(segments: readonly Segment[]): number | null {
  const yearsIn = (list: readonly Segment[]): number[] => list.flatMap((s) => s.tokens.map(yearOf).filter((y): y is number => y !== null));
  const dated = yearsIn(segments.filter((s) => s.role === 'dateline'));
  const years = dated.length > 0 ? dated : yearsIn(segments);
  return years.length > 0 ? Math.max(...years) : null;
}

function isCompiled(lexicon: AnnotateOptions['lexicon']): lexicon is Lexicon {
  return lexicon !== undefined && 'byFirstWord' in lexicon;
}
