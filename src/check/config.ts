/**
 * The project's factcheck settings: `factcheck.config.json`, or the "factcheck" key of
 * package.json, the nearest one walking up from the working directory. Validated by hand so
 * every problem names its file and key in one line, and so no schema library is needed.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { CUE_KINDS, STANCES, type CueKind, type Label } from '../types.js';
import type { LexiconEntry, LexiconExtension } from '../classify/index.js';
import { parseConfidence, parseLabels, parseLimit, type Limit, type PolicyOptions } from './policy.js';
import { parsePolicyName, parseSeverity, type PolicySeverities } from './severity.js';
import { parseByteSize } from '../read/input.js';
import { nearestWord } from '../suggest.js';

export const CONFIG_FILE = 'factcheck.config.json';
const PACKAGE_KEY = 'factcheck';

export interface Config {
  /** The file as messages show it: as given to --config, else relative to the working directory. */
  path: string;
  policy: PolicyOptions;
  /** Each policy's severity (`severity`): an error unless set to warn. */
  severities: PolicySeverities;
  /** Warnings a check may have before it fails (`maxWarnings`). */
  maxWarnings?: number;
  format?: string;
  /** Bytes one document may have (`--max-bytes`); 0 for no limit. */
  maxBytes?: number;
  lexicon: LexiconExtension;
  /** Extra page-furniture lines (`lexicon.furniture`): whole lines that belong to the page, not the article. */
  furniture: string[];
}

/** A config problem, printed as `factcheck: <path>: <key>: <problem>`. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    readonly path: string,
    readonly key: string | undefined,
    readonly problem: string,
  ) {
    super(key === undefined ? `${path}: ${problem}` : `${path}: ${key}: ${problem}`);
  }
}

/** Where the settings live: the nearest directory with either file; factcheck.config.json first. */
export function findConfig(cwd: string): string | undefined {
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    const own = join(directory, CONFIG_FILE);
    if (isReadable(own)) return own;
    const pkg = join(directory, 'package.json');
    if (isReadable(pkg) && hasPackageKey(pkg)) return pkg;
    if (dirname(directory) === directory) return undefined;
  }
}

function isReadable(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}

function hasPackageKey(path: string): boolean {
  try {
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return isObject(value) && Object.hasOwn(value, PACKAGE_KEY);
  } catch {
    // A package.json that is not JSON is npm's problem, not a factcheck config.
    return false;
  }
}

/**
 * Reads and validates one config. `shown` is the path for messages; a package.json supplies
 * its "factcheck" key, and its keys are named "factcheck.<key>" in messages.
 */
export function loadConfig(file: string, shown: string, formats: readonly string[]): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(shown, undefined, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? 'error'})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ConfigError(shown, undefined, 'not valid JSON');
  }
  let prefix = '';
  if (basename(file) === 'package.json') {
    if (!isObject(value) || !Object.hasOwn(value, PACKAGE_KEY)) throw new ConfigError(shown, undefined, `no "${PACKAGE_KEY}" key`);
    value = value[PACKAGE_KEY];
    prefix = `${PACKAGE_KEY}.`;
  }
  return validateConfig(value, shown, prefix, formats);
}

/** The path a found config is shown under: relative to the working directory, as a user would type it. */
export function displayPath(file: string, cwd: string): string {
  return relative(cwd, file) || basename(file);
}

const KEYS = ['maxUnverified', 'maxDenial', 'failOn', 'requireSource', 'minConfidence', 'severity', 'maxWarnings', 'format', 'maxBytes', 'lexicon'] as const;
type Key = (typeof KEYS)[number];

/** Cue kinds plus the page-furniture list, which belongs to the segmenter rather than the classifier. */
const LEXICON_KINDS = [...CUE_KINDS, 'furniture'] as const;
const ENTRY_KEYS = ['phrase', 'tags', 'except', 'stance'] as const;

export function validateConfig(value: unknown, path: string, prefix: string, formats: readonly string[]): Config {
  const fail = (key: string | undefined, problem: string): never => {
    throw new ConfigError(path, key === undefined ? (prefix === '' ? undefined : prefix.slice(0, -1)) : prefix + key, problem);
  };
  if (!isObject(value)) return fail(undefined, 'expected a JSON object of settings');
  const config: Config = { path, policy: {}, severities: {}, lexicon: {}, furniture: [] };
  for (const key of Object.keys(value).sort()) {
    if (!(KEYS as readonly string[]).includes(key)) fail(key, unknownKey(key, KEYS));
    const field = value[key];
    switch (key as Key) {
      case 'maxUnverified':
      case 'maxDenial': {
        const limit = toLimit(field);
        if (limit === undefined) fail(key, 'expected a whole number of statements (5) or a percentage ("25%")');
        config.policy[key as 'maxUnverified' | 'maxDenial'] = limit;
        break;
      }
      case 'failOn': {
        const words = typeof field === 'string' ? field : Array.isArray(field) && field.every((w) => typeof w === 'string') ? field.join(',') : undefined;
        if (words === undefined) fail(key, 'expected a list of labels (["denial", "unverified"]) or "denial,unverified"');
        const { labels, unknown } = parseLabels(words!);
        if (unknown !== undefined) fail(key, `"${unknown}" is not a label (labels: assertion, denial, unverified, background)`);
        config.policy.failOn = labels as Label[];
        break;
      }
      case 'requireSource':
        if (typeof field !== 'boolean') fail(key, 'expected true or false');
        config.policy.requireSource = field as boolean;
        break;
      case 'minConfidence': {
        const confidence = typeof field === 'number' ? parseConfidence(String(field)) : undefined;
        if (confidence === undefined) fail(key, 'expected a number from 0 to 1');
        config.policy.minConfidence = confidence;
        break;
      }
      case 'severity':
        if (!isObject(field)) fail(key, 'expected an object of policy: "error" or "warn" ({"require-source": "warn"})');
        for (const name of Object.keys(field as object).sort()) {
          const policy = parsePolicyName(name);
          if (typeof policy !== 'string') fail(`${key}.${name}`, policy.problem);
          const level = (field as Record<string, unknown>)[name];
          const severity = typeof level === 'string' ? parseSeverity(level) : { problem: 'expected "error" or "warn"' };
          if (typeof severity !== 'string') fail(`${key}.${name}`, severity.problem);
          config.severities[policy as keyof PolicySeverities] = severity as 'error' | 'warning';
        }
        break;
      case 'maxWarnings':
        if (typeof field !== 'number' || !Number.isSafeInteger(field) || field < 0) fail(key, 'expected a whole number of warnings from 0');
        config.maxWarnings = field as number;
        break;
      case 'format':
        if (typeof field !== 'string' || !formats.includes(field)) fail(key, `expected one of the formats: ${formats.join(', ')}`);
        config.format = field as string;
        break;
      case 'maxBytes': {
        const bytes = typeof field === 'number' ? (Number.isSafeInteger(field) && field >= 0 ? field : undefined) : typeof field === 'string' ? parseByteSize(field) : undefined;
        if (bytes === undefined) fail(key, 'expected a number of bytes (16777216) or a size ("16M", "512k"); 0 for no limit');
        config.maxBytes = bytes;
        break;
      }
      case 'lexicon':
        readLexicon(field, (sub, problem) => fail(`lexicon${sub}`, problem), config);
        break;
    }
  }
  return config;
}

function toLimit(field: unknown): Limit | undefined {
  if (typeof field === 'number') return Number.isInteger(field) && field >= 0 ? { kind: 'count', value: field } : undefined;
  return typeof field === 'string' ? parseLimit(field) : undefined;
}

function readLexicon(field: unknown, fail: (key: string, problem: string) => never, config: Config): void {
  if (!isObject(field)) fail('', `expected an object of phrase lists by kind (kinds: ${LEXICON_KINDS.join(', ')})`);
  const lexicon = field as Record<string, unknown>;
  for (const kind of Object.keys(lexicon).sort()) {
    const key = `.${kind}`;
    if (!(LEXICON_KINDS as readonly string[]).includes(kind)) fail(key, unknownKey(kind, LEXICON_KINDS, 'kind'));
    const list = lexicon[kind];
    if (!Array.isArray(list)) fail(key, 'expected a list of phrases');
    const entries = (list as unknown[]).map((entry, i) => readEntry(entry, kind === 'furniture', (problem) => fail(`${key}[${i}]`, problem)));
    if (kind === 'furniture') config.furniture.push(...entries.map((e) => e.phrase));
    else config.lexicon[kind as CueKind] = entries;
  }
}

/** A phrase, or (for cue kinds) an entry object as the built-in lexicons write them. */
function readEntry(entry: unknown, lineOnly: boolean, fail: (problem: string) => never): LexiconEntry {
  if (typeof entry === 'string') return { phrase: checkPhrase(entry, fail) };
  if (lineOnly || !isObject(entry)) return fail(lineOnly ? 'expected a line of text (a string)' : 'expected a phrase (a string) or an entry object with "phrase"');
  for (const key of Object.keys(entry)) if (!(ENTRY_KEYS as readonly string[]).includes(key)) fail(`unknown entry key "${key}" (known: ${ENTRY_KEYS.join(', ')})`);
  if (typeof entry['phrase'] !== 'string') fail('"phrase" must be a string');
  const result: LexiconEntry = { phrase: checkPhrase(entry['phrase'] as string, fail) };
  for (const list of ['tags', 'except'] as const) {
    const items = entry[list];
    if (items === undefined) continue;
    if (!Array.isArray(items) || !items.every((w) => typeof w === 'string' && w.trim() !== '')) fail(`"${list}" must be a list of words`);
    result[list] = items as string[];
  }
  if (entry['stance'] !== undefined) {
    if (!(STANCES as readonly unknown[]).includes(entry['stance'])) fail(`"stance" must be one of ${STANCES.join(', ')}`);
    result.stance = entry['stance'] as LexiconEntry['stance'];
  }
  return result;
}

function checkPhrase(phrase: string, fail: (problem: string) => never): string {
  const words = phrase.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) fail('empty phrase');
  // The matcher indexes phrases by their first word; a wildcard there would match everywhere.
  if (words[0] === '*') fail('a phrase must start with a word, not *');
  return phrase;
}

/** "unknown key (did you mean maxUnverified?)" for a near miss, else the list of known ones. */
function unknownKey(key: string, known: readonly string[], what = 'key'): string {
  const near = nearestWord(key, known);
  return near !== undefined ? `unknown ${what} (did you mean ${near}?)` : `unknown ${what} (known: ${known.join(', ')})`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
