import { describe, expect, it } from 'vitest';
import {
  attributionCeiling,
  cueScore,
  distinctAttributions,
  scoreAttributions,
  scoreSpans,
  sourceScore,
  spanCueScore,
  spanSourceScore,
  type AttributedStatement,
  type SpanAttribution,
} from '../../src/evaluate/attribution-score.js';
import { parseAnnotations, type GoldAttribution } from '../../src/evaluate/polnear.js';

// A text written for the test:
//           0         1         2         3         4         5         6         7
//           0123456789012345678901234567890123456789012345678901234567890123456789012345
const TEXT = 'Lee said the pier is safe, adding it will reopen. The ferry runs daily.';
const ANN = [
  'T1\tSource 0 3\tLee',
  'T2\tCue 4 8\tsaid',
  'T3\tContent 9 25\tthe pier is safe',
  'T4\tCue 27 33\tadding',
  'T5\tContent 34 48\tit will reopen',
  'E1\tAttribution:T6 Content:T3 Cue:T2 Source:T1',
  'E2\tAttribution:T7 Content:T5 Cue:T4 Source:T1',
].join('\n');

function statement(start: number, end: number, source: [number, number, number, number] | null): AttributedStatement {
  return { start, end, source: source === null ? null : { start: source[0], end: source[1], cue: { start: source[2], end: source[3] } } };
}

describe('eval:attribution scoring', () => {
  const gold: GoldAttribution[] = parseAnnotations(ANN);

  it('reads both attributions with their spans', () => {
    expect(gold.map((g) => [TEXT.slice(g.source[0]!.start, g.source[0]!.end), TEXT.slice(g.cue[0]!.start, g.cue[0]!.end)])).toEqual([
      ['Lee', 'said'],
      ['Lee', 'adding'],
    ]);
    expect(gold.map((g) => [g.source, g.cue, g.content])).toEqual([
      [[{ start: 0, end: 3 }], [{ start: 4, end: 8 }], [{ start: 9, end: 25 }]],
      [[{ start: 0, end: 3 }], [{ start: 27, end: 33 }], [{ start: 34, end: 48 }]],
    ]);
  });

  it('one statement with one cue finds both sources but only one of the two cues', () => {
    const statements = [statement(0, 49, [0, 3, 4, 8]), statement(50, 71, null)];
    const { counts, misses } = scoreAttributions(gold, statements);
    expect(counts).toEqual({ goldSources: 2, goldCues: 2, sourceHits: 2, cueHits: 1, predicted: 1, predictedSourceRight: 1, predictedCueRight: 1 });
    expect(sourceScore(counts)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(cueScore(counts).recall).toBe(0.5);
    expect(misses.map((m) => [m.sourceHit, m.cueHit])).toEqual([[true, false]]);
  });

  it('a wrong source counts against precision and recall', () => {
    const { counts } = scoreAttributions(gold, [statement(0, 49, [13, 17, 21, 25])]);
    expect([counts.sourceHits, counts.predictedSourceRight, counts.predicted]).toEqual([0, 0, 1]);
  });

  it('the ceiling: one cue per statement can hit one of the two cues, one source both sources', () => {
    expect(attributionCeiling(gold, [{ start: 0, end: 49 }])).toEqual({ sourceHits: 2, cueHits: 1 });
    // Split into clauses, each attribution gets a statement of its own and both cues can be hit.
    expect(attributionCeiling(gold, [{ start: 0, end: 26 }, { start: 27, end: 49 }])).toEqual({ sourceHits: 2, cueHits: 2 });
  });
});

describe('eval:attribution span by span', () => {
  const gold: GoldAttribution[] = parseAnnotations(ANN);
  const span = (s: [number, number], c: [number, number], content: [number, number]): SpanAttribution => ({
    source: { start: s[0], end: s[1] },
    cue: { start: c[0], end: c[1] },
    content: { start: content[0], end: content[1] },
  });

  it('finds both cues of "X said A, adding B" when both attributions are given', () => {
    const { counts } = scoreSpans(gold, [span([0, 3], [4, 8], [9, 25]), span([0, 3], [27, 33], [34, 48])]);
    expect(counts).toMatchObject({ goldSources: 2, goldCues: 2, sourceHits: 2, cueHits: 2, predicted: 2, predictedSourceRight: 2, predictedCueRight: 2 });
    expect(spanCueScore(counts).f1).toBe(1);
  });

  it('misses the second cue with one attribution over the whole statement, and counts a wrong one against precision', () => {
    const { counts, misses } = scoreSpans(gold, [span([0, 3], [4, 8], [0, 49]), span([50, 59], [60, 64], [50, 71])]);
    expect(counts).toMatchObject({ sourceHits: 2, cueHits: 1, predicted: 2, inGoldContent: 1, predictedSourceRight: 1, predictedCueRight: 1 });
    expect(misses).toHaveLength(1);
    expect(misses[0]).toMatchObject({ sourceHit: true, cueHit: false });
    expect(spanSourceScore(counts)).toMatchObject({ precision: 0.5, recall: 1 });
  });

  it('counts an attribution once however many statements of a quotation carry it', () => {
    const quoted = span([0, 3], [4, 8], [9, 48]);
    expect(distinctAttributions([quoted, { ...quoted }, span([0, 3], [27, 33], [34, 48])])).toHaveLength(2);
  });
});
