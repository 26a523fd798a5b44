import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baselineToWrite, formatBaseline, indexBaseline, readBaseline, staleEntries, toEntries, type FoundViolation } from '../../src/check/baseline.js';
import { normalizeStatementText, violationFingerprint } from '../../src/check/fingerprint.js';
import { checkWithSettings } from '../../src/check/outcome.js';
import { parseSeverities } from '../../src/check/severity.js';
import { annotate } from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'factcheck-baseline-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('violationFingerprint', () => {
  const base = violationFingerprint('fail-on', 'The mayor denied the "report".');

  it.each<[string, string]>([
    ['case', 'THE MAYOR denied the "REPORT".'],
    ['spacing and line breaks', '  The mayor\n   denied the   "report". '],
    ['curly quotes against straight ones', 'The mayor denied the \u201creport\u201d.'],
  ])('ignores %s', (_name, text) => {
    expect(violationFingerprint('fail-on', text)).toBe(base);
  });

  it('treats every kind of quote mark and dash alike', () => {
    expect(normalizeStatementText('“No,” she said — ‘never’.')).toBe(normalizeStatementText('"No," she said - \'never\'.'));
  });

  it.each<[string, Parameters<typeof violationFingerprint>]>([
    ['other words', ['fail-on', 'The mayor confirmed the "report".']],
    ['another policy', ['require-source', 'The mayor denied the "report".']],
    ['the whole document', ['fail-on', null]],
  ])('changes with %s', (_name, args) => {
    expect(violationFingerprint(...args)).not.toBe(base);
  });

  it('is 32 hex digits', () => {
    expect(base).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('checkWithSettings and a baseline', () => {
  const text = 'Council budget\n\nThe budget may be cut, a source said.\n\nThe mayor denied the report.\n';
  const edited = 'Council budget\n\nA new paragraph above moves every offset.\n\nThe   budget may be cut, a source said.\n\nThe mayor denied the report.\n';
  const policy = { failOn: ['unverified' as const, 'denial' as const] };

  it('gives each violation its severity and fingerprint, and counts errors and warnings', () => {
    const document = annotate(text, { path: 'a.txt' });
    const outcome = checkWithSettings(document, { policy, severities: { 'fail-on': 'warning' } });
    expect(outcome).toMatchObject({ errors: 0, warnings: 2 });
    expect(document.violations!.map((v) => v.severity)).toEqual(['warning', 'warning']);
    expect(document.violations!.map((v) => v.fingerprint)).toEqual(outcome.found.map((f) => f.fingerprint));
    expect(outcome.found.map((f) => f.statement)).toEqual(['The budget may be cut, a source said.', 'The mayor denied the report.']);
  });

  it('takes out the violations a baseline accepts, even after edits elsewhere in the article', () => {
    const first = checkWithSettings(annotate(text, { path: 'a.txt' }), { policy });
    const baseline = indexBaseline(toEntries(first.found));
    const document = annotate(edited, { path: 'a.txt' });
    const outcome = checkWithSettings(document, { policy, baseline });
    expect(outcome).toMatchObject({ errors: 0, warnings: 0 });
    expect(document.violations).toEqual([]);
    expect(outcome.found).toHaveLength(2);
    // The same statement in another file is not accepted.
    const other = checkWithSettings(annotate(text, { path: 'b.txt' }), { policy, baseline });
    expect(other.errors).toBe(2);
  });

  it('accepts a violation as many times as the baseline counts it', () => {
    const twice = 'Budget\n\nThe mayor denied the report.\n\nThe mayor denied the report.\n';
    const once: FoundViolation[] = [{ path: 'a.txt', policy: 'fail-on', fingerprint: violationFingerprint('fail-on', 'The mayor denied the report.'), statement: 'The mayor denied the report.' }];
    const document = annotate(twice, { path: 'a.txt' });
    expect(checkWithSettings(document, { policy: { failOn: ['denial'] }, baseline: indexBaseline(toEntries(once)) }).errors).toBe(1);
    expect(document.violations!.map((v) => v.statement)).toEqual([2]);
  });
});

describe('baseline files', () => {
  const found: FoundViolation[] = [
    { path: 'b.txt', policy: 'fail-on', fingerprint: 'b'.repeat(32), statement: 'B.' },
    { path: 'a.txt', policy: 'require-source', fingerprint: 'c'.repeat(32), statement: 'C.' },
    { path: 'a.txt', policy: 'max-unverified', fingerprint: 'd'.repeat(32), statement: null },
    { path: 'b.txt', policy: 'fail-on', fingerprint: 'b'.repeat(32), statement: 'B.' },
  ];

  it('are sorted, merged and byte-identical whatever the order violations were found in', () => {
    const written = formatBaseline(toEntries(found));
    expect(formatBaseline(toEntries([...found].reverse()))).toBe(written);
    const parsed = JSON.parse(written) as { version: number; tool: string; violations: Array<{ path: string; policy: string; count: number }> };
    expect(parsed.version).toBe(1);
    expect(parsed.violations.map((v) => [v.path, v.policy, v.count])).toEqual([
      ['a.txt', 'max-unverified', 1],
      ['a.txt', 'require-source', 1],
      ['b.txt', 'fail-on', 2],
    ]);
    const file = join(dir, 'round-trip.json');
    writeFileSync(file, written);
    expect(readBaseline(file)).toEqual(toEntries(found));
  });

  it('rewriting keeps the entries of files this run did not check', () => {
    const previous = toEntries(found);
    const now = baselineToWrite([{ path: 'a.txt', policy: 'fail-on', fingerprint: 'e'.repeat(32), statement: 'E.' }], new Set(['a.txt']), previous);
    expect(now.map((e) => [e.path, e.fingerprint[0], e.count])).toEqual([
      ['a.txt', 'e', 1],
      ['b.txt', 'b', 2],
    ]);
  });

  it('names the entries of checked files that no longer occur, not those of files not checked', () => {
    const baseline = toEntries(found);
    const stillThere = [found[0]!, found[1]!];
    expect(staleEntries(baseline, stillThere, new Set(['a.txt', 'b.txt'])).map((e) => [e.path, e.policy, e.count])).toEqual([
      ['a.txt', 'max-unverified', 1],
      ['b.txt', 'fail-on', 1],
    ]);
    expect(staleEntries(baseline, [], new Set(['c.txt']))).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['not JSON', '{"version": 1,', 'not valid JSON (a baseline is written by --write-baseline)'],
    ['not an object', '[1]', 'not a factcheck baseline (expected an object with "version" and "violations")'],
    ['a later version', '{"version": 2, "violations": []}', 'baseline version 2 is not supported (expected 1)'],
    ['an entry without a path', '{"version": 1, "violations": [{"policy": "fail-on", "fingerprint": "' + 'a'.repeat(32) + '"}]}', 'violations[0]: "path" must be a file path'],
    ['an unknown policy', '{"version": 1, "violations": [{"path": "a.txt", "policy": "fail", "fingerprint": "' + 'a'.repeat(32) + '"}]}', 'violations[0]: "policy" must be one of max-unverified, max-denial, fail-on, require-source, min-confidence'],
    ['a short fingerprint', '{"version": 1, "violations": [{"path": "a.txt", "policy": "fail-on", "fingerprint": "abc"}]}', 'violations[0]: "fingerprint" must be 32 hex digits'],
    ['a count of 0', '{"version": 1, "violations": [{"path": "a.txt", "policy": "fail-on", "fingerprint": "' + 'a'.repeat(32) + '", "count": 0}]}', 'violations[0]: "count" must be a whole number from 1'],
  ])('a bad one is one message naming the file: %s', (_name, content, problem) => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, content);
    expect(() => readBaseline(file)).toThrow(`${file}: ${problem}`);
  });

  it('a missing one says how to make one', () => {
    expect(() => readBaseline(join(dir, 'none.json'))).toThrow('none.json: no such file (write one with --write-baseline)');
  });
});

describe('parseSeverities', () => {
  it.each<[string, string, ReturnType<typeof parseSeverities>]>([
    ['one policy', 'require-source=warn', { severities: { 'require-source': 'warning' } }],
    ['several, any case, "warning" too', 'fail-on=ERROR, min-confidence=warning', { severities: { 'fail-on': 'error', 'min-confidence': 'warning' } }],
    ['an unknown severity', 'fail-on=fatal', { severities: {}, problem: '"fatal" is not a severity (severities: error, warn)' }],
    ['a near miss', 'fail-on=eror', { severities: {}, problem: '"eror" is not a severity (did you mean error? severities: error, warn)' }],
    ['an unknown policy', 'fail-onn=warn', { severities: {}, problem: '"fail-onn" is not a policy (did you mean fail-on? policies: max-unverified, max-denial, fail-on, require-source, min-confidence)' }],
    ['no level', 'fail-on', { severities: {}, problem: 'expected policy=level, not "fail-on"' }],
  ])('%s', (_name, text, expected) => {
    expect(parseSeverities(text)).toEqual(expected);
  });
});
