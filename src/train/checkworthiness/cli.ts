/**
 * Check-worthiness: `npm run eval:checkworthiness` and the second half of `npm run train`.
 *
 *   node dist/train/checkworthiness/cli.js [--eval] [--curve] [--grid] [--out FILE]
 *     (no flag)  cross-validate, then fit on every transcript and write src/models/checkworthiness.json
 *     --eval     cross-validate and print the table only
 *     --curve    also print the learning curve (25, 50, 100 % of each fold's training transcripts)
 *     --grid     cross-validate a few settings around config.json (how its values were chosen)
 *
 * Leave-one-transcript-out on the 19 transcripts of ../shared/data/checkworthiness: every
 * sentence is scored by a model that never saw its transcript. Printed beside the model, scored
 * the same way in the same run: today's hand-set weights (src/rank/weights.json), "contains a
 * number" and random. The ranking as shipped adds a share of the neighbouring sentences' scores
 * (src/rank/model.ts, withNeighbours). Same data and settings -> byte-identical model file.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHash } from 'node:crypto';
import { compileLexicon } from '../../classify/index.js';
import type { RankedItem } from '../../evaluate/ranking.js';
import { readLinearModel, readNetworkModel } from '../../models/read.js';
import { NEIGHBOUR_WEIGHT, withNeighbours } from '../../rank/model.js';
import { fitTemperature, shuffled } from '../cross-validate.js';
import { runCommand } from '../run.js';
import config from './config.json' with { type: 'json' };
import { loadTranscripts, toCheckDocument, type CheckDocument, type Transcript } from './data.js';
import { featureIndex, fitCheckModel, formatModelFile, predictFitted, toCheckModelFile, type CheckSettings } from './fit.js';
import { meanFigures, type RankingFigures } from './measure.js';

export const CHECK_SETTINGS: CheckSettings = { minCount: config.minCount, l2: config.l2, balance: config.balance, exclude: config.exclude, penalties: config.penalties };

/** Held-out probability of check-worthy for every sentence (null for a line that made no statement). */
export function crossValidateByTranscript(documents: readonly CheckDocument[], settings: CheckSettings, fraction = 1): Array<Array<number | null>> {
  return documents.map((held, k) => {
    const others = documents.filter((_, j) => j !== k);
    const training = fraction >= 1 ? others : shuffled(others, 7 + k).slice(0, Math.max(1, Math.round(others.length * fraction)));
    const model = fitCheckModel(training, settings);
    const index = featureIndex(model);
    return held.examples.map((e) => (e.features === null ? null : predictFitted(model, index, e.features)));
  });
}

type Scorer = (document: CheckDocument, k: number) => Array<number | null>;

function figures(documents: readonly CheckDocument[], scorer: Scorer): RankingFigures {
  return meanFigures(documents.map((doc, k): RankedItem[] => scorer(doc, k).map((score, i) => ({ score, relevant: doc.examples[i]!.worthy }))));
}

const HEADER = `${'ranking'.padEnd(52)}${['MAP', 'R-prec', 'P@5', 'P@10', 'P@20'].map((h) => h.padStart(8)).join('')}`;

function line(name: string, f: RankingFigures): string {
  return `${name.padEnd(52)}${[f.map, f.rPrecision, f.p5, f.p10, f.p20].map((v) => v.toFixed(3).padStart(8)).join('')}`;
}

/** Denials and background last, in the model's order among themselves (as a hard gate on the label would rank). */
function shipped(held: ReadonlyArray<ReadonlyArray<number | null>>): Scorer {
  return (doc, k) => doc.examples.map((e, i) => {
    const p = held[k]![i] ?? null;
    return p === null ? null : e.scored ? 1 + p : p;
  });
}

/** Every sentence scored: the model's probability times the label model's probability of a claim. */
function soft(held: ReadonlyArray<ReadonlyArray<number | null>>): Scorer {
  return (doc, k) => doc.examples.map((e, i) => {
    const p = held[k]![i] ?? null;
    return p === null ? null : p * e.claim;
  });
}

/** As shipped: `soft`, the probability first raised by a share of the neighbouring sentences' scores (src/rank/model.ts). */
function shippedScore(held: ReadonlyArray<ReadonlyArray<number | null>>, weight = NEIGHBOUR_WEIGHT): Scorer {
  return (doc, k) => withNeighbours(doc.examples.map((e, i) => {
    const probability = held[k]![i] ?? null;
    return probability === null ? null : { probability, claim: e.claim };
  }), weight);
}

function table(documents: readonly CheckDocument[], held: ReadonlyArray<ReadonlyArray<number | null>>): string {
  const sentences = documents.reduce((n, d) => n + d.examples.length, 0);
  const worthy = documents.reduce((n, d) => n + d.examples.filter((e) => e.worthy).length, 0);
  return [
    `${documents.length} transcripts, ${sentences} sentences, ${worthy} check-worthy; leave one transcript out: every sentence is scored by a model that never saw its transcript.`,
    'Means over transcripts (MAP is the lab\'s official measure).',
    HEADER,
    line('model (as shipped: (p + neighbours / 5) x P(claim))', figures(documents, shippedScore(held))),
    line('model x P(assertion or unverified)', figures(documents, soft(held))),
    line('model, its probability alone', figures(documents, (_, k) => [...held[k]!])),
    line('model, denials and background last', figures(documents, shipped(held))),
    line('hand-set weights (src/rank/weights.json)', figures(documents, (doc) => doc.examples.map((e) => e.hand))),
    line('contains a number', figures(documents, (doc) => doc.examples.map((e) => (e.number ? 1 : 0)))),
    line('random', figures(documents, (doc) => doc.examples.map(() => 0))),
  ].join('\n');
}

/** Settings around config.json, one changed at a time. */
function grid(): Array<[string, CheckSettings]> {
  const base = CHECK_SETTINGS;
  return [
    ['config.json', base],
    ...[0.01].map((l2): [string, CheckSettings] => [`l2 ${l2}`, { ...base, l2 }]),
    ...[0, 1].map((balance): [string, CheckSettings] => [`balance ${balance}`, { ...base, balance }]),
    ['without the label model\'s features (label:, rule:, cue:, main:, claim:)', { ...base, exclude: [...base.exclude, 'label:', 'rule', 'cue:', 'governs:', 'main:', 'claim:'] }],
    ['without the hand-set signals and their log-odds (prior)', { ...base, exclude: [...base.exclude, 'signal:', 'prior'] }],
    ['word n-grams penalised 3x', { ...base, penalties: { ...base.penalties, 'w:': 3, 'ww:': 3, 'tt:': 3 } }],
  ];
}

function digest(transcripts: readonly Transcript[]): string {
  const hash = createHash('sha256');
  for (const t of transcripts) {
    hash.update(`${t.id}\0`);
    for (const s of t.sentences) hash.update(`${s.text}\0${s.worthy ? 1 : 0}\0`);
  }
  return hash.digest('hex');
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: { eval: { type: 'boolean', default: false }, curve: { type: 'boolean', default: false }, grid: { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  const root = new URL('../../../', import.meta.url);
  const out = values.out ?? fileURLToPath(new URL('src/models/checkworthiness.json', root));
  // The label model as `npm run train` just wrote it (src/, not the copy in dist/).
  const labels = {
    linear: readLinearModel(readFileSync(new URL('src/models/labels.json', root))),
    network: readNetworkModel(readFileSync(new URL('src/models/labels-network.json', root))),
  };
  const transcripts = await loadTranscripts();
  const lexicon = compileLexicon();
  const documents: CheckDocument[] = [];
  for (const transcript of transcripts) {
    documents.push(toCheckDocument(transcript, labels, lexicon));
    process.stderr.write(`analysing transcripts: ${documents.length}/${transcripts.length}\n`);
  }

  if (values.grid === true) {
    process.stdout.write(`${HEADER}\n`);
    for (const [name, settings] of grid()) {
      process.stderr.write(`cross-validating: ${name}\n`);
      const held = crossValidateByTranscript(documents, settings);
      process.stdout.write(`${line(name, figures(documents, shippedScore(held)))}\n`);
      if (settings !== CHECK_SETTINGS) continue;
      for (const weight of [0, 0.1, 0.3, 0.5]) process.stdout.write(`${line(`  its neighbours' scores x ${weight}`, figures(documents, shippedScore(held, weight)))}\n`);
    }
    return;
  }

  process.stderr.write('cross-validating, leaving one transcript out\n');
  const held = crossValidateByTranscript(documents, CHECK_SETTINGS);
  process.stdout.write(`${table(documents, held)}\n`);
  const asShipped = figures(documents, shippedScore(held));
  if (values.curve === true) {
    const points: string[] = [];
    for (const fraction of [0.25, 0.5]) {
      process.stderr.write(`learning curve: ${fraction * 100} % of the training transcripts\n`);
      points.push(figures(documents, shippedScore(crossValidateByTranscript(documents, CHECK_SETTINGS, fraction))).map.toFixed(3));
    }
    process.stdout.write(`\nLearning curve (MAP as shipped, with 25, 50 and 100 % of each fold's training transcripts): ${[...points, asShipped.map.toFixed(3)].join(', ')}\n`);
  }
  if (values.eval === true) return;

  const rows = documents.flatMap((doc, k) => doc.examples.flatMap((e, i) => {
    const p = held[k]![i];
    return p === null || p === undefined ? [] : [{ probabilities: [1 - p, p], label: e.worthy ? 1 : 0 }];
  }));
  const temperature = fitTemperature(rows);
  process.stderr.write('fitting the model on every transcript\n');
  const fitted = fitCheckModel(documents, CHECK_SETTINGS);
  const file = toCheckModelFile(fitted, temperature, {
    data: { source: 'CLEF-2019 CheckThat! Task 1, training split (../shared/data/checkworthiness)', transcripts: documents.length, sentences: documents.reduce((n, d) => n + d.examples.length, 0), digest: digest(transcripts) },
    settings: { minCount: CHECK_SETTINGS.minCount, l2: CHECK_SETTINGS.l2, balance: CHECK_SETTINGS.balance, exclude: CHECK_SETTINGS.exclude, penalties: CHECK_SETTINGS.penalties, neighbourWeight: NEIGHBOUR_WEIGHT },
    crossValidated: { by: 'transcript', map: Number(asShipped.map.toFixed(4)), rPrecision: Number(asShipped.rPrecision.toFixed(4)) },
  });
  await writeFile(out, formatModelFile(file));
  process.stdout.write(`\nwrote ${out}: ${file.features.length} features, temperature ${file.temperature}\n`);
}

await runCommand('train checkworthiness', () => main(process.argv.slice(2)));
