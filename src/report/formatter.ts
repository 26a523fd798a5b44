import type { DocumentReport, Report } from '../types.js';

/**
 * What the caller (the CLI) decided about the output device. Formatters never look at
 * process.stdout or the environment themselves, so the same report always formats the same way.
 */
export interface FormatOptions {
  /** Emit ANSI colour and style codes. With `false` the output holds no escape codes at all. */
  color: boolean;
  /** Columns to wrap to; formats that do not wrap ignore it. */
  width: number;
  /** Also show the rule, confidence and cues behind every label. */
  explain: boolean;
  /** Text format: list each document's statements grouped by who says them (`--by-source`). */
  bySource?: boolean;
  /** Text format: list only the `top` most check-worthy claims of the report (`--top N`). */
  top?: number;
  /**
   * The decoded text a document was annotated from (what `annotate()` was given), for the
   * formats that point at lines and columns (github, sarif). The path is the document's
   * `path`; the document itself is passed too, for callers whose paths are not unique.
   * A text whose length differs from `document.chars` is ignored. Without it those formats
   * still report the document and the character offsets, but no line or column.
   */
  sourceText?: (path: string, document: DocumentReport) => string | undefined;
  /**
   * Where annotation paths are relative to (github): the repository's root and the directory
   * the paths were given from. Without it paths are written as given.
   */
  paths?: { root: string; cwd: string };
}

export interface Formatter {
  /** The value of `--format`. */
  readonly name: string;
  /** One line for `--help`. */
  readonly description: string;
  /** The whole output, ending with a newline; empty when the format has nothing to say (github without violations). */
  format(report: Report, options: FormatOptions): string;
  /**
   * The same output as `format`, in pieces, for a report too large to hold as one string
   * besides itself (the report of a 10 MB text is some 120 MB of JSON). Optional.
   */
  formatChunks?(report: Report, options: FormatOptions): Iterable<string>;
}

/**
 * A format that can be written a document at a time, as soon as each is annotated (batches,
 * NDJSON streams). Writing `formatDocument` for every document and then `formatEnd` gives
 * the same bytes as `format` of the whole report.
 */
export interface StreamingFormatter extends Formatter {
  formatDocument(document: DocumentReport, context: StreamContext, options: FormatOptions): string;
  /** Written once after the last document; may be empty. */
  formatEnd(report: Omit<Report, 'documents'>, options: FormatOptions): string;
}

/** What a streamed document needs to know about the run it belongs to. */
export interface StreamContext {
  schemaVersion: Report['schemaVersion'];
  tool: Report['tool'];
}

export function isStreaming(formatter: Formatter): formatter is StreamingFormatter {
  return 'formatDocument' in formatter && 'formatEnd' in formatter;
}

export const DEFAULT_FORMAT_OPTIONS: Readonly<FormatOptions> = Object.freeze({
  color: false,
  width: 80,
  explain: false,
});
