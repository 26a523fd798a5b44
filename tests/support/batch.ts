import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A batch of `count` documents made from the repository's own texts (the seed articles and the
 * text fixtures that are real prose), each a different cut of paragraphs so that documents
 * differ in length and content; the same bytes on every run. No ../shared needed.
 */
export function batchTexts(count: number): Array<{ id: string; text: string }> {
  const sources = [
    ...readdirSync(join(ROOT, 'seeds')).map((name) => join(ROOT, 'seeds', name)),
    ...['denial.txt', 'crlf.txt', 'unbalanced-quotes.txt'].map((name) => join(ROOT, 'tests', 'fixtures', name)),
  ]
    .filter((path) => path.endsWith('.txt'))
    .sort()
    .map((path) => readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'));
  const paragraphs = sources.flatMap((text) => text.split(/\n\s*\n/).filter((p) => p.trim() !== ''));
  return Array.from({ length: count }, (_, i) => {
    const start = (i * 7) % paragraphs.length;
    const length = 2 + (i % 5);
    const text = Array.from({ length }, (_, k) => paragraphs[(start + k) % paragraphs.length]!).join('\n\n');
    return { id: `doc-${String(i + 1).padStart(3, '0')}`, text: `${text}\n` };
  });
}

export function toNdjson(documents: ReadonlyArray<{ id: string; text: string }>): string {
  return documents.map((d) => `${JSON.stringify(d)}\n`).join('');
}
