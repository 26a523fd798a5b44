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
import { featureIndex, fitAttributionModel, formatModelFile, keepProbability, toAttributionModelFile } from '../../src/train/attribution/fit.js';
import { toAttributionDocument } from '../../src/train/attribution/data.js';

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
const documents = TOWNS.map((town, i) => toAttributionDocument(article(i, town), lexicon));
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
