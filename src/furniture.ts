import type { Segment } from './segment/index.js';

/**
 * A newsroom's own page-furniture lines (`lexicon.furniture` in the config): statements that
 * are one of them become furniture, hence background, whatever the segmenter made of them.
 * Compared as the built-in furniture list is: case-insensitive, spaces collapsed, surrounding
 * quotes, brackets and punctuation ignored.
 */
export function comparableLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’()[\]<>|•*·–—-]+|[\s"'“”‘’()[\]<>|•*·.!?:;,…–—-]+$/g, '');
}

export function markFurniture(segments: Segment[], lines: readonly string[]): void {
  if (lines.length === 0) return;
  const wanted = new Set(lines.map(comparableLine).filter((line) => line !== ''));
  for (const segment of segments) if (wanted.has(comparableLine(segment.text))) segment.role = 'furniture';
}
