/** Reading a model file lazily gives the very model that parsing it whole gives. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLinearModel, type LinearModel, type LinearModelFile } from '../../src/models/linear.js';
import { readLinearModel } from '../../src/models/read.js';
import { formatModelFile } from '../../src/train/fit.js';

function allWeights(model: LinearModel): number[] {
  const weights: number[] = [];
  for (const row of model.rows.values()) for (let k = 0; k < model.classes.length; k++) weights.push(model.weight(row, k));
  return weights;
}

const file: LinearModelFile = {
  model: 'test',
  format: 1,
  classes: ['yes', 'no'],
  temperature: 0.9151,
  features: ['bias', 'cue:hedge=’s', 'said'],
  weights: [0.5192, -0.9412, 0.0003, -12.5, 1, 0],
  training: { note: 'x' },
};

describe('models: readLinearModel', () => {
  it('reads the names and, row by row, the weights of a file as formatModelFile writes it', () => {
    const model = readLinearModel(Buffer.from(formatModelFile(file)));
    expect([...model.rows]).toEqual([['bias', 0], ['cue:hedge=’s', 1], ['said', 2]]);
    expect([model.classes, model.temperature]).toEqual([file.classes, file.temperature]);
    expect(model.weight(2, 0)).toBe(1);
    expect(allWeights(model)).toEqual(file.weights);
  });

  it('parses a file in another layout whole', () => {
    const model = readLinearModel(Buffer.from(JSON.stringify(file, null, 2)));
    expect(allWeights(model)).toEqual(file.weights);
  });

  it('refuses a file with fewer rows of weights than features', () => {
    const text = formatModelFile(file).replace('\n1,0\n', '\n');
    expect(() => readLinearModel(Buffer.from(text.replace(/,\n(?=\]\})/, '\n')))).toThrow(/rows of weights/);
  });

  it('reads the committed label model exactly as JSON.parse does', () => {
    const bytes = readFileSync(new URL('../../src/models/labels.json', import.meta.url));
    const whole = loadLinearModel(JSON.parse(bytes.toString('utf8')) as LinearModelFile);
    const lazy = readLinearModel(bytes);
    expect([...lazy.rows]).toEqual([...whole.rows]);
    expect(allWeights(lazy)).toEqual(allWeights(whole));
  });
});
