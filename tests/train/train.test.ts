/**
 * The trainer: logistic regression that learns and is deterministic, model files that are
 * byte-identical for the same data, cross-validation folds by document. Documents written for
 * the tests stand in for the labelled corpus.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/classify/index.js';
import { GoldError, type GoldDocument } from '../../src/evaluate/gold.js';
import { loadLinearModel, predict } from '../../src/models/linear.js';
import { loadAddedLabels, toTrainingDocument, type TrainingDocument } from '../../src/train/corpus.js';
import { assignFolds, crossValidate, fitTemperature, seededRandom, shuffled } from '../../src/train/cross-validate.js';
import { DEFAULT_SETTINGS, fitLabelModel, formatModelFile, NO_NETWORK, toModelFile } from '../../src/train/fit.js';
import { fitLogistic } from '../../src/train/logistic.js';
import { LABELS, type Label } from '../../src/types.js';

const lexicon = compileLexicon();

/** A small labelled document: each sentence one statement, labelled as given. */
function labelled(id: string, rows: ReadonlyArray<[string, Label]>): TrainingDocument {
  let text = '';
  const segments: GoldDocument['segments'] = [];
  for (const [sentence, label] of rows) {
    if (text !== '') text += rows.indexOf([sentence, label] as never) === 0 ? '\n\n' : ' ';
    segments.push({ start: text.length, end: text.length + sentence.length, label, text: sentence, why: '' });
    text += sentence;
  }
  return toTrainingDocument({ id, path: `${id}.txt`, text, segments }, 'silver', lexicon);
}

const TOWNS = ['Avon', 'Brill', 'Corfe', 'Dunmore', 'Eske', 'Farrow', 'Garth', 'Hale'];
const fixture: TrainingDocument[] = TOWNS.map((town, i) =>
  labelled(`doc-${i}`, [
    [`The ${town} council approved the new budget on Monday.`, 'assertion'],
    [`The ${town} library may close next year, officials said.`, 'unverified'],
    [`The mayor of ${town} denied the report.`, 'denial'],
    [`${town} was founded in 1820 as a mill town.`, 'background'],
  ]),
);

describe('train: logistic regression', () => {
  const examples = [
    { indices: Int32Array.of(0, 1), values: Float64Array.of(1, 1), label: 0, weight: 1 },
    { indices: Int32Array.of(0, 2), values: Float64Array.of(1, 1), label: 1, weight: 1 },
    { indices: Int32Array.of(0, 1), values: Float64Array.of(1, 1), label: 0, weight: 1 },
    { indices: Int32Array.of(0, 2), values: Float64Array.of(1, 1), label: 1, weight: 1 },
  ];

  it('learns a separable problem', () => {
    const w = fitLogistic(examples, { classes: 2, dimensions: 3, l2: 0.01 });
    // feature 1 votes for class 0, feature 2 for class 1
    expect(w[0 * 3 + 1]! - w[1 * 3 + 1]!).toBeGreaterThan(1);
    expect(w[1 * 3 + 2]! - w[0 * 3 + 2]!).toBeGreaterThan(1);
  });

  it('gives the same weights bit for bit on every run', () => {
    const a = fitLogistic(examples, { classes: 2, dimensions: 3, l2: 0.01 });
    const b = fitLogistic(examples, { classes: 2, dimensions: 3, l2: 0.01 });
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(true);
  });

  it('shrinks weights harder under a larger penalty', () => {
    const loose = fitLogistic(examples, { classes: 2, dimensions: 3, l2: 0.001 });
    const tight = fitLogistic(examples, { classes: 2, dimensions: 3, l2: 1 });
    expect(Math.abs(tight[1]!)).toBeLessThan(Math.abs(loose[1]!));
  });
});

describe('train: label model from documents', () => {
  it('aligns every statement to the label of the segment it overlaps', () => {
    expect(fixture[0]!.statements.map((s) => s.label)).toEqual(['assertion', 'unverified', 'denial', 'background']);
  });

  it('writes a byte-identical model file for the same documents', () => {
    const first = formatModelFile(toModelFile(fitLabelModel(fixture, DEFAULT_SETTINGS), 1, {}));
    const second = formatModelFile(toModelFile(fitLabelModel(fixture, DEFAULT_SETTINGS), 1, {}));
    expect(second).toBe(first);
    const parsed = JSON.parse(first) as ReturnType<typeof toModelFile>;
    expect(parsed.features[0]).toBe('bias');
    expect(parsed.weights).toHaveLength(parsed.features.length * parsed.classes.length);
  });

  it('fits its training documents', () => {
    const model = loadLinearModel(toModelFile(fitLabelModel(fixture, DEFAULT_SETTINGS), 1, {}));
    const predicted = fixture[3]!.statements.map((s) => model.classes[predict(model, s.features).best]);
    expect(predicted).toEqual(['assertion', 'unverified', 'denial', 'background']);
  });

  it('fits a network over features of the linear model, seen often enough, when settings ask for one', () => {
    expect(fitLabelModel(fixture, DEFAULT_SETTINGS).network).toBeUndefined();
    const settings = { ...DEFAULT_SETTINGS, network: { ...NO_NETWORK, hidden: 4, minCount: 8, epochs: 20, rate: 0.05, seed: 2 } };
    const model = fitLabelModel(fixture, settings);
    const network = model.network!;
    expect(network.names[0]).toBe('bias');
    expect(network.names.every((name) => model.names.includes(name))).toBe(true);
    // Town names occur in one document each: too rare to be inputs.
    expect(network.names.some((name) => /avon|brill/i.test(name))).toBe(false);
    expect(network.input).toHaveLength(network.names.length * 4);
    const held = crossValidate(fixture, settings, { folds: 4 });
    const right = held.flatMap((h) => h.doc.statements.map((s, i) => LABELS.indexOf(s.label!) === h.probabilities[i]!.indexOf(Math.max(...h.probabilities[i]!))));
    expect(right.filter(Boolean).length).toBeGreaterThanOrEqual(28);
  });

  it('prunes weak features and keeps what separates the labels', () => {
    const full = fitLabelModel(fixture, DEFAULT_SETTINGS);
    const pruned = fitLabelModel(fixture, { ...DEFAULT_SETTINGS, prune: 0.02 });
    expect(pruned.names.length).toBeLessThan(full.names.length);
    const model = loadLinearModel(toModelFile(pruned, 1, {}));
    expect(fixture[5]!.statements.map((s) => model.classes[predict(model, s.features).best])).toEqual(['assertion', 'unverified', 'denial', 'background']);
  });
});

describe('train: cross-validation', () => {
  it('deals documents to folds the same way on every run, each fold non-empty', () => {
    const folds = assignFolds(fixture, 4);
    expect([...assignFolds(fixture, 4)]).toEqual([...folds]);
    expect(new Set(folds.values()).size).toBe(4);
  });

  it('scores each document with a model that never saw it', () => {
    const held = crossValidate(fixture, DEFAULT_SETTINGS, { folds: 4 });
    expect(held.map((h) => h.doc.id)).toEqual(fixture.map((d) => d.id));
    for (const h of held) {
      expect(h.probabilities).toHaveLength(h.doc.statements.length);
      for (const p of h.probabilities) expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('fits a temperature above 1 for overconfident probabilities and below 1 for timid ones', () => {
    const overconfident = Array.from({ length: 100 }, (_, i) => ({ probabilities: [0.99, 0.01], label: i % 4 === 0 ? 1 : 0 }));
    expect(fitTemperature(overconfident)).toBeGreaterThan(1);
    const timid = Array.from({ length: 100 }, () => ({ probabilities: [0.6, 0.4], label: 0 }));
    expect(fitTemperature(timid)).toBeLessThan(1);
  });

  it('shuffles with a seed: the same order for the same seed', () => {
    expect(shuffled([1, 2, 3, 4, 5, 6], 3)).toEqual(shuffled([1, 2, 3, 4, 5, 6], 3));
    const random = seededRandom(1);
    const draws = Array.from({ length: 100 }, random);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('train: labels added to the project', () => {
  const shared = mkdtempSync(join(tmpdir(), 'factcheck-shared-'));
  const labels = mkdtempSync(join(tmpdir(), 'factcheck-labels-'));
  writeFileSync(join(shared, 'a.txt'), 'Pier closes\n\nThe pier may close early.');
  afterAll(() => {
    rmSync(shared, { recursive: true, force: true });
    rmSync(labels, { recursive: true, force: true });
  });

  it('reads offsets and labels, and the text from ../shared by text_file', async () => {
    writeFileSync(join(labels, 'a.labels.json'), JSON.stringify({ id: 'a', text_file: 'a.txt', segments: [{ start: 0, end: 11, label: 'assertion' }, { start: 13, end: 38, label: 'unverified' }] }));
    const [doc] = await loadAddedLabels(labels, shared);
    expect(doc!.segments.map((s) => [s.text, s.label])).toEqual([['Pier closes', 'assertion'], ['The pier may close early.', 'unverified']]);
    rmSync(join(labels, 'a.labels.json'));
  });

  it('reads the text of an article written for the project from its own "text"', async () => {
    const text = 'Pier closes\n\nThe pier may close early.';
    writeFileSync(join(labels, 'w.labels.json'), JSON.stringify({ id: 'w', text, segments: [{ start: 13, end: 38, label: 'unverified' }] }));
    const [doc] = await loadAddedLabels(labels, shared);
    expect(doc!.text).toBe(text);
    expect(doc!.segments.map((s) => [s.text, s.label])).toEqual([['The pier may close early.', 'unverified']]);
    rmSync(join(labels, 'w.labels.json'));
  });

  it('gives a written document nothing to learn: its statements have no label, its segments stay for scoring', () => {
    const text = 'The pier may close early. The mayor denied it.';
    const segments = [
      { start: 0, end: 25, label: 'unverified' as const, text: 'The pier may close early.', why: '' },
      { start: 26, end: 46, label: 'denial' as const, text: 'The mayor denied it.', why: '' },
    ];
    const written = toTrainingDocument({ id: 'w', path: 'w', text, segments }, 'written', lexicon);
    expect(written.statements.map((s) => s.label)).toEqual([null, null]);
    expect(written.gold.segments.map((s) => s.label)).toEqual(['unverified', 'denial']);
    expect(toTrainingDocument({ id: 'a', path: 'a', text, segments }, 'added', lexicon).statements.map((s) => s.label)).toEqual(['unverified', 'denial']);
  });

  it('names the file and the problem when a label file is unusable', async () => {
    writeFileSync(join(labels, 'b.labels.json'), JSON.stringify({ id: 'b', segments: [] }));
    await expect(loadAddedLabels(labels, shared)).rejects.toThrow(/b\.labels\.json: needs "text" or "text_file"/);
    writeFileSync(join(labels, 'b.labels.json'), JSON.stringify({ id: 'b', text_file: 'a.txt', segments: [{ start: 0, end: 99, label: 'assertion' }] }));
    await expect(loadAddedLabels(labels, shared)).rejects.toThrow(/b\.labels\.json: segments\[0\]: span \[0,99\) outside the text/);
    writeFileSync(join(labels, 'b.labels.json'), JSON.stringify({ id: 'b', text_file: 'missing.txt', segments: [] }));
    await expect(loadAddedLabels(labels, shared)).rejects.toBeInstanceOf(GoldError);
    writeFileSync(join(labels, 'b.labels.json'), '{ not json');
    await expect(loadAddedLabels(labels, shared)).rejects.toThrow(/b\.labels\.json/);
  });
});
