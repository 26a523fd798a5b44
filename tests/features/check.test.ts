/**
 * The check-worthiness features (src/features/check.ts) and the feature set the model weighs
 * (src/rank/model.ts). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze.js';
import { compileLexicon } from '../../src/classify/index.js';
import { checkFeatures } from '../../src/features/check.js';
import { FeatureSet } from '../../src/features/index.js';
import { labelStatements } from '../../src/index.js';
import { checkworthinessFeatures } from '../../src/rank/model.js';

const lexicon = compileLexicon();

/** The cw: features of each line of `text`, read one statement a line. */
function featuresOf(text: string): string[][] {
  const analysis = analyzeDocument(text, lexicon, [], false, true);
  return analysis.statements.map((_, i) => {
    const features = new FeatureSet();
    checkFeatures(analysis.statements, i, features);
    return features.list.map((f) => f.name);
  });
}

const one = (sentence: string): string[] => featuresOf(sentence)[0]!;

describe('check-worthiness features, on sentences written for the tests', () => {
  it.each([
    ['The new bridge cost $40 million.', 'cw:number=money'],
    ['Bus fares went up by 12 percent.', 'cw:number=percent'],
    ['Unemployment fell to 4% this spring.', 'cw:number=percent'],
    ['The canal opened in 1911.', 'cw:number=year'],
    ['The shelter took in 300 dogs.', 'cw:number=count'],
  ])('the kind of number: %s', (sentence, feature) => {
    expect(one(sentence)).toContain(feature);
    expect(one(sentence)).toContain('cw:number');
  });

  it('does not take an ordinal or "one" for a number', () => {
    expect(one('It was her first term and one of the best.')).not.toContain('cw:number');
    expect(one('It was her first term and one of the best.')).toContain('cw:numbers:<=0');
  });

  it('names people, organisations and places', () => {
    const features = one('Maria Lopez told the United Nations that Peru had no debt.');
    expect(features).toContain('cw:entity=person');
    expect(features.some((f) => f === 'cw:entity=organization' || f === 'cw:entity=name')).toBe(true);
    expect(features).toContain('cw:entity=place');
  });

  it('finds comparatives, superlatives and verbs of change and cause', () => {
    expect(one('Rents are higher than they were.')).toContain('cw:comparative');
    expect(one('This is the largest budget ever.')).toContain('cw:superlative');
    const cut = one('The council cut the library budget by 20 percent.');
    expect(cut).toContain('cw:change-verb');
    expect(cut).toContain('cw:change-verb=cut');
    expect(cut).toContain('cw:number=percent&change-verb');
    expect(one('The flood caused the closure.')).toContain('cw:causal');
    expect(one('The price increased last year.')).toContain('cw:change-verb&past');
  });

  it('tells the first person singular from plural, and the second person', () => {
    expect(one('I think so.')).toContain('cw:first-person=singular');
    expect(one('We built 200 schools.')).toEqual(expect.arrayContaining(['cw:first-person=plural', 'cw:number=count&first-person']));
    expect(one('You know that.')).toContain('cw:second-person');
  });

  it('reads a transcript’s speaker labels: turns, and who asks', () => {
    const lines = featuresOf(['HOST: What will you do about rents?', 'DIAZ: Rents rose by 30 percent.', 'DIAZ: We will fix that.', 'HOST: Thank you.'].join('\n'));
    expect(lines[1]).toEqual(expect.arrayContaining(['turn:opens', 'turn:answers-question', 'turn:length:<=3', 'speaker:asks:never']));
    expect(lines[2]).toContain('turn:closes');
    expect(lines[2]).not.toContain('turn:opens');
    expect(lines[0]).toContain('speaker:asks:mostly');
    expect(featuresOf('Rents rose by 30 percent.')[0]!.some((f) => f.startsWith('turn:') || f.startsWith('speaker:'))).toBe(false);
  });

  it('looks at the sentences around', () => {
    const lines = featuresOf('Is that so?\nIt is.\nTaxes rose by 5 percent.');
    expect(lines[1]).toEqual(expect.arrayContaining(['cw:previous:question', 'cw:next:number']));
  });

  it('gives the same features in the same order on every run', () => {
    const text = 'A: We cut taxes by $2 billion in 2019.\nB: That is false, and you know it.';
    expect(JSON.stringify(featuresOf(text))).toBe(JSON.stringify(featuresOf(text)));
  });
});

describe('checkworthinessFeatures', () => {
  it('adds the label, the hand-set signals, their log-odds and the check group to the label model’s features', () => {
    const analysis = analyzeDocument('The council cut the library budget by 20 percent, the mayor said.', lexicon, [], false, true);
    const { statements, context } = labelStatements(analysis, lexicon, 'rules');
    const names = checkworthinessFeatures(context, 0, statements[0]!).list.map((f) => f.name);
    expect(names[0]).toBe('bias');
    expect(names).toContain(`label:${statements[0]!.label}`);
    expect(names).toEqual(expect.arrayContaining(['signal:number', 'signal:percent', 'prior', 'cw:number=percent', 'rule-label:assertion']));
    const prior = checkworthinessFeatures(context, 0, statements[0]!).list.find((f) => f.name === 'prior')!;
    expect(prior.value).toBeGreaterThan(0);
  });
});
