/**
 * Stance, shape and sequence features (src/features/stance.ts, shape.ts, sequence.ts): negation
 * scope, words that call a claim false, the shapes of background, and a statement among its
 * neighbours. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze.js';
import { compileLexicon } from '../../src/classify/index.js';
import { documentFeatures } from '../../src/features/index.js';
import { isNegative, stanceSigns } from '../../src/features/stance.js';

const lexicon = compileLexicon();

/** The feature names of the statement of `document` that is exactly `sentence`. */
function namesOf(document: string, sentence: string): string[] {
  const analysis = analyzeDocument(document, lexicon);
  const index = analysis.statements.findIndex((s) => s.segment.text === sentence);
  expect(index, `"${sentence}" is one statement`).toBeGreaterThanOrEqual(0);
  return documentFeatures(analysis, lexicon)[index]!.map((f) => f.name);
}

describe('features: stance', () => {
  it('calls a rebuttal with no denial verb a verdict of falsity, from a source, in a quotation', () => {
    const names = namesOf('Lawsuit\n\nA former partner accused the actor of fraud. "The lawsuit is a publicity stunt," his lawyer said.', '"The lawsuit is a publicity stunt," his lawyer said.');
    expect(names).toEqual(expect.arrayContaining(['rebut:falsity', 'rebut:falsity&source=person', 'rebut:falsity&quoted=most', 'neg:count:<=0']));
  });

  it('pools a rare word that pushes a report away with the verdict on the report', () => {
    const names = namesOf('Comet\n\nThe report was soon rubbished by astronomers.', 'The report was soon rubbished by astronomers.');
    expect(names).toEqual(expect.arrayContaining(['rebut:rejecting', 'rebut:rejecting&claim-noun', 'rebut:claim-noun&source=none']));
  });

  it('places a negation in what the source says, not on the reporting verb', () => {
    const names = namesOf('Talks\n\nThe senator said there was no discussion of the budget.', 'The senator said there was no discussion of the budget.');
    expect(names).toEqual(expect.arrayContaining(['neg:count:<=1', 'neg:determiner', 'neg:content', 'neg:content&source=person', 'neg:after-report']));
    expect(names).not.toContain('neg:on-report');
  });

  it('tells a negated reporting verb apart', () => {
    const names = namesOf('Budget\n\nThe mayor never said the budget was cut.', 'The mayor never said the budget was cut.');
    expect(names).toEqual(expect.arrayContaining(['neg:on-report', 'neg:outside-content&source=person', 'neg:never']));
    expect(names).not.toContain('neg:content');
  });

  it('gives a statement with no negation and no verdict only the count', () => {
    const names = namesOf('Budget\n\nThe council approved the budget on Monday.', 'The council approved the budget on Monday.');
    expect(names).toContain('neg:count:<=0');
    expect(names.filter((n) => n.startsWith('neg:') && n !== 'neg:count:<=0')).toEqual([]);
    expect(names.filter((n) => n.startsWith('rebut:'))).toEqual([]);
  });

  it('counts "never", "no" and the n\'t of a contraction as negations, and "know" as none', () => {
    const signs = stanceSigns(analyzeDocument("We never knew. There's no way it doesn't work.", lexicon).statements[0]!);
    expect(signs.negations.length).toBe(1);
    const words = analyzeDocument("There's no way it doesn't work, we know.", lexicon).statements[0]!.segment.tokens;
    expect(words.filter(isNegative).map((t) => t.normal)).toEqual(['no', expect.stringMatching(/^(?:not|n't)$/)]);
  });
});

describe('features: shape', () => {
  it('sees a time frame from before the story and a description set off by commas', () => {
    const text = 'Mayor re-elected\n\nThe mayor won a second term on Tuesday, 2024.\n\nIn 2009, Reyes, a former bus driver, ran for the council and lost.';
    const names = namesOf(text, 'In 2009, Reyes, a former bus driver, ran for the council and lost.');
    expect(names).toEqual(expect.arrayContaining(['shape:opens-with-time', 'shape:opens-with-past-year', 'shape:apposition', 'shape:commas:<=3']));
  });

  it('sees a definition with a linking verb and an indefinite complement', () => {
    const names = namesOf('Air quality\n\nOzone is a gas that usually forms over cities.', 'Ozone is a gas that usually forms over cities.');
    expect(names).toEqual(expect.arrayContaining(['shape:is-a&tense=present&source=none', 'shape:habitual', 'shape:habitual&present']));
  });

  it('sees furniture that talks to the reader', () => {
    const text = 'Pier closes early\n\nThe pier closed early on Tuesday.\n\nSend us your story tips. Call us at (555) 010-0100 or visit www.example.org.';
    expect(namesOf(text, 'Send us your story tips.')).toEqual(expect.arrayContaining(['shape:imperative', 'shape:you', 'shape:you&ends=other']));
    expect(namesOf(text, 'Call us at (555) 010-0100 or visit www.example.org.')).toEqual(expect.arrayContaining(['shape:contact-or-link', 'shape:parenthesis']));
  });

  it('leaves an episodic news sentence without background shapes', () => {
    const names = namesOf('Mayor quits\n\nThe mayor resigned on Monday.', 'The mayor resigned on Monday.');
    expect(names.filter((n) => /^shape:(?:opens|apposition|is-a|definition|habitual|imperative|you|contact)/.test(n))).toEqual([]);
  });
});

describe('features: sequence', () => {
  const text = 'Lawsuit\n\nThe actor denied the claims on Monday. "I never met him," the actor said. "None of it happened. It is a publicity stunt."';

  it('ties a quotation to the quotation before it and to its rebuttals', () => {
    const names = namesOf(text, '"None of it happened.');
    expect(names).toEqual(expect.arrayContaining(['seq:quote-after-quote', 'seq:previous-negated', 'seq:previous-negated&negated', 'seq:previous=denial&rules=assertion', 'seq:next-rebuts']));
  });

  it('places a statement in its article in fifths and pairs source, quotation and tense', () => {
    const names = namesOf(text, 'The actor denied the claims on Monday.');
    expect(names).toEqual(expect.arrayContaining(['pair:source=person&quoted=none&tense=past', 'pair:rules=denial&source=person&quoted=none', 'seq:previous=assertion&rules=denial', 'seq:next-negated']));
    expect(names.filter((n) => n.startsWith('pos:'))).toHaveLength(1);
  });

  it('gives the first statement no previous-statement features', () => {
    const analysis = analyzeDocument(text, lexicon);
    const first = documentFeatures(analysis, lexicon)[0]!.map((f) => f.name);
    expect(first).toContain('pos:0');
    expect(first.filter((n) => n.startsWith('seq:previous'))).toEqual([]);
  });
});
