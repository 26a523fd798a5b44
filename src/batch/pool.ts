import { Worker } from 'node:worker_threads';
import type { LexiconExtension } from '../classify/index.js';
import type { DocumentReport } from '../types.js';

/** What every worker needs to annotate as the main thread would: the config's lexicon and furniture. */
export interface WorkerSetup {
  lexicon: LexiconExtension | undefined;
  furniture: readonly string[];
}

export interface Job {
  id: number;
  path: string;
  text: string;
}

export type Reply = { id: number; document: DocumentReport } | { id: number; error: string };

/**
 * A worker's heap is capped so that a batch's memory does not grow with the number of workers
 * times V8's appetite: uncapped, V8 lets a heap grow to several times what is live before it
 * collects (some 130 MB for 25 MB live). What is live in a worker is compromise's model plus the
 * document in hand; a document of 400,000 characters fits in a 48 MB old generation. Longer
 * documents are annotated on the main thread (MAX_WORKER_CHARS in cli-batch.ts), and a worker
 * that runs out of memory all the same is replaced and its documents are failed with
 * WORKER_OUT_OF_MEMORY so that the caller can annotate them itself. The caps cost some CPU in
 * garbage collection; they keep a 2-core batch under 256 MB. Of the two, the young generation
 * costs the most CPU when small (a scavenge copies whatever of a parse is still live): with
 * 48 MB old and 32 MB young a 2-worker batch streamed a fifth more documents in the same time
 * than with 64 MB and 16 MB, at about 240 MB peak RSS instead of 220 MB; 64 and 32 went over 256.
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 32 };

export const WORKER_OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

interface Waiting {
  resolve: (document: DocumentReport) => void;
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
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  get size(): number {
    return this.slots.length;
  }

  annotate(path: string, text: string): Promise<DocumentReport> {
    const slot = this.slots.reduce((best, s) => (s.waiting.size < best.waiting.size ? s : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ id, path, text } satisfies Job);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.entry, { workerData: this.setup, resourceLimits: RESOURCE_LIMITS }), waiting: new Map() };
    slot.worker.on('message', (reply: Reply) => {
      const waiting = slot.waiting.get(reply.id);
      if (waiting === undefined) return;
      slot.waiting.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.document);
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
