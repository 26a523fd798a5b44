/**
 * The lab's measures of a ranking, per transcript, then averaged over transcripts: average
 * precision (its mean is the official MAP), R-precision and precision at 5, 10 and 20. Tied
 * sentences (equal scores, or none) come in no particular order, so each figure is its expected
 * value over the orders of every tie: "contains a number" and random are scored fairly.
 */
import { averagePrecision, type RankedItem } from '../../evaluate/ranking.js';

export interface RankingFigures {
  map: number;
  rPrecision: number;
  p5: number;
  p10: number;
  p20: number;
}

/** The items in groups of equal score, highest first, null last. */
function groups(items: readonly RankedItem[]): Array<{ n: number; r: number }> {
  const value = (item: RankedItem): number => item.score ?? Number.NEGATIVE_INFINITY;
  const sorted = [...items].sort((a, b) => value(b) - value(a));
  const out: Array<{ n: number; r: number; v: number }> = [];
  for (const item of sorted) {
    const last = out.at(-1);
    if (last !== undefined && last.v === value(item)) {
      last.n++;
      if (item.relevant) last.r++;
    } else out.push({ n: 1, r: item.relevant ? 1 : 0, v: value(item) });
  }
  return out;
}

/** Expected precision of the first k items. */
export function precisionAt(items: readonly RankedItem[], k: number): number {
  let above = 0;
  let hits = 0;
  for (const group of groups(items)) {
    if (above >= k) break;
    const taken = Math.min(group.n, k - above);
    hits += (taken * group.r) / group.n;
    above += taken;
  }
  return hits / k;
}

export function documentFigures(items: readonly RankedItem[]): RankingFigures | null {
  const relevant = items.filter((i) => i.relevant).length;
  if (relevant === 0) return null;
  return { map: averagePrecision(items)!, rPrecision: precisionAt(items, relevant), p5: precisionAt(items, 5), p10: precisionAt(items, 10), p20: precisionAt(items, 20) };
}

/** The mean of each figure over the transcripts that have a check-worthy sentence. */
export function meanFigures(transcripts: ReadonlyArray<readonly RankedItem[]>): RankingFigures {
  const figures = transcripts.map(documentFigures).filter((f): f is RankingFigures => f !== null);
  const mean = (key: keyof RankingFigures): number => figures.reduce((sum, f) => sum + f[key], 0) / Math.max(1, figures.length);
  return { map: mean('map'), rPrecision: mean('rPrecision'), p5: mean('p5'), p10: mean('p10'), p20: mean('p20') };
}
