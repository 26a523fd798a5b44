/**
 * A baseline: the violations a newsroom has looked at and accepted, so that CI fails only on new
 * ones (as ESLint's suppressions file, Psalm's and detekt's baselines). A JSON file, versioned,
 * its entries sorted and merged so that the same violations always give the same bytes and a
 * review sees one line change per accepted statement:
 *
 *   {"version": 1, "tool": "factcheck", "violations": [
 *     {"path": "articles/a.txt", "policy": "fail-on", "fingerprint": "…", "count": 1, "statement": "The company denied the report."}]}
 *
 * An entry matches a violation of the same path (relative to the repository root) and
 * fingerprint (src/check/fingerprint.ts); `count` is how many such violations it accepts (a
 * sentence may stand twice in one article). `statement` is for the reader, never matched on.
 */
import { readFileSync } from 'node:fs';
import { POLICIES, type Policy } from '../types.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  path: string;
  policy: Policy;
  fingerprint: string;
  count: number;
  /** The statement's text on one line, or null for a violation by the whole document. */
  statement: string | null;
}

/** A violation as a baseline records it (count 1). */
export type FoundViolation = Omit<BaselineEntry, 'count'>;

/** Accepted violations by key (baselineKey): how many each accepts. Plain data, sent to worker threads. */
export type BaselineIndex = Record<string, number>;

/** A baseline that cannot be used: printed as `factcheck: <path>: <problem>`, exit 2. */
export class BaselineError extends Error {
  override readonly name = 'BaselineError';

  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

export function baselineKey(path: string, fingerprint: string): string {
  return `${path}\u0000${fingerprint}`;
}

/** Reads and validates a baseline file; every problem is one BaselineError naming the file. */
export function readBaseline(file: string): BaselineEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(file, code === 'ENOENT' ? 'no such file (write one with --write-baseline)' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new BaselineError(file, 'not valid JSON (a baseline is written by --write-baseline)');
  }
  if (!isObject(value) || !Array.isArray(value['violations'])) throw new BaselineError(file, 'not a factcheck baseline (expected an object with "version" and "violations")');
  if (value['version'] !== BASELINE_VERSION) throw new BaselineError(file, `baseline version ${JSON.stringify(value['version'])} is not supported (expected ${BASELINE_VERSION})`);
  return (value['violations'] as unknown[]).map((entry, i) => readEntry(entry, (problem) => new BaselineError(file, `violations[${i}]: ${problem}`)));
}

function readEntry(entry: unknown, fail: (problem: string) => BaselineError): BaselineEntry {
  if (!isObject(entry)) throw fail('expected an object');
  const { path, policy, fingerprint, count, statement } = entry;
  if (typeof path !== 'string' || path === '') throw fail('"path" must be a file path');
  if (typeof policy !== 'string' || !(POLICIES as readonly string[]).includes(policy)) throw fail(`"policy" must be one of ${POLICIES.join(', ')}`);
  if (typeof fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(fingerprint)) throw fail('"fingerprint" must be 32 hex digits');
  const times = count ?? 1;
  if (typeof times !== 'number' || !Number.isSafeInteger(times) || times < 1) throw fail('"count" must be a whole number from 1');
  if (statement !== undefined && statement !== null && typeof statement !== 'string') throw fail('"statement" must be a string or null');
  return { path, policy: policy as Policy, fingerprint, count: times, statement: (statement as string | null | undefined) ?? null };
}

export function indexBaseline(entries: readonly BaselineEntry[]): BaselineIndex {
  const index: BaselineIndex = {};
  for (const entry of entries) {
    const key = baselineKey(entry.path, entry.fingerprint);
    index[key] = (index[key] ?? 0) + entry.count;
  }
  return index;
}

/** Found violations merged into entries (one per path and fingerprint, counted), sorted. */
export function toEntries(found: readonly FoundViolation[]): BaselineEntry[] {
  const merged = new Map<string, BaselineEntry>();
  for (const violation of found) {
    const key = baselineKey(violation.path, violation.fingerprint);
    const entry = merged.get(key);
    if (entry === undefined) merged.set(key, { ...violation, count: 1 });
    else entry.count++;
  }
  return sortEntries([...merged.values()]);
}

/** By path, then policy (in POLICIES order), fingerprint, then statement: by code unit, as every machine sorts them. */
function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return entries.sort(
    (a, b) =>
      compare(a.path, b.path) ||
      POLICIES.indexOf(a.policy) - POLICIES.indexOf(b.policy) ||
      compare(a.fingerprint, b.fingerprint) ||
      compare(a.statement ?? '', b.statement ?? ''),
  );
}

/**
 * The baseline to write: the violations found in this run, plus the entries of the previous
 * baseline (if any) for the files this run did not check, so that checking a few files never
 * drops what was accepted in the others.
 */
export function baselineToWrite(found: readonly FoundViolation[], checkedPaths: ReadonlySet<string>, previous: readonly BaselineEntry[] = []): BaselineEntry[] {
  const kept = previous.filter((entry) => !checkedPaths.has(entry.path));
  const fresh = toEntries(found);
  const keys = new Set(fresh.map((e) => baselineKey(e.path, e.fingerprint)));
  return sortEntries([...fresh, ...kept.filter((e) => !keys.has(baselineKey(e.path, e.fingerprint)))]);
}

export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const violations = entries.map((e) => ({ path: e.path, policy: e.policy, fingerprint: e.fingerprint, count: e.count, statement: e.statement }));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: 'factcheck', violations }, null, 2)}\n`;
}

/**
 * The entries of the baseline that no longer occur: for a file this run checked, accepted more
 * times than the violation was found (fixed, or the statement edited). Entries of files not
 * checked are not judged.
 */
export function staleEntries(baseline: readonly BaselineEntry[], found: readonly FoundViolation[], checkedPaths: ReadonlySet<string>): BaselineEntry[] {
  const seen = indexBaseline(toEntries(found));
  const stale: BaselineEntry[] = [];
  for (const entry of sortEntries([...baseline])) {
    if (!checkedPaths.has(entry.path)) continue;
    const key = baselineKey(entry.path, entry.fingerprint);
    const left = seen[key] ?? 0;
    if (left >= entry.count) {
      seen[key] = left - entry.count;
      continue;
    }
    seen[key] = 0;
    stale.push({ ...entry, count: entry.count - left });
  }
  return stale;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
