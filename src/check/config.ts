/**
 * The project's factcheck settings: `factcheck.config.json`, or the "factcheck" key of
 * package.json, the nearest one walking up from the working directory. Validated against
 * schema/config.schema.json, the schema an editor uses, so that both say the same; every
 * problem is one line naming the file and the key.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { CueKind, Policy, Severity } from '../types.js';
import type { LexiconEntry, LexiconExtension } from '../classify/index.js';
import { parseLabels, parseLimit, type PolicyOptions } from './policy.js';
import { parseSeverity, type PolicySeverities } from './severity.js';
import { parseByteSize } from '../read/input.js';
import { nearestWord } from '../suggest.js';
import { validate as validateConfigSchema } from './config-validator.generated.js';

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
export function loadConfig(file: string, shown: string): Config {
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
  return validateConfig(value, shown, prefix);
}

/** The path a found config is shown under: relative to the working directory, as a user would type it. */
export function displayPath(file: string, cwd: string): string {
  return relative(cwd, file) || basename(file);
}

/** One error of the generated validator (ajv's ErrorObject, `verbose`: with the failing schema node). */
interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: { errorMessage?: string; properties?: Record<string, unknown> };
  data?: unknown;
}
const validateBySchema = validateConfigSchema as unknown as ((value: unknown) => boolean) & { errors?: SchemaError[] | null };

/** What an unknown key is called, by the object it is in (JSON pointer); "key" elsewhere. */
const KEY_NOUNS: Readonly<Record<string, string>> = { '/lexicon': 'kind', '/severity': 'policy' };

/**
 * Checks `value` against schema/config.schema.json (compiled into config-validator.generated.ts)
 * and reads it. Every message is the schema's own `errorMessage` for the failing node, what an
 * editor shows; an unknown key also gets the nearest known one. The schema lists the formats
 * (a test keeps its list equal to the registered formatters).
 */
export function validateConfig(value: unknown, path: string, prefix: string): Config {
  if (!validateBySchema(value)) {
    const error = validateBySchema.errors![0]!;
    const [key, problem] = describeError(error);
    const shown = prefix + key;
    throw new ConfigError(path, shown === '' ? undefined : shown.replace(/\.$/, ''), problem);
  }
  return readConfig(value as RawConfig, path, prefix);
}

/** The key path as messages write it (`lexicon.hedge[1]`) and the problem. */
function describeError(error: SchemaError): [string, string] {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (error.keyword === 'additionalProperties') {
    const unknown = String(error.params['additionalProperty']);
    const known = Object.keys(error.parentSchema?.properties ?? {}).filter((k) => !k.startsWith('$'));
    segments.push(unknown);
    return [keyPath(segments), unknownKey(unknown, known, KEY_NOUNS[error.instancePath] ?? 'key')];
  }
  const message = error.parentSchema?.errorMessage ?? `must satisfy ${error.keyword}`;
  if (error.keyword !== 'enum') return [keyPath(segments), message];
  // An enum names the value it refuses, and the nearest allowed one: failOn[0]: "denials" is not
  // a label (labels: …); did you mean denial?
  const allowed = (error.params['allowedValues'] as unknown[]).map(String);
  const near = typeof error.data === 'string' ? nearestWord(error.data, allowed) : undefined;
  return [keyPath(segments), `${JSON.stringify(error.data)} is ${message}${near === undefined ? '' : `; did you mean ${near}?`}`];
}

function keyPath(segments: readonly string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** A config the schema accepted. */
interface RawConfig {
  maxUnverified?: number | string;
  maxDenial?: number | string;
  failOn?: string | string[];
  requireSource?: boolean;
  minConfidence?: number;
  severity?: Partial<Record<Policy, string>>;
  maxWarnings?: number;
  format?: string;
  maxBytes?: number | string;
  lexicon?: Partial<Record<CueKind | 'furniture', Array<string | LexiconEntry>>>;
}

/**
 * Turns what the schema accepted into settings. The schema's patterns are the parsers' grammar,
 * so only what a schema cannot say fails here: a size too large to count in bytes.
 */
function readConfig(raw: RawConfig, path: string, prefix: string): Config {
  const config: Config = { path, policy: {}, severities: {}, lexicon: {}, furniture: [] };
  for (const key of ['maxUnverified', 'maxDenial'] as const) {
    const field = raw[key];
    if (field !== undefined) config.policy[key] = typeof field === 'number' ? { kind: 'count', value: field } : parseLimit(field)!;
  }
  if (raw.failOn !== undefined) config.policy.failOn = parseLabels(typeof raw.failOn === 'string' ? raw.failOn : raw.failOn.join(',')).labels;
  if (raw.requireSource !== undefined) config.policy.requireSource = raw.requireSource;
  if (raw.minConfidence !== undefined) config.policy.minConfidence = raw.minConfidence;
  for (const [policy, level] of Object.entries(raw.severity ?? {})) config.severities[policy as Policy] = parseSeverity(level) as Severity;
  if (raw.maxWarnings !== undefined) config.maxWarnings = raw.maxWarnings;
  if (raw.format !== undefined) config.format = raw.format;
  if (raw.maxBytes !== undefined) {
    const bytes = typeof raw.maxBytes === 'number' ? raw.maxBytes : parseByteSize(raw.maxBytes);
    if (bytes === undefined) throw new ConfigError(path, `${prefix}maxBytes`, 'more bytes than can be counted exactly (at most 9007199254740991)');
    config.maxBytes = bytes;
  }
  for (const [kind, entries] of Object.entries(raw.lexicon ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (kind === 'furniture') config.furniture.push(...(entries as string[]));
    else config.lexicon[kind as CueKind] = entries!.map((entry) => (typeof entry === 'string' ? { phrase: entry } : { ...entry }));
  }
  return config;
}

/** "unknown key (did you mean maxUnverified?)" for a near miss, else the list of known ones. */
function unknownKey(key: string, known: readonly string[], what: string): string {
  const near = nearestWord(key, known);
  return near !== undefined ? `unknown ${what} (did you mean ${near}?)` : `unknown ${what} (known: ${known.join(', ')})`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
