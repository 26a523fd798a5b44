/**
 * What `npm run train` and `npm run eval` share: the settings, loading the corpus with progress
 * on stderr, and the exit conventions (one line on stderr and exit 2 for bad arguments or data).
 */
import { createHash } from 'node:crypto';
import { GoldError } from '../evaluate/gold.js';
import config from './config.json' with { type: 'json' };
import { loadCorpus, type TrainingDocument } from './corpus.js';
import { DEFAULT_SETTINGS, type TrainSettings } from './fit.js';

export const TRAIN_CONFIG = config;

export const SETTINGS: TrainSettings = {
  ...DEFAULT_SETTINGS,
  minCount: config.minCount,
  l2: config.l2,
  balance: config.balance,
  goldWeight: config.goldWeight,
  prune: config.prune,
  network: config.network,
};

/** The corpus; `written` adds the written articles, which are measured on and never trained on. */
export async function loadForTraining(written = false): Promise<TrainingDocument[]> {
  return loadCorpus({
    written,
    onProgress: (done, total) => {
      if (done === total || done % 100 === 0) process.stderr.write(`analysing labelled documents: ${done}/${total}\n`);
    },
  });
}

export function describeCorpus(documents: readonly TrainingDocument[]): string {
  const segments = documents.reduce((n, d) => n + d.gold.segments.length, 0);
  const parts = (['dev', 'silver', 'added'] as const).map((part) => `${documents.filter((d) => d.part === part).length} ${part}`).join(', ');
  return `${documents.length} documents (${parts}), ${segments} labelled statements (n below); ${config.folds} folds by document`;
}

/** A digest of what the model learns from: ids, texts and labels, in corpus order. */
export function corpusDigest(documents: readonly TrainingDocument[]): string {
  const hash = createHash('sha256');
  for (const doc of documents) {
    hash.update(`${doc.part}\0${doc.id}\0${doc.gold.text}\0`);
    for (const s of doc.gold.segments) hash.update(`${s.start}:${s.end}:${s.label}\0`);
  }
  return hash.digest('hex');
}

/** Runs a command's main: exit 2 with one line for bad arguments or data, 1 with the stack for a bug. */
export async function runCommand(name: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (error instanceof GoldError || code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`factcheck ${name}: ${(error as Error).message}\n`);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
}
