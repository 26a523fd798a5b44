/**
 * The cue tagger: the features it weighs of a word, which words it weighs, its decision (the
 * threshold folded into the bias), and the committed tagger on sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { committedCueTagger, cueTokenFeatures, isCueCandidate, modelCueTagger } from '../../src/attribute/cue-tagger.js';
import { compileLexicon, findMatches } from '../../src/classify/index.js';
import { loadLinearModel } from '../../src/models/linear.js';
import { segment } from '../../src/segment/index.js';

const lexicon = compileLexicon();

/** The tokens of the one sentence of `text` (after a headline) and the index of `word`. */
function wordIn(sentence: string, word: string) {
  const statement = segment(`News\n\n${sentence}`)[1]!;
  const i = statement.tokens.findIndex((t) => t.text === word);
  if (i === -1) throw new Error(`"${word}" not in "${sentence}"`);
  return { tokens: statement.tokens, i, matches: findMatches(statement.tokens, lexicon) };
}

describe('cue tagger: features', () => {
  it('weighs the word, its lemma, its subject and what follows it', () => {
    const { tokens, i } = wordIn('The Gazette learned that the pier had been closed.', 'learned');
    const names = cueTokenFeatures(tokens, i, []);
    expect(names).toEqual(expect.arrayContaining(['bias', 'w:learned', 'l:learn', 'n:that', 'l|n:learn|that', 't:PastTense']));
    expect(names.some((n) => n.startsWith('s:') && n !== 's:none')).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it('names the lexicon kinds that cover the word once each', () => {
    const { tokens, i } = wordIn('The mayor seems to know.', 'seems');
    const names = cueTokenFeatures(tokens, i, ['hedge', 'hedge']);
    expect(names.filter((n) => n === 'lex:hedge')).toHaveLength(1);
  });

  it('sees a quotation after the verb and a comma before it', () => {
    const { tokens, i } = wordIn('The pier is shut, the mayor insisted "for now."', 'insisted');
    expect(cueTokenFeatures(tokens, i, [])).toContain('n:quote');
  });

  it('weighs verbs only', () => {
    const { tokens } = wordIn('The Gazette learned that the pier had been closed.', 'learned');
    expect(tokens.filter(isCueCandidate).map((t) => t.text)).toEqual(expect.arrayContaining(['learned', 'closed']));
    expect(tokens.filter(isCueCandidate).map((t) => t.text)).not.toContain('Gazette');
    expect(tokens.filter(isCueCandidate).map((t) => t.text)).not.toContain('pier');
  });
});

describe('cue tagger: the model', () => {
  const model = loadLinearModel({ model: 'attribution-cues', format: 1, classes: ['other', 'cue'], temperature: 1, features: ['bias', 'l:learn'], weights: [0, -1, -2, 2], training: {} });
  const tagger = modelCueTagger(model);

  it('gives P(cue) the logistic of the two classes’ difference', () => {
    expect(tagger.probability(['bias'])).toBeCloseTo(1 / (1 + Math.exp(1)), 10);
    expect(tagger.probability(['bias', 'l:learn'])).toBeCloseTo(1 / (1 + Math.exp(-3)), 10);
    expect(tagger.probability(['bias', 'never-seen'])).toBeCloseTo(tagger.probability(['bias']), 10);
  });

  it('refuses a model without a "cue" class', () => {
    expect(() => modelCueTagger(loadLinearModel({ model: 'x', format: 1, classes: ['a', 'b'], temperature: 1, features: ['bias'], weights: [0, 0], training: {} }))).toThrow(/cue/);
  });

  it('the committed tagger tags a verb of finding out, not the verb of what was found', () => {
    const committed = committedCueTagger();
    const { tokens, i } = wordIn('The Gazette learned that the pier had been closed.', 'learned');
    expect(committed.probability(cueTokenFeatures(tokens, i, []))).toBeGreaterThanOrEqual(0.5);
    const closed = tokens.findIndex((t) => t.text === 'closed');
    expect(committed.probability(cueTokenFeatures(tokens, closed, []))).toBeLessThan(0.5);
  });
});
