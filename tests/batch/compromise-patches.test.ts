/**
 * The CLI bundle carries its own compromise, with the patches under scripts/patches in place of
 * some of its files (scripts/compromise-patches.mjs). They are meant to change how fast it tags,
 * never what: these tests bundle compromise/two with the same plugin and hold every term's tags
 * to what the installed compromise gives, on real articles and on sentences written to reach
 * the matcher's odd corners.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlp from 'compromise';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATCHES, patchCompromise } from '../../scripts/compromise-patches.mjs';
import { ROOT, SEED } from '../cli/run.js';
import { batchTexts } from '../support/batch.js';
import { DEV_DIR, hasShared } from '../support/shared.js';

type Nlp = (text: string) => { compute: (method: string) => unknown; document: Term[][] };
interface Term {
  text: string;
  normal: string;
  root?: string;
  tags: Set<string>;
}

const WRITTEN = [
  'The minister said on Tuesday that the $4.5 billion plan would not cut 12% of jobs by March 2027.',
  'Dr. Jane Smith-Jones, 54, of New York, told reporters: "We have never seen anything like it."',
  "He didn't say whether they'd won't or can't, but she'll probably try again next week.",
  'Seventy-five people were injured, police said, and three of them are in critical condition.',
  'Sen. Elizabeth Warren (D-Mass.) asked whether the U.S. Department of Justice had been informed.',
  'It was the first time since 1998 that the company, formerly known as Acme Corp., reported a loss.',
  'Walking slowly, the old man turned to the crowd and shouted, "Go home!"',
  'Is it true that more than half of all voters believe the election was stolen?',
  'A spokesperson for the White House declined to comment on the reports, calling them baseless.',
  'Prices rose sharply in the second quarter as oil reached $120 a barrel, the highest since 2008.',
];

let patched: Nlp;
let dir: string;
let warnings: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factcheck-patches-'));
  const entry = join(dir, 'entry.mjs');
  const result = await build({
    stdin: { contents: "export { default } from 'compromise/two';", resolveDir: ROOT, sourcefile: entry },
    outfile: join(dir, 'compromise.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    plugins: [patchCompromise],
    logLevel: 'silent',
  });
  warnings = result.warnings.map((w) => w.text);
  patched = ((await import(pathToFileURL(join(dir, 'compromise.mjs')).href)) as { default: Nlp }).default;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Each sentence's terms: text, normal form, root and tags (sorted: the patches may not reorder them either, but the order is not ours to rely on). */
function tagsOf(parse: Nlp, text: string): string[][] {
  const doc = parse(text);
  doc.compute('root');
  return doc.document.map((terms) => terms.map((t) => `${t.text}|${t.normal}|${t.root ?? ''}|${[...t.tags].sort().join(',')}`));
}

function texts(): string[] {
  const seed = readFileSync(join(ROOT, SEED), 'utf8');
  const dev = hasShared ? readdirSync(DEV_DIR).filter((name) => name.endsWith('.txt')).sort().slice(0, 20).map((name) => readFileSync(join(DEV_DIR, name), 'utf8')) : [];
  return [seed, ...WRITTEN, ...dev, ...batchTexts(8).map((d) => d.text)];
}

describe('compromise bundled with scripts/patches', () => {
  it('applies every patch (the installed compromise is the version they were written for)', () => {
    expect(warnings).toEqual([]);
    expect(PATCHES.length).toBeGreaterThanOrEqual(8);
  });

  it('tags every term of real articles exactly as the installed compromise does', () => {
    let terms = 0;
    for (const text of texts()) {
      const expected = tagsOf(nlp as unknown as Nlp, text);
      expect(tagsOf(patched, text)).toEqual(expected);
      terms += expected.flat().length;
    }
    expect(terms).toBeGreaterThan(1000);
  });

  it('finds the same matches as the installed compromise, anchored, optional and negative ones included', () => {
    const doc = 'The minister did not say on Tuesday that the plan would cut jobs, he said.';
    const patterns = ['#Verb', '^the #Noun', 'not? say', '!not say', '(did|would) not? #Verb', '#Noun+ #Verb$', '. on #Date', '[#Verb] that', '#Adverb? #Verb .$'];
    for (const pattern of patterns) {
      const want = (nlp(doc) as unknown as { match: (p: string) => { out: (f: string) => string[] } }).match(pattern).out('array');
      const got = (patched(doc) as unknown as { match: (p: string) => { out: (f: string) => string[] } }).match(pattern).out('array');
      expect(got, pattern).toEqual(want);
    }
  });
});

describe('scripts/patches/memo.js', () => {
  it('computes a key once per owner, and starts again empty when full', async () => {
    const { memoPer } = await import('../../scripts/patches/memo.js');
    const calls: string[] = [];
    const upper = memoPer((_owner: object, key: string) => {
      calls.push(key);
      return key.toUpperCase();
    });
    const [a, b] = [{}, {}];
    expect([upper(a, 'x'), upper(a, 'x'), upper(b, 'x')]).toEqual(['X', 'X', 'X']);
    expect(calls).toEqual(['x', 'x']);
    for (let i = 0; i < 10_000; i++) upper(a, `k${i}`);
    calls.length = 0;
    upper(a, 'x');
    expect(calls).toEqual(['x']);
  });
});
