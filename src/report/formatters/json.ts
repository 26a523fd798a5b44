import { LABELS, REPORT_SCHEMA_ID, type DocumentReport, type Report } from '../../types.js';
import type { Formatter } from '../formatter.js';

/**
 * The documented key order of each object in a Report, and of the objects below it.
 * An entry under `children` applies to the value of that key, or to every element when
 * the value is an array.
 */
interface KeyOrder {
  readonly keys: readonly string[];
  readonly children?: Readonly<Record<string, KeyOrder>>;
}

const SPAN: KeyOrder = { keys: ['text', 'start', 'end'] };
const COUNTS: KeyOrder = { keys: LABELS };
const CUE: KeyOrder = { keys: [...SPAN.keys, 'kind', 'entry'] };
const SOURCE: KeyOrder = {
  keys: [...SPAN.keys, 'verb', 'cue', 'named', 'stance', 'kind', 'resolved'],
  children: { cue: SPAN },
};
const ATTRIBUTION: KeyOrder = {
  keys: ['source', 'cue', 'stance', 'content'],
  children: { source: { keys: [...SPAN.keys, 'kind', 'named', 'resolved'] }, cue: SPAN, content: { keys: ['start', 'end'] } },
};
const STATEMENT: KeyOrder = {
  keys: ['index', 'start', 'end', 'text', 'role', 'label', 'confidence', 'probabilities', 'rule', 'reason', 'features', 'cues', 'source', 'attributions', 'checkworthiness', 'checkSignals', 'suppressed'],
  children: { probabilities: COUNTS, features: { keys: ['feature', 'weight', 'text'] }, cues: CUE, source: SOURCE, attributions: ATTRIBUTION },
};
const SOURCE_SUMMARY: KeyOrder = {
  keys: ['name', 'kind', 'named', 'mentions', 'statements', 'counts'],
  children: { counts: COUNTS },
};
const VIOLATION: KeyOrder = { keys: ['policy', 'statement', 'message', 'severity', 'fingerprint'] };
const DOCUMENT: KeyOrder = {
  keys: ['path', 'chars', 'statements', 'counts', 'sources', 'extractedFrom', 'violations'],
  children: { statements: STATEMENT, counts: COUNTS, sources: SOURCE_SUMMARY, violations: VIOLATION },
};
const REPORT: KeyOrder = {
  keys: ['$schema', 'schemaVersion', 'tool', 'documents', 'summary'],
  children: {
    tool: { keys: ['name', 'version'] },
    documents: DOCUMENT,
    summary: { keys: ['documents', 'statements', 'counts'], children: { counts: COUNTS } },
  },
};

/** Objects the contract does not describe yet still need a stable order: sorted keys. */
const UNDESCRIBED: KeyOrder = { keys: [] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of `value` whose objects list their keys in the documented order, then any keys the
 * contract does not know (fields added by later versions) sorted by code unit, so the bytes do
 * not depend on the order in which the pipeline happened to build each object.
 */
const knownKeys = new WeakMap<KeyOrder, ReadonlySet<string>>();

function orderKeys(value: unknown, order: KeyOrder): unknown {
  if (Array.isArray(value)) return value.map((element) => orderKeys(element, order));
  if (!isPlainObject(value)) return value;
  // Without a prototype, even a "__proto__" key is set as data.
  const ordered = Object.create(null) as Record<string, unknown>;
  for (const key of keysInOrder(value, order)) ordered[key] = orderKeys(value[key], childOrder(order, key));
  return ordered;
}

/** The keys of `value`: the documented ones present, in their order, then the others sorted by code unit. */
function keysInOrder(value: Record<string, unknown>, order: KeyOrder): string[] {
  let known = knownKeys.get(order);
  if (known === undefined) knownKeys.set(order, (known = new Set(order.keys)));
  const extra = Object.keys(value).filter((key) => !known.has(key));
  return [...order.keys.filter((key) => Object.hasOwn(value, key)), ...extra.sort()];
}

/** The order of the value under `key`. hasOwn: a key such as "__proto__" must not find Object.prototype as its order. */
function childOrder(order: KeyOrder, key: string): KeyOrder {
  const { children } = order;
  return children !== undefined && Object.hasOwn(children, key) ? children[key]! : UNDESCRIBED;
}

/** One document with the documented key order. */
export function orderDocument(document: DocumentReport): unknown {
  return orderKeys(document, DOCUMENT);
}

/**
 * JSON allows U+2028 and U+2029 raw inside strings, but JavaScript's line splitters (and many
 * others) take them for line breaks, so one NDJSON record would read as several: written as
 * \u2028 and \u2029 they mean the same and break nothing.
 */
export function escapeLineSeparators(json: string): string {
  return /[\u2028\u2029]/.test(json) ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}

/** Objects nested this deep (a statement) are stringified whole; those above it a key at a time. */
const STRINGIFY_DEPTH = 4;

/**
 * `JSON.stringify(orderKeys(value, order), null, 2)` of a value nested `depth` levels deep, in
 * pieces: the report's outer objects and arrays a key or an element at a time, each statement
 * whole. Neither a copy of the whole report nor one string of all of it is ever made.
 */
function* stringifyChunks(value: unknown, order: KeyOrder, depth: number): Generator<string> {
  const nested = Array.isArray(value) || isPlainObject(value);
  if (!nested || depth >= STRINGIFY_DEPTH) {
    const json = escapeLineSeparators(JSON.stringify(orderKeys(value, order), null, 2));
    // JSON strings hold no raw line breaks, so every line break is indentation to shift.
    yield depth === 0 ? json : json.replace(/\n/g, `\n${'  '.repeat(depth)}`);
    return;
  }
  const [inner, outer] = ['  '.repeat(depth + 1), '  '.repeat(depth)];
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[\n';
    for (const [i, element] of value.entries()) {
      yield inner;
      // As JSON.stringify: an element with no JSON value is null.
      if (element === undefined || typeof element === 'function' || typeof element === 'symbol') yield 'null';
      else yield* stringifyChunks(element, order, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    return yield `${outer}]`;
  }
  const object = value as Record<string, unknown>;
  // As JSON.stringify: a key whose value has no JSON form is left out.
  const shown = keysInOrder(object, order).filter((key) => object[key] !== undefined && typeof object[key] !== 'function' && typeof object[key] !== 'symbol');
  if (shown.length === 0) return yield '{}';
  yield '{\n';
  for (const [i, key] of shown.entries()) {
    yield `${inner}${escapeLineSeparators(JSON.stringify(key))}: `;
    yield* stringifyChunks(object[key], childOrder(order, key), depth + 1);
    yield i < shown.length - 1 ? ',\n' : '\n';
  }
  yield `${outer}}`;
}

/** The report as written: `$schema` (the schema's id) added in front; the documents are not copied. */
function withSchema(report: Report): Report & { $schema: string } {
  return { $schema: REPORT_SCHEMA_ID, ...report };
}

export const jsonFormatter: Formatter = {
  name: 'json',
  description: 'the full report as JSON (schema: schema/report.schema.json, docs/json-schema.md), keys in a fixed order',
  format(report: Report): string {
    return [...stringifyChunks(withSchema(report), REPORT, 0), '\n'].join('');
  },
  *formatChunks(report: Report): Iterable<string> {
    yield* stringifyChunks(withSchema(report), REPORT, 0);
    yield '\n';
  },
};
