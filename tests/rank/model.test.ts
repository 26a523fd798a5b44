/**
 * The learned check-worthiness score (src/rank/model.ts), on sentences written for the tests:
 * behaviour, not weights, which change with every retraining.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index.js';
import { NEIGHBOURS_SIGNAL } from '../../src/rank/index.js';
import { NEIGHBOUR_WEIGHT, withNeighbours } from '../../src/rank/model.js';

const LINES = [
  'Thank you all for being here tonight.',
  'Unemployment fell from 10 percent to 4 percent while I was governor.',
  'Good night.',
  'We cut the state budget deficit by $3 billion in 2019.',
];

describe('learned check-worthiness', () => {
  const report = annotate(LINES.join('\n'), { inputFormat: 'lines' });
  const score = (i: number): number => report.statements[i]!.checkworthiness ?? 0;

  it('ranks claims of numbers and change above thanks and greetings', () => {
    expect(Math.min(score(1), score(3))).toBeGreaterThan(Math.max(score(0), score(2)));
  });

  it('scores 0..1 with three decimals, explained by the features that raised it', () => {
    for (const statement of report.statements) {
      const value = statement.checkworthiness;
      if (value === null || value === undefined) continue;
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(Math.round(value * 1000) / 1000).toBe(value);
      expect(statement.checkSignals!.length).toBeLessThanOrEqual(4);
    }
    expect(report.statements[3]!.checkSignals!.length).toBeGreaterThan(0);
  });

  it('is the same on every run', () => {
    expect(JSON.stringify(annotate(LINES.join('\n'), { inputFormat: 'lines' }))).toBe(JSON.stringify(report));
  });
});

describe('a share of the neighbours\' scores', () => {
  it('adds NEIGHBOUR_WEIGHT times the scores before and after to the probability, then weighs it by the claim probability', () => {
    const w = NEIGHBOUR_WEIGHT;
    const scores = withNeighbours([{ probability: 0.5, claim: 1 }, { probability: 0.1, claim: 0.5 }, null, { probability: 0.2, claim: 1 }]);
    expect(scores[0]).toBeCloseTo(0.5 + w * 0.05, 12);
    expect(scores[1]).toBeCloseTo((0.1 + w * 0.5) * 0.5, 12);
    expect(scores[2]).toBeNull();
    expect(scores[3]).toBeCloseTo(0.2, 12);
  });

  it('lifts no statement that is no claim, caps at 1 and leaves a lone score as it is', () => {
    expect(withNeighbours([{ probability: 0.9, claim: 1 }, { probability: 0.1, claim: 0 }])[1]).toBe(0);
    expect(withNeighbours([{ probability: 1, claim: 1 }, { probability: 1, claim: 1 }])).toEqual([1, 1]);
    expect(withNeighbours([{ probability: 0.3, claim: 1 }])).toEqual([0.3]);
    expect(withNeighbours([{ probability: 0.3, claim: 1 }, { probability: 0.6, claim: 1 }], 0)).toEqual([0.3, 0.6]);
  });

  it('raises a sentence that follows a claim above the same sentence among pleasantries', () => {
    const follow = 'It was the largest cut in the history of the state.';
    const amongClaims = annotate(['We cut the state budget deficit by $3 billion in 2019.', follow].join('\n'), { inputFormat: 'lines' });
    const alone = annotate(['Thank you all for being here tonight.', follow].join('\n'), { inputFormat: 'lines' });
    expect(amongClaims.statements[1]!.checkworthiness!).toBeGreaterThan(alone.statements[1]!.checkworthiness!);
  });

  it('names the lift in checkSignals ("neighbours") only where the scores around a statement raised it', () => {
    const follow = 'It was the largest cut in the history of the state.';
    const amongClaims = annotate(['We cut the state budget deficit by $3 billion in 2019.', follow, 'Unemployment fell from 10 percent to 4 percent.'].join('\n'), { inputFormat: 'lines' });
    expect(amongClaims.statements[1]!.checkSignals).toContain(NEIGHBOURS_SIGNAL);
    expect(amongClaims.statements[1]!.checkSignals!.length).toBeLessThanOrEqual(4);
    const alone = annotate(follow, { inputFormat: 'lines' });
    expect(alone.statements[0]!.checkSignals).not.toContain(NEIGHBOURS_SIGNAL);
    expect(alone.statements[0]!.checkSignals!.length).toBeGreaterThan(0);
  });
});
