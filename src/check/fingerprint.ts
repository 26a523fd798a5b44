/**
 * The fingerprint of a violation: what a baseline and SARIF's partialFingerprints match on. It
 * must survive edits elsewhere in the article (a paragraph added above moves every offset and
 * line) and a re-typed quote or a re-wrapped line, yet change when the statement's words do.
 * So it is a hash of the policy and the statement's text with case, spacing, quote marks and
 * dashes normalised, and of nothing that says where the statement is. The file is not in it:
 * a baseline entry keeps its path beside the fingerprint, and SARIF has the location beside it.
 */
import { createHash } from 'node:crypto';
import type { Policy } from '../types.js';

/** The text as a fingerprint sees it: NFKC, lower case, one kind of quote and dash, single spaces. */
export function normalizeStatementText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2039\u203a]/g, '"')
    .replace(/'/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * 32 hex digits (128 bits of SHA-256) of the policy and the normalised statement text; a
 * violation of the whole document (statement text null) is the policy alone.
 */
export function violationFingerprint(policy: Policy, statementText: string | null): string {
  const text = statementText === null ? '' : normalizeStatementText(statementText);
  return createHash('sha256').update(`${policy}\u0000${text}`).digest('hex').slice(0, 32);
}
