/**
 * The learned check-worthiness score (src/rank/model.ts), on sentences written for the tests:
 * behaviour, not weights, which change with every retraining.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index.js';

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
