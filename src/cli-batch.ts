/**
 * How the CLI annotates what it reads. One article is annotated on this thread: a cold start
 * must not pay for starting workers. A batch (NDJSON, or several inputs) goes to worker
 * threads, one per core, with a bounded number of documents in flight: reading waits while
 * the window is full, and the window moves only as results are written, so memory stays flat
 * on a stream of any length and a slow reader of stdout slows the whole pipeline down.
 * Results come out in input order whatever order the workers finish in.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { AnnotatorPool, isOutOfMemory, UNCAPPED, type Done, type WorkerSetup } from './batch/pool.js';
import { progressDelay, ProgressBar } from './batch/progress.js';
import { applyDirectives } from './check/directives.js';
import { annotate, type DocumentReport, type Labeller, type Lexicon, type LexiconExtension } from './index.js';
import { readDocuments, type ReadEvent, type ReadOptions, type ReadProgress } from './read/index.js';
import type { StreamedDocument, StreamSetup } from './report/stream.js';

type DocumentEvent = Extract<ReadEvent, { kind: 'document' }>;
type ErrorEvent = Extract<ReadEvent, { kind: 'error' }>;

/**
 * A read error as it was read, or a document with its report, or (streamed reports, from a
 * worker) with what the report writes for it.
 */
export type Annotated = ErrorEvent | (DocumentEvent & { document: DocumentReport }) | (DocumentEvent & { streamed: StreamedDocument });

export interface AnnotateOptions {
  /** The compiled lexicon, for documents annotated on this thread. */
  lexicon: Lexicon;
  /** The config's lexicon entries, compiled again by each worker. */
  lexiconExtension: LexiconExtension | undefined;
  furniture: readonly string[];
  labeller: Labeller;
  /** `--input-format lines`: one statement a line. */
  lines?: boolean;
  /** Draw a progress bar on stderr (see shouldShowProgress). */
  progress: boolean;
  /** Worker threads for a batch; 0 annotates everything on this thread (see workerCount). */
  workers?: number;
  /** A streamed report's setup: workers then check and format their documents themselves. */
  stream?: StreamSetup | undefined;
}

/** The worker bundle, beside both the CLI bundle (dist/factcheck.mjs) and tsc's dist/cli-batch.js. */
const WORKER_ENTRY = new URL('./factcheck-worker.mjs', import.meta.url);
/** Documents in flight per worker: enough to keep it busy while results travel back. */
const JOBS_PER_WORKER = 4;
/** Characters of text in flight at most, whatever the document count (one larger document still goes alone). */
const MAX_CHARS_IN_FLIGHT = 16 * 1024 * 1024;
const MAX_WORKERS = 8;
/**
 * Longer documents go to a worker of their own whose heap is not capped (see RESOURCE_LIMITS in
 * batch/pool.ts), one at a time: 200,000 characters is some 35,000 words, longer than any news
 * article, and half of what a capped worker is known to handle. Should even that worker run
 * out of memory, the document fails alone and the batch goes on.
 */
const MAX_WORKER_CHARS = 200_000;

/** FACTCHECK_WORKERS=n sets the number of worker threads (0: none); by default one per core, none on one core. */
export function workerCount(env: Readonly<Record<string, string | undefined>>, cores: number): number {
  const given = env['FACTCHECK_WORKERS']?.trim();
  // More threads than cores only share the cores, each with its own copy of compromise and the model.
  if (given !== undefined && /^\d+$/.test(given)) return Math.min(Number(given), Math.max(1, cores));
  return cores > 1 ? Math.min(cores, MAX_WORKERS) : 0;
}

interface Pending {
  result: Promise<Annotated>;
  chars: number;
  /** How far the reading was when this input was read: the bar counts what is done, not what is read ahead. */
  read: ReadProgress;
}

/** readDocuments, annotated: every event in input order, each document with its report. */
export async function* annotateDocuments(paths: readonly string[], read: ReadOptions, options: AnnotateOptions): AsyncGenerator<Annotated> {
  let progress: ReadProgress = { input: 0, inputs: 0 };
  const events = readDocuments(paths, { ...read, onProgress: (p) => (progress = p) });
  const input = events[Symbol.asyncIterator]();
  const workers = options.workers ?? workerCount(process.env, availableParallelism());
  const ndjson = read.format === 'ndjson';
  const bar = options.progress ? new ProgressBar(process.stderr, progressDelay(process.env)) : undefined;
  let pool: AnnotatorPool | undefined;
  let largePool: AnnotatorPool | undefined;
  const pending: Pending[] = [];
  let charsInFlight = 0;
  let nextInput: Promise<IteratorResult<ReadEvent>> | undefined;
  let inputDone = false;
  let done = 0;

  const setup: WorkerSetup = { lexicon: options.lexiconExtension, furniture: options.furniture, labeller: options.labeller, lines: options.lines === true, stream: options.stream };
  const dispatch = (event: ReadEvent): Pending => {
    const read = progress;
    if (event.kind === 'error') return { result: Promise.resolve(event), chars: 0, read };
    // A batch is NDJSON or more than one input; known before the first document arrives.
    if (pool === undefined && workers > 0 && (ndjson || progress.inputs > 1) && existsSync(WORKER_ENTRY)) pool = new AnnotatorPool(WORKER_ENTRY, workers, setup);
    if (pool === undefined) return { result: Promise.resolve(annotateHere(event, options)), chars: 0, read };
    const large = event.text.length > MAX_WORKER_CHARS;
    const inLargeWorker = (): Promise<Done> => (largePool ??= new AnnotatorPool(WORKER_ENTRY, 1, setup, UNCAPPED)).annotate(event);
    const result = (large ? inLargeWorker() : pool.annotate(event).catch((error: unknown) => (isOutOfMemory(error) ? inLargeWorker() : Promise.reject(error)))).then(
      (done): Annotated => ({ ...event, ...done }),
      (error: unknown): Annotated => ({ kind: 'error', path: event.path, problem: annotationProblem(error, event.text.length) }),
    );
    charsInFlight += event.text.length;
    return { result, chars: event.text.length, read };
  };
  const hasRoom = (): boolean => pending.length < (pool === undefined ? 1 : pool.size * JOBS_PER_WORKER) && charsInFlight < MAX_CHARS_IN_FLIGHT;

  try {
    for (;;) {
      if (!inputDone && nextInput === undefined && (pending.length === 0 || hasRoom())) nextInput = input.next();
      const head = pending[0];
      if (head === undefined && nextInput === undefined) return;
      // Take whichever comes first: the next input (to keep the workers busy) or the oldest result (to write it).
      const takeInput =
        head === undefined ||
        (nextInput !== undefined &&
          (await Promise.race([
            head.result.then(
              () => false,
              () => false,
            ),
            nextInput.then(
              () => true,
              () => true,
            ),
          ])));
      if (takeInput) {
        const next = await nextInput!;
        nextInput = undefined;
        if (next.done === true) inputDone = true;
        else pending.push(dispatch(next.value));
        continue;
      }
      pending.shift();
      charsInFlight -= head.chars;
      const item = await head.result;
      done++;
      bar?.update({ done, ...progressShare(head.read, ndjson) });
      // A message about an input goes on its own line, not after the bar.
      if (item.kind === 'error') bar?.clear();
      yield item;
    }
  } finally {
    bar?.stop();
    if (nextInput === undefined) await input.return(undefined);
    await pool?.close();
    await largePool?.close();
  }
}

/**
 * A document annotated on this thread. Whatever goes wrong in it (a RangeError deep in a parse
 * included) is that document's error: the others' results are not lost with it.
 */
function annotateHere(event: DocumentEvent, options: AnnotateOptions): Annotated {
  try {
    const document = annotate(event.text, { path: event.path, lexicon: options.lexicon, furniture: options.furniture, labeller: options.labeller, inputFormat: options.lines === true ? 'lines' : 'text' });
    if (event.extractedFrom !== undefined) document.extractedFrom = event.extractedFrom;
    applyDirectives(document.statements, event.directives);
    return { ...event, document };
  } catch (error) {
    return { kind: 'error', path: event.path, problem: annotationProblem(error, event.text.length) };
  }
}

/** One line for a document that could not be annotated. */
function annotationProblem(error: unknown, chars: number): string {
  if (isOutOfMemory(error)) return `ran out of memory annotating it (${chars} characters)`;
  const message = error instanceof Error ? error.message : String(error);
  return `could not be annotated (${message.split('\n', 1)[0]!.trim() || 'unknown error'})`;
}

/** What the bar can say about the whole: a count of inputs for files, the share of the bytes done for NDJSON. */
function progressShare(progress: ReadProgress, ndjson: boolean): { total?: number; fraction?: number } {
  if (!ndjson) return progress.inputs > 0 ? { total: progress.inputs } : {};
  if (progress.size === undefined || progress.bytes === undefined || progress.inputs === 0) return {};
  const within = progress.size > 0 ? Math.min(1, progress.bytes / progress.size) : 1;
  return { fraction: (progress.input - 1 + within) / progress.inputs };
}
