import { describe, expect, it } from 'vitest';
import { checkDocument, hasPolicy, onlyViolations, parseConfidence, parseLabels, parseLimit, type PolicyOptions } from '../../src/check/policy.js';
import * as library from '../../src/index.js';
import { emptyCounts, type DocumentReport, type Label, type Role, type Statement } from '../../src/types.js';

/** A document of statements given as [label, confidence, has a source, role]. */
function doc(specs: Array<[Label, number?, boolean?, Role?]>): DocumentReport {
  const counts = emptyCounts();
  const statements = specs.map(([label, confidence = 0.9, sourced = false, role = 'body'], index): Statement => {
    counts[label]++;
    const start = index * 10;
    return {
      index,
      start,
      end: start + 9,
      text: `Sentence ${index}`.padEnd(9, '.'),
      role,
      label,
      confidence,
      rule: `${label}:test`,
      reason: 'test',
      cues: [],
      source: sourced ? { text: 'X', start, end: start + 1, verb: 'say', cue: { text: 'said', start, end: start + 4 }, named: true, stance: 'neutral', kind: 'person' } : null,
    };
  });
  return { path: 'a.txt', chars: specs.length * 10, statements, counts };
}

const check = (document: DocumentReport, policy: PolicyOptions) => checkDocument(document, policy);

describe('parsing', () => {
  it('limits: a whole number or a percentage up to 100', () => {
    expect(parseLimit('5')).toEqual({ kind: 'count', value: 5 });
    expect(parseLimit(' 0 ')).toEqual({ kind: 'count', value: 0 });
    expect(parseLimit('25%')).toEqual({ kind: 'percent', value: 25 });
    expect(parseLimit('12.5%')).toEqual({ kind: 'percent', value: 12.5 });
    for (const bad of ['', '-1', '1.5', 'abc', '101%', '%', '5 %x', '1e2']) expect(parseLimit(bad), bad).toBeUndefined();
  });

  it('confidence: a number from 0 to 1', () => {
    expect(parseConfidence('0.6')).toBe(0.6);
    expect(parseConfidence('.5')).toBe(0.5);
    expect(parseConfidence('1')).toBe(1);
    for (const bad of ['', '1.1', '-0.1', 'x', '0.5.1', 'NaN', 'Infinity']) expect(parseConfidence(bad), bad).toBeUndefined();
  });

  it('labels: comma-separated, case-insensitive, duplicates once; the first unknown word is reported', () => {
    expect(parseLabels('denial, Unverified,denial')).toEqual({ labels: ['denial', 'unverified'] });
    expect(parseLabels('denial,opinion')).toEqual({ labels: ['denial'], unknown: 'opinion' });
  });

  it('hasPolicy: an empty fail-on or a false require-source asks nothing', () => {
    expect(hasPolicy({})).toBe(false);
    expect(hasPolicy({ failOn: [], requireSource: false })).toBe(false);
    expect(hasPolicy({ minConfidence: 0 })).toBe(true);
  });
});

describe('max-unverified and max-denial', () => {
  const document = doc([['assertion'], ['unverified'], ['denial', 0.9, true], ['unverified'], ['background', 0.9, false, 'caption']]);

  it('passes at the limit', () => {
    expect(check(document, { maxUnverified: { kind: 'count', value: 2 }, maxDenial: { kind: 'count', value: 1 } })).toEqual([]);
    expect(check(document, { maxUnverified: { kind: 'percent', value: 40 } })).toEqual([]);
  });

  it('over a count: one document violation and one per counted statement, naming the limit', () => {
    expect(check(document, { maxUnverified: { kind: 'count', value: 1 } })).toEqual([
      { policy: 'max-unverified', statement: null, message: '2 unverified statements, at most 1 allowed (max-unverified 1)' },
      { policy: 'max-unverified', statement: 1, message: 'unverified statement 1 of 2, at most 1 allowed (max-unverified 1)' },
      { policy: 'max-unverified', statement: 3, message: 'unverified statement 2 of 2, at most 1 allowed (max-unverified 1)' },
    ]);
  });

  it('over a percentage of the document\'s statements', () => {
    const found = check(document, { maxUnverified: { kind: 'percent', value: 39.9 } });
    expect(found[0]).toEqual({
      policy: 'max-unverified',
      statement: null,
      message: '2 unverified statements in 5 statements (40.0%), at most 39.9% allowed (max-unverified 39.9%)',
    });
    expect(found[1]!.message).toBe('unverified statement 1 of 2, at most 39.9% allowed (max-unverified 39.9%)');
  });

  it('max-denial 0 flags the one denial', () => {
    expect(check(document, { maxDenial: { kind: 'count', value: 0 } })).toEqual([
      { policy: 'max-denial', statement: null, message: '1 denial, at most 0 allowed (max-denial 0)' },
      { policy: 'max-denial', statement: 2, message: 'denial 1 of 1, at most 0 allowed (max-denial 0)' },
    ]);
  });

  it('a document without statements passes any limit', () => {
    expect(check(doc([]), { maxUnverified: { kind: 'percent', value: 0 }, maxDenial: { kind: 'count', value: 0 } })).toEqual([]);
  });
});

describe('fail-on, require-source, min-confidence', () => {
  it('fail-on flags every statement with one of the labels', () => {
    const found = check(doc([['denial'], ['assertion'], ['unverified']]), { failOn: ['denial', 'unverified'] });
    expect(found.map((v) => [v.statement, v.message])).toEqual([
      [0, 'labelled denial, which fail-on forbids (fail-on denial,unverified)'],
      [2, 'labelled unverified, which fail-on forbids (fail-on denial,unverified)'],
    ]);
  });

  it('require-source flags assertions and unverified statements without a source, nothing else', () => {
    const found = check(doc([['assertion'], ['assertion', 0.9, true], ['unverified'], ['denial'], ['background']]), { requireSource: true });
    expect(found).toEqual([
      { policy: 'require-source', statement: 0, message: 'assertion with no source (require-source)' },
      { policy: 'require-source', statement: 2, message: 'unverified statement with no source (require-source)' },
    ]);
  });

  it('min-confidence flags unsure labels of stating lines, and they count towards max-unverified', () => {
    const document = doc([['assertion', 0.55], ['unverified', 0.5], ['assertion', 0.9], ['background', 0.3, false, 'byline']]);
    expect(check(document, { minConfidence: 0.6 })).toEqual([
      { policy: 'min-confidence', statement: 0, message: 'confidence 0.55 is below the minimum 0.6 (min-confidence 0.6)' },
      { policy: 'min-confidence', statement: 1, message: 'confidence 0.50 is below the minimum 0.6 (min-confidence 0.6)' },
    ]);
    const both = check(document, { minConfidence: 0.6, maxUnverified: { kind: 'count', value: 1 } });
    expect(both.map((v) => [v.policy, v.statement, v.message])).toEqual([
      ['max-unverified', null, '2 unverified statements (1 of them below min-confidence 0.6), at most 1 allowed (max-unverified 1)'],
      ['max-unverified', 0, 'confidence 0.55 below 0.6, counted as unverified statement 1 of 2, at most 1 allowed (max-unverified 1)'],
      ['min-confidence', 0, 'confidence 0.55 is below the minimum 0.6 (min-confidence 0.6)'],
      ['max-unverified', 1, 'unverified statement 2 of 2, at most 1 allowed (max-unverified 1)'],
      ['min-confidence', 1, 'confidence 0.50 is below the minimum 0.6 (min-confidence 0.6)'],
    ]);
  });
});

describe('order and --quiet', () => {
  it('document-level first, then by statement, policies in their fixed order', () => {
    const document = doc([['denial'], ['unverified'], ['unverified']]);
    const found = check(document, { failOn: ['unverified'], requireSource: true, maxUnverified: { kind: 'count', value: 0 }, maxDenial: { kind: 'count', value: 0 } });
    expect(found.map((v) => `${v.statement}:${v.policy}`)).toEqual([
      'null:max-unverified',
      'null:max-denial',
      '0:max-denial',
      '1:max-unverified',
      '1:fail-on',
      '1:require-source',
      '2:max-unverified',
      '2:fail-on',
      '2:require-source',
    ]);
  });

  it('onlyViolations keeps a violating document with its flagged statements and full counts', () => {
    const document = doc([['assertion'], ['denial'], ['assertion']]);
    expect(onlyViolations({ ...document, violations: [] })).toBeUndefined();
    expect(onlyViolations(document)).toBeUndefined();
    const flagged = { ...document, violations: check(document, { failOn: ['denial'] }) };
    const shown = onlyViolations(flagged)!;
    expect(shown.statements.map((s) => s.index)).toEqual([1]);
    expect(shown.counts).toEqual(document.counts);
    expect(shown.violations).toEqual(flagged.violations);
  });
});

describe('the library', () => {
  it('exports the policy check', () => {
    const document = library.annotate('Talks stall\n\nThe ministry denied the report.\n');
    const limit = library.parseLimit('0')!;
    expect(library.checkDocument(document, { maxDenial: limit }).map((v) => v.statement)).toEqual([null, 1]);
  });
});
