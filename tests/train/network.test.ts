/**
 * The label network: a hidden layer learns what a linear model cannot (a label that two
 * features decide only together), training is deterministic, and the file it is written to
 * reads back, lazily, as the very network that was fitted.
 */
import { describe, expect, it } from 'vitest';
import { loadNetworkModel, networkScores, type NetworkModelFile } from '../../src/models/network.js';
import { readNetworkModel } from '../../src/models/read.js';
import { formatModelFile, NO_NETWORK, toNetworkFile } from '../../src/train/fit.js';
import type { SparseExample } from '../../src/train/logistic.js';
import { fitNetwork, type NetworkSettings } from '../../src/train/network.js';

const SETTINGS: NetworkSettings = { ...NO_NETWORK, hidden: 8, epochs: 60, rate: 0.1, l2: 0, dropout: 0, seed: 3 };

/** Exclusive or: feature 1 alone or feature 2 alone is class 1; both or neither, class 0. No linear model separates it. */
const XOR: Array<[number[], number]> = [
  [[], 0],
  [[1], 1],
  [[2], 1],
  [[1, 2], 0],
];
const examples: SparseExample[] = Array.from({ length: 40 }, (_, i) => {
  const [present, label] = XOR[i % 4]!;
  // Feature 0 is the bias, present in every example.
  const indices = [0, ...present];
  return { indices: Int32Array.from(indices), values: Float64Array.from(indices.map(() => 1)), label, weight: 1 };
});
const NAMES = ['bias', 'cue:hedge=could', 'source:person'];

function fitted(settings = SETTINGS) {
  return { ...fitNetwork(examples, 2, 3, settings), names: NAMES };
}

function file(settings = SETTINGS): NetworkModelFile {
  return toNetworkFile(fitted(settings), { note: 'test' }, { model: 'test-network', classes: ['no', 'yes'] });
}

function scoresOf(model: ReturnType<typeof loadNetworkModel>, present: readonly number[]): number[] {
  return networkScores(model, ['bias', ...present.map((j) => NAMES[j]!)].map((name) => ({ name, value: 1 })));
}

describe('train: label network', () => {
  it('learns a label that two features decide only together', () => {
    const model = loadNetworkModel(file());
    for (const [present, label] of XOR) {
      const scores = scoresOf(model, present);
      expect(scores.indexOf(Math.max(...scores)), `features ${present.join('+') || 'none'}`).toBe(label);
    }
  });

  it('gives the same weights bit for bit on every run, and others with another seed', () => {
    const a = fitted();
    const b = fitted();
    expect(Buffer.from(a.input.buffer).equals(Buffer.from(b.input.buffer))).toBe(true);
    expect(Buffer.from(a.output.buffer).equals(Buffer.from(b.output.buffer))).toBe(true);
    const c = fitted({ ...SETTINGS, seed: 4 });
    expect(Buffer.from(a.input.buffer).equals(Buffer.from(c.input.buffer))).toBe(false);
  });

  it('ignores features it has no input for', () => {
    const model = loadNetworkModel(file());
    const known = scoresOf(model, [1]);
    const withUnknown = networkScores(model, [{ name: 'bias', value: 1 }, { name: 'cue:hedge=could', value: 1 }, { name: 'w:zebra', value: 1 }]);
    expect(withUnknown).toEqual(known);
  });

  it('writes a file that reads back, row by row, as the network that was written', () => {
    const written = file();
    const text = formatModelFile(written);
    expect(formatModelFile(file())).toBe(text);
    const lazy = readNetworkModel(Buffer.from(text));
    const whole = loadNetworkModel(JSON.parse(text) as NetworkModelFile);
    expect([...lazy.rows]).toEqual(NAMES.map((name, j) => [name, j]));
    for (const [present] of XOR) expect(scoresOf(lazy, present)).toEqual(scoresOf(whole, present));
    expect(lazy.hidden).toBe(8);
  });

  it('refuses a file whose rows are not one weight per hidden unit', () => {
    const text = formatModelFile(file()).replace(/\n(-?[\d.]+),/, '\n');
    const model = readNetworkModel(Buffer.from(text));
    expect(() => scoresOf(model, [1, 2])).toThrow(/row \d has 7 weights, not 8/);
  });
});
