import { describe, expect, it } from 'vitest';
import type { GoldSegment } from '../../src/evaluate/gold.js';
import {
  alignSegments,
  boundaryF1,
  evaluateDocument,
  reliabilityTable,
  scoreLabels,
  sumBoundary,
  summarize,
  toLabelPairs,
  type LabelPair,
  type PredictedSpan,
} from '../../src/evaluate/score.js';
import type { Label } from '../../src/types.js';

function gold(start: number, end: number, label: Label, text = ''): GoldSegment {
  return { start, end, label, text, why: '' };
}

function pred(start: number, end: number, label: Label): PredictedSpan {
  return { start, end, label };
}

describe('alignSegments', () => {
  const cases: {
    name: string;
    gold: GoldSegment[];
    predicted: PredictedSpan[];
    expected: { label: Label | null; start: number | null; overlap: number }[];
  }[] = [
    {
      name: 'identical spans align one to one',
      gold: [gold(0, 10, 'assertion'), gold(11, 20, 'denial')],
      predicted: [pred(0, 10, 'assertion'), pred(11, 20, 'background')],
      expected: [
        { label: 'assertion', start: 0, overlap: 10 },
        { label: 'background', start: 11, overlap: 9 },
      ],
    },
    {
      name: 'the prediction overlapping most wins',
      gold: [gold(10, 30, 'assertion')],
      predicted: [pred(0, 15, 'denial'), pred(15, 40, 'unverified')],
      expected: [{ label: 'unverified', start: 15, overlap: 15 }],
    },
    {
      name: 'a tie goes to the earlier prediction',
      gold: [gold(10, 30, 'assertion')],
      predicted: [pred(0, 20, 'denial'), pred(20, 40, 'unverified')],
      expected: [{ label: 'denial', start: 0, overlap: 10 }],
    },
    {
      name: 'a tie goes to the earlier prediction even when passed out of order',
      gold: [gold(10, 30, 'assertion')],
      predicted: [pred(20, 40, 'unverified'), pred(0, 20, 'denial')],
      expected: [{ label: 'denial', start: 0, overlap: 10 }],
    },
    {
      name: 'no overlap is a miss; touching edges do not overlap',
      gold: [gold(0, 10, 'assertion'), gold(10, 20, 'background')],
      predicted: [pred(0, 10, 'assertion')],
      expected: [
        { label: 'assertion', start: 0, overlap: 10 },
        { label: null, start: null, overlap: 0 },
      ],
    },
    {
      name: 'one long prediction serves every gold segment it covers',
      gold: [gold(0, 10, 'assertion'), gold(11, 20, 'denial')],
      predicted: [pred(0, 20, 'assertion')],
      expected: [
        { label: 'assertion', start: 0, overlap: 10 },
        { label: 'assertion', start: 0, overlap: 9 },
      ],
    },
    {
      name: 'no predictions at all: every gold segment is a miss',
      gold: [gold(0, 5, 'unverified')],
      predicted: [],
      expected: [{ label: null, start: null, overlap: 0 }],
    },
  ];

  it.each(cases)('$name', ({ gold: g, predicted, expected }) => {
    const aligned = alignSegments(g, predicted);
    expect(aligned.map((a) => ({ label: a.predicted?.label ?? null, start: a.predicted?.start ?? null, overlap: a.overlap }))).toEqual(
      expected,
    );
    expect(aligned.map((a) => a.gold)).toEqual(g);
  });

  it('keeps the caller’s extra fields on the aligned prediction', () => {
    const [a] = alignSegments([gold(0, 5, 'denial')], [{ start: 0, end: 5, label: 'denial' as const, rule: 'denial:verb', confidence: 0.9 }]);
    expect(a?.predicted?.rule).toBe('denial:verb');
  });
});

describe('scoreLabels', () => {
  // Hand-computed: 6 gold segments, one a miss.
  //   gold assertion  -> assertion, assertion, unverified
  //   gold denial     -> denial
  //   gold unverified -> assertion
  //   gold background -> miss
  const pairs: LabelPair[] = [
    { gold: 'assertion', predicted: 'assertion' },
    { gold: 'assertion', predicted: 'assertion' },
    { gold: 'assertion', predicted: 'unverified' },
    { gold: 'denial', predicted: 'denial' },
    { gold: 'unverified', predicted: 'assertion' },
    { gold: 'background', predicted: null },
  ];
  const scores = scoreLabels(pairs);

  it.each([
    // label, precision, recall, f1, support, predicted
    ['assertion', 2 / 3, 2 / 3, 2 / 3, 3, 3],
    ['denial', 1, 1, 1, 1, 1],
    ['unverified', 0, 0, 0, 1, 1],
    ['background', 0, 0, 0, 1, 0],
  ] as const)('%s: P %f R %f F1 %f support %i predicted %i', (label, precision, recall, f1, support, predicted) => {
    const m = scores.perLabel[label];
    expect(m.precision).toBeCloseTo(precision, 12);
    expect(m.recall).toBeCloseTo(recall, 12);
    expect(m.f1).toBeCloseTo(f1, 12);
    expect(m.support).toBe(support);
    expect(m.predicted).toBe(predicted);
  });

  it('macro-F1 is the mean of the four F1s, unused labels counting 0', () => {
    expect(scores.macroF1).toBeCloseTo((2 / 3 + 1 + 0 + 0) / 4, 12);
  });

  it('accuracy counts misses as wrong', () => {
    expect(scores.correct).toBe(3);
    expect(scores.total).toBe(6);
    expect(scores.misses).toBe(1);
    expect(scores.accuracy).toBe(0.5);
  });

  it('fills the confusion matrix gold x predicted with a miss column', () => {
    expect(scores.confusion).toEqual({
      assertion: { assertion: 2, denial: 0, unverified: 1, background: 0, miss: 0 },
      denial: { assertion: 0, denial: 1, unverified: 0, background: 0, miss: 0 },
      unverified: { assertion: 1, denial: 0, unverified: 0, background: 0, miss: 0 },
      background: { assertion: 0, denial: 0, unverified: 0, background: 0, miss: 1 },
    });
  });

  it('F1 differs from P and R when they differ', () => {
    const s = scoreLabels([
      { gold: 'assertion', predicted: 'assertion' },
      { gold: 'denial', predicted: 'assertion' },
      { gold: 'denial', predicted: 'assertion' },
      { gold: 'assertion', predicted: 'denial' },
    ]);
    // assertion: P = 1/3, R = 1/2, F1 = 2PR/(P+R) = 0.4
    expect(s.perLabel.assertion.f1).toBeCloseTo(0.4, 12);
  });

  it('scores nothing as zeros, not NaN', () => {
    const s = scoreLabels([]);
    expect(s.accuracy).toBe(0);
    expect(s.macroF1).toBe(0);
  });
});

describe('boundaryF1', () => {
  //            0         1         2         3
  //            0123456789012345678901234567890123
  const text = 'One two.  Three four.\nFive six.  ';
  const goldSpans = [
    { start: 0, end: 8 }, // "One two."
    { start: 10, end: 21 }, // "Three four."
    { start: 22, end: 31 }, // "Five six."
  ];

  it.each([
    { name: 'exact spans', predicted: [{ start: 0, end: 8 }, { start: 10, end: 21 }, { start: 22, end: 31 }], matched: 3 },
    {
      name: 'surrounding whitespace does not matter',
      predicted: [{ start: 0, end: 10 }, { start: 8, end: 22 }, { start: 21, end: 33 }],
      matched: 3,
    },
    { name: 'a merged statement matches neither gold segment', predicted: [{ start: 0, end: 21 }, { start: 22, end: 31 }], matched: 1 },
    {
      name: 'a split statement matches nothing',
      predicted: [{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 10, end: 21 }, { start: 22, end: 31 }],
      matched: 2,
    },
    { name: 'a duplicate prediction matches once', predicted: [{ start: 0, end: 8 }, { start: 0, end: 8 }], matched: 1 },
  ])('$name', ({ predicted, matched }) => {
    const score = boundaryF1(goldSpans, predicted, text);
    const precision = matched / predicted.length;
    const recall = matched / goldSpans.length;
    expect(score.matched).toBe(matched);
    expect(score.precision).toBeCloseTo(precision, 12);
    expect(score.recall).toBeCloseTo(recall, 12);
    expect(score.f1).toBeCloseTo(matched === 0 ? 0 : (2 * precision * recall) / (precision + recall), 12);
  });

  it('a dash or bracket on either side of a boundary is the same boundary', () => {
    //              0         1         2         3
    //              0123456789012345678901234567890123456
    const dashed = 'BOSTON, Mass. — The mayor spoke. <b>Hi.';
    const gold = [{ start: 0, end: 13 }, { start: 16, end: 32 }, { start: 34, end: 39 }];
    const predicted = [{ start: 0, end: 15 }, { start: 16, end: 32 }, { start: 33, end: 39 }];
    expect(boundaryF1(gold, predicted, dashed)).toMatchObject({ matched: 3 });
    // but a different word is a different boundary
    expect(boundaryF1(gold, [{ start: 0, end: 20 }, { start: 21, end: 39 }], dashed)).toMatchObject({ matched: 0 });
  });

  it('counts predictions outside gold coverage as false positives', () => {
    const score = boundaryF1([{ start: 0, end: 8 }], [{ start: 0, end: 8 }, { start: 10, end: 21 }], text);
    expect(score).toMatchObject({ matched: 1, predicted: 2, gold: 1, outside: 1, precision: 0.5, recall: 1 });
  });

  it('a whitespace-only prediction is a false positive, never a match', () => {
    const score = boundaryF1(goldSpans, [{ start: 8, end: 10 }], text);
    expect(score).toMatchObject({ matched: 0, predicted: 1, outside: 1 });
  });

  it('sumBoundary pools counts rather than averaging F1s', () => {
    const a = boundaryF1(goldSpans, goldSpans, text); // 3/3
    const b = boundaryF1([{ start: 0, end: 8 }], [{ start: 0, end: 4 }], text); // 0/1
    const total = sumBoundary([a, b]);
    expect(total).toMatchObject({ matched: 3, predicted: 4, gold: 4, precision: 0.75, recall: 0.75 });
    expect(total.f1).toBeCloseTo(0.75, 12);
  });
});

describe('reliabilityTable', () => {
  const rows = [
    { confidence: 0, correct: false },
    { confidence: 0.49, correct: true },
    { confidence: 0.5, correct: true },
    { confidence: 0.69, correct: false },
    { confidence: 0.75, correct: true },
    { confidence: 0.9, correct: true },
    { confidence: 1, correct: true },
    { confidence: 1, correct: false },
  ];
  const table = reliabilityTable(rows);

  it.each([
    // low, high, inclusiveHigh, count, correct, accuracy
    [0, 0.5, false, 2, 1, 0.5],
    [0.5, 0.7, false, 2, 1, 0.5],
    [0.7, 0.8, false, 1, 1, 1],
    [0.8, 0.9, false, 0, 0, 0],
    [0.9, 1, true, 3, 2, 2 / 3],
  ] as const)('bin [%f,%f) closed=%s: %i rows, %i correct', (low, high, inclusiveHigh, count, correct, accuracy) => {
    const bin = table.find((b) => b.low === low);
    expect(bin).toMatchObject({ low, high, inclusiveHigh, count, correct });
    expect(bin?.accuracy).toBeCloseTo(accuracy, 12);
  });

  it('reports the mean confidence per bin', () => {
    expect(table[4]?.meanConfidence).toBeCloseTo((0.9 + 1 + 1) / 3, 12);
  });

  it('clamps out-of-range confidences into the end bins', () => {
    const clamped = reliabilityTable([
      { confidence: -0.2, correct: true },
      { confidence: 1.3, correct: true },
    ]);
    expect(clamped.map((b) => b.count)).toEqual([1, 0, 0, 0, 1]);
  });

  it('accepts custom edges', () => {
    const halves = reliabilityTable(rows, [0, 0.5, 1]);
    expect(halves.map((b) => b.count)).toEqual([2, 6]);
  });
});

describe('evaluateDocument and summarize', () => {
  const text = 'Alpha said so. Beta denied it.';
  const g = [gold(0, 14, 'assertion', 'Alpha said so.'), gold(15, 30, 'denial', 'Beta denied it.')];

  it('pools pairs over documents so each gold segment weighs the same', () => {
    const right = evaluateDocument('b', text, g, [
      { start: 0, end: 14, label: 'assertion', rule: 'assertion:said', confidence: 0.8 },
      { start: 15, end: 30, label: 'denial', rule: 'denial:verb', confidence: 0.95 },
    ]);
    const wrong = evaluateDocument('a', text, g, [{ start: 0, end: 30, label: 'assertion', rule: 'assertion:said', confidence: 0.6 }]);
    expect(toLabelPairs(wrong.alignments)).toEqual([
      { gold: 'assertion', predicted: 'assertion' },
      { gold: 'denial', predicted: 'assertion' },
    ]);
    expect(wrong.boundary.matched).toBe(0);

    const total = summarize([right, wrong]);
    expect(total.labels.correct).toBe(3);
    expect(total.labels.total).toBe(4);
    expect(total.boundary).toMatchObject({ matched: 2, predicted: 3, gold: 4 });
    expect(total.reliability.map((b) => [b.count, b.correct])).toEqual([
      [0, 0],
      [2, 1],
      [0, 0],
      [1, 1],
      [1, 1],
    ]);
  });
});
