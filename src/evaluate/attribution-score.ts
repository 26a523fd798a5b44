import { overlap, type GoldAttribution, type Range } from './polnear.js';

/** What the attribution score needs of a statement: its span and who it says speaks. */
export interface AttributedStatement {
  start: number;
  end: number;
  source: { start: number; end: number; cue: { start: number; end: number } } | null;
}

export interface AttributionCounts {
  /** Gold attributions with a Source / with a Cue. */
  goldSources: number;
  goldCues: number;
  /** Of those, how many the aligned statement's source / cue overlaps. */
  sourceHits: number;
  cueHits: number;
  /** Statements that carry a source and overlap some gold Content. */
  predicted: number;
  /** Of those, how many name a Source (or Cue) of an attribution whose Content they overlap. */
  predictedSourceRight: number;
  predictedCueRight: number;
}

export interface AttributionMiss {
  gold: GoldAttribution;
  statement: AttributedStatement | null;
  sourceHit: boolean;
  cueHit: boolean;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Scores one document the way ../shared/data/attribution/README.md describes: every gold
 * attribution is aligned with the statement that overlaps its Content most; recall asks
 * whether that statement's source overlaps the gold Source (and its cue the gold Cue);
 * precision asks, of the statements with a source that overlap some gold Content, whether
 * the source overlaps the Source of an attribution they overlap.
 */
export function scoreAttributions(gold: readonly GoldAttribution[], statements: readonly AttributedStatement[]): { counts: AttributionCounts; misses: AttributionMiss[] } {
  const counts: AttributionCounts = { goldSources: 0, goldCues: 0, sourceHits: 0, cueHits: 0, predicted: 0, predictedSourceRight: 0, predictedCueRight: 0 };
  const misses: AttributionMiss[] = [];
  for (const attribution of gold) {
    const statement = mostOverlapping(attribution.content, statements);
    const source = statement?.source ?? null;
    const sourceHit = source !== null && attribution.source.length > 0 && overlap([source], attribution.source) > 0;
    const cueHit = source !== null && attribution.cue.length > 0 && overlap([source.cue], attribution.cue) > 0;
    if (attribution.source.length > 0) {
      counts.goldSources += 1;
      if (sourceHit) counts.sourceHits += 1;
    }
    if (attribution.cue.length > 0) {
      counts.goldCues += 1;
      if (cueHit) counts.cueHits += 1;
    }
    if ((attribution.source.length > 0 && !sourceHit) || (attribution.cue.length > 0 && !cueHit)) misses.push({ gold: attribution, statement, sourceHit, cueHit });
  }
  for (const statement of statements) {
    const source = statement.source;
    if (source === null) continue;
    const covering = gold.filter((g) => overlap([statement], g.content) > 0);
    if (covering.length === 0) continue;
    counts.predicted += 1;
    if (covering.some((g) => overlap([source], g.source) > 0)) counts.predictedSourceRight += 1;
    if (covering.some((g) => overlap([source.cue], g.cue) > 0)) counts.predictedCueRight += 1;
  }
  return { counts, misses };
}

/** The most a statement-level annotator could find: one source and one cue per statement. */
export interface AttributionCeiling {
  sourceHits: number;
  cueHits: number;
}

/**
 * How many gold sources and cues a perfect annotator could hit with these statement spans:
 * each statement carries one source and one cue, so of the gold attributions aligned with it
 * only those sharing one Source (one Cue) can all be hit ("X said A, adding B" has two cues).
 */
export function attributionCeiling(gold: readonly GoldAttribution[], statements: readonly { start: number; end: number }[]): AttributionCeiling {
  const aligned = new Map<object, GoldAttribution[]>();
  for (const attribution of gold) {
    const statement = mostOverlapping(attribution.content, statements);
    if (statement === null) continue;
    aligned.set(statement, [...(aligned.get(statement) ?? []), attribution]);
  }
  let sourceHits = 0;
  let cueHits = 0;
  for (const group of aligned.values()) {
    sourceHits += largestSharing(group, (g) => g.source);
    cueHits += largestSharing(group, (g) => g.cue);
  }
  return { sourceHits, cueHits };
}

/** The most attributions of `group` that one span can overlap: all that overlap one attribution's span. */
function largestSharing(group: readonly GoldAttribution[], spans: (g: GoldAttribution) => readonly Range[]): number {
  const marked = group.filter((g) => spans(g).length > 0);
  return Math.max(0, ...marked.map((a) => marked.filter((b) => overlap(spans(a), spans(b)) > 0).length));
}

function mostOverlapping<T extends { start: number; end: number }>(content: readonly Range[], statements: readonly T[]): T | null {
  let best: T | null = null;
  let bestOverlap = 0;
  for (const statement of statements) {
    const shared = overlap([statement], content);
    if (shared > bestOverlap) [best, bestOverlap] = [statement, shared];
  }
  return best;
}

export function sumCounts(all: readonly AttributionCounts[]): AttributionCounts {
  const total: AttributionCounts = { goldSources: 0, goldCues: 0, sourceHits: 0, cueHits: 0, predicted: 0, predictedSourceRight: 0, predictedCueRight: 0 };
  for (const counts of all) for (const key of Object.keys(total) as Array<keyof AttributionCounts>) total[key] += counts[key];
  return total;
}

export function sourceScore(counts: AttributionCounts): PRF {
  return prf(counts.predictedSourceRight, counts.predicted, counts.sourceHits, counts.goldSources);
}

export function cueScore(counts: AttributionCounts): PRF {
  return prf(counts.predictedCueRight, counts.predicted, counts.cueHits, counts.goldCues);
}

function prf(right: number, predicted: number, hits: number, gold: number): PRF {
  const precision = predicted === 0 ? 0 : right / predicted;
  const recall = gold === 0 ? 0 : hits / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** One attribution as the span-level score sees it: who, by which words, and what they say. */
export interface SpanAttribution {
  source: Range;
  cue: Range;
  content: Range;
}

export interface SpanCounts {
  /** Gold attributions with a Source / with a Cue. */
  goldSources: number;
  goldCues: number;
  /** Of those, how many have a system attribution whose content overlaps their Content and whose source (cue) overlaps their Source (Cue). */
  sourceHits: number;
  cueHits: number;
  /** The system's attributions, each counted once however many statements carry it. */
  predicted: number;
  /** Of those, how many overlap some gold Content at all. */
  inGoldContent: number;
  /** Of those, how many overlap the Content and the Source (Cue) of one gold attribution. */
  predictedSourceRight: number;
  predictedCueRight: number;
}

export interface SpanMiss {
  gold: GoldAttribution;
  /** The system attributions whose content overlaps the gold Content. */
  candidates: SpanAttribution[];
  sourceHit: boolean;
  cueHit: boolean;
}

/** The statements' attributions, each once: a quotation's speaker is carried by every statement of it. */
export function distinctAttributions(all: Iterable<SpanAttribution>): SpanAttribution[] {
  const seen = new Map<string, SpanAttribution>();
  for (const a of all) {
    const key = [a.source.start, a.source.end, a.cue.start, a.cue.end, a.content.start, a.content.end].join(':');
    if (!seen.has(key)) seen.set(key, a);
  }
  return [...seen.values()];
}

/**
 * Scores one document span by span: for each gold attribution, the system attributions whose
 * content overlaps its Content; a source hit when one of their sources overlaps the gold Source,
 * a cue hit likewise. Precision: of the system's attributions, those whose content and source
 * (cue) overlap the Content and Source (Cue) of one gold attribution.
 */
export function scoreSpans(gold: readonly GoldAttribution[], system: readonly SpanAttribution[]): { counts: SpanCounts; misses: SpanMiss[] } {
  const counts: SpanCounts = { goldSources: 0, goldCues: 0, sourceHits: 0, cueHits: 0, predicted: 0, inGoldContent: 0, predictedSourceRight: 0, predictedCueRight: 0 };
  const misses: SpanMiss[] = [];
  for (const g of gold) {
    const candidates = system.filter((s) => overlap([s.content], g.content) > 0);
    const sourceHit = g.source.length > 0 && candidates.some((s) => overlap([s.source], g.source) > 0);
    const cueHit = g.cue.length > 0 && candidates.some((s) => overlap([s.cue], g.cue) > 0);
    if (g.source.length > 0) {
      counts.goldSources += 1;
      if (sourceHit) counts.sourceHits += 1;
    }
    if (g.cue.length > 0) {
      counts.goldCues += 1;
      if (cueHit) counts.cueHits += 1;
    }
    if ((g.source.length > 0 && !sourceHit) || (g.cue.length > 0 && !cueHit)) misses.push({ gold: g, candidates, sourceHit, cueHit });
  }
  for (const s of system) {
    counts.predicted += 1;
    const covering = gold.filter((g) => overlap([s.content], g.content) > 0);
    if (covering.length > 0) counts.inGoldContent += 1;
    if (covering.some((g) => overlap([s.source], g.source) > 0)) counts.predictedSourceRight += 1;
    if (covering.some((g) => overlap([s.cue], g.cue) > 0)) counts.predictedCueRight += 1;
  }
  return { counts, misses };
}

export function sumSpanCounts(all: readonly SpanCounts[]): SpanCounts {
  const total: SpanCounts = { goldSources: 0, goldCues: 0, sourceHits: 0, cueHits: 0, predicted: 0, inGoldContent: 0, predictedSourceRight: 0, predictedCueRight: 0 };
  for (const counts of all) for (const key of Object.keys(total) as Array<keyof SpanCounts>) total[key] += counts[key];
  return total;
}

export function spanSourceScore(counts: SpanCounts): PRF {
  return prf(counts.predictedSourceRight, counts.predicted, counts.sourceHits, counts.goldSources);
}

export function spanCueScore(counts: SpanCounts): PRF {
  return prf(counts.predictedCueRight, counts.predicted, counts.cueHits, counts.goldCues);
}
