/**
 * Loading the gold development set (shared/data/README.md): `<id>.gold.json` beside `<id>.txt`.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, type Label } from '../types.js';

export interface GoldSegment {
  start: number;
  end: number;
  label: Label;
  text: string;
  why: string;
}

export interface GoldDocument {
  id: string;
  /** The article's text file, under the gold directory. */
  path: string;
  text: string;
  segments: GoldSegment[];
}

/** A gold directory or file the evaluation cannot use; the runner prints it as one line. */
export class GoldError extends Error {
  override readonly name = 'GoldError';
}

/**
 * shared/ sits beside the checkout, and this module runs from both src/evaluate (tests) and
 * dist/evaluate (npm run eval), each three levels below the directory holding shared/.
 */
export function defaultDevDir(): string {
  return fileURLToPath(new URL('../../../shared/data/dev/', import.meta.url));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLabel(value: unknown): value is Label {
  return (LABELS as readonly unknown[]).includes(value);
}

function parseSegment(value: unknown, where: string, content: string): GoldSegment {
  if (!isRecord(value)) throw new GoldError(`${where}: not an object`);
  const { start, end, label, text, why } = value;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new GoldError(`${where}: start and end must be integers`);
  }
  const from = start as number;
  const to = end as number;
  if (from < 0 || to < from || to > content.length) {
    throw new GoldError(`${where}: span [${from},${to}) outside the text (length ${content.length})`);
  }
  if (!isLabel(label)) throw new GoldError(`${where}: label ${JSON.stringify(label)} is not one of ${LABELS.join(', ')}`);
  if (typeof text !== 'string') throw new GoldError(`${where}: text must be a string`);
  if (content.slice(from, to) !== text) {
    throw new GoldError(`${where}: text differs from the article at [${from},${to}): ${JSON.stringify(content.slice(from, to))}`);
  }
  // `why` only explains errors, so a missing one is tolerated rather than fatal.
  return { start: from, end: to, label, text, why: typeof why === 'string' ? why : '' };
}

/**
 * Validates one parsed gold file against its article text. Segments must be in order and
 * disjoint, because alignment assumes each character belongs to at most one gold segment.
 */
export function parseGold(json: unknown, file: string, content: string, textPath: string): GoldDocument {
  if (!isRecord(json)) throw new GoldError(`${file}: not a JSON object`);
  const { id, segments } = json;
  if (typeof id !== 'string' || id === '') throw new GoldError(`${file}: "id" must be a non-empty string`);
  if (!Array.isArray(segments)) throw new GoldError(`${file}: "segments" must be an array`);
  const parsed = segments.map((s, i) => parseSegment(s, `${file}: segments[${i}]`, content));
  parsed.forEach((segment, i) => {
    const previous = parsed[i - 1];
    if (previous !== undefined && segment.start < previous.end) {
      throw new GoldError(`${file}: segments[${i}] starts before segments[${i - 1}] ends`);
    }
  });
  return { id, path: textPath, text: content, segments: parsed };
}

async function readJson(file: string): Promise<unknown> {
  const raw = await readFile(file, 'utf8').catch((error: Error) => {
    throw new GoldError(`${file}: cannot read: ${error.message}`);
  });
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new GoldError(`${file}: invalid JSON: ${(error as Error).message}`);
  }
}

async function loadGoldFile(dir: string, name: string): Promise<GoldDocument> {
  const file = join(dir, name);
  const json = await readJson(file);
  const textFile = isRecord(json) && typeof json['text_file'] === 'string' ? json['text_file'] : null;
  if (textFile === null) throw new GoldError(`${file}: "text_file" must be a string`);
  const textPath = join(dir, textFile);
  let content: string;
  try {
    content = await readFile(textPath, 'utf8');
  } catch {
    throw new GoldError(`${file}: cannot read text_file ${textPath}`);
  }
  return parseGold(json, file, content, textPath);
}

/**
 * Every labelled document in `dir`, sorted by id so reports are the same on every file system.
 * `suffix` names the label files: `.gold.json` for the dev gold, `.labels.json` for the silver
 * training set and the labels kept in the project.
 */
export async function loadGold(dir: string, suffix = '.gold.json'): Promise<GoldDocument[]> {
  const absolute = resolve(dir);
  const isDir = await stat(absolute).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) throw new GoldError(`gold directory not found: ${dir}`);
  const names = (await readdir(absolute)).filter((name) => name.endsWith(suffix)).sort();
  if (names.length === 0) throw new GoldError(`no *${suffix} files in ${dir}`);
  const documents = await Promise.all(names.map((name) => loadGoldFile(dir, name)));
  const seen = new Set<string>();
  for (const doc of documents) {
    if (seen.has(doc.id)) throw new GoldError(`duplicate gold id ${doc.id} in ${dir}`);
    seen.add(doc.id);
  }
  return documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
