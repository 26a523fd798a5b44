/**
 * Where the report goes and when: a document at a time for streaming formats, all at once for
 * the others, nothing at all when check mode has nothing to say. Kept apart from cli.ts so the
 * wiring there stays a list of steps.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { buildReport, type DocumentReport } from './index.js';
import type { FoundViolation } from './check/baseline.js';
import type { CheckOutcome, CheckSettings } from './check/outcome.js';
import { isStreaming, type FormatOptions, type Formatter } from './report/formatters/index.js';
import { checkForReport, streamDocument, type StreamedDocument, type StreamSetup } from './report/stream.js';
import { emptyCounts, LABELS, type LabelCounts, type Summary } from './types.js';

/** The report could not be written: printed as `factcheck: <path>: cannot write (<code>)`. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`${path}: cannot write (${code})`);
  }
}

/** Pieces of a report are written in batches of about this many characters. */
const WRITE_CHARS = 1 << 20;

/** A report in pieces (Formatter.formatChunks), written a megabyte at a time: never one string of all of it. */
async function writeChunks(output: Output, chunks: Iterable<string>): Promise<void> {
  let pending: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    pending.push(chunk);
    length += chunk.length;
    if (length < WRITE_CHARS) continue;
    await output.write(pending.join(''));
    [pending, length] = [[], 0];
  }
  await output.write(pending.join(''));
}

/** stdout, or a file opened on the first write. */
export class Output {
  private fd: number | undefined;

  constructor(private readonly path: string | undefined) {}

  /** Whether the report goes to a file (--output). */
  get toFile(): boolean {
    return this.path !== undefined;
  }

  async write(chunk: string): Promise<void> {
    if (chunk === '' && this.path === undefined) return;
    if (this.path === undefined) {
      // Waiting for 'drain' keeps memory flat when a large batch streams into a slow reader.
      if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      return;
    }
    try {
      this.fd ??= openSync(this.path, 'w');
      writeSync(this.fd, chunk);
    } catch (error) {
      throw new OutputError(this.path, (error as NodeJS.ErrnoException).code ?? 'error');
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

export interface ReportWriterOptions {
  formatter: Formatter;
  format: FormatOptions;
  output: Output;
  /** Check mode's settings: every document is checked against them. */
  check: CheckSettings | undefined;
  /** Check mode with --quiet: only violating documents, and in them only the flagged statements. */
  violationsOnly: boolean;
  /** Check mode's terminal report: written only when some document breaks the policy. */
  silentWhenClean: boolean;
}

/** Takes documents as they are annotated and writes the report in the formatter's own rhythm. */
export class ReportWriter {
  private readonly documents: DocumentReport[] = [];
  private readonly texts = new WeakMap<DocumentReport, string>();
  private readonly summary: Summary = { documents: 0, statements: 0, counts: emptyCounts() };
  /**
   * How documents are checked and formatted when the report is streamed, for whoever annotates
   * them (batch workers); undefined when the report is written at the end.
   */
  readonly streamSetup: StreamSetup | undefined;
  private annotated = 0;
  private violating = 0;
  /** Check mode: violations left after the baseline, by severity, over all documents. */
  errors = 0;
  warnings = 0;
  /** Check mode: every violation found, the baseline's included, and the paths checked (for the baseline). */
  readonly found: FoundViolation[] = [];

  constructor(private readonly options: ReportWriterOptions) {
    const { sourceText: _, ...format } = options.format;
    // Silence on success needs every document before anything is written.
    this.streamSetup =
      isStreaming(options.formatter) && !options.silentWhenClean
        ? { format: options.formatter.name, options: format, check: options.check, violationsOnly: options.violationsOnly }
        : undefined;
  }

  async add(document: DocumentReport, text: string): Promise<void> {
    const setup = this.streamSetup;
    if (setup !== undefined) return this.addStreamed(streamDocument(document, text, setup));
    const { shown, outcome } = checkForReport(document, this.options.check, this.options.violationsOnly);
    this.annotated++;
    this.count(outcome);
    if (shown === undefined) return;
    this.texts.set(shown, text);
    this.tally(shown.counts);
    this.documents.push(shown);
  }

  /** A document checked and formatted where it was annotated (streamDocument). */
  async addStreamed(document: StreamedDocument): Promise<void> {
    this.annotated++;
    this.count(document.outcome);
    if (document.chunk === undefined || document.counts === undefined) return;
    this.tally(document.counts);
    await this.options.output.write(document.chunk);
  }

  /** Writes what is left: the end of a stream, or the whole report. */
  async finish(): Promise<void> {
    const { formatter, output } = this.options;
    // Nothing was read: nothing on stdout, but --output gets its (empty) report all the same, so
    // that a CI step that uploads it finds the file of this run, not none or a stale one.
    if (this.annotated === 0 && !output.toFile) return;
    if (this.options.silentWhenClean && this.violating === 0) return;
    if (this.streamSetup !== undefined && isStreaming(formatter)) {
      const { schemaVersion, tool } = buildReport([]);
      await output.write(formatter.formatEnd({ schemaVersion, tool, summary: this.summary }, this.formatOptions()));
    } else if (formatter.formatChunks !== undefined) {
      await writeChunks(output, formatter.formatChunks({ ...buildReport(this.documents), summary: this.summary }, this.formatOptions()));
    } else {
      await output.write(formatter.format({ ...buildReport(this.documents), summary: this.summary }, this.formatOptions()));
    }
  }

  private count(outcome: CheckOutcome | undefined): void {
    if (outcome === undefined) return;
    if (outcome.errors + outcome.warnings > 0) this.violating++;
    this.errors += outcome.errors;
    this.warnings += outcome.warnings;
    this.found.push(...outcome.found);
  }

  /** Statements are counted by label, so a --quiet document shown in part still counts whole. */
  private tally(counts: LabelCounts): void {
    this.summary.documents++;
    for (const label of LABELS) this.summary.counts[label] += counts[label];
    this.summary.statements = LABELS.reduce((n, label) => n + this.summary.counts[label], 0);
  }

  /** The github and sarif formats turn offsets into lines and columns with the text annotated. */
  private formatOptions(): FormatOptions {
    return { ...this.options.format, sourceText: (_path, document) => this.texts.get(document) };
  }
}
