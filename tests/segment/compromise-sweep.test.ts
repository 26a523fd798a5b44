/**
 * The faster sweep must find exactly what compromise's own finds, in the same order: every tag
 * the postTagger sets depends on it. Sentences written for these tests, chosen to trigger the
 * postTagger's corrections (a month name that is a verb, a noun used as a verb, a passive, a
 * possessive, a contraction, a title, numbers and money).
 */
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { fastBulkMatch, installFastSweep } from '../../src/segment/compromise-sweep.js';

const SENTENCES = [
  'May said she may run again in May, but the mayor would not say whether she will.',
  'The council’s lawyer said the pier could face closure, and the city hasn’t denied it.',
  'Police found $4.5 million in the van on Tuesday; the driver was charged with fraud.',
  'Dr. Ana Ruiz, who runs the clinic, told reporters the outbreak was spreading fast.',
  'Reportedly, the plans were drawn up in secret by a firm that builds bridges.',
  'I don’t think that’s true, he wrote, adding that the vote had been fixed.',
  'Most lithium comes from brine pools, and the price of lithium rose 12% last year.',
  'Book a table, she said: the restaurant books up quickly on Fridays.',
];

type World = Parameters<typeof installFastSweep>[0] & { methods: { one: { bulkMatch: typeof fastBulkMatch } } };

function tagsOf(text: string): string {
  const doc = nlp(text);
  const document = doc.document as unknown as Array<Array<{ text: string; tags: Set<string> }>>;
  return JSON.stringify(document.map((terms) => terms.map((term) => [term.text, [...term.tags].sort()])));
}

describe('fastBulkMatch: compromise’s sweep, faster', () => {
  const world = nlp.world() as unknown as World;
  const original = world.methods.one.bulkMatch;
  // The postTagger's own net, caught as it passes (building another would re-parse the patterns in place).
  let net: Parameters<typeof fastBulkMatch>[1] | undefined;
  world.methods.one.bulkMatch = (document, caught, methods, options) => {
    net = caught;
    return original(document, caught, methods, options);
  };
  nlp('A sentence to build the net.');
  world.methods.one.bulkMatch = original;
  const hooks = (world as unknown as { hooks: string[] }).hooks;
  // Parsed without the postTagger's sweep, so both sweeps see the same untouched terms.
  const untagged = (text: string) => {
    const doc = nlp.tokenize(text);
    doc.compute(hooks.slice(0, hooks.indexOf('postTagger')));
    return doc.document as unknown as unknown[][];
  };
  const found = (bulkMatch: typeof fastBulkMatch, text: string, options?: { matchOne?: boolean }) =>
    bulkMatch(untagged(text), net!, world.methods as never, options).map((m) => `${m.match} @${m.pointer.slice(0, 3).join(',')}`);

  it.each(SENTENCES)('finds the same matches in the same order: %s', (text) => {
    expect(found(fastBulkMatch, text)).toEqual(found(original, text));
  });

  it('is tried on sentences where the postTagger does find corrections', () => {
    expect(SENTENCES.map((text) => found(original, text).length).reduce((a, b) => a + b)).toBeGreaterThan(5);
  });

  it('stops at the first match when asked to, as compromise does', () => {
    const text = SENTENCES.find((sentence) => found(original, sentence).length > 1);
    expect(found(fastBulkMatch, text!, { matchOne: true })).toEqual(found(original, text!, { matchOne: true }));
    expect(found(fastBulkMatch, text!, { matchOne: true })).toHaveLength(1);
  });

  it('leaves every tag as compromise sets it once installed', () => {
    const before = SENTENCES.map(tagsOf);
    expect(installFastSweep(world)).toBe(true);
    try {
      expect(world.methods.one.bulkMatch).toBe(fastBulkMatch);
      expect(SENTENCES.map(tagsOf)).toEqual(before);
    } finally {
      world.methods.one.bulkMatch = original;
    }
  });

  it('leaves a compromise without the sweep where 14.x keeps it alone', () => {
    expect(installFastSweep({})).toBe(false);
    expect(installFastSweep({ methods: { one: {} } })).toBe(false);
  });
});
