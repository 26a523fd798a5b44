/**
 * The whole check of one document, as `factcheck check` runs it wherever the document was
 * annotated (this thread or a batch worker): the policy (which skips statements that inline
 * directives accept), each violation's severity and fingerprint, then the baseline, which takes
 * out the violations it accepts. What is left is the document's `violations`; what was found
 * before the baseline goes back to the CLI, which writes a baseline and names stale entries.
 */
import { repositoryPath, statementAt } from '../report/locate.js';
import type { DocumentReport, Violation } from '../types.js';
import { baselineKey, type BaselineIndex, type FoundViolation } from './baseline.js';
import { violationFingerprint } from './fingerprint.js';
import { checkDocument, type PolicyOptions } from './policy.js';
import { severityOf, type PolicySeverities } from './severity.js';

/** How documents are checked: plain data, sent to each worker thread. */
export interface CheckSettings {
  policy: PolicyOptions;
  severities?: PolicySeverities;
  /** Accepted violations (--baseline), by baselineKey. */
  baseline?: BaselineIndex;
  /** --write-baseline: every violation found is accepted (it is being written to the baseline). */
  acceptAll?: boolean;
  /** Where baseline paths are relative to (the repository root); without it, paths as given. */
  paths?: { root: string; cwd: string };
}

export interface CheckOutcome {
  /** Violations left after the baseline, by severity. */
  errors: number;
  warnings: number;
  /** Every violation the policy found, the baseline's included, as a baseline records it. */
  found: FoundViolation[];
}

/** Checks `document` against the settings, sets its `violations`, and says what was found. */
export function checkWithSettings(document: DocumentReport, settings: CheckSettings): CheckOutcome {
  const path = repositoryPath(document.path, settings.paths);
  // How many of each accepted violation this document has used up (the index itself is shared).
  const used = new Map<string, number>();
  const found: FoundViolation[] = [];
  const kept: Violation[] = [];
  let [errors, warnings] = [0, 0];
  for (const violation of checkDocument(document, settings.policy)) {
    const statement = statementAt(document, violation.statement);
    const text = statement === undefined ? null : statement.text;
    const fingerprint = violationFingerprint(violation.policy, text);
    found.push({ path, policy: violation.policy, fingerprint, statement: text === null ? null : text.replace(/\s+/g, ' ').trim() });
    const key = baselineKey(path, fingerprint);
    const taken = used.get(key) ?? 0;
    if (settings.acceptAll === true || taken < (settings.baseline?.[key] ?? 0)) {
      used.set(key, taken + 1);
      continue;
    }
    const severity = severityOf(violation.policy, settings.severities);
    if (severity === 'error') errors++;
    else warnings++;
    kept.push({ ...violation, severity, fingerprint });
  }
  document.violations = kept;
  return { errors, warnings, found };
}
