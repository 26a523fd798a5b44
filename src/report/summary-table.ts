import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { LABELS, type Summary } from '../types.js';
import { paintLabel } from './label-style.js';

/** "12.5%": one decimal, and 0.0% rather than NaN when there is nothing to count. */
export function percent(count: number, total: number): string {
  return `${total > 0 ? ((count / total) * 100).toFixed(1) : '0.0'}%`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Summary: 2 documents, 9 statements" followed by the label table, without a final newline. */
export function renderSummaryTable(summary: Summary, chalk: ChalkInstance): string {
  const table = new Table({
    head: ['label', 'count', 'percent'].map((heading) => chalk.bold(heading)),
    colAligns: ['left', 'right', 'right'],
    // cli-table3 paints heads and borders through its own colour library, which decides on
    // colour by itself; empty styles leave every escape code to our chalk instance.
    style: { head: [], border: [], compact: true },
  });
  const total = summary.statements;
  for (const label of LABELS) {
    const count = summary.counts[label];
    table.push([paintLabel(chalk, label, label), count, percent(count, total)]);
  }
  table.push([chalk.bold('total'), chalk.bold(String(total)), chalk.bold(percent(total, total))]);
  const heading = `${chalk.bold('Summary:')} ${plural(summary.documents, 'document')}, ${plural(total, 'statement')}`;
  return `${heading}\n${table.toString()}`;
}
