/**
 * Feature extraction: a pure function of a statement and its document, the same on every run,
 * naming what the label model needs to tell the labels apart. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze.js';
import { compileLexicon } from '../../src/classify/index.js';
import { documentFeatures, featureContext, statementFeatures, type Feature } from '../../src/features/index.js';

const lexicon = compileLexicon();

/** The features of the statement of `document` that is exactly `sentence`. */
function featuresOf(document: string, sentence: string): Feature[] {
  const analysis = analyzeDocument(document, lexicon);
  const index = analysis.statements.findIndex((s) => s.segment.text === sentence);
  expect(index, `"${sentence}" is one statement`).toBeGreaterThanOrEqual(0);
  return documentFeatures(analysis, lexicon)[index]!;
}

const names = (features: readonly Feature[]): string[] => features.map((f) => f.name);

describe('features: documentFeatures', () => {
  it('gives the same features in the same order on every run', () => {
    const text = 'Harbor pier closes early\n\nThe pier may close early, the harbor master said. Officials denied the report.';
    const analysis = analyzeDocument(text, lexicon);
    expect(JSON.stringify(documentFeatures(analysis, lexicon))).toBe(JSON.stringify(documentFeatures(analyzeDocument(text, lexicon), lexicon)));
  });

  it('names each feature once, with the bias first', () => {
    const features = featuresOf('Title\n\nThe mayor said the mayor may resign.', 'The mayor said the mayor may resign.');
    expect(features[0]!.name).toBe('bias');
    expect(new Set(names(features)).size).toBe(features.length);
  });

  it('keeps a hedge under reported speech, tied to its source and its words', () => {
    const text = "Recall vote\n\nThe mayor could face a recall vote, the council's lawyer said.";
    const features = featuresOf(text, "The mayor could face a recall vote, the council's lawyer said.");
    const hedge = features.find((f) => f.name === 'cue:hedge=could')!;
    expect(text.slice(hedge.at!.start, hedge.at!.end)).toBe('could');
    expect(names(features)).toEqual(expect.arrayContaining(['cue:hedge', 'cue:hedge+source:person', 'main:modal=could', 'source:named', 'stance:neutral']));
  });

  it('marks a generic statement in the present tense', () => {
    const features = featuresOf('Air quality\n\nOzone is a gas that forms when sunlight reacts with exhaust.', 'Ozone is a gas that forms when sunlight reacts with exhaust.');
    expect(names(features)).toEqual(expect.arrayContaining(['main:copula', 'main:tense=present', 'main:generic-present', 'source:none']));
    const quantified = featuresOf('Lithium\n\nMost lithium comes from brine pools in Chile.', 'Most lithium comes from brine pools in Chile.');
    expect(names(quantified)).toEqual(expect.arrayContaining(['main:subject=quantified-most', 'main:generic-present']));
  });

  it('sees an episodic past event as no generic statement', () => {
    const features = featuresOf('Mayor quits\n\nThe mayor resigned on Monday.', 'The mayor resigned on Monday.');
    expect(names(features)).toEqual(expect.arrayContaining(['main:tense=past', 'main:subject=det-the', 'weekday']));
    expect(names(features)).not.toContain('main:generic-present');
  });

  it('gives a negated claim and what came just before', () => {
    const text = 'Lawsuit\n\nThe actor was accused of fraud. "None of it happened," his lawyer said.';
    const features = featuresOf(text, '"None of it happened," his lawyer said.');
    expect(names(features)).toEqual(expect.arrayContaining(['claim:subject=quantified-none', 'previous-cue:reporting', 'quoted:most']));
  });

  it('places a line in its article: role, position and neighbours', () => {
    const text = 'Pier closes early\n\nPublished\n\nThe pier closed early on Tuesday.';
    const analysis = analyzeDocument(text, lexicon);
    const features = documentFeatures(analysis, lexicon);
    expect(names(features[0]!)).toEqual(expect.arrayContaining(['role:headline', 'previous:none', 'ends:none']));
    const last = names(features[features.length - 1]!);
    expect(last).toEqual(expect.arrayContaining(['role:body', 'first-body', 'next:none', 'topic-words:>3']));
  });

  it('turns the words into lemma and tag n-grams with digits folded', () => {
    const features = featuresOf('Budget\n\nThe city spent 2019 dollars.', 'The city spent 2019 dollars.');
    expect(names(features)).toEqual(expect.arrayContaining(['w:spend', 'w:####', 'ww:the_city', 'first:the', 'tt:DT_NN']));
  });

  it('gives a statement without words only the features that need none', () => {
    const analysis = analyzeDocument('Title\n\n* * *', lexicon);
    for (const features of documentFeatures(analysis, lexicon)) expect(names(features)).toContain('bias');
  });

  it('keeps, for a model, exactly the features it knows, in the same order, with their rows', () => {
    // An accusation before a denial: the rebuttal conjunctions are made of features the model need not know.
    const text = 'Harbor row\n\nThe union accused the mayor of lying. The mayor did not lie, she said.';
    const analysis = analyzeDocument(text, lexicon);
    const all = documentFeatures(analysis, lexicon)[2]!;
    expect(names(all)).toContain('accusation:before&main:negated');
    const known = new Map(['bias', 'accusation:before&main:negated', 'w:mayor'].map((name, row) => [name, row]));
    const kept = statementFeatures(featureContext(analysis, lexicon), 2, known);
    expect(kept.list).toEqual(all.filter((f) => known.has(f.name)));
    expect(kept.rows).toEqual(kept.list.map((f) => known.get(f.name)));
  });
});
