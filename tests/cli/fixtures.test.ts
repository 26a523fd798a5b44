import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lines, ROOT, run } from './run.js';

interface Expectation {
  name: string;
  args: string[];
  stdin?: string;
  status: number;
  stderr: string[];
  stdout: 'empty' | 'report';
}

const { cases } = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'expectations.json'), 'utf8')) as { cases: Expectation[] };

describe('the battery of bad and odd inputs (tests/fixtures/expectations.json)', () => {
  it('names every fixture file at least once', () => {
    const used = cases.flatMap((c) => [...c.args, c.stdin ?? '']).join('\n');
    const files = ['binary.bin', 'empty.txt', 'whitespace.txt', 'invalid-utf8.txt', 'utf16le-bom.txt', 'crlf.txt', 'lone-cr.txt', 'bad.ndjson', 'unknown-key.config.json'];
    for (const file of files) expect(used).toContain(`tests/fixtures/${file}`);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, expected) => {
    const args = expected.args.includes('--config') ? expected.args : [...expected.args, '--no-config'];
    const input = expected.stdin === undefined ? '' : readFileSync(join(ROOT, expected.stdin));
    const result = run(args, { input });
    expect({ status: result.status, stderr: lines(result.stderr) }).toEqual({ status: expected.status, stderr: expected.stderr });
    if (expected.stdout === 'empty') expect(result.stdout).toBe('');
    else expect(result.stdout).not.toBe('');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
