/**
 * A model file read for annotating, which should cost a cold start next to nothing. Of the
 * text only the header and the feature names are parsed at once; a row of weights is parsed
 * the first time a feature of it is weighed: a document weighs a few thousand of the label
 * model's 38,000 rows. JSON.parse of the whole file took some 20 ms of a 30 ms load, most of
 * it on the 150,000 numbers.
 *
 * It reads the layout formatModelFile (src/train/fit.ts) writes: the header and the names,
 * then `"weights":[` and one row a line. A file in another layout is parsed whole.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadLinearModel, type LinearModel, type LinearModelFile } from './linear.js';

const committed = new Map<string, LinearModel>();

/**
 * A model file of src/models/ (`labels.json`, `checkworthiness.json`), read on first use and
 * kept for the process: beside this module (src/models/, tsc's dist/models/), or in models/
 * beside the bundles (dist/), where the build copies it byte for byte.
 */
export function committedModel(file: string): LinearModel {
  let model = committed.get(file);
  if (model === undefined) {
    const beside = new URL(`./${file}`, import.meta.url);
    model = readLinearModel(readFileSync(existsSync(beside) ? beside : new URL(`./models/${file}`, import.meta.url)));
    committed.set(file, model);
  }
  return model;
}

const WEIGHTS = Buffer.from('\n"weights":[\n');
const END = Buffer.from('\n]}');

export function readLinearModel(bytes: Buffer): LinearModel {
  const at = bytes.indexOf(WEIGHTS);
  const end = bytes.lastIndexOf(END);
  if (at === -1 || end < at) return loadLinearModel(JSON.parse(bytes.toString('utf8')) as LinearModelFile);
  // The header and the names end in "],": closed with a brace they are a JSON object of their own.
  const head = JSON.parse(`${bytes.toString('utf8', 0, at - 1)}}`) as Omit<LinearModelFile, 'weights'>;
  // Digits, signs, points, commas and newlines only: one byte a character.
  const text = bytes.toString('latin1', at + WEIGHTS.length, end);
  const count = head.features.length;
  const classes = head.classes.length;
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
  const weights = new Float64Array(count * classes);
  const parsed = new Uint8Array(count);
  const parse = (row: number): void => {
    const values = text.slice(starts[row]!, starts[row + 1]! - 2).split(',');
    if (values.length !== classes) throw new Error(`model file: row ${row} has ${values.length} weights for ${classes} classes`);
    // Number() reads a decimal exactly as JSON.parse does: the same doubles.
    for (let k = 0; k < classes; k++) weights[row * classes + k] = Number(values[k]);
    parsed[row] = 1;
  };
  const rows = new Map<string, number>();
  head.features.forEach((name, j) => rows.set(name, j));
  return {
    classes: head.classes,
    temperature: head.temperature,
    rows,
    weight: (row, k) => {
      if (parsed[row] === 0) parse(row);
      return weights[row * classes + k]!;
    },
  };
}
