import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PolNeAR attribution gold (../shared/data/attribution): brat standoff files in which an
 * attribution ties a Source (who), a Cue (the verb or phrase) and a Content (what is said).
 * Spans may be discontinuous ("160 219;259 559").
 */

export interface Range {
  start: number;
  end: number;
}

export interface GoldAttribution {
  source: Range[];
  cue: Range[];
  content: Range[];
}

export interface AttributionDocument {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Parses one `.ann.txt` file: the `T` spans and the `E` lines that tie them together. */
export function parseAnnotations(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; ranges: Range[] }>();
  const events: string[][] = [];
  for (const line of ann.split(/\r?\n/)) {
    const [id, body] = line.split('\t');
    if (id === undefined || body === undefined) continue;
    if (id.startsWith('T')) {
      const [type, ...offsets] = body.split(' ');
      const ranges = offsets
        .join(' ')
        .split(';')
        .map((pair) => pair.trim().split(/\s+/).map(Number))
        .filter((pair) => pair.length === 2 && pair.every(Number.isFinite))
        .map(([start, end]) => ({ start: start!, end: end! }));
      spans.set(id, { type: type ?? '', ranges });
    } else if (id.startsWith('E')) {
      events.push(body.split(' '));
    }
  }
  return events.map((roles) => {
    const found = { source: [] as Range[], cue: [] as Range[], content: [] as Range[] };
    for (const role of roles) {
      const [name, ref] = role.split(':');
      const ranges = spans.get(ref ?? '')?.ranges ?? [];
      if (name === 'Source') found.source.push(...ranges);
      else if (name === 'Cue') found.cue.push(...ranges);
      else if (name === 'Content') found.content.push(...ranges);
    }
    return found;
  });
}

export async function loadAttributionGold(dir: string): Promise<AttributionDocument[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.ann.txt')).sort();
  return Promise.all(
    names.map(async (name) => {
      const id = name.slice(0, -'.ann.txt'.length);
      const [text, ann] = await Promise.all([readFile(join(dir, `${id}.txt`), 'utf8'), readFile(join(dir, name), 'utf8')]);
      return { id, text, attributions: parseAnnotations(ann) };
    }),
  );
}

export function overlap(a: readonly Range[], b: readonly Range[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}
