/**
 * The naive annotator factcheck's batch throughput is measured against: one process, one
 * document at a time, nothing but compromise's full parse, `nlp(text).json()`.
 *
 *   node bench/reference.mjs corpus.ndjson
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import nlp from 'compromise';

let documents = 0;
let terms = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const { text } = JSON.parse(line);
  for (const sentence of nlp(text).json()) terms += sentence.terms.length;
  documents++;
}
process.stdout.write(`${documents} documents, ${terms} terms\n`);
