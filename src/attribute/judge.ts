/**
 * The attribution model: the patterns propose every attribution they find, and a binary
 * logistic regression trained on the 840 PolNeAR train articles (`npm run train:attribution`,
 * src/train/attribution/) keeps those an annotator would mark, weighing the features of
 * judge-features.ts. Its file is src/models/attribution.json, read on first use; the
 * threshold chosen on PolNeAR dev is folded into the bias, so an attribution is kept when the
 * model gives "keep" the higher probability. Nothing of the trainer loads here.
 */
import { FeatureSet } from '../features/feature.js';
import { predictKnown, type LinearModel } from '../models/linear.js';
import { committedModel } from '../models/read.js';
import type { Token } from '../segment/token.js';
import type { Source, StatementAttribution } from '../types.js';
import { attributionFeatures, type JudgedAttribution } from './judge-features.js';
import type { QuoteSpan } from './quotes.js';

/** Decides, from an attribution's feature names, whether it stays (the trainer's judge records them and keeps all). */
export interface AttributionJudge {
  keep(names: readonly string[], judged: JudgedAttribution): boolean;
}

export function modelJudge(model: LinearModel): AttributionJudge {
  const keepClass = model.classes.indexOf('keep');
  if (keepClass === -1) throw new Error('attribution model: no "keep" class');
  return {
    keep(names) {
      const features = new FeatureSet(model.rows);
      for (const name of names) features.add(name);
      return predictKnown(model, { features: features.list, rows: features.rows }).best === keepClass;
    },
  };
}

let committed: AttributionJudge | undefined;

/** The committed model (src/models/attribution.json), read the first time an attribution is judged. */
export function committedJudge(): AttributionJudge {
  return { keep: (names, judged) => (committed ??= modelJudge(committedModel('attribution.json'))).keep(names, judged) };
}

/** What marks an attribution the patterns alone would not report: a cue the tagger found (its P(cue)), a report nested in another's content. */
export interface Proposal {
  learned?: number;
  nested?: true;
}

/** One attribution of a document, once however many statements carry it, with what it is judged by. */
export interface DistinctAttribution {
  key: string;
  judged: JudgedAttribution;
}

export function attributionKey(a: StatementAttribution): string {
  return `${a.source.start}:${a.source.end}:${a.cue.start}:${a.cue.end}:${a.content.start}:${a.content.end}`;
}

interface StatementSpan {
  start: number;
  end: number;
  tokens: readonly Token[];
}

/**
 * The document's attributions, each once, judged in the statement that holds its cue (a
 * quotation's later sentences carry the attribution of the sentence that names the speaker).
 * `mains[i]`: statement i's main source, to tell its main attribution from the others;
 * `proposals`: by key, what marks the attributions the patterns alone would not report.
 */
export function distinctAttributions(
  statements: readonly StatementSpan[],
  lists: readonly (readonly StatementAttribution[])[],
  mains: readonly (Source | null)[],
  proposals: ReadonlyMap<string, Proposal> = new Map(),
): DistinctAttribution[] {
  const seen = new Map<string, DistinctAttribution>();
  const homes = new Set<string>();
  lists.forEach((list, i) => {
    for (const attribution of list) {
      const key = attributionKey(attribution);
      const home = statements[i]!.start <= attribution.cue.start && attribution.cue.end <= statements[i]!.end;
      if (seen.has(key) && (homes.has(key) || !home)) continue;
      if (home) homes.add(key);
      const main = mains[i];
      seen.set(key, {
        key,
        judged: {
          attribution,
          tokens: statements[i]!.tokens,
          statement: { start: statements[i]!.start, end: statements[i]!.end },
          main: main !== null && main !== undefined && main.start === attribution.source.start && main.cue.start === attribution.cue.start,
          siblings: list.length,
          ...proposals.get(key),
        },
      });
    }
  });
  return [...seen.values()];
}

/** The keys of the attributions the judge drops. */
export function droppedAttributions(text: string, distinct: readonly DistinctAttribution[], quotes: readonly QuoteSpan[], judge: AttributionJudge): Set<string> {
  const dropped = new Set<string>();
  for (const { key, judged } of distinct) if (!judge.keep(attributionFeatures(text, judged, quotes), judged)) dropped.add(key);
  return dropped;
}
