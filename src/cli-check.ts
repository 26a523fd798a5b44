/**
 * Check mode's settings and its end, for cli.ts: the settings every document is checked with
 * (the baseline read before any input is, so a bad file stops the run with one line, exit 2),
 * and after the check the baseline written, the accepted violations that no longer occur named,
 * and the verdict (errors, or more warnings than --max-warnings).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { baselineToWrite, BaselineError, formatBaseline, indexBaseline, readBaseline, staleEntries, type BaselineEntry, type FoundViolation } from './check/baseline.js';
import type { CheckSettings } from './check/outcome.js';
import type { PolicyOptions } from './check/policy.js';
import type { PolicySeverities } from './check/severity.js';
import { OutputError, type ReportWriter } from './cli-output.js';

export interface BaselineFiles {
  /** --baseline: the accepted violations, already read. */
  read?: { path: string; entries: BaselineEntry[] };
  /** --write-baseline: where to write this run's violations. */
  write?: string;
  /** The entries the written file keeps for files not checked: those of the file it replaces. */
  previous?: BaselineEntry[];
}

/** Reads what the options name; throws BaselineError for a file that cannot be used. */
export function loadBaselines(read: string | undefined, write: string | undefined): BaselineFiles {
  const files: BaselineFiles = {};
  if (read !== undefined) files.read = { path: read, entries: readBaseline(read) };
  if (write !== undefined) {
    files.write = write;
    // Rewriting a baseline keeps its entries for the files this run does not check; a file
    // that is there but is no baseline is not overwritten.
    if (write === read) files.previous = files.read!.entries;
    else if (existsSync(write)) files.previous = readBaseline(write);
  }
  return files;
}

/**
 * After the check: writes the new baseline, and returns one warning for each accepted violation
 * of a checked file that was not found again (fixed, or its statement edited).
 */
export function finishBaselines(files: BaselineFiles, found: readonly FoundViolation[], checkedPaths: ReadonlySet<string>): { warnings: string[]; written?: number } {
  const warnings: string[] = [];
  if (files.read !== undefined) {
    for (const entry of staleEntries(files.read.entries, found, checkedPaths)) {
      const what = entry.statement === null ? 'the document as a whole' : `"${excerpt(entry.statement)}"`;
      const times = entry.count > 1 ? ` (${entry.count} times)` : '';
      warnings.push(`${files.read.path}: ${entry.path}: ${entry.policy} of ${what} no longer occurs${times}; --write-baseline drops it`);
    }
  }
  if (files.write === undefined) return { warnings };
  const entries = baselineToWrite(found, checkedPaths, files.previous);
  try {
    writeFileSync(files.write, formatBaseline(entries));
  } catch (error) {
    throw new OutputError(files.write, (error as NodeJS.ErrnoException).code ?? 'error');
  }
  return { warnings, written: entries.reduce((n, e) => n + e.count, 0) };
}

const EXCERPT_LENGTH = 60;

function excerpt(text: string): string {
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…`;
}

export { BaselineError };

/** What every document is checked with. */
export function checkSettings(
  policy: PolicyOptions,
  severities: PolicySeverities,
  baselines: BaselineFiles,
  repository: { root: string; cwd: string } | undefined,
): CheckSettings {
  return {
    policy,
    severities,
    ...(baselines.read === undefined ? {} : { baseline: indexBaseline(baselines.read.entries) }),
    // The violations being written to a baseline are accepted by it: the run passes.
    ...(baselines.write === undefined ? {} : { acceptAll: true }),
    ...(repository === undefined ? {} : { paths: repository }),
  };
}

export interface CheckEnd {
  baselines: BaselineFiles;
  writer: Pick<ReportWriter, 'found' | 'errors' | 'warnings'>;
  /** The paths checked, as baselines record them. */
  checkedPaths: ReadonlySet<string>;
  maxWarnings: number | undefined;
  /** A warning (`factcheck: warning: …`, silenced by --quiet). */
  warn: (message: string) => void;
  /** A line of its own on stderr (`factcheck: …`). */
  say: (message: string) => void;
  quiet: boolean;
}

/** Writes and judges the baseline, says when warnings are too many; whether the check failed. */
export function finishCheck({ baselines, writer, checkedPaths, maxWarnings, warn, say, quiet }: CheckEnd): boolean {
  const { warnings, written } = finishBaselines(baselines, writer.found, checkedPaths);
  for (const warning of warnings) warn(warning);
  if (written !== undefined && !quiet) say(`${baselines.write!}: wrote ${written} accepted violation${written === 1 ? '' : 's'}`);
  const tooManyWarnings = maxWarnings !== undefined && writer.warnings > maxWarnings;
  if (tooManyWarnings) say(`${writer.warnings} warning${writer.warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings} allows`);
  return writer.errors > 0 || tooManyWarnings;
}
