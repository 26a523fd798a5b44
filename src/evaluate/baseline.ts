import nlp from 'compromise';
import background from '../classify/lexicon/background.json' with { type: 'json' };
import denial from '../classify/lexicon/denial.json' with { type: 'json' };
import distancing from '../classify/lexicon/distancing.json' with { type: 'json' };
import hedge from '../classify/lexicon/hedge.json' with { type: 'json' };
import missingEvidence from '../classify/lexicon/missing-evidence.json' with { type: 'json' };
import noAnswer from '../classify/lexicon/no-answer.json' with { type: 'json' };
import vagueSource from '../classify/lexicon/vague-source.json' with { type: 'json' };
import type { Label } from '../types.js';
import type { PredictedStatement } from './score.js';

/**
 * The naive annotator `npm run eval -- --baseline` scores beside factcheck, so the gain of
 * the real pipeline is visible: compromise's own sentences and offsets, and a flat keyword
 * list (the single words of the same lexicons, no scope, no attribution, no roles). A sentence
 * with a denial word is a denial, else one with a hedge, distancing, missing-evidence,
 * no-answer or vague-source word is unverified, else one with a history word is background,
 * else an assertion.
 */
export function baselineStatements(text: string): PredictedStatement[] {
  const doc = nlp(text);
  doc.compute('root');
  const sentences = doc.json({ offset: true }) as Array<{ offset: { start: number; length: number }; terms: Array<{ normal: string; root?: string }> }>;
  return sentences.map((sentence) => {
    const { start, length } = sentence.offset;
    // Base forms as well as the words themselves, so "denied" finds "deny": a fair keyword list.
    const label = keywordLabel(sentence.terms.flatMap((t) => [t.normal, t.root ?? t.normal]));
    return { start, end: start + length, label, rule: `baseline:${label}`, confidence: 0.5 };
  });
}

type Entries = { entries: Array<{ phrase: string }> };

function singleWords(...files: Entries[]): Set<string> {
  return new Set(files.flatMap((f) => f.entries.map((e) => e.phrase)).filter((phrase) => !/[\s*]/.test(phrase)));
}

const KEYWORDS: ReadonlyArray<[Label, ReadonlySet<string>]> = [
  ['denial', singleWords(denial)],
  ['unverified', singleWords(hedge, distancing, missingEvidence, noAnswer, vagueSource)],
  ['background', singleWords(background)],
];

function keywordLabel(words: readonly string[]): Label {
  for (const [label, keywords] of KEYWORDS) {
    for (const word of words) if (keywords.has(word)) return label;
  }
  return 'assertion';
}
