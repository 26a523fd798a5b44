/**
 * A model file read for annotating, which should cost a cold start next to nothing. Of the
 * text only the header and the feature names are parsed at once; a row of weights is parsed
 * the first time a feature of it is weighed: a document weighs a few thousand of the label
 * model's 38,000 rows. JSON.parse of the whole file took some 20 ms of a 30 ms load, most of
 * it on the 150,000 numbers.
 *
 * It reads the layout formatRowFile (src/train/fit.ts) writes: the header and the names, then
 * `"weights":[` and one row a line. A file in another layout is parsed whole.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadLinearModel, type LinearModel, type LinearModelFile } from './linear.js';
import { loadNetworkModel, networkOf, type NetworkModel, type NetworkModelFile } from './network.js';

const committed = new Map<string, unknown>();

/** The bytes of a model file of src/models/: beside this module (src/models/, tsc's dist/models/), or in models/ beside the bundles (dist/), where the build copies it byte for byte. */
function committedBytes(file: string): Buffer {
  const beside = new URL(`./${file}`, import.meta.url);
  return readFileSync(existsSync(beside) ? beside : new URL(`./models/${file}`, import.meta.url));
}

function once<T>(file: string, read: (bytes: Buffer) => T): T {
  if (!committed.has(file)) committed.set(file, read(committedBytes(file)));
  return committed.get(file) as T;
}

/** A linear model file of src/models/ (`labels.json`, `checkworthiness.json`), read on first use and kept for the process. */
export function committedModel(file: string): LinearModel {
  return once(file, readLinearModel);
}

/** A network model file of src/models/ (`labels-network.json`), read on first use and kept for the process. */
export function committedNetwork(file: string): NetworkModel {
  return once(file, readNetworkModel);
}

export function readLinearModel(bytes: Buffer): LinearModel {
  const rows = readRowFile<LinearModelFile>(bytes, (head) => head.classes.length);
  if (rows === undefined) return loadLinearModel(JSON.parse(bytes.toString('utf8')) as LinearModelFile);
  const { head, names, parse, weights } = rows;
  const classes = head.classes.length;
  return {
    classes: head.classes,
    temperature: head.temperature,
    rows: names,
    weight: (j, k) => {
      parse(j);
      return weights[j * classes + k]!;
    },
  };
}

export function readNetworkModel(bytes: Buffer): NetworkModel {
  const rows = readRowFile<NetworkModelFile>(bytes, (head) => head.hidden);
  if (rows === undefined) return loadNetworkModel(JSON.parse(bytes.toString('utf8')) as NetworkModelFile);
  const { head, names, parse, weights } = rows;
  return networkOf(head, names, (row) => {
    parse(row);
    return weights;
  });
}

const WEIGHTS = Buffer.from('\n"weights":[\n');
const END = Buffer.from('\n]}');

interface RowFile<Head> {
  head: Omit<Head, 'weights'>;
  /** Feature name -> row. */
  names: Map<string, number>;
  /** Parses row `j` into `weights` the first time it is asked for. */
  parse(j: number): void;
  /** Every row's numbers, row-major; a row is there once parsed. */
  weights: Float64Array;
}

/** A file in formatRowFile's layout with rows `width(head)` numbers wide; undefined in another layout. */
function readRowFile<Head extends { features: string[] }>(bytes: Buffer, width: (head: Omit<Head, 'weights'>) => number): RowFile<Head> | undefined {
  const at = bytes.indexOf(WEIGHTS);
  const end = bytes.lastIndexOf(END);
  if (at === -1 || end < at) return undefined;
  // The header and the names end in "],": closed with a brace they are a JSON object of their own.
  const head = JSON.parse(`${bytes.toString('utf8', 0, at - 1)}}`) as Omit<Head, 'weights'>;
  // Digits, signs, points, commas and newlines only: one byte a character.
  const text = bytes.toString('latin1', at + WEIGHTS.length, end);
  const count = head.features.length;
  const size = width(head);
  // Where each row's line starts; a row ends two characters (",\n") before the next one starts.
  const starts = new Uint32Array(count + 1);
  let position = 0;
  for (let row = 0; row < count; row++) {
    starts[row] = position;
    const newline = text.indexOf('\n', position);
    if ((newline === -1) !== (row === count - 1)) throw new Error(`model file: ${count} features but not as many rows of weights`);
    position = newline === -1 ? text.length + 2 : newline + 1;
  }
  starts[count] = position;
  const weights = new Float64Array(count * size);
  const parsed = new Uint8Array(count);
  const parse = (j: number): void => {
    if (parsed[j] === 1) return;
    const values = text.slice(starts[j]!, starts[j + 1]! - 2).split(',');
    if (values.length !== size) throw new Error(`model file: row ${j} has ${values.length} weights, not ${size}`);
    // Number() reads a decimal exactly as JSON.parse does: the same doubles.
    for (let k = 0; k < size; k++) weights[j * size + k] = Number(values[k]);
    parsed[j] = 1;
  };
  const names = new Map<string, number>();
  head.features.forEach((name, j) => names.set(name, j));
  return { head, names, parse, weights };
}
