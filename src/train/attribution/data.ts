/**
 * The attribution model's examples: every attribution the patterns propose in a PolNeAR
 * article (../shared/data/attribution, brat gold), with the features the model weighs and
 * whether an annotator marked it: its content, source and cue overlap the Content, Source and
 * Cue of one gold attribution (what `npm run eval:attribution` counts as right, for the source
 * and the cue at once: an attribution right by its source but not its cue costs cue precision).
 */
import { attributeDocument } from '../../attribute/index.js';
import type { AttributionJudge } from '../../attribute/judge.js';
import { findQuoteSpans } from '../../attribute/quotes.js';
import { findMatches, type Lexicon } from '../../classify/index.js';
import { overlap, type AttributionDocument, type GoldAttribution } from '../../evaluate/polnear.js';
import { markFurniture } from '../../furniture.js';
import { segment } from '../../segment/index.js';

export interface AttributionExample {
  features: string[];
  /** Whether an annotator marked it (see above). */
  right: boolean;
  source: { start: number; end: number };
  cue: { start: number; end: number };
  content: { start: number; end: number };
}

export interface AttributionTrainingDocument {
  id: string;
  examples: AttributionExample[];
  gold: GoldAttribution[];
}

/** The patterns' attributions of one article, none dropped, each with its features and whether it is right. */
export function toAttributionDocument(document: AttributionDocument, lexicon: Lexicon): AttributionTrainingDocument {
  const { text } = document;
  const segments = segment(text);
  markFurniture(segments, []);
  const examples: AttributionExample[] = [];
  const recorder: AttributionJudge = {
    keep(features, { attribution: a, statement }) {
      // A furniture line's attributions are not reported ("Click here to read the full report").
      const furniture = segments.some((s) => s.role === 'furniture' && s.start === statement.start);
      if (!furniture) {
        const right = document.attributions.some((g) => overlap([a.content], g.content) > 0 && overlap([a.source], g.source) > 0 && overlap([a.cue], g.cue) > 0);
        examples.push({ features: [...features], right, source: pick(a.source), cue: pick(a.cue), content: pick(a.content) });
      }
      return true;
    },
  };
  const inputs = segments.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph, tokens: s.tokens, matches: findMatches(s.tokens, lexicon) }));
  attributeDocument(text, inputs, lexicon, findQuoteSpans(text), recorder);
  return { id: document.id, examples, gold: document.attributions };
}

function pick(span: { start: number; end: number }): { start: number; end: number } {
  return { start: span.start, end: span.end };
}
