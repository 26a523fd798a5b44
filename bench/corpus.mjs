/**
 * The benchmark's corpus, made from the repository's own texts: the seed article(s) in seeds/
 * and the dev articles in ../shared/data/dev (skipped with a note when that directory is not
 * beside the clone). Articles are repeated and shuffled with a fixed seed, so every run on
 * every machine builds the same bytes.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/** A small seeded PRNG (mulberry32): the same sequence everywhere, no dependency. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, rng) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** The source articles, deduplicated by content (the seed is also a dev article), and notes on what was skipped. */
export function sourceArticles(root) {
  const notes = [];
  const texts = new Map();
  const add = (dir) => {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '');
      if (text.trim() !== '' && !texts.has(text)) texts.set(text, name);
    }
  };
  add(join(root, 'seeds'));
  const dev = join(root, '..', 'shared', 'data', 'dev');
  if (existsSync(dev)) add(dev);
  else notes.push(`${dev} is missing: the corpus is made from seeds/ alone`);
  return { articles: [...texts.keys()], notes };
}

/** The paragraphs after the first (the headline), for appending one article's body to another. */
function body(article) {
  const paragraphs = article.split(/\n\s*\n/);
  return paragraphs.length > 1 ? paragraphs.slice(1).join('\n\n') : article;
}

/**
 * `count` documents of about `targetBytes` in all. Each is a source article (taken in shuffled
 * rounds so every article is used equally); some go on with the body of another article, as
 * long reads and live pages do, so that the average document reaches the target size.
 */
export function buildCorpus(articles, { count = 1000, targetBytes = 5_000_000, seed = 20240601 } = {}) {
  const rng = random(seed);
  const size = (text) => Buffer.byteLength(text, 'utf8');
  const average = articles.reduce((n, a) => n + size(a), 0) / articles.length;
  const averageBody = articles.reduce((n, a) => n + size(body(a)), 0) / articles.length;
  const extend = Math.min(1, Math.max(0, (targetBytes / count - average) / averageBody));
  const documents = [];
  let round = [];
  while (documents.length < count) {
    if (round.length === 0) round = shuffle(articles, rng);
    let text = round.pop();
    if (rng() < extend) text = `${text.trimEnd()}\n\n${body(articles[Math.floor(rng() * articles.length)])}`;
    documents.push({ id: `doc-${String(documents.length + 1).padStart(4, '0')}`, text });
  }
  return documents;
}

export function toNdjson(documents) {
  return documents.map((d) => `${JSON.stringify({ id: d.id, text: d.text })}\n`).join('');
}

export function wordCount(documents) {
  return documents.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
}

/** Writes the corpus as one NDJSON file and as one text file per document. */
export function writeCorpus(dir, documents) {
  const ndjson = join(dir, 'corpus.ndjson');
  writeFileSync(ndjson, toNdjson(documents));
  const files = join(dir, 'files');
  mkdirSync(files, { recursive: true });
  for (const d of documents) writeFileSync(join(files, `${d.id}.txt`), d.text);
  return { ndjson, files };
}

/** The corpus `times` times over, its ids kept unique, as one NDJSON file. */
export function writeRepeated(path, documents, times) {
  const lines = [];
  for (let r = 0; r < times; r++) for (const d of documents) lines.push(`${JSON.stringify({ id: `${d.id}-${r + 1}`, text: d.text })}\n`);
  writeFileSync(path, lines.join(''));
  return path;
}

/** Writes the corpus over and over to `path` until it holds at least `bytes`, a chunk at a time (never held whole). */
export async function writeLarge(path, documents, bytes) {
  const out = createWriteStream(path);
  let written = 0;
  let round = 0;
  let count = 0;
  while (written < bytes) {
    round++;
    const chunk = documents.map((d) => `${JSON.stringify({ id: `${d.id}-r${round}`, text: d.text })}\n`).join('');
    written += Buffer.byteLength(chunk);
    count += documents.length;
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { path, bytes: written, documents: count };
}

/**
 * One paragraph of `bytes` bytes: the corpus's text with its line breaks turned into spaces,
 * repeated as needed (the worst case for anything that grows with a paragraph's length).
 */
export function writeParagraph(path, documents, bytes) {
  const prose = documents.map((d) => d.text.replace(/\s+/g, ' ').trim()).join(' ');
  const parts = [];
  let length = 0;
  while (length < bytes) {
    const piece = prose.slice(0, bytes - length);
    parts.push(piece);
    length += Buffer.byteLength(piece);
  }
  writeFileSync(path, `${parts.join(' ')}\n`);
  return path;
}
