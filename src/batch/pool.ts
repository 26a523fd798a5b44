import type { Directive } from '../check/directives.js';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { LexiconExtension } from '../classify/index.js';
import type { StreamedDocument, StreamSetup } from '../report/stream.js';
import type { Labeller } from '../index.js';
import type { DocumentReport } from '../types.js';

/**
 * What every worker needs to annotate as the main thread would: the config's lexicon and
 * furniture; and for a streamed report, how to check and format each document.
 */
export interface WorkerSetup {
  lexicon: LexiconExtension | undefined;
  furniture: readonly string[];
  labeller: Labeller;
  /** `--input-format lines`: one statement a line. */
  lines: boolean;
  stream: StreamSetup | undefined;
}

export interface Job {
  id: number;
  path: string;
  text: string;
  extractedFrom?: 'html' | undefined;
  /** The input's inline directives (src/check/directives.ts), found when it was read. */
  directives?: Directive[] | undefined;
}

/** A document's report, or with a streamed report what is written for it. */
export type Done = { document: DocumentReport } | { streamed: StreamedDocument };

export type Reply = ({ id: number } & Done) | { id: number; error: string };

/**
 * A worker's heap is capped so that a batch's memory does not grow with the number of workers
 * times V8's appetite: uncapped, V8 lets a heap grow to several times what is live before it
 * collects (some 130 MB for 25 MB live). What is live in a worker is compromise's model plus the
 * document in hand; a document of 400,000 characters fits in a 48 MB old generation. Longer
 * documents go to an UNCAPPED worker (MAX_WORKER_CHARS in cli-batch.ts), and a worker that runs
 * out of memory all the same is replaced and its documents are failed with WORKER_OUT_OF_MEMORY
 * so that the caller can try them there.
 * The caps cost CPU in garbage collection, the old generation's most: a worker marks its heap
 * again and again when what is live comes near the cap. The young generation (32 MB: two 16 MB
 * semi-spaces, as on a main thread) is what a parse allocates in; smaller, every scavenge copies
 * more of a parse. What is live grew with the label model, its network, the check-worthiness
 * model, the cue tagger and their features: at the old cap of 54 MB a 2-worker batch of 300 of
 * the bench's documents took 28.0-28.4 s CPU with the label model and 22.4-23.4 s with
 * `--labeller rules`; at 72 MB 20.7-22.3 s and 19.3 s (96 MB: 20.9-21.2 and 19.5; 128 MB: 21.0-21.5
 * and 18.7-20.1), so the model adds about a tenth instead of a quarter. The price is memory: 15 s
 * of the bench's 204 MB stream peaked at 316 MB RSS at 72 MB (96: 321; 54: 260-268).
 */
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 72, maxYoungGenerationSizeMb: 32 };

/** A worker for the documents too long for the caps above: V8's own limits, as on the main thread. */
export const UNCAPPED: ResourceLimits = {};

export const WORKER_OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

interface Waiting {
  resolve: (done: Done) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker and not answered yet. */
  waiting: Map<number, Waiting>;
}

/**
 * Worker threads that annotate documents. Each job goes to the worker with the fewest jobs
 * outstanding; the promise settles when that worker answers, so the caller decides how many
 * are in flight and in which order results are used.
 */
export class AnnotatorPool {
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private closing = false;

  constructor(
    private readonly entry: URL,
    size: number,
    private readonly setup: WorkerSetup,
    private readonly limits: ResourceLimits = RESOURCE_LIMITS,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  get size(): number {
    return this.slots.length;
  }

  annotate(document: { path: string; text: string; extractedFrom?: 'html' | undefined; directives?: Directive[] | undefined }): Promise<Done> {
    const slot = this.slots.reduce((best, s) => (s.waiting.size < best.waiting.size ? s : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, path: document.path, text: document.text, extractedFrom: document.extractedFrom, directives: document.directives } satisfies Job);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.entry, { workerData: this.setup, resourceLimits: this.limits }), waiting: new Map() };
    slot.worker.on('message', (reply: Reply) => {
      const waiting = slot.waiting.get(reply.id);
      if (waiting === undefined) return;
      slot.waiting.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve('streamed' in reply ? { streamed: reply.streamed } : { document: reply.document });
    });
    let failure: Error | undefined;
    slot.worker.on('error', (error) => (failure = error));
    slot.worker.on('exit', (code) => {
      if (this.closing) return;
      const error = failure ?? new Error(`a worker thread exited with code ${code}`);
      // The next jobs go to a fresh worker; those this one held fail, each with the reason.
      const index = this.slots.indexOf(slot);
      if (index !== -1) this.slots[index] = this.start();
      for (const waiting of slot.waiting.values()) waiting.reject(error);
      slot.waiting.clear();
    });
    return slot;
  }
}

export function isOutOfMemory(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === WORKER_OUT_OF_MEMORY;
}
