import { describe, expect, it } from 'vitest';
import { annotate } from '../src/index.js';
import { comparableLine } from '../src/furniture.js';
import { expectContract } from './support/contract.js';

describe('extra page furniture', () => {
  const text = 'Council backs new bridge\n\nThe council approved the bridge on Monday.\n\nSupport the Daily Planet today!\n\nIt will open in 2026.\n';

  it('turns a statement that is one of the lines into furniture, hence background', () => {
    const plain = annotate(text);
    const marked = annotate(text, { furniture: ['support the daily planet today'] });
    const line = (d: typeof plain) => d.statements.find((s) => s.text.startsWith('Support'))!;
    expect(line(plain).role).not.toBe('furniture');
    expect(line(marked)).toMatchObject({ role: 'furniture', label: 'background' });
    expectContract(text, marked);
    // Only that statement changes.
    expect(marked.statements.filter((s) => s !== line(marked)).map((s) => s.role)).toEqual(plain.statements.filter((s) => s !== line(plain)).map((s) => s.role));
  });

  it('compares without case, spacing or surrounding punctuation', () => {
    expect(comparableLine('  “Sign  Up for the NEWSLETTER!” ')).toBe('sign up for the newsletter');
    expect(comparableLine('— Read more …')).toBe('read more');
  });

  it('an empty list changes nothing', () => {
    expect(annotate(text, { furniture: [] })).toEqual(annotate(text));
  });
});
