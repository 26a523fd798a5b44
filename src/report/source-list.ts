import type { ChalkInstance } from 'chalk';
import type { DocumentReport } from '../types.js';
import { hangingBlock, toDisplayText } from './wrap.js';

/** One distinct source of a report and how many statements it is the source of. */
export interface SourceTally {
  text: string;
  named: boolean;
  statements: number;
}

/**
 * The distinct sources over all documents, most statements first, ties in order of first
 * appearance. Sources are the same when their text (whitespace collapsed) and namedness are.
 */
export function tallySources(documents: readonly DocumentReport[]): SourceTally[] {
  const tallies = new Map<string, SourceTally>();
  for (const document of documents) {
    for (const { source } of document.statements) {
      if (source === null) continue;
      const text = source.text.trim().replace(/\s+/g, ' ');
      const key = `${source.named ? 'named' : 'unnamed'}\u0000${text}`;
      const tally = tallies.get(key) ?? { text, named: source.named, statements: 0 };
      tally.statements += 1;
      tallies.set(key, tally);
    }
  }
  // Array.prototype.sort is stable, so equal counts keep first-appearance order.
  return [...tallies.values()].sort((a, b) => b.statements - a.statements);
}

/** "Sources" and one wrapped line per source, without a final newline. */
export function renderSourceList(tallies: readonly SourceTally[], chalk: ChalkInstance, width: number): string {
  if (tallies.length === 0) return `${chalk.bold('Sources:')} none`;
  const lines = [chalk.bold('Sources:')];
  for (const tally of tallies) {
    const name = toDisplayText(tally.text);
    const detail = ` — ${tally.named ? 'named' : 'unnamed'}, ${tally.statements} statement${tally.statements === 1 ? '' : 's'}`;
    const text = name + detail;
    const highlights = [{ start: name.length, end: text.length, paint: (piece: string) => chalk.dim(piece) }];
    lines.push(...hangingBlock(text, highlights, { width, firstPrefix: '  ', restPrefix: '    ', prefixColumns: 4 }));
  }
  return lines.join('\n');
}
