/**
 * A worker thread of a batch: annotates the documents the main thread sends, one at a time,
 * and sends each report back, or for a streamed report (NDJSON) what is written for it. Built
 * into dist/factcheck-worker.mjs, which holds the library and compromise and nothing of the
 * command line.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { applyDirectives } from '../check/directives.js';
import { annotate, compileLexicon } from '../index.js';
import { streamDocument } from '../report/stream.js';
import type { Job, Reply, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const lexicon = compileLexicon(setup.lexicon);
const port = parentPort;
if (port === null) throw new Error('factcheck-worker runs as a worker thread');

port.on('message', (job: Job) => {
  let reply: Reply;
  try {
    const document = annotate(job.text, { path: job.path, lexicon, furniture: setup.furniture, labeller: setup.labeller, inputFormat: setup.lines ? 'lines' : 'text' });
    if (job.extractedFrom !== undefined) document.extractedFrom = job.extractedFrom;
    applyDirectives(document.statements, job.directives);
    reply = setup.stream === undefined ? { id: job.id, document } : { id: job.id, streamed: streamDocument(document, job.text, setup.stream) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
