/**
 * The labelled documents a model learns from and is measured on, analysed once and aligned to
 * today's segmentation:
 *   dev     ../shared/data/dev/*.gold.json     gold, two annotators, adjudicated (25 articles)
 *   silver  ../shared/data/train/*.labels.json one annotator (588 articles)
 *   added   data/labels/*.labels.json          labelled for this project (offsets only; text in ../shared)
 *   written data/written/*.labels.json         articles written and labelled for this project: only
 *                                              measured on, never learned from (options.written)
 * Each statement takes the label of the labelled segment it overlaps most.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../analyze.js';
import { compileLexicon } from '../classify/index.js';
import { GoldError, loadGold, parseGold, type GoldDocument } from '../evaluate/gold.js';
import { documentFeatures, type Feature } from '../features/index.js';
import { LABELS, type Label } from '../types.js';

export type CorpusPart = 'dev' | 'silver' | 'added' | 'written';

export interface TrainingStatement {
  start: number;
  end: number;
  features: Feature[];
  /** What the hand-written rules decide (the reference line of every table). */
  rules: { label: Label; rule: string; confidence: number };
  /** The label to learn: that of the labelled segment it overlaps most; null when it overlaps none, or in a written document. */
  label: Label | null;
}

export interface TrainingDocument {
  id: string;
  part: CorpusPart;
  gold: GoldDocument;
  statements: TrainingStatement[];
}

/** ../shared beside the checkout; this module runs from src/train (tests) and dist/train. */
export function sharedDir(): string {
  return fileURLToPath(new URL('../../../shared/', import.meta.url));
}

/** data/written/ of the project: articles written for it, held out of training. */
export function writtenLabelsDir(): string {
  return fileURLToPath(new URL('../../data/written/', import.meta.url));
}

/** data/labels/ of the project. */
export function addedLabelsDir(): string {
  return fileURLToPath(new URL('../../data/labels/', import.meta.url));
}

export interface CorpusOptions {
  shared?: string;
  /** Only the first `limit` documents of each part (for quick runs and tests). */
  limit?: number;
  onProgress?: (done: number, total: number) => void;
  /** Also load the written articles (part 'written'), to be scored but never trained on. */
  written?: boolean;
}

export async function loadCorpus(options: CorpusOptions = {}): Promise<TrainingDocument[]> {
  const shared = options.shared ?? sharedDir();
  const parts: Array<[CorpusPart, GoldDocument[]]> = [
    ['dev', await loadGold(join(shared, 'data/dev'))],
    ['silver', await loadGold(join(shared, 'data/train'), '.labels.json')],
    ['added', await loadAddedLabels(addedLabelsDir(), shared)],
  ];
  if (options.written === true) parts.push(['written', await loadAddedLabels(writtenLabelsDir(), shared)]);
  const limited = parts.map(([part, docs]) => [part, options.limit === undefined ? docs : docs.slice(0, options.limit)] as const);
  const total = limited.reduce((n, [, docs]) => n + docs.length, 0);
  const lexicon = compileLexicon();
  const documents: TrainingDocument[] = [];
  for (const [part, docs] of limited) {
    for (const gold of docs) {
      documents.push(toTrainingDocument(gold, part, lexicon));
      options.onProgress?.(documents.length, total);
    }
  }
  return documents;
}

export function toTrainingDocument(gold: GoldDocument, part: CorpusPart, lexicon = compileLexicon()): TrainingDocument {
  const analysis = analyzeDocument(gold.text, lexicon);
  const features = documentFeatures(analysis, lexicon);
  const statements = analysis.statements.map((s, i): TrainingStatement => ({
    start: s.segment.start,
    end: s.segment.end,
    features: features[i]!,
    rules: { label: s.rules.label, rule: s.rules.rule, confidence: s.rules.confidence },
    // Written articles are scored against their segments (gold) but give no label to learn.
    label: part === 'written' ? null : labelOf(gold, s.segment.start, s.segment.end),
  }));
  return { id: gold.id, part, gold, statements };
}

/** The label of the labelled segment sharing most characters with [start, end). */
function labelOf(gold: GoldDocument, start: number, end: number): Label | null {
  let best: Label | null = null;
  let most = 0;
  for (const segment of gold.segments) {
    const overlap = Math.min(end, segment.end) - Math.max(start, segment.start);
    if (overlap > most) {
      most = overlap;
      best = segment.label;
    }
  }
  return best;
}

/**
 * Labels added by this project: `<id>.labels.json` as in ../shared/data/train, but without the
 * article's text when it is copyrighted: `text_file` is a path under ../shared and each segment
 * has start, end and label only. Articles written for the project carry their own `text`.
 */
export async function loadAddedLabels(dir: string, shared: string): Promise<GoldDocument[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.labels.json')).sort();
  const documents: GoldDocument[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let json: { text?: unknown; text_file?: unknown; segments?: unknown };
    try {
      json = JSON.parse(await readFile(file, 'utf8')) as typeof json;
    } catch (error) {
      throw new GoldError(`${file}: invalid JSON: ${(error as Error).message}`);
    }
    const { text, textPath } = await addedText(json, file, shared);
    const segments = Array.isArray(json.segments)
      ? json.segments.map((s: { start: number; end: number }) => ({ ...s, text: text.slice(s.start, s.end) }))
      : json.segments;
    documents.push(parseGold({ ...json, segments }, file, text, textPath));
  }
  return documents;
}

/** An added document's text: its own `text`, or the file under ../shared that `text_file` names. */
async function addedText(json: { text?: unknown; text_file?: unknown }, file: string, shared: string): Promise<{ text: string; textPath: string }> {
  if (typeof json.text === 'string') return { text: json.text, textPath: file };
  if (typeof json.text_file !== 'string') throw new GoldError(`${file}: needs "text" or "text_file" (a path under ../shared)`);
  const textPath = resolve(shared, json.text_file);
  const text = await readFile(textPath, 'utf8').catch(() => {
    throw new GoldError(`${file}: cannot read ${textPath}`);
  });
  return { text, textPath };
}

export const CLASS_INDEX: ReadonlyMap<Label, number> = new Map(LABELS.map((label, i) => [label, i]));
