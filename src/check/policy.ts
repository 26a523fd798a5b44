/**
 * The CI policy of `factcheck check`: which statements a newsroom will not publish as they
 * stand. Pure functions of the annotated document, so the same document always gets the same
 * violations in the same order.
 */
import { LABELS, POLICIES, type DocumentReport, type Label, type Policy, type Role, type Statement, type Violation } from '../types.js';

/** A limit per document: a number of statements, or a percentage of its statements. */
export type Limit = { kind: 'count'; value: number } | { kind: 'percent'; value: number };

export interface PolicyOptions {
  maxUnverified?: Limit;
  maxDenial?: Limit;
  failOn?: readonly Label[];
  requireSource?: boolean;
  minConfidence?: number;
}

/** Whether the options ask anything of a document; `check` without a policy would pass everything. */
export function hasPolicy(policy: PolicyOptions): boolean {
  return (
    policy.maxUnverified !== undefined ||
    policy.maxDenial !== undefined ||
    (policy.failOn !== undefined && policy.failOn.length > 0) ||
    policy.requireSource === true ||
    policy.minConfidence !== undefined
  );
}

/** "5" or "25%" (a whole number of statements, or a percentage from 0 to 100); undefined if neither. */
export function parseLimit(text: string): Limit | undefined {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { kind: 'count', value: Number.parseInt(trimmed, 10) };
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  if (percent === null) return undefined;
  const value = Number.parseFloat(percent[1]!);
  return value <= 100 ? { kind: 'percent', value } : undefined;
}

export function formatLimit(limit: Limit): string {
  return limit.kind === 'count' ? String(limit.value) : `${limit.value}%`;
}

/** A confidence from 0 to 1, as "0.6", ".6", "1"; undefined otherwise. */
export function parseConfidence(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/.test(trimmed)) return undefined;
  const value = Number.parseFloat(trimmed);
  return value >= 0 && value <= 1 ? value : undefined;
}

/** "denial,unverified" as labels; the first word that is not a label, if any, as `unknown`. */
export function parseLabels(text: string): { labels: Label[]; unknown?: string } {
  const labels: Label[] = [];
  for (const word of text.split(',').map((w) => w.trim().toLowerCase())) {
    if (word === '') continue;
    if (!(LABELS as readonly string[]).includes(word)) return { labels, unknown: word };
    if (!labels.includes(word as Label)) labels.push(word as Label);
  }
  return { labels };
}

/**
 * Non-statement lines (captions, bylines, furniture) are background by rule, not by judgement,
 * so their confidence says nothing about whether the article stands behind a claim.
 */
const STATING_ROLES: ReadonlySet<Role> = new Set(['headline', 'dek', 'body']);

/**
 * All violations of one document: document-level first, then by statement, each in POLICIES
 * order. A statement an inline directive accepts (`suppressed`) breaks no policy and is not
 * counted against a limit; a percentage is still of all the document's statements.
 */
export function checkDocument(document: DocumentReport, policy: PolicyOptions): Violation[] {
  const statements = document.statements.filter((s) => s.suppressed !== true);
  const total = document.statements.length;
  const low = (s: Statement): boolean =>
    policy.minConfidence !== undefined && STATING_ROLES.has(s.role) && s.confidence < policy.minConfidence;
  const found: Violation[] = [];

  if (policy.maxUnverified !== undefined) {
    // A label the classifier is unsure of is no better than an unverified one.
    const counted = statements.filter((s) => s.label === 'unverified' || low(s));
    const lowCount = counted.filter((s) => s.label !== 'unverified').length;
    found.push(...overLimit('max-unverified', ['unverified statement', 'unverified statements'], policy.maxUnverified, counted, total, (s) =>
      s.label === 'unverified' ? 'unverified statement' : `confidence ${s.confidence.toFixed(2)} below ${policy.minConfidence}, counted as unverified statement`,
      lowCount > 0 ? ` (${lowCount} of them below min-confidence ${policy.minConfidence})` : ''));
  }
  if (policy.maxDenial !== undefined) {
    const counted = statements.filter((s) => s.label === 'denial');
    found.push(...overLimit('max-denial', ['denial', 'denials'], policy.maxDenial, counted, total, () => 'denial', ''));
  }
  const failOn = policy.failOn ?? [];
  for (const s of statements) {
    if (failOn.includes(s.label)) found.push(at(s, 'fail-on', `labelled ${s.label}, which fail-on forbids (fail-on ${failOn.join(',')})`));
    if (policy.requireSource === true && (s.label === 'assertion' || s.label === 'unverified') && s.source === null) {
      found.push(at(s, 'require-source', `${s.label === 'assertion' ? 'assertion' : 'unverified statement'} with no source (require-source)`));
    }
    if (low(s)) {
      found.push(at(s, 'min-confidence', `confidence ${s.confidence.toFixed(2)} is below the minimum ${policy.minConfidence} (min-confidence ${policy.minConfidence})`));
    }
  }
  return sortViolations(found);
}

function overLimit(
  policy: Policy,
  nouns: readonly [singular: string, plural: string],
  limit: Limit,
  counted: readonly Statement[],
  total: number,
  describe: (s: Statement) => string,
  note: string,
): Violation[] {
  const n = counted.length;
  const share = total === 0 ? 0 : (n / total) * 100;
  const over = limit.kind === 'count' ? n > limit.value : share > limit.value;
  if (!over) return [];
  const tail = `at most ${formatLimit(limit)} allowed (${policy} ${formatLimit(limit)})`;
  const plural = `${n === 1 ? nouns[0] : nouns[1]}`;
  const whole =
    limit.kind === 'count'
      ? `${n} ${plural}${note}, ${tail}`
      : `${n} ${plural}${note} in ${total} statements (${share.toFixed(1)}%), ${tail}`;
  // The share is said once, on the document line; each statement says where it stands in the count.
  return [
    { policy, statement: null, message: whole },
    ...counted.map((s, i) => at(s, policy, `${describe(s)} ${i + 1} of ${n}, ${tail}`)),
  ];
}

function at(statement: Statement, policy: Policy, message: string): Violation {
  return { policy, statement: statement.index, message };
}

function sortViolations(violations: Violation[]): Violation[] {
  const rank = (v: Violation): number => POLICIES.indexOf(v.policy);
  return violations.sort((a, b) => {
    if (a.statement !== b.statement) return a.statement === null ? -1 : b.statement === null ? 1 : a.statement - b.statement;
    return rank(a) - rank(b);
  });
}

/**
 * The report `--quiet` prints in check mode: only documents that break the policy, and in
 * them only the statements a violation names. Counts stay those of the whole document.
 */
export function onlyViolations(document: DocumentReport): DocumentReport | undefined {
  const violations = document.violations ?? [];
  if (violations.length === 0) return undefined;
  const flagged = new Set(violations.map((v) => v.statement));
  return { ...document, statements: document.statements.filter((s) => flagged.has(s.index)) };
}
