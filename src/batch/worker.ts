/**
 * A worker thread of a batch: annotates the documents the main thread sends, one at a time,
 * and sends each report back. Built into dist/factcheck-worker.mjs, which holds the library
 * and compromise and nothing of the command line.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { annotate, compileLexicon } from '../index.js';
import type { Job, Reply, WorkerSetup } from './pool.js';

const setup = workerData as WorkerSetup;
const lexicon = compileLexicon(setup.lexicon);
const port = parentPort;
if (port === null) throw new Error('factcheck-worker runs as a worker thread');

port.on('message', (job: Job) => {
  let reply: Reply;
  try {
    reply = { id: job.id, document: annotate(job.text, { path: job.path, lexicon, furniture: setup.furniture }) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
