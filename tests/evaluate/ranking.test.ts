import { describe, expect, it } from 'vitest';
import type { GoldSegment } from '../../src/evaluate/gold.js';
import { formatReport, rankingLine, toJson } from '../../src/evaluate/print.js';
import { averagePrecision, chanceAveragePrecision, meanRanking, rankDocument, type RankedItem } from '../../src/evaluate/ranking.js';
import { evaluateDocument, summarize } from '../../src/evaluate/score.js';
import type { Label } from '../../src/types.js';

const item = (score: number | null, relevant: boolean): RankedItem => ({ score, relevant });

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((first, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [first, ...rest]));
}

/** Average precision of one fixed order. */
function apOfOrder(order: readonly boolean[]): number {
  let hits = 0;
  let sum = 0;
  order.forEach((relevant, i) => {
    if (relevant) sum += ++hits / (i + 1);
  });
  return sum / hits;
}

/** The expected AP over every order of each tie group, by enumeration. */
function bruteForce(items: readonly RankedItem[]): number {
  const value = (i: RankedItem): number => i.score ?? Number.NEGATIVE_INFINITY;
  const levels = [...new Set(items.map(value))].sort((a, b) => b - a);
  const groups = levels.map((level) => items.filter((i) => value(i) === level).map((i) => i.relevant));
  let orders: boolean[][] = [[]];
  for (const group of groups) orders = orders.flatMap((prefix) => permutations(group).map((p) => [...prefix, ...p]));
  return orders.reduce((sum, order) => sum + apOfOrder(order), 0) / orders.length;
}

describe('averagePrecision', () => {
  it('is 1 when every relevant item comes first, and lower when they come last', () => {
    expect(averagePrecision([item(0.9, true), item(0.8, true), item(0.1, false)])).toBe(1);
    expect(averagePrecision([item(0.9, false), item(0.8, true)])).toBe(0.5);
    expect(averagePrecision([item(0.9, false), item(0.5, true), item(0.1, true)])).toBeCloseTo((1 / 2 + 2 / 3) / 2, 12);
  });

  it('puts items without a score last', () => {
    expect(averagePrecision([item(null, false), item(0.1, true)])).toBe(1);
  });

  it('is null when nothing is relevant', () => {
    expect(averagePrecision([item(0.9, false)])).toBeNull();
    expect(averagePrecision([])).toBeNull();
  });

  it('takes the expected value over the orders of tied items, as enumerating them does', () => {
    expect(averagePrecision([item(0.5, true), item(0.5, false)])).toBeCloseTo(0.75, 12);
    const cases: RankedItem[][] = [
      [item(0.5, true), item(0.5, false), item(0.5, true), item(0.2, false)],
      [item(0.9, false), item(0.5, true), item(0.5, false), item(0.5, true), item(null, true), item(null, false)],
      [item(null, true), item(null, false), item(null, false), item(0.3, false), item(0.3, true)],
    ];
    for (const items of cases) expect(averagePrecision(items)).toBeCloseTo(bruteForce(items), 12);
  });

  it('does not depend on the order the items are given in', () => {
    const items = [item(0.5, true), item(0.9, false), item(null, true), item(0.5, false)];
    expect(averagePrecision([...items].reverse())).toBeCloseTo(averagePrecision(items)!, 12);
  });
});

describe('chanceAveragePrecision', () => {
  it('is the mean AP over every order', () => {
    for (const [relevant, total] of [[1, 1], [1, 4], [2, 4], [3, 5], [5, 5]] as const) {
      const order = Array.from({ length: total }, (_, i) => i < relevant);
      const mean = permutations(order).reduce((sum, p) => sum + apOfOrder(p), 0) / permutations(order).length;
      expect(chanceAveragePrecision(relevant, total)).toBeCloseTo(mean, 12);
    }
  });

  it('is null without a relevant item', () => {
    expect(chanceAveragePrecision(0, 3)).toBeNull();
    expect(chanceAveragePrecision(0, 0)).toBeNull();
  });
});

describe('rankDocument and meanRanking', () => {
  it('give the AP, the chance level and the labels-only AP per document, and their means over documents with a relevant item', () => {
    const a = rankDocument([item(0.9, true), item(0.2, false), item(null, false)]);
    expect(a).toEqual({ averagePrecision: 1, chance: chanceAveragePrecision(1, 3), labelsOnly: 0.75, relevant: 1, items: 3 });
    const none = rankDocument([item(0.4, false)]);
    expect(none.averagePrecision).toBeNull();
    const b = rankDocument([item(0.1, true), item(0.8, false)]);
    const mean = meanRanking([a, none, b]);
    expect(mean.documents).toBe(2);
    expect(mean.meanAveragePrecision).toBeCloseTo((1 + 0.5) / 2, 12);
    expect(mean.labelsOnly).toBeCloseTo((0.75 + 0.75) / 2, 12);
    expect(meanRanking([])).toEqual({ meanAveragePrecision: 0, chance: 0, labelsOnly: 0, documents: 0 });
  });
});

describe('the ranking in an evaluation', () => {
  const gold = (start: number, end: number, label: Label): GoldSegment => ({ start, end, label, text: '', why: '' });
  const text = 'x'.repeat(40);
  const segments = [gold(0, 10, 'background'), gold(10, 20, 'assertion'), gold(20, 30, 'unverified'), gold(30, 40, 'denial')];

  it('ranks the gold segments by the checkworthiness of their statements; relevant = gold assertion or unverified', () => {
    const predicted = [
      { start: 0, end: 10, label: 'assertion' as const, rule: 'r', confidence: 1, checkworthiness: 0.9 },
      { start: 10, end: 20, label: 'assertion' as const, rule: 'r', confidence: 1, checkworthiness: 0.5 },
      { start: 20, end: 30, label: 'unverified' as const, rule: 'r', confidence: 1, checkworthiness: 0.7 },
      { start: 30, end: 40, label: 'denial' as const, rule: 'r', confidence: 1, checkworthiness: null },
    ];
    const evaluation = evaluateDocument('doc', text, segments, predicted);
    expect(evaluation.ranking.relevant).toBe(2);
    expect(evaluation.ranking.averagePrecision).toBeCloseTo((1 / 2 + 2 / 3) / 2, 12);
    const summary = summarize([evaluation]);
    expect(summary.ranking.meanAveragePrecision).toBeCloseTo(evaluation.ranking.averagePrecision!, 12);
    expect(rankingLine(summary)).toMatch(/^Check-worthiness MAP 0\.583 \(.*mean of 1 documents; labels alone 0\.\d{3}, a random order 0\.\d{3}\)$/);
    expect(formatReport(summary)).toContain('\nCheck-worthiness MAP 0.583');
    const json = toJson(summary, false) as { ranking: { meanAveragePrecision: number }; perDocument: Array<{ ranking: unknown }> };
    expect(json.ranking.meanAveragePrecision).toBeCloseTo(0.5833, 4);
    expect(json.perDocument[0]!.ranking).toEqual(evaluation.ranking);
  });

  it('counts a prediction without a score (the baseline, older reports) as unscored', () => {
    const predicted = segments.map((s) => ({ start: s.start, end: s.end, label: s.label, rule: 'r', confidence: 1 }));
    const evaluation = evaluateDocument('doc', text, segments, predicted);
    expect(evaluation.ranking.averagePrecision).toBeCloseTo(chanceAveragePrecision(2, 4)!, 12);
  });
});
