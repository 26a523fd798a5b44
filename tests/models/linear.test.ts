/** Inference over a linear model file: dot product, temperature, softmax, the features that decided. */
import { describe, expect, it } from 'vitest';
import { loadLinearModel, predict, softmax, topContributions, type LinearModelFile } from '../../src/models/linear.js';

const file: LinearModelFile = {
  model: 'test',
  format: 1,
  classes: ['yes', 'no'],
  temperature: 2,
  features: ['bias', 'hedge', 'said'],
  weights: [0.5, 0, -1, 2, 1, 0],
  training: {},
};
const model = loadLinearModel(file);

describe('models: linear', () => {
  it('reads the flat feature-major weights back per feature', () => {
    const row = (name: string): number[] => [0, 1].map((k) => model.weight(model.rows.get(name)!, k));
    expect(row('hedge')).toEqual([-1, 2]);
    expect(row('said')).toEqual([1, 0]);
  });

  it('scores by dot product, divides by the temperature, and normalises', () => {
    const { best, probabilities } = predict(model, [
      { name: 'bias', value: 1 },
      { name: 'hedge', value: 1 },
    ]);
    // scores: yes 0.5 - 1 = -0.5, no 0 + 2 = 2; / 2 -> -0.25, 1
    const expected = softmax([-0.25, 1]);
    expect(best).toBe(1);
    expect(probabilities[0]).toBeCloseTo(expected[0]!, 12);
    expect(probabilities[0]! + probabilities[1]!).toBeCloseTo(1, 12);
  });

  it('ignores features the model does not know', () => {
    const known = predict(model, [{ name: 'bias', value: 1 }]);
    const withUnknown = predict(model, [{ name: 'bias', value: 1 }, { name: 'never-seen', value: 1 }]);
    expect(withUnknown).toEqual(known);
  });

  it('softmax stays finite for large scores', () => {
    const p = softmax([1000, 1001]);
    expect(p.every(Number.isFinite)).toBe(true);
    expect(p[1]! > p[0]!).toBe(true);
  });

  it('names the features that pushed a class over another, strongest first', () => {
    const features = [
      { name: 'bias', value: 1 },
      { name: 'hedge', value: 1 },
      { name: 'said', value: 1 },
    ];
    const { known } = predict(model, features);
    const pushing = topContributions(model, known, 1, 0, 5);
    expect(pushing.map((c) => [c.feature.name, c.weight])).toEqual([['hedge', 3]]);
    expect(topContributions(model, known, 0, 1, 5).map((c) => c.feature.name)).toEqual(['said']);
  });
});
