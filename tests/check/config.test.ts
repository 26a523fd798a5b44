import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, displayPath, findConfig, loadConfig, validateConfig } from '../../src/check/config.js';
import { annotate, compileLexicon } from '../../src/index.js';

let root = '';

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'factcheck-config-'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const base = mkdtempSync(join(root, 't-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(base, name, '..'), { recursive: true });
    writeFileSync(join(base, name), content);
  }
  return base;
}

function problem(value: unknown, prefix = ''): string {
  try {
    validateConfig(value, 'factcheck.config.json', prefix);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('findConfig', () => {
  it('walks up from the working directory; the nearest wins', () => {
    const base = tree({ 'factcheck.config.json': '{}', 'a/package.json': '{"factcheck":{}}', 'a/b/c/.keep': '' });
    expect(findConfig(join(base, 'a', 'b', 'c'))).toBe(join(base, 'a', 'package.json'));
    expect(findConfig(base)).toBe(join(base, 'factcheck.config.json'));
  });

  it('skips a package.json without a "factcheck" key, or one that is not JSON', () => {
    const base = tree({ 'factcheck.config.json': '{}', 'a/package.json': '{"name":"a"}', 'a/b/package.json': '{', 'a/b/c/.keep': '' });
    expect(findConfig(join(base, 'a', 'b', 'c'))).toBe(join(base, 'factcheck.config.json'));
  });

  it('in one directory factcheck.config.json beats package.json', () => {
    const base = tree({ 'factcheck.config.json': '{}', 'package.json': '{"factcheck":{}}' });
    expect(findConfig(base)).toBe(join(base, 'factcheck.config.json'));
  });

  it('shows a found config relative to the working directory', () => {
    expect(displayPath('/x/y/factcheck.config.json', '/x/y')).toBe('factcheck.config.json');
    expect(displayPath('/x/factcheck.config.json', '/x/y/z')).toBe('../../factcheck.config.json');
  });
});

describe('loadConfig', () => {
  it('reads every key', () => {
    const base = tree({
      'factcheck.config.json': JSON.stringify({
        maxUnverified: '20%',
        maxDenial: 2,
        failOn: ['denial'],
        requireSource: true,
        minConfidence: 0.6,
        severity: { 'require-source': 'warn', 'fail-on': 'error' },
        maxWarnings: 3,
        format: 'json',
        lexicon: { hedge: ['it is rumoured', { phrase: 'whispered', tags: ['Verb'], except: ['whispered loudly'] }], furniture: ['Support us today'] },
      }),
    });
    expect(loadConfig(join(base, 'factcheck.config.json'), 'factcheck.config.json')).toEqual({
      path: 'factcheck.config.json',
      policy: { maxUnverified: { kind: 'percent', value: 20 }, maxDenial: { kind: 'count', value: 2 }, failOn: ['denial'], requireSource: true, minConfidence: 0.6 },
      severities: { 'require-source': 'warning', 'fail-on': 'error' },
      maxWarnings: 3,
      format: 'json',
      lexicon: { hedge: [{ phrase: 'it is rumoured' }, { phrase: 'whispered', tags: ['Verb'], except: ['whispered loudly'] }] },
      furniture: ['Support us today'],
    });
  });

  it('takes the "factcheck" key of a package.json and names its keys under it', () => {
    const base = tree({ 'package.json': '{"name":"x","factcheck":{"failOn":"denial,unverified"}}', 'bad/package.json': '{"factcheck":{"failOn":3}}' });
    expect(loadConfig(join(base, 'package.json'), 'package.json').policy).toEqual({ failOn: ['denial', 'unverified'] });
    expect(() => loadConfig(join(base, 'bad', 'package.json'), 'bad/package.json')).toThrow(
      'bad/package.json: factcheck.failOn: expected a list of labels (["denial", "unverified"]) or "denial,unverified"',
    );
  });

  it.each([
    ['missing.json', 'missing.json: no such file'],
    ['.', '.: is a directory'],
  ])('an unreadable file: %s', (path, message) => {
    expect(() => loadConfig(join(root, path), path)).toThrow(message);
  });

  it('a file that is not JSON, and a package.json without the key', () => {
    const base = tree({ 'factcheck.config.json': '{"maxDenial": 1,}', 'package.json': '{"name":"x"}' });
    expect(() => loadConfig(join(base, 'factcheck.config.json'), 'factcheck.config.json')).toThrow('factcheck.config.json: not valid JSON');
    expect(() => loadConfig(join(base, 'package.json'), 'package.json')).toThrow('package.json: no "factcheck" key');
  });

  it('extra lexicon entries change the labels', () => {
    const base = tree({ 'factcheck.config.json': '{"lexicon":{"hedge":["on the card"]}}' });
    const config = loadConfig(join(base, 'factcheck.config.json'), 'factcheck.config.json');
    const text = 'Budget talks stall\n\nA merger is on the cards, the chairman said.\n';
    expect(annotate(text).statements[1]).toMatchObject({ label: 'assertion', rule: 'assertion:attributed' });
    expect(annotate(text, { lexicon: compileLexicon(config.lexicon) }).statements[1]).toMatchObject({ label: 'unverified', rule: 'unverified:hedge' });
  });
});

describe('validation: one message naming the key', () => {
  it.each<[string, unknown, string]>([
    ['not an object', [1], 'factcheck.config.json: expected a JSON object of settings'],
    ['unknown key, near miss', { maxUnverifed: 3 }, 'factcheck.config.json: maxUnverifed: unknown key (did you mean maxUnverified?)'],
    ['unknown key', { colour: true }, 'factcheck.config.json: colour: unknown key (known: maxUnverified, maxDenial, failOn, requireSource, minConfidence, severity, maxWarnings, format, maxBytes, lexicon)'],
    ['negative limit', { maxUnverified: -1 }, 'factcheck.config.json: maxUnverified: expected a whole number of statements (5) or a percentage ("25%")'],
    ['fractional count', { maxDenial: 1.5 }, 'factcheck.config.json: maxDenial: expected a whole number of statements (5) or a percentage ("25%")'],
    ['percent over 100', { maxDenial: '150%' }, 'factcheck.config.json: maxDenial: expected a whole number of statements (5) or a percentage ("25%")'],
    ['unknown label', { failOn: ['denial', 'opinion'] }, 'factcheck.config.json: failOn[1]: "opinion" is not a label (labels: assertion, denial, unverified, background)'],
    ['unknown label in a string', { failOn: 'denial,opinion' }, 'factcheck.config.json: failOn: expected a list of labels (["denial", "unverified"]) or "denial,unverified"'],
    ['near miss of a label', { failOn: ['denials'] }, 'factcheck.config.json: failOn[0]: "denials" is not a label (labels: assertion, denial, unverified, background); did you mean denial?'],
    ['label not a string', { failOn: [true] }, 'factcheck.config.json: failOn[0]: true is not a label (labels: assertion, denial, unverified, background)'],
    ['negative byte size', { maxBytes: -1 }, 'factcheck.config.json: maxBytes: expected a number of bytes (16777216) or a size ("16M", "512k"); 0 for no limit'],
    ['unknown byte unit', { maxBytes: '16 parsecs' }, 'factcheck.config.json: maxBytes: expected a number of bytes (16777216) or a size ("16M", "512k"); 0 for no limit'],
    ['byte size too large to count', { maxBytes: '99999999999999G' }, 'factcheck.config.json: maxBytes: more bytes than can be counted exactly (at most 9007199254740991)'],
    ['$schema not a string', { $schema: 1 }, 'factcheck.config.json: $schema: expected the path or address of this schema (a string)'],
    ['boolean as string', { requireSource: 'yes' }, 'factcheck.config.json: requireSource: expected true or false'],
    ['confidence as string', { minConfidence: '0.5' }, 'factcheck.config.json: minConfidence: expected a number from 0 to 1'],
    ['confidence over 1', { minConfidence: 1.5 }, 'factcheck.config.json: minConfidence: expected a number from 0 to 1'],
    ['unknown format', { format: 'xml' }, 'factcheck.config.json: format: "xml" is not a format (formats: text, json, ndjson, markdown, html, csv, github, sarif); did you mean html?'],
    ['lexicon not an object', { lexicon: ['may'] }, 'factcheck.config.json: lexicon: expected an object of phrase lists by kind (kinds: hedge, distancing, missing-evidence, vague-source, no-answer, denial, reporting, negation, background, furniture)'],
    ['unknown cue kind', { lexicon: { hedges: ['x'] } }, 'factcheck.config.json: lexicon.hedges: unknown kind (did you mean hedge?)'],
    ['list not an array', { lexicon: { hedge: 'may' } }, 'factcheck.config.json: lexicon.hedge: expected a list of phrases'],
    ['entry of a wrong type', { lexicon: { hedge: ['ok', 3] } }, 'factcheck.config.json: lexicon.hedge[1]: expected a phrase (a string) or an entry object with "phrase"'],
    ['empty phrase', { lexicon: { denial: ['  '] } }, 'factcheck.config.json: lexicon.denial[0]: empty phrase'],
    ['wildcard first', { lexicon: { hedge: ['* rumoured'] } }, 'factcheck.config.json: lexicon.hedge[0]: a phrase must start with a word, not *'],
    ['unknown entry key', { lexicon: { hedge: [{ phrase: 'x', needs: 'source' }] } }, 'factcheck.config.json: lexicon.hedge[0].needs: unknown key (known: phrase, tags, except, stance)'],
    ['entry without a phrase', { lexicon: { hedge: [{ tags: ['Modal'] }] } }, 'factcheck.config.json: lexicon.hedge[0]: expected a phrase (a string) or an entry object with "phrase"'],
    ['entry phrase not a string', { lexicon: { hedge: [{ phrase: 3 }] } }, 'factcheck.config.json: lexicon.hedge[0].phrase: expected a phrase (a string)'],
    ['entry phrase wildcard first', { lexicon: { hedge: [{ phrase: '* said' }] } }, 'factcheck.config.json: lexicon.hedge[0].phrase: a phrase must start with a word, not *'],
    ['tags not a list', { lexicon: { hedge: [{ phrase: 'may', tags: 'Modal' }] } }, 'factcheck.config.json: lexicon.hedge[0].tags: expected a list of words'],
    ['bad stance', { lexicon: { reporting: [{ phrase: 'opine', stance: 'angry' }] } }, 'factcheck.config.json: lexicon.reporting[0].stance: "angry" is not a stance (stances: neutral, distancing, accusing, denying, conceding, hedged)'],
    ['furniture object', { lexicon: { furniture: [{ phrase: 'x' }] } }, 'factcheck.config.json: lexicon.furniture[0]: expected a line of text (a string)'],
    ['severity not an object', { severity: 'warn' }, 'factcheck.config.json: severity: expected an object of policy: "error" or "warn" ({"require-source": "warn"})'],
    ['severity of an unknown policy', { severity: { 'require-sorce': 'warn' } }, 'factcheck.config.json: severity.require-sorce: unknown policy (did you mean require-source?)'],
    ['unknown severity', { severity: { 'fail-on': 'fatal' } }, 'factcheck.config.json: severity.fail-on: "fatal" is not a severity (severities: error, warn)'],
    ['severity near miss', { severity: { 'fail-on': 'wrn' } }, 'factcheck.config.json: severity.fail-on: "wrn" is not a severity (severities: error, warn); did you mean warn?'],
    ['severity not a string', { severity: { 'fail-on': 1 } }, 'factcheck.config.json: severity.fail-on: 1 is not a severity (severities: error, warn)'],
    ['negative maxWarnings', { maxWarnings: -1 }, 'factcheck.config.json: maxWarnings: expected a whole number of warnings from 0'],
    ['maxWarnings as string', { maxWarnings: '3' }, 'factcheck.config.json: maxWarnings: expected a whole number of warnings from 0'],
  ])('%s', (_name, value, message) => {
    expect(problem(value)).toBe(message);
  });

  it('a package.json key that is not an object is named as the key', () => {
    expect(problem(true, 'factcheck.')).toBe('factcheck.config.json: factcheck: expected a JSON object of settings');
  });
});
