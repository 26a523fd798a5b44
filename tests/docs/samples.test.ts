import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSamples, pool, produce, replaceBlock, sampleFiles, sampleWorkspace, sessionCommands, type Sample, type Workspace } from '../../scripts/docs-samples.mjs';
import { ROOT } from '../cli/run.js';

/*
 * Every sample output in README.md and docs/*.md is what the built CLI prints for the command
 * its marker names (scripts/docs-samples.mjs; `npm run docs:samples` rewrites them). Samples
 * made from ../shared (the evaluations and the bench, minutes each) are marked `shared` and not
 * run here.
 */

interface Marked {
  file: string;
  sample: Sample;
}

const marked: Marked[] = sampleFiles().flatMap((path) => findSamples(readFileSync(path, 'utf8')).map((sample) => ({ file: relative(ROOT, path), sample })));
const runnable = marked.filter((m) => m.sample.kind !== 'shared');

/** The commands a `shared` sample may name: those that read ../shared and take minutes. */
const SHARED_COMMANDS = ['npm run eval', 'npm run eval:attribution', 'npm run eval:dev', 'npm run eval:boundaries', 'npm run eval:checkworthiness', 'npm run bench'];

let workspace: Workspace;
let outputs: Map<Marked, { ok: true; value: string } | { ok: false; error: Error }>;

beforeAll(async () => {
  workspace = sampleWorkspace();
  // All at once, as many at a time as there are cores: each is a cold start of the CLI.
  const results = await pool(runnable.map((m) => () => produce(m.sample, workspace)));
  outputs = new Map(runnable.map((m, i) => [m, results[i]!]));
}, 600_000);

afterAll(() => workspace?.remove());

describe('docs samples', () => {
  it('the README and the docs have marked samples, and only the evaluations are left out', () => {
    expect(runnable.filter((m) => m.file === 'README.md').length).toBeGreaterThanOrEqual(20);
    expect(runnable.some((m) => m.file === 'docs/json-schema.md')).toBe(true);
    for (const m of marked.filter((m) => m.sample.kind === 'shared')) expect(SHARED_COMMANDS).toContain(m.sample.command);
  });

  it('no terminal session in the docs is left unmarked', () => {
    for (const path of sampleFiles()) {
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*```/.test(line) && /^\s*\$ /.test(lines[i + 1] ?? '')) expect(lines[i - 1], `${relative(ROOT, path)}:${i + 1}`).toMatch(/<!-- sample: session -->/);
      });
    }
  });

  it.each(runnable.map((m) => [`${m.file}:${m.sample.line}: ${m.sample.command ?? 'session'}`, m] as const))('%s', (_name, m) => {
    const result = outputs.get(m)!;
    if (!result.ok) throw result.error;
    // Byte for byte; on a difference, `npm run docs:samples` rewrites the block.
    expect(m.sample.body).toBe(result.value);
  });
});

describe('the sample machinery', () => {
  const text = ['Intro', '<!-- sample: factcheck x.txt -->', '```', 'old output', '```', '', '  <!-- sample: session -->', '  ```', '  $ echo a \\', '    b', '  $ echo $?', '  0', '  ```', ''].join('\n');

  it('finds marked blocks, indented ones too, and the commands of a session', () => {
    const [plain, session] = findSamples(text);
    expect(plain).toMatchObject({ line: 2, kind: 'command', command: 'factcheck x.txt', body: 'old output\n' });
    expect(session).toMatchObject({ line: 7, kind: 'session', indent: '  ', body: '$ echo a \\\n  b\n$ echo $?\n0\n' });
    expect(sessionCommands(session!.body)).toEqual(['echo a \\\n  b', 'echo $?']);
  });

  it('rewrites a block in place and leaves the rest', () => {
    const [, session] = findSamples(text);
    const rewritten = replaceBlock(text, session!, '$ echo a \\\n  b\na b\n$ echo $?\n0\n');
    expect(rewritten).toBe(text.replace('  $ echo $?', '  a b\n  $ echo $?'));
    expect(() => replaceBlock(text, session!, '```\n')).toThrow(/fence/);
  });

  it('refuses a marker without a block, and a block that is not closed', () => {
    expect(() => findSamples('<!-- sample: factcheck a -->\ntext\n')).toThrow('line 1: a sample marker must be followed by a fenced block');
    expect(() => findSamples('<!-- sample: factcheck a -->\n```\noutput\n')).toThrow('line 1: the block after the marker is not closed');
    expect(() => sessionCommands('output first\n$ echo\n')).toThrow('a session block must start with "$ "');
  });

  it('runs a session in order, stdout then stderr, with each status for the next', async () => {
    const [session] = findSamples('<!-- sample: session -->\n```\n$ factcheck missing.txt; echo done\n$ echo $?\n```\n');
    expect(await produce(session!, workspace)).toBe('$ factcheck missing.txt; echo done\ndone\nfactcheck: missing.txt: no such file\n$ echo $?\n0\n');
  });

  it('fails a sample whose command fails, and sees a stale block', async () => {
    const [bad] = findSamples('<!-- sample: factcheck missing.txt -->\n```\n```\n');
    await expect(produce(bad!, workspace)).rejects.toThrow('`factcheck missing.txt` exited 2: factcheck: missing.txt: no such file');
    const [stale] = findSamples('<!-- sample: factcheck --version -->\n```\n0.0.0\n```\n');
    expect(await produce(stale!, workspace)).not.toBe(stale!.body);
  });
});
