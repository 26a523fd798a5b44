/**
 * `npm run train:attribution` (and the last step of `npm run train`): fits the attribution
 * model on the 840 PolNeAR train articles (../shared/data/attribution/train) and writes
 * src/models/attribution.json. Before it fits, it cross-validates by article on train and
 * prints, span by span as `npm run eval:attribution` scores, the patterns alone beside the
 * patterns with the model. Same data and settings -> byte-identical model file.
 *
 *   node dist/train/attribution/cli.js [--out FILE] [--eval] [--tune]
 *     --eval   cross-validate and print the table only
 *     --tune   print PolNeAR dev figures for the settings around config.json (how they were chosen)
 *
 * The texts are the publishers' copyright: they are read from ../shared, never copied.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { modelCueTagger, type CueTagger } from '../../attribute/cue-tagger.js';
import { compileLexicon } from '../../classify/index.js';
import { loadLinearModel } from '../../models/linear.js';
import { scoreSpans, spanCueScore, spanSourceScore, sumSpanCounts, type PRF } from '../../evaluate/attribution-score.js';
import { GoldError } from '../../evaluate/gold.js';
import { loadAttributionGold } from '../../evaluate/polnear.js';
import { shuffled } from '../cross-validate.js';
import { runCommand } from '../run.js';
import config from './config.json' with { type: 'json' };
import { cueExamples, prepareDocument, toAttributionDocument, type AttributionTrainingDocument, type CueExample, type PreparedDocument } from './data.js';
import { featureIndex, fitAttributionModel, fitCueTagger, formatModelFile, keepProbability, toAttributionModelFile, toCueModelFile, type AttributionSettings } from './fit.js';

export const ATTRIBUTION_SETTINGS: AttributionSettings = { minCount: config.minCount, l2: config.l2, threshold: config.threshold };

const ATTRIBUTION_DIR = fileURLToPath(new URL('../../../../shared/data/attribution/', import.meta.url));

const CUE_SETTINGS = { minCount: config.cueMinCount, l2: config.cueL2 };

/** Each article's fold of the cross-validation by article (the cue tagger's and the model's alike). */
function foldsOf(count: number, folds: number): Map<number, number> {
  return new Map(shuffled(Array.from({ length: count }, (_, i) => i), 11).map((doc, k) => [doc, k % folds]));
}

/** The tagger as the annotator reads it: the model file's weights, its threshold in the bias. */
function cueTaggerFile(examples: readonly CueExample[], training: Record<string, unknown>) {
  return toCueModelFile(fitCueTagger(examples, CUE_SETTINGS), config.cueThreshold, training);
}

/**
 * Each article's attributions, the cues the tagger finds among them from a tagger fitted on the
 * other folds' articles, so that the model learns what the tagger proposes on unseen text.
 */
function crossFittedDocuments(prepared: readonly PreparedDocument[], cues: readonly CueExample[][], folds: number): AttributionTrainingDocument[] {
  const fold = foldsOf(prepared.length, folds);
  const taggers: CueTagger[] = [];
  for (let k = 0; k < folds; k++) {
    process.stderr.write(`fitting the cue tagger: fold ${k + 1} of ${folds}\n`);
    taggers.push(modelCueTagger(loadLinearModel(cueTaggerFile(cues.filter((_, i) => fold.get(i) !== k).flat(), {}))));
  }
  return prepared.map((doc, i) => toAttributionDocument(doc, taggers[fold.get(i)!]!));
}

/** P(keep) of every example, each from the model of the fold that held its article out. */
export function crossValidateByArticle(documents: readonly AttributionTrainingDocument[], settings: AttributionSettings, folds: number): number[][] {
  const fold = foldsOf(documents.length, folds);
  const held: number[][] = documents.map(() => []);
  for (let k = 0; k < folds; k++) {
    process.stderr.write(`cross-validating: fold ${k + 1} of ${folds}\n`);
    const model = fitAttributionModel(documents.filter((_, i) => fold.get(i) !== k), settings);
    const index = featureIndex(model);
    documents.forEach((doc, i) => {
      if (fold.get(i) === k) held[i] = doc.examples.map((e) => keepProbability(model, index, e.features));
    });
  }
  return held;
}

/** Span-by-span source and cue scores of the attributions `kept` keeps. */
export function spanFigures(documents: readonly AttributionTrainingDocument[], kept: (doc: number, example: number) => boolean): { source: PRF; cue: PRF } {
  const counts = sumSpanCounts(documents.map((doc, i) => scoreSpans(doc.gold, doc.examples.filter((_, j) => kept(i, j))).counts));
  return { source: spanSourceScore(counts), cue: spanCueScore(counts) };
}

function line(name: string, figures: { source: PRF; cue: PRF }): string {
  const cells = [figures.source, figures.cue].flatMap((f) => [f.precision, f.recall, f.f1]).map((v) => v.toFixed(3).padStart(7));
  return `${name.padEnd(44)}${cells.join('')}`;
}

const HEADER = `${''.padEnd(44)}${'source'.padStart(14)}${''.padStart(7)}${'cue'.padStart(14)}\n${''.padEnd(44)}${['P', 'R', 'F1', 'P', 'R', 'F1'].map((h) => h.padStart(7)).join('')}`;

async function loadPrepared(dir: string, what: string): Promise<PreparedDocument[]> {
  const lexicon = compileLexicon();
  if (!existsSync(dir)) throw new GoldError(`${dir}: no such directory (the PolNeAR gold lives in ../shared beside the checkout)`);
  const gold = await loadAttributionGold(dir);
  if (gold.length === 0) throw new GoldError(`${dir}: no PolNeAR .ann.txt files`);
  return gold.map((document, i) => {
    if ((i + 1) % 100 === 0 || i + 1 === gold.length) process.stderr.write(`analysing ${what} articles: ${i + 1}/${gold.length}\n`);
    return prepareDocument(document, lexicon);
  });
}

/** A digest of what the model learns from: the names and bytes of the train files, in order. */
async function digest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()) hash.update(`${name}\0`).update(await readFile(join(dir, name))).update('\0');
  return hash.digest('hex');
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({ args: [...argv], strict: true, options: { out: { type: 'string' }, eval: { type: 'boolean', default: false }, tune: { type: 'boolean', default: false } } });
  const out = values.out ?? fileURLToPath(new URL('../../../src/models/attribution.json', import.meta.url));
  const cuesOut = join(out, '..', 'attribution-cues.json');
  const trainDir = join(ATTRIBUTION_DIR, 'train');
  const prepared = await loadPrepared(trainDir, 'PolNeAR train');
  const cues = prepared.map(cueExamples);
  const cueCount = cues.reduce((n, list) => n + list.length, 0);
  const documents = config.cues ? crossFittedDocuments(prepared, cues, config.folds) : prepared.map((doc) => toAttributionDocument(doc, null));
  const settings = ATTRIBUTION_SETTINGS;
  const cueTraining = {
    data: { source: 'PolNeAR v1.0.0 train split (../shared/data/attribution/train)', articles: prepared.length, words: cueCount, digest: await digest(trainDir) },
    settings: { ...CUE_SETTINGS, threshold: config.cueThreshold, label: 'a verb outside quotation marks that no reporting entry covers, inside a gold Cue' },
  };
  const cueFile = config.cues ? cueTaggerFile(cues.flat(), cueTraining) : null;

  if (values.tune === true) {
    const tagger = cueFile === null ? null : modelCueTagger(loadLinearModel(cueFile));
    const dev = (await loadPrepared(ATTRIBUTION_DIR, 'PolNeAR dev')).map((doc) => toAttributionDocument(doc, tagger));
    process.stdout.write(`PolNeAR dev (${dev.length} articles), span by span, models fitted on train\n${HEADER}\n`);
    process.stdout.write(`${line('patterns alone (none dropped)', spanFigures(dev, () => true))}\n`);
    for (const l2 of [settings.l2 / 3, settings.l2, settings.l2 * 3]) {
      const model = fitAttributionModel(documents, { ...settings, l2 });
      const index = featureIndex(model);
      const p = dev.map((doc) => doc.examples.map((e) => keepProbability(model, index, e.features)));
      for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5]) process.stdout.write(`${line(`l2 ${l2.toPrecision(2)}, threshold ${threshold}`, spanFigures(dev, (i, j) => p[i]![j]! >= threshold))}\n`);
    }
    return;
  }

  const held = crossValidateByArticle(documents, settings, config.folds);
  const examples = documents.reduce((n, d) => n + d.examples.length, 0);
  const cv = spanFigures(documents, (i, j) => held[i]![j]! >= settings.threshold);
  process.stdout.write(
    `PolNeAR train: ${documents.length} articles, ${examples} attributions found by the patterns (${documents.reduce((n, d) => n + d.examples.filter((e) => e.right).length, 0)} right); ${config.folds} folds by article\n` +
      `${HEADER}\n${line('patterns alone (none dropped)', spanFigures(documents, () => true))}\n` +
      `${line(`with the model (cross-validated, P(keep) >= ${settings.threshold})`, cv)}\n`,
  );
  if (values.eval === true) return;

  process.stderr.write('fitting the model on every train article\n');
  const fitted = fitAttributionModel(documents, settings);
  const file = toAttributionModelFile(fitted, settings.threshold, {
    data: { source: 'PolNeAR v1.0.0 train split (../shared/data/attribution/train)', articles: documents.length, attributions: examples, digest: await digest(trainDir) },
    settings: { minCount: settings.minCount, l2: settings.l2, threshold: settings.threshold, label: 'source, cue and content each overlap those of one gold attribution' },
    crossValidated: { folds: config.folds, sourceF1: Number(cv.source.f1.toFixed(4)), cueF1: Number(cv.cue.f1.toFixed(4)) },
  });
  await writeFile(out, formatModelFile(file));
  process.stdout.write(`wrote ${out}: ${file.features.length} features\n`);
  if (cueFile !== null) {
    await writeFile(cuesOut, formatModelFile(cueFile));
    process.stdout.write(`wrote ${cuesOut}: ${cueFile.features.length} features\n`);
  }
}

await runCommand('train attribution', () => main(process.argv.slice(2)));
