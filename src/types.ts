/**
 * The JSON contract of factcheck, as TypeScript types.
 *
 * Everything a formatter prints, and everything `--format json` emits, is one of these.
 * Fields may be added; none may be removed or renamed without bumping SCHEMA_VERSION.
 * docs/json-schema.md describes each field for readers who do not read TypeScript.
 */

export const SCHEMA_VERSION = 1 as const;

/**
 * The `$id` of schema/report.schema.json (JSON Schema 2020-12), written as `$schema` first in
 * every JSON report and NDJSON line so that a script can tell which schema validates it. A
 * name, not an address: the schema ships in the package (schema/), nothing is fetched.
 */
export const REPORT_SCHEMA_ID = 'urn:factcheck:schema:report:1';

/** The four labels of ANNOTATION.md, in the order reports list them. */
export const LABELS = ['assertion', 'denial', 'unverified', 'background'] as const;
export type Label = (typeof LABELS)[number];

/**
 * What kind of line or sentence a statement is. `headline`, `dek` and `body` state something
 * and are labelled by their words; every other role is a non-statement line, labelled
 * `background` by rule 1 of the spec.
 */
export const ROLES = [
  'headline', // the first line of the article
  'dek', // a subheadline right under the headline
  'heading', // a section heading inside the article
  'dateline', // "WASHINGTON:", a date line such as "Saturday, October 9, 2010"
  'byline', // "By Jane Doe", "Jane Doe, Reuters"
  'caption', // a photo, video or audio caption
  'credit', // "PHOTO:REUTERS", "Image: NASA."
  'furniture', // page furniture: "Load Next Story", "Read more", share and subscribe lines
  'body', // a sentence of the article
] as const;
export type Role = (typeof ROLES)[number];

/** A span of the input: `input.slice(start, end) === text`. Offsets are UTF-16 code units. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** The kinds of cue the lexicons hold (src/classify/lexicon/). */
export const CUE_KINDS = [
  'hedge', // may, might, could, likely, believed to
  'distancing', // reportedly, allegedly, purportedly
  'missing-evidence', // without evidence, could not be verified, it is unclear whether
  'vague-source', // a source said, officials who spoke on condition of anonymity
  'no-answer', // did not respond to requests for comment, declined to comment
  'denial', // denied, rejected the claims, called the report false
  'reporting', // said, announced, claimed, accused, according to
  'negation', // not, never, no — recorded when a rule used it
  'background', // in 2020, during his presidency, was founded in
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** A word or phrase that bore on the label, with the lexicon entry it matched. */
export interface Cue extends Span {
  kind: CueKind;
  /** The lexicon entry that matched, in its base form ("deny" for "denied"). */
  entry: string;
}

/** How a reporting verb presents what it reports. */
export const STANCES = ['neutral', 'distancing', 'accusing', 'denying', 'conceding', 'hedged'] as const;
export type Stance = (typeof STANCES)[number];

/** Who a statement comes from. */
/** What kind of source speaks. */
export const SOURCE_KINDS = ['person', 'organization', 'document', 'unnamed', 'pronoun'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source extends Span {
  /** The reporting verb or phrase in its base form: "say", "announce", "according to". */
  verb: string;
  /** The reporting verb or phrase as it stands in the text. */
  cue: Span;
  /** A named person or organisation (true) or an unnamed one such as "a source", "officials" (false). */
  named: boolean;
  stance: Stance;
  /** person, organization, document ("a report"), unnamed ("officials"), pronoun ("he"). */
  kind: SourceKind;
  /** For a pronoun (or a bare definite such as "the mission"): the earlier mention it refers to. */
  resolved?: string;
}

/** Who an attribution names: the mention as written, and what it refers to. */
export interface AttributionSource extends Span {
  kind: SourceKind;
  named: boolean;
  /** For a pronoun (or a bare definite such as "the mission"): the earlier mention it refers to. */
  resolved?: string;
}

/**
 * One attribution in a statement: who (source) says what (content) by which words (cue).
 * "X said A, adding B, while Y denied it" holds three.
 */
export interface StatementAttribution {
  source: AttributionSource;
  /** The reporting verb or phrase as it stands in the text (for a quotation's later sentences, the one that introduced it). */
  cue: Span;
  stance: Stance;
  /** What is attributed: part of the statement, or a quotation running over several statements. */
  content: { start: number; end: number };
}

/** One source of a document with everything it says: who, in which words, and the statements. */
export interface SourceSummary {
  /** The fullest name the source goes by in the document ("Trump campaign spokesperson Steven Cheung"). */
  name: string;
  kind: SourceKind;
  named: boolean;
  /** Every way the document refers to it ("Cheung", "he"), in order of first appearance. */
  mentions: string[];
  /** Indices of its statements, in order. */
  statements: number[];
  counts: LabelCounts;
}

/** The label model's probability of each label; they sum to 1 (up to rounding). */
export type LabelProbabilities = Record<Label, number>;

/** A feature of the label model and how much it pushed the label over the runner-up (in log-odds). */
export interface WeighedFeature {
  /** The feature's name, e.g. "cue:hedge=could" or "source:unnamed" (src/features). */
  feature: string;
  weight: number;
  /** The words it comes from, when it comes from some. */
  text?: string;
}

export interface Statement extends Span {
  index: number;
  role: Role;
  label: Label;
  /** The label model's calibrated probability of `label`, 0..1. */
  confidence: number;
  /**
   * The rule behind the label, e.g. "unverified:hedge": the hand-written rule the model agrees
   * with, or "<label>:model" when the model overrules the rules.
   */
  rule: string;
  /** The rule's finding in words ("source 'Iran’s mission to the UN' negates a deed of its own: …"), or why the model overrules it. */
  reason: string;
  /** The label model's probability of each label. Set by annotate(); absent from reports built without the model. */
  probabilities?: LabelProbabilities;
  /** The features that pushed the label over the runner-up most. Set by annotate(). */
  features?: WeighedFeature[];
  /** The cues the deciding rule used, in text order. */
  cues: Cue[];
  source: Source | null;
  /**
   * Every attribution of the statement, in order of their cues ([] when none); `source` is the
   * main one. Set by annotate(); absent from reports built without it.
   */
  attributions?: StatementAttribution[];
  /**
   * How much a fact-checker would want to verify it, 0..1 (src/rank, weights in
   * src/rank/weights.json); null for denials and background, which are not claims to check.
   * Set by annotate(); absent from reports built without it.
   */
  checkworthiness?: number | null;
  /** The check-worthiness signals that fired ("number", "named-actor", "unverified", …); [] when not scored. */
  checkSignals?: string[];
  /**
   * True when an inline directive of the input (`factcheck-ignore-next`, `factcheck-disable`)
   * accepts the statement: it is annotated as ever, but no policy counts it (src/check/directives.ts).
   */
  suppressed?: true;
}

export type LabelCounts = Record<Label, number>;

export interface DocumentReport {
  /** The path as given on the command line, "-" (or the --stdin-filename) for stdin. */
  path: string;
  /** Length of the decoded input in UTF-16 code units. */
  chars: number;
  statements: Statement[];
  counts: LabelCounts;
  /**
   * Where the text came from when it is not the input as read: "html" means the article text
   * was extracted from a web page, and every offset indexes that extracted text.
   */
  extractedFrom?: 'html';
  /** What the policy of `factcheck check` found; present only when a policy was applied. */
  violations?: Violation[];
  /** Who speaks in the document, variants merged (see SourceSummary). */
  sources?: SourceSummary[];
}

/** The CI policies of `factcheck check`. */
export const POLICIES = ['max-unverified', 'max-denial', 'fail-on', 'require-source', 'min-confidence'] as const;
export type Policy = (typeof POLICIES)[number];

/**
 * How much a violation matters: an `error` fails the check, a `warning` only when there are more
 * than `--max-warnings`. Each policy is an error unless the options or the config say `warn`.
 */
export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One breach of a policy: by one statement, or (statement null) by the document as a whole. */
export interface Violation {
  policy: Policy;
  /** Index of the statement that breaks the policy, or null for the document. */
  statement: number | null;
  /** One line saying what is wrong and which limit it breaks. */
  message: string;
  /** Set by `factcheck check`; a violation without one is an error. */
  severity?: Severity;
  /**
   * Set by `factcheck check`: a hash of the policy and the statement's normalised text, which
   * survives edits elsewhere in the article (src/check/fingerprint.ts); baselines match on it.
   */
  fingerprint?: string;
}

export interface Summary {
  documents: number;
  statements: number;
  counts: LabelCounts;
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'factcheck'; version: string };
  documents: DocumentReport[];
  summary: Summary;
}

export function emptyCounts(): LabelCounts {
  return { assertion: 0, denial: 0, unverified: 0, background: 0 };
}
