/**
 * What a streaming report writes for one document, worked out wherever the document was
 * annotated. A batch worker formats its own documents (src/batch/worker.ts), so that the main
 * thread passes strings on instead of rebuilding every report from a message and formatting it:
 * that spared the main thread's heap some 30 MB, which the workers' heaps use better.
 * The CLI's ReportWriter (src/cli-output.ts) goes through the same function for the documents
 * it annotates itself, so both give the same bytes.
 */
import { checkWithSettings, type CheckOutcome, type CheckSettings } from '../check/outcome.js';
import { onlyViolations } from '../check/policy.js';
import { SCHEMA_VERSION, type DocumentReport, type LabelCounts } from '../types.js';
import { toolInfo } from '../version.js';
import type { FormatOptions } from './formatter.js';
import { getFormatter, isStreaming } from './formatters/index.js';

/** How the documents of a streamed report are formatted: plain data, sent to each worker. */
export interface StreamSetup {
  /** A streaming formatter's name (ndjson, github). */
  format: string;
  options: Omit<FormatOptions, 'sourceText'>;
  /** Check mode's settings: each document's violations are found where it is annotated. */
  check: CheckSettings | undefined;
  /** Check mode with --quiet: only violating documents, and in them only the flagged statements. */
  violationsOnly: boolean;
}

/** One document of a streamed report, ready to write. */
export interface StreamedDocument {
  /** What the formatter writes for it; undefined when --quiet check mode leaves it out. */
  chunk: string | undefined;
  /** The statements the summary counts: the document's own counts, even when shown in part. */
  counts: LabelCounts | undefined;
  /** What the check found (check mode only). */
  outcome: CheckOutcome | undefined;
}

/**
 * Checks `document` against the check settings, when there are some (setting its `violations`),
 * and says what of it a report shows: all of it, or with `violationsOnly` (check mode's --quiet)
 * only its flagged statements, undefined when it has none. Streamed or not, reports go through here.
 */
export function checkForReport(
  document: DocumentReport,
  check: CheckSettings | undefined,
  violationsOnly: boolean,
): { shown: DocumentReport | undefined; outcome: CheckOutcome | undefined } {
  const outcome = check === undefined ? undefined : checkWithSettings(document, check);
  return { shown: violationsOnly ? onlyViolations(document) : document, outcome };
}

/**
 * Checks `document` against the setup's settings (checkForReport) and formats it.
 * `text` is what it was annotated from (github points at lines and columns).
 */
export function streamDocument(document: DocumentReport, text: string, setup: StreamSetup): StreamedDocument {
  const formatter = getFormatter(setup.format);
  if (formatter === undefined || !isStreaming(formatter)) throw new Error(`${setup.format} is not a streaming format`);
  const { shown, outcome } = checkForReport(document, setup.check, setup.violationsOnly);
  if (shown === undefined) return { chunk: undefined, counts: undefined, outcome };
  const context = { schemaVersion: SCHEMA_VERSION, tool: toolInfo() };
  const chunk = formatter.formatDocument(shown, context, { ...setup.options, sourceText: () => text });
  return { chunk, counts: shown.counts, outcome };
}
