/**
 * factcheck as a library: annotate(text) -> DocumentReport.
 *
 * The pipeline, one folder per stage:
 *   read/      bytes -> text (the CLI's job; annotate() takes text)
 *   segment/   text -> statements with offsets, roles and compromise's tokens
 *   classify/  lexicon cues found on each statement's tokens
 *   attribute/ who each statement comes from (its reporting verb, or the quotation it is in)
 *   classify/  the hand-written rules' label, rule and deciding cues — after attribution,
 *              because the spec makes the label depend on who speaks ("a source said" vs "X said")
 *   features/  each statement as named features: the rules' decision, cues, grammar, context, words
 *   models/    the label model (src/models/labels.json) decides label and confidence
 *   rank/      check-worthiness
 *   report/    formatters
 */
import { analyzeDocument, type DocumentAnalysis } from './analyze.js';
import { compileLexicon, type Lexicon, type LexiconExtension } from './classify/index.js';
import { featureContext, statementFeatures, type FeatureContext } from './features/index.js';
import { decideLabel, labelModel, type LabelModel } from './models/labels.js';
import { scoreStatements } from './rank/model.js';
import { summarizeSources } from './sources/index.js';
import { emptyCounts, LABELS, SCHEMA_VERSION, type DocumentReport, type LabelCounts, type Report, type Source, type Statement } from './types.js';
import { shiftStatement, windows } from './window.js';
import { toolInfo } from './version.js';

export * from './types.js';
export { compileLexicon, type Lexicon, type LexiconEntry, type LexiconExtension } from './classify/index.js';
export { getFormatter, formatterNames, type Formatter, type FormatOptions } from './report/formatters/index.js';
export { segment, type Segment } from './segment/index.js';
export { checkDocument, parseLimit, type Limit, type PolicyOptions } from './check/policy.js';
export { readDirectives, suppressedStatements, isSuppressed, applyDirectives, type Directive, type DirectiveKind, type ReadDirectives } from './check/directives.js';
export { violationFingerprint, normalizeStatementText } from './check/fingerprint.js';
export { checkWithSettings, type CheckSettings, type CheckOutcome } from './check/outcome.js';
export { parseSeverities, type PolicySeverities } from './check/severity.js';
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
  /**
   * Who decides the labels: `model` (default) the label model of src/models/labels.json, with
   * the rules as its features and explanations; `rules` the hand-written rules alone (no
   * `probabilities`), as factcheck 1.0 labelled.
   */
  labeller?: Labeller;
  /**
   * Who decides the attributions: `model` (default) the patterns propose, with the verbs the
   * lexicon does not list that the cue tagger of src/models/attribution-cues.json finds and the
   * reports nested in another's, and the attribution model of src/models/attribution.json keeps
   * those PolNeAR's annotators would mark; `patterns` the hand-written patterns alone, every
   * attribution they find kept (as before issue 25's model).
   */
  attribution?: 'model' | 'patterns';
  /**
   * `lines`: one statement a line, no headline, no merging or splitting of lines (a debate
   * transcript, a list of claims); a `speaker: ` label opening a line is not part of it.
   * Anything else: paragraphs and sentences, as an article is written.
   */
  inputFormat?: 'lines' | 'text';
}

export const LABELLERS = ['model', 'rules'] as const;
export type Labeller = (typeof LABELLERS)[number];

export function annotate(text: string, options: AnnotateOptions = {}): DocumentReport {
  const lexicon = isCompiled(options.lexicon) ? options.lexicon : compileLexicon(options.lexicon);
  // An article is one window; a longer text is annotated a window at a time (src/window.ts).
  const statements: Statement[] = [];
  for (const { start, end } of windows(text)) {
    const part = start === 0 && end === text.length ? text : text.slice(start, end);
    const [before, sources] = [statements.length, new Map<Source, Source>()];
    for (const statement of annotateWindow(part, lexicon, options, start > 0)) statements.push(shiftStatement(statement, start, before, sources));
  }
  return { path: options.path ?? '-', chars: text.length, statements, counts: countLabels(statements), sources: summarizeSources(statements) };
}

/** The statements of a text (a document, or a window of a long one), labelled and ranked, in its own offsets. */
function annotateWindow(text: string, lexicon: Lexicon, options: AnnotateOptions, continues: boolean): Statement[] {
  const analysis = analyzeDocument(text, lexicon, options.furniture ?? [], continues, options.inputFormat === 'lines', options.attribution === 'patterns' ? null : undefined);
  const { statements, context, featureNames } = labelStatements(analysis, lexicon, options.labeller ?? 'model');
  return scoreStatements(statements, context, undefined, featureNames);
}

/**
 * The statements of an analysed text, labelled (by the label model, or the rules alone), not yet
 * ranked, and the feature context the models read: what annotate() and the check-worthiness
 * trainer (src/train/checkworthiness) share.
 */
export function labelStatements(
  analysis: DocumentAnalysis,
  lexicon: Lexicon,
  labeller: Labeller,
  model: LabelModel | undefined = labeller === 'model' ? labelModel() : undefined,
): { statements: Statement[]; context: FeatureContext; featureNames: Array<readonly string[] | undefined> } {
  const { text } = analysis;
  const context = featureContext(analysis, lexicon);
  // Every feature name each statement gave the label model: the check-worthiness model weighs
  // them too, and reading them back is cheaper than making them again.
  const featureNames: Array<readonly string[] | undefined> = [];
  const statements: Statement[] = analysis.statements.map((s, i) => {
    // Each statement's features are made and weighed in turn, only those the model knows.
    const features = model === undefined ? undefined : statementFeatures(context, i, model.linear.rows);
    featureNames.push(features?.names);
    const decision =
      model === undefined || features === undefined
        ? { ...s.rules, probabilities: undefined, features: undefined }
        : decideLabel(text, features, s.rules, model);
    return {
      index: i,
      start: s.segment.start,
      end: s.segment.end,
      text: s.segment.text,
      role: s.segment.role,
      label: decision.label,
      confidence: decision.confidence,
      rule: decision.rule,
      reason: decision.reason,
      ...(decision.probabilities === undefined ? {} : { probabilities: decision.probabilities, features: decision.features }),
      cues: decision.cues,
      // "Click here to read the full report" is the page's, no one's words.
      source: s.segment.role === 'furniture' ? null : s.attribution.source,
      attributions: s.segment.role === 'furniture' ? [] : (s.attribution.all ?? []),
    };
  });
  return { statements, context, featureNames };
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

function isCompiled(lexicon: AnnotateOptions['lexicon']): lexicon is Lexicon {
  return lexicon !== undefined && 'byFirstWord' in lexicon;
}
