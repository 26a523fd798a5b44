import type { ChalkInstance } from 'chalk';
import { POLICIES, type DocumentReport } from '../types.js';
import { hangingBlock, toDisplayText } from './wrap.js';

/**
 * What the policy found in one document, for the text report: a heading with the number of
 * problems, errors and warnings, and the policies they break, then one line per problem: the
 * statement number (as the report numbers statements, from 1) or "document", its severity, and
 * the message. Nothing when no policy was applied.
 */
export function renderViolations(document: DocumentReport, chalk: ChalkInstance, width: number): string[] {
  const violations = document.violations;
  if (violations === undefined) return [];
  if (violations.length === 0) return [`  ${chalk.green('✔')} passes the policy`];
  const policies = POLICIES.filter((policy) => violations.some((v) => v.policy === policy));
  const count = violations.length;
  const errors = violations.filter((v) => (v.severity ?? 'error') === 'error').length;
  const warnings = count - errors;
  const mark = errors > 0 ? chalk.red('✖') : chalk.yellow('⚠');
  const tally = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  const problems = plural(count, 'problem');
  const headingText = `${problems} (${tally}): ${policies.join(', ')}`;
  const heading = hangingBlock(headingText, [{ start: 0, end: problems.length, paint: (piece) => chalk.bold(piece) }], { width, firstPrefix: `  ${mark} `, restPrefix: '    ', prefixColumns: 4 });
  const where = violations.map((v) => (v.statement === null ? 'document' : `statement ${v.statement + 1}`));
  const columns = where.reduce((widest, w) => Math.max(widest, w.length), 0);
  const lines = [...heading];
  violations.forEach((violation, i) => {
    const severity = violation.severity ?? 'error';
    const word = severity.padEnd('warning'.length);
    const lead = `    ${where[i]!.padEnd(columns)}  ${word}  `;
    const paint = severity === 'error' ? chalk.red : chalk.yellow;
    const firstPrefix = `${chalk.dim(`    ${where[i]!.padEnd(columns)}  `)}${paint(word)}  `;
    const layout = { width, firstPrefix, restPrefix: ' '.repeat(lead.length), prefixColumns: lead.length };
    lines.push(...hangingBlock(toDisplayText(violation.message), [], layout));
  });
  return lines;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
