/**
 * The attribution model's examples: every attribution the patterns propose in a PolNeAR
 * article (../shared/data/attribution, brat gold), with the features the model weighs and
 * whether an annotator marked it: its content, source and cue overlap the Content, Source and
 * Cue of one gold attribution (what `npm run eval:attribution` counts as right, for the source
 * and the cue at once: an attribution right by its source but not its cue costs cue precision).
 */
import { cueTokenFeatures, isCueCandidate, type CueTagger } from '../../attribute/cue-tagger.js';
import { attributeDocument, type AttributionInput } from '../../attribute/index.js';
import type { AttributionJudge } from '../../attribute/judge.js';
import { findQuoteSpans, quoteAt, type QuoteSpan } from '../../attribute/quotes.js';
import { findMatches, type Lexicon } from '../../classify/index.js';
import { overlap, type AttributionDocument, type GoldAttribution } from '../../evaluate/polnear.js';
import { markFurniture } from '../../furniture.js';
import { segment, type Segment } from '../../segment/index.js';

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

/** An article segmented and matched once, for the cue tagger's examples and the attribution model's. */
export interface PreparedDocument {
  document: AttributionDocument;
  segments: Segment[];
  inputs: AttributionInput[];
  quotes: QuoteSpan[];
  lexicon: Lexicon;
}

export function prepareDocument(document: AttributionDocument, lexicon: Lexicon): PreparedDocument {
  const segments = segment(document.text);
  markFurniture(segments, []);
  const inputs = segments.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph, tokens: s.tokens, matches: findMatches(s.tokens, lexicon) }));
  return { document, segments, inputs, quotes: findQuoteSpans(document.text), lexicon };
}

/** One word the cue tagger weighs: its features and whether it lies in a gold Cue. */
export interface CueExample {
  features: string[];
  cue: boolean;
}

/** The words of an article the tagger weighs at annotate time (verbs outside quotations that no reporting entry covers), each labelled. */
export function cueExamples(prepared: PreparedDocument): CueExample[] {
  const cues = prepared.document.attributions.flatMap((g) => g.cue);
  const examples: CueExample[] = [];
  prepared.segments.forEach((s, k) => {
    if (s.role === 'furniture') return;
    const { tokens, matches } = prepared.inputs[k]!;
    tokens.forEach((token, i) => {
      if (!isCueCandidate(token)) return;
      const quote = quoteAt(token.start, prepared.quotes);
      if (quote !== null && quote.start < token.start && token.end < quote.end) return;
      const covering = matches.filter((m) => m.first <= i && i <= m.last);
      if (covering.some((m) => m.entry.kind === 'reporting')) return;
      const cue = overlap([{ start: token.start, end: token.end }], cues) > 0;
      examples.push({ features: cueTokenFeatures(tokens, i, covering.map((m) => m.entry.kind)), cue });
    });
  });
  return examples;
}

/** The attributions of one article, the patterns' and the tagger's cues', none dropped, each with its features and whether it is right. */
export function toAttributionDocument(prepared: PreparedDocument, tagger: CueTagger | null): AttributionTrainingDocument {
  const { document, segments, inputs, quotes, lexicon } = prepared;
  const { text } = document;
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
  attributeDocument(text, inputs, lexicon, quotes, recorder, tagger);
  return { id: document.id, examples, gold: document.attributions };
}

function pick(span: { start: number; end: number }): { start: number; end: number } {
  return { start: span.start, end: span.end };
}
