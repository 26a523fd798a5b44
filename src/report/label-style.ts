import type { ChalkInstance } from 'chalk';
import type { Label } from '../types.js';

/** Tags that read without colour, for pipes, logs and colour-blind readers. */
export const LABEL_MARKERS: Readonly<Record<Label, string>> = {
  assertion: '[ASSERT]',
  denial: '[DENIAL]',
  unverified: '[UNVERIF]',
  background: '[BACKGR]',
};

/** Columns every marker is padded to, so statement text starts in one column. */
export const MARKER_COLUMNS = Math.max(...Object.values(LABEL_MARKERS).map((marker) => marker.length));

/** One colour per label, the same in the statement list and the summary table. */
export function paintLabel(chalk: ChalkInstance, label: Label, text: string): string {
  switch (label) {
    case 'assertion':
      return chalk.green(text);
    case 'denial':
      return chalk.red(text);
    case 'unverified':
      return chalk.yellow(text);
    case 'background':
      return chalk.gray(text);
  }
}
