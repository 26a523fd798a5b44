import type { ChalkInstance } from 'chalk';
import { POLICIES, type DocumentReport } from '../types.js';
import { hangingBlock, toDisplayText } from './wrap.js';

/**
 * What the policy found in one document, for the text report: a heading with the number of
 * problems and the policies they break, then one line per problem, the statement number
 * (as the report numbers statements, from 1) or "document" in front. Nothing when no policy
 * was applied.
 */
export function renderViolations(document: DocumentReport, chalk: ChalkInstance, width: number): string[] {
  const violations = document.violations;
  if (violations === undefined) return [];
  if (violations.length === 0) return [`  ${chalk.green('✔')} passes the policy`];
  const policies = POLICIES.filter((policy) => violations.some((v) => v.policy === policy));
  const count = violations.length;
  const heading = `  ${chalk.red('✖')} ${chalk.bold(`${count} problem${count === 1 ? '' : 's'}`)} (${policies.join(', ')}):`;
  const where = violations.map((v) => (v.statement === null ? 'document' : `statement ${v.statement + 1}`));
  const columns = where.reduce((widest, w) => Math.max(widest, w.length), 0);
  const lines = [heading];
  violations.forEach((violation, i) => {
    const lead = `    ${where[i]!.padEnd(columns)}  `;
    const layout = { width, firstPrefix: chalk.dim(lead), restPrefix: ' '.repeat(lead.length), prefixColumns: lead.length };
    lines.push(...hangingBlock(toDisplayText(violation.message), [], layout));
  });
  return lines;
}
