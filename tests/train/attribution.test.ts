/**
 * The attribution trainer on articles and gold written for the tests: the examples it makes
 * (which of the attributions the patterns find an annotator marked), a model that learns from them, and a model
 * file byte-identical from run to run.
 */
import { describe, expect, it } from 'vitest';
import { modelJudge } from '../../src/attribute/judge.js';
import { compileLexicon } from '../../src/classify/index.js';
import type { AttributionDocument, GoldAttribution } from '../../src/evaluate/polnear.js';
import { loadLinearModel } from '../../src/models/linear.js';
import { readLinearModel } from '../../src/models/read.js';
import { modelCueTagger } from '../../src/attribute/cue-tagger.js';
import { featureIndex, fitAttributionModel, fitCueTagger, formatModelFile, keepProbability, toAttributionModelFile, toCueModelFile } from '../../src/train/attribution/fit.js';
import { cueExamples, prepareDocument, toAttributionDocument } from '../../src/train/attribution/data.js';

const lexicon = compileLexicon();

/** A span of `text` by its words (the first occurrence from `from`). */
function span(text: string, words: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" not in the text`);
  return { start, end: start + words.length };
}

/** An article of three sentences: a speaker who said something, a council's plan the annotator left unmarked, and the article's own voice. */
function article(i: number, town: string): AttributionDocument {
  const text = `${town} news\n\nThe ${town} mayor said the harbour would reopen in May. The ${town} council plans to build a second pier. The harbour has ${i + 2} piers.`;
  const said = span(text, 'said');
  const gold: GoldAttribution = { source: [span(text, `The ${town} mayor`)], cue: [said], content: [{ start: said.end + 1, end: span(text, 'May').end }] };
  return { id: `doc-${i}`, text, attributions: [gold] };
}

const TOWNS = ['Avon', 'Brill', 'Corfe', 'Dunmore', 'Eske', 'Farrow'];
const documents = TOWNS.map((town, i) => toAttributionDocument(prepareDocument(article(i, town), lexicon), null));
const settings = { minCount: 1, l2: 0.01 };

describe('attribution trainer: examples', () => {
  it('marks the annotated attribution right and the unmarked one wrong', () => {
    const doc = documents[0]!;
    const text = article(0, 'Avon').text;
    const byCue = new Map(doc.examples.map((e) => [text.slice(e.cue.start, e.cue.end), e]));
    expect(byCue.get('said')).toMatchObject({ right: true });
    expect(byCue.get('plans')).toMatchObject({ right: false });
    expect(doc.gold).toHaveLength(1);
  });
});

describe('attribution trainer: fitting', () => {
  it('learns to keep "said" and drop "plans"', () => {
    const model = fitAttributionModel(documents, settings);
    const index = featureIndex(model);
    const said = documents[0]!.examples.find((e) => e.right)!;
    const plans = documents[0]!.examples.find((e) => !e.right)!;
    expect(keepProbability(model, index, said.features)).toBeGreaterThan(0.5);
    expect(keepProbability(model, index, plans.features)).toBeLessThan(0.5);
  });

  it('writes a byte-identical model file from the same data', () => {
    const write = (): string => formatModelFile(toAttributionModelFile(fitAttributionModel(documents, settings), 0.4, { data: 'fixture' }));
    const first = write();
    expect(write()).toBe(first);
    expect(first).toContain('"model":"attribution"');
  });

  it('folds the threshold into the bias: the judge keeps exactly what reaches it', () => {
    const fitted = fitAttributionModel(documents, settings);
    const index = featureIndex(fitted);
    const all = documents.flatMap((d) => d.examples);
    for (const threshold of [0.2, 0.5, 0.8]) {
      const judge = modelJudge(readLinearModel(Buffer.from(formatModelFile(toAttributionModelFile(fitted, threshold, {})))));
      for (const example of all) {
        const p = keepProbability(fitted, index, example.features);
        // Weights are rounded to four decimals in the file: leave the borderline cases alone.
        if (Math.abs(p - threshold) > 0.01) expect(judge.keep(example.features, undefined as never)).toBe(p >= threshold);
      }
    }
    expect(loadLinearModel(toAttributionModelFile(fitted, 0.4, {})).classes).toEqual(['drop', 'keep']);
  });
});

/** An article whose annotated cue is a verb the lexicon lacks ("learned"), beside one it need not be ("reopened"). */
function learnedArticle(i: number, town: string): AttributionDocument {
  const text = `${town} news\n\nThe ${town} Gazette learned that the pier had been sold. The ${town} pier reopened in May.`;
  const learned = span(text, 'learned');
  const gold: GoldAttribution = { source: [span(text, `The ${town} Gazette`)], cue: [learned], content: [{ start: learned.end + 1, end: span(text, 'sold').end }] };
  return { id: `learned-${i}`, text, attributions: [gold] };
}

describe('attribution trainer: the cue tagger', () => {
  const prepared = TOWNS.map((town, i) => prepareDocument(learnedArticle(i, town), lexicon));
  const examples = prepared.flatMap(cueExamples);
  const cueSettings = { minCount: 1, l2: 0.01 };

  it('labels the verbs outside the lexicon: the annotated cue a cue, the others not', () => {
    const words = cueExamples(prepared[0]!).map((e) => [e.features.find((f) => f.startsWith('w:')), e.cue]);
    expect(words).toContainEqual(['w:learned', true]);
    expect(words).toContainEqual(['w:reopened', false]);
    expect(words.filter(([, cue]) => cue)).toHaveLength(1);
  });

  it('leaves out the verbs a reporting entry covers', () => {
    const words = cueExamples(prepareDocument(article(0, 'Avon'), lexicon)).map((e) => e.features.find((f) => f.startsWith('w:')));
    // "said" and "plans" are reporting entries (the patterns try them); "build" and "has" are not.
    expect(words).not.toContain('w:said');
    expect(words).not.toContain('w:plans');
    expect(words).toEqual(expect.arrayContaining(['w:build', 'w:has']));
  });

  it('learns the cue, and the trainer then proposes its attribution for the model to judge', () => {
    const tagger = modelCueTagger(loadLinearModel(toCueModelFile(fitCueTagger(examples, cueSettings), 0.5, {})));
    const cue = examples.find((e) => e.cue)!;
    const other = examples.find((e) => !e.cue)!;
    expect(tagger.probability(cue.features)).toBeGreaterThan(0.5);
    expect(tagger.probability(other.features)).toBeLessThan(0.5);
    const withTagger = toAttributionDocument(prepared[0]!, tagger);
    const learned = withTagger.examples.find((e) => e.features.includes('learned'));
    expect(learned).toMatchObject({ right: true });
    // Without the tagger the patterns find no one: "learn" is in no lexicon.
    expect(toAttributionDocument(prepared[0]!, null).examples.filter((e) => e.right)).toEqual([]);
  });

  it('writes a byte-identical tagger file from the same data, the threshold in the bias', () => {
    const write = (threshold: number): string => formatModelFile(toCueModelFile(fitCueTagger(examples, cueSettings), threshold, { data: 'fixture' }));
    const first = write(0.5);
    expect(write(0.5)).toBe(first);
    expect(first).toContain('"model":"attribution-cues"');
    const fitted = fitCueTagger(examples, cueSettings);
    const at = (threshold: number) => modelCueTagger(readLinearModel(Buffer.from(formatModelFile(toCueModelFile(fitted, threshold, {})))));
    const cue = examples.find((e) => e.cue)!;
    const p = at(0.5).probability(cue.features);
    // A higher threshold lowers what the folded bias gives the same word.
    expect(at(0.8).probability(cue.features)).toBeLessThan(p);
    expect(at(0.2).probability(cue.features)).toBeGreaterThan(p);
  });
});
