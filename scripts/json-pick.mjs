/**
 * A part of a JSON document, for the docs' samples (scripts/docs-samples.mjs) without jq:
 * `factcheck … --format json | node scripts/json-pick.mjs 'r => r.documents[0].sources'` prints
 * what the function returns, as JSON indented by two spaces; with `--each`, an array's elements
 * one compact line each. Reads stdin; with `--lines` every line of it is one JSON value (NDJSON)
 * and the function gets the array of them.
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [expression] = args.filter((a) => !a.startsWith('--'));
if (expression === undefined) {
  console.error('usage: node scripts/json-pick.mjs [--lines] [--each] "value => part"');
  process.exit(2);
}
const input = readFileSync(0, 'utf8');
const value = flags.has('--lines') ? input.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l)) : JSON.parse(input);
const part = (0, eval)(expression)(value);
const text = flags.has('--each') ? part.map((element) => JSON.stringify(element)).join('\n') : JSON.stringify(part, null, 2);
process.stdout.write(text.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') + '\n');
