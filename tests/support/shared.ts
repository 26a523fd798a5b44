import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * ../shared sits beside the clone in CI; in a user's clone it may not. Tests that need it ask
 * here and skip, under a name that says why, when it is missing.
 */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const DEV_DIR = `${SHARED_DIR}data/dev/`;
export const hasShared = existsSync(DEV_DIR);
export const SKIP_NOTE = `../shared not found beside the clone (${SHARED_DIR}): dev-data tests skipped`;

export interface GoldSegment {
  start: number;
  end: number;
  label: string;
  text: string;
}

export interface GoldFile {
  id: string;
  text: string;
  segments: GoldSegment[];
}

export function loadDevGold(): GoldFile[] {
  return readdirSync(DEV_DIR)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(DEV_DIR + name, 'utf8')) as { id: string; text_file: string; segments: GoldSegment[] };
      return { id: gold.id, text: readFileSync(DEV_DIR + gold.text_file, 'utf8'), segments: gold.segments };
    });
}
