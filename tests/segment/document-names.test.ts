/**
 * A capitalised word that opens a sentence is a name when the document capitalises it inside
 * a sentence too and never writes it in lower case (src/segment/document-names.ts); the
 * attribution then names its source. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index.js';
import { segment } from '../../src/segment/index.js';

function firstTokenTags(text: string, sentence: string): ReadonlySet<string> {
  const found = segment(text).find((s) => s.text === sentence);
  expect(found, `no statement ${JSON.stringify(sentence)}`).toBeDefined();
  return found!.tokens[0]!.tags;
}

describe('segment: names that open a sentence', () => {
  it('a word the document capitalises inside a sentence is a name at the start of one', () => {
    const text = 'Harbor deal\n\nTrawlex said the deal was done. The deal was first reported by Trawlex on Monday.';
    expect(firstTokenTags(text, 'Trawlex said the deal was done.').has('ProperNoun')).toBe(true);
    const source = annotate(text).statements.find((s) => s.text.startsWith('Trawlex said'))!.source!;
    expect([source.text, source.named, source.kind]).toEqual(['Trawlex', true, 'organization']);
  });

  it('a word the document also writes in lower case stays a common noun', () => {
    const text = 'Harbor deal\n\nHarbour said the deal was done. The harbour closed on Monday, as Harbour Trust said.';
    expect(firstTokenTags(text, 'Harbour said the deal was done.').has('ProperNoun')).toBe(false);
  });

  it('a title-case line is no evidence: its capitals are a headline’s', () => {
    const text = 'Evidence Shows Pier Was Unsafe\n\nEvidence suggests the pier was unsafe for years.';
    expect(firstTokenTags(text, 'Evidence suggests the pier was unsafe for years.').has('ProperNoun')).toBe(false);
  });

  it('a capitalised singular without an article that opens the sentence names its source, even seen once', () => {
    const source = annotate('Harbor deal\n\nBloomberg said the bid failed.').statements.at(-1)!.source!;
    expect([source.text, source.named]).toEqual(['Bloomberg', true]);
  });
});
