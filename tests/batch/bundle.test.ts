/**
 * The CLI bundle parses with compromise/two and a faster getHooks (scripts/bundle.mjs); the
 * library keeps compromise as installed. These tests hold the two to the same results.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { annotate, buildReport, getFormatter } from '../../src/index.js';
import { run, ROOT, SEED } from '../cli/run.js';
import { batchTexts, toNdjson } from '../support/batch.js';
import { DEV_DIR, hasShared } from '../support/shared.js';

type Match = { match: string; needs?: string[]; wants?: string[]; minWant?: number; ifNo?: string[] };
type GetHooks = (caches: Array<Set<string>>, hooks: Record<string, Match[]>) => Match[][];

const load = async (path: string): Promise<GetHooks> => ((await import(pathToFileURL(join(ROOT, path)).href)) as { default: GetHooks }).default;
type LocalTrim = (lists: Match[][], caches: Array<Set<string>>) => Match[][];
const originalGetHooks = await load('node_modules/compromise/src/1-one/sweep/methods/sweep/01-getHooks.js');
const localTrim = ((await import(pathToFileURL(join(ROOT, 'node_modules/compromise/src/1-one/sweep/methods/sweep/02-trim-down.js')).href)) as { default: LocalTrim }).default;
/** What the sweep makes of getHooks' lists: compromise's getHooks, then its localTrim. */
const original: GetHooks = (caches, hooks) => localTrim(originalGetHooks(caches, hooks), caches);
const patched = await load('scripts/patches/get-hooks.js');

interface World {
  methods: { one: { bulkMatch: BulkMatch; cacheDoc: (document: unknown) => Array<Set<string>> } };
}
type BulkMatch = (document: unknown, net: { hooks: Record<string, Match[]> }, methods: unknown, opts: unknown) => unknown;
const world = nlp.world() as unknown as World;

/** What getHooks is given while compromise parses `text`: each sweep's sentence caches and its net's hooks. */
function sweepsOf(text: string): Array<{ caches: Array<Set<string>>; hooks: Record<string, Match[]> }> {
  const sweeps: Array<{ caches: Array<Set<string>>; hooks: Record<string, Match[]> }> = [];
  const bulkMatch = world.methods.one.bulkMatch;
  world.methods.one.bulkMatch = (document, net, methods, opts) => {
    sweeps.push({ caches: world.methods.one.cacheDoc(document), hooks: net.hooks });
    return bulkMatch(document, net, methods, opts);
  };
  try {
    nlp(text);
  } finally {
    world.methods.one.bulkMatch = bulkMatch;
  }
  return sweeps;
}

function texts(): string[] {
  const seed = readFileSync(join(ROOT, SEED), 'utf8');
  const dev = hasShared ? ['GUM_news_nasa.txt', 'polnear-politico_2016-07-11_republicans-ask-doj-to-investiga.txt'].map((name) => readFileSync(join(DEV_DIR, name), 'utf8')) : [];
  return [seed, ...dev, ...batchTexts(6).map((d) => d.text)];
}

/** Same match objects, the same ones (by identity), in the same order. */
function expectSameLists(actual: Match[][], expected: Match[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((list, i) => {
    expect(list.length).toBe(expected[i]!.length);
    expect(list.every((m, k) => m === expected[i]![k])).toBe(true);
  });
}

describe('scripts/patches/get-hooks.js', () => {
  it('returns what compromise 14.17.0 keeps of its lists (getHooks, then localTrim) for the sentences of real articles', () => {
    let sentences = 0;
    for (const text of texts()) {
      for (const { caches, hooks } of sweepsOf(text)) {
        expectSameLists(patched(caches, hooks), original(caches, hooks));
        sentences += caches.length;
      }
    }
    expect(sentences).toBeGreaterThan(50);
  });

  it('returns the same for caches larger than the hook list and for made-up hooks', () => {
    const { hooks } = sweepsOf('The minister said it may rain.')[0]!;
    const every = new Set([...Object.keys(hooks), 'not-a-hook']);
    expectSameLists(patched([every, new Set()], hooks), original([every, new Set()], hooks));
    const a = { match: 'a', needs: [], wants: [] };
    const b = { match: 'b', needs: ['word'], wants: [] };
    const again = { match: 'a', needs: [], wants: [] };
    // wanting two of its words, and barred by a word
    const c = { match: 'c', needs: [], wants: ['x', 'word'], minWant: 2 };
    const d = { match: 'd', needs: ['#Noun'], wants: [], ifNo: ['1'] };
    const made = { '2': [b], word: [a, b, c], '#Noun': [again, d], '1': [a], x: [c] };
    const caches = [new Set(['word', '#Noun', '1', '2']), new Set(['#Noun']), new Set(['x']), new Set(['x', 'word', '#Noun'])];
    expectSameLists(patched(caches, made), original(caches, made));
  });
});

describe('the bundled CLI', () => {
  it('labels a batch exactly as the library does', () => {
    const documents = [{ id: 'seed', text: readFileSync(join(ROOT, SEED), 'utf8') }, ...batchTexts(10)];
    const cli = run(['--input-format', 'ndjson', '--format', 'ndjson'], { input: toNdjson(documents), env: { FACTCHECK_WORKERS: '0' } });
    expect(cli.status).toBe(0);
    const library = getFormatter('ndjson')!.format(buildReport(documents.map((d) => annotate(d.text, { path: d.id }))), { color: false, width: 80, explain: false });
    expect(cli.stdout).toBe(library);
  });
});
