/**
 * How well check-worthiness ranks the claims: per document, the gold segments are ordered by
 * the checkworthiness of the statement aligned with each (highest first; a segment whose
 * statement has none, a denial or background, or that no statement covers, comes last), and
 * the average precision of the segments the gold labels `assertion` or `unverified` is taken.
 * The mean over documents is the MAP `npm run eval` prints. Tied segments (equal scores, or
 * none) come in no particular order, so the average precision is its expected value over every
 * order of each tie, computed exactly: neither flattered nor penalised by an order the scores do
 * not give. Pure, like score.ts.
 */
import type { Label } from '../types.js';

/** The gold labels a fact-checker wants ranked first. */
export const RELEVANT_LABELS: readonly Label[] = ['assertion', 'unverified'];

export interface RankedItem {
  /** The checkworthiness of the aligned statement; null when it has none. */
  score: number | null;
  relevant: boolean;
}

export interface DocumentRanking {
  /** null when the document has no relevant segment. */
  averagePrecision: number | null;
  /** What a random order would score on average, for scale; null as above. */
  chance: number | null;
  /** The average precision of the labels alone: every scored statement equal, ahead of the unscored. */
  labelsOnly: number | null;
  relevant: number;
  items: number;
}

export interface RankingScore {
  /** Mean of the documents' average precision. */
  meanAveragePrecision: number;
  /** Mean of the documents' chance level. */
  chance: number;
  /** Mean of the documents' labels-only average precision: what the scores add is the difference. */
  labelsOnly: number;
  /** Documents with at least one relevant segment (the others have no average precision). */
  documents: number;
}

/** The items in groups of equal score, highest first, null last. */
function tieGroups(items: readonly RankedItem[]): RankedItem[][] {
  const value = (item: RankedItem): number => item.score ?? Number.NEGATIVE_INFINITY;
  const sorted = [...items].sort((a, b) => value(b) - value(a));
  const groups: RankedItem[][] = [];
  for (const item of sorted) {
    const last = groups.at(-1);
    if (last !== undefined && value(last[0]!) === value(item)) last.push(item);
    else groups.push([item]);
  }
  return groups;
}

/**
 * Average precision of the relevant items, in expectation over the orders of tied items; null
 * when none is relevant. A relevant item of a tie group of n items with r relevant, after `above`
 * items of which `hits` are relevant, lands at each position p of the group with chance 1/n and
 * then has on average (r−1)(p−1)/(n−1) relevant items of its group before it, so it adds
 * (1/n) Σ_p (hits + 1 + (r−1)(p−1)/(n−1)) / (above + p).
 */
export function averagePrecision(items: readonly RankedItem[]): number | null {
  let above = 0;
  let hits = 0;
  let sum = 0;
  for (const group of tieGroups(items)) {
    const n = group.length;
    const r = group.filter((item) => item.relevant).length;
    if (r > 0) {
      let each = 0;
      for (let p = 1; p <= n; p++) each += (hits + 1 + (n === 1 ? 0 : ((r - 1) * (p - 1)) / (n - 1))) / (above + p);
      sum += (r * each) / n;
    }
    above += n;
    hits += r;
  }
  return hits === 0 ? null : sum / hits;
}

/** The expected average precision of a random order: every item tied. */
export function chanceAveragePrecision(relevant: number, total: number): number | null {
  if (relevant <= 0 || total <= 0 || relevant > total) return null;
  return averagePrecision(Array.from({ length: total }, (_, i) => ({ score: 0, relevant: i < relevant })));
}

export function rankDocument(items: readonly RankedItem[]): DocumentRanking {
  const relevant = items.filter((item) => item.relevant).length;
  const flat = items.map((item) => ({ ...item, score: item.score === null ? null : 0 }));
  return {
    averagePrecision: averagePrecision(items),
    chance: chanceAveragePrecision(relevant, items.length),
    labelsOnly: averagePrecision(flat),
    relevant,
    items: items.length,
  };
}

/** The mean over the documents that have a relevant segment; 0 when none has. */
export function meanRanking(rankings: readonly DocumentRanking[]): RankingScore {
  type Scored = DocumentRanking & { averagePrecision: number; chance: number; labelsOnly: number };
  const scored = rankings.filter((r): r is Scored => r.averagePrecision !== null && r.chance !== null && r.labelsOnly !== null);
  const mean = (values: number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  return {
    meanAveragePrecision: mean(scored.map((r) => r.averagePrecision)),
    chance: mean(scored.map((r) => r.chance)),
    labelsOnly: mean(scored.map((r) => r.labelsOnly)),
    documents: scored.length,
  };
}
