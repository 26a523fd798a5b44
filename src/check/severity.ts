/**
 * Severities per policy, as ESLint rules have them: a newsroom can start a policy as a warning
 * (reported, not failing the build) and make it an error once the archive is clean. Written
 * `policy=level` on the command line (`--severity require-source=warn,min-confidence=warn`) and
 * as an object in the config (`"severity": {"require-source": "warn"}`).
 */
import { nearestWord } from '../suggest.js';
import { POLICIES, type Policy, type Severity } from '../types.js';

/** What a user writes: ESLint's words. "warning" is taken too, as reports spell it. */
export const SEVERITY_WORDS = ['error', 'warn'] as const;

export type PolicySeverities = Partial<Record<Policy, Severity>>;

/** "error", "warn" (or "warning") as a severity; otherwise a one-line problem. */
export function parseSeverity(word: string): Severity | { problem: string } {
  const value = word.trim().toLowerCase();
  if (value === 'error') return 'error';
  if (value === 'warn' || value === 'warning') return 'warning';
  const near = nearestWord(value, SEVERITY_WORDS);
  return { problem: `"${word}" is not a severity (${near === undefined ? '' : `did you mean ${near}? `}severities: ${SEVERITY_WORDS.join(', ')})` };
}

/** A policy name; otherwise a one-line problem. */
export function parsePolicyName(word: string): Policy | { problem: string } {
  const value = word.trim().toLowerCase();
  if ((POLICIES as readonly string[]).includes(value)) return value as Policy;
  const near = nearestWord(value, POLICIES);
  return { problem: `"${word}" is not a policy (${near === undefined ? '' : `did you mean ${near}? `}policies: ${POLICIES.join(', ')})` };
}

/** "require-source=warn,fail-on=error" as severities; the first problem, if any. */
export function parseSeverities(text: string): { severities: PolicySeverities; problem?: string } {
  const severities: PolicySeverities = {};
  for (const pair of text.split(',').map((p) => p.trim())) {
    if (pair === '') continue;
    const [name, level, ...rest] = pair.split('=');
    if (level === undefined || rest.length > 0) return { severities, problem: `expected policy=level, not "${pair}"` };
    const policy = parsePolicyName(name!);
    if (typeof policy !== 'string') return { severities, problem: policy.problem };
    const severity = parseSeverity(level);
    if (typeof severity !== 'string') return { severities, problem: severity.problem };
    severities[policy] = severity;
  }
  return { severities };
}

export function severityOf(policy: Policy, severities: PolicySeverities | undefined): Severity {
  return severities?.[policy] ?? 'error';
}
