/**
 * The decisions the CLI makes about its environment, as pure functions so tests can call them
 * without spawning a process or faking a terminal.
 */
import { dirname, join, resolve } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { parseConfidence, parseLabels, parseLimit, type Limit, type PolicyOptions } from './check/policy.js';
import type { Config } from './check/config.js';
import { parseSeverities, type PolicySeverities } from './check/severity.js';
import { parseByteSize } from './read/input.js';
import { nearestWord } from './suggest.js';
import { LABELS, type Label } from './types.js';

/** Exit status when `check` finds an error, or more warnings than --max-warnings; input and usage errors (2) win. */
export const VIOLATION_EXIT = 1;
export const USAGE_EXIT = 2;
export const INTERNAL_EXIT = 70;
export const DEFAULT_WIDTH = 80;

export interface ColorInputs {
  /** The value of commander's `color` option: false only when --no-color was given. */
  flag: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether the output goes to a terminal (false when it goes to a file). */
  isTTY: boolean;
}

/**
 * An explicit flag beats the environment, and FORCE_COLOR beats NO_COLOR because it is the
 * more specific request (tools such as CI runners set it to get colour into their logs).
 */
/**
 * Colour as chalk's supports-color decides it: --no-color off; FORCE_COLOR on (any value but
 * "0" or "false", which turn it off even on a terminal); a non-empty NO_COLOR off; TERM=dumb
 * (a terminal that understands no escape codes) off; else on a terminal only.
 */
export function shouldUseColor({ flag, env, isTTY }: ColorInputs): boolean {
  if (!flag) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  const noColor = env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}

export interface WidthInputs {
  /** The value of --width, if given. */
  flag: number | undefined;
  isTTY: boolean;
  columns: number | undefined;
  /** The COLUMNS environment variable, as POSIX tools read it. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The flag; else COLUMNS (as ls and less read it, also when piped); else the terminal's width; else 80. */
export function resolveWidth({ flag, isTTY, columns, env = {} }: WidthInputs): number {
  if (flag !== undefined) return flag;
  const fromEnv = env['COLUMNS']?.trim();
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv) && Number(fromEnv) > 0) return Number(fromEnv);
  // columns is 0 or undefined on some terminals (serial consoles, `script`); 80 is safer.
  return isTTY && columns !== undefined && columns > 0 ? columns : DEFAULT_WIDTH;
}

/** commander's argParser for --width: thrown errors become commander's "is invalid" usage error. */
export function parseWidth(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('Expected a positive whole number of columns.');
  const width = Number.parseInt(value, 10);
  if (width < 1) throw new InvalidArgumentError('Expected a positive whole number of columns.');
  return width;
}

/**
 * commander's messages start with "error: " and put "(Did you mean …?)" on a second line; the
 * CLI promises one `factcheck: <message>` line, so the suggestion is folded into it.
 */
export function usageLine(commanderMessage: string): string {
  const message = commanderMessage
    .trim()
    .replace(/^error:\s*/i, '')
    .replace(/\s*\n\s*/g, ' ');
  return `factcheck: ${message}`;
}

export const HELP_HINT = "Try 'factcheck --help'.";

/** Short text for an error we did not expect, without the stack. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]?.trim() || 'unknown error';
}

/**
 * A path as it may appear inside a one-line message: control characters (a newline in a file
 * name, an escape sequence) are shown as \xNN so they can neither split the line nor drive the terminal.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** commander's argParser for --max-unverified and --max-denial. */
export function parseLimitOption(value: string): Limit {
  const limit = parseLimit(value);
  if (limit === undefined) throw new InvalidArgumentError('Expected a whole number of statements (5) or a percentage from 0 to 100 (25%).');
  return limit;
}

/** commander's argParser for --min-confidence. */
export function parseConfidenceOption(value: string): number {
  const confidence = parseConfidence(value);
  if (confidence === undefined) throw new InvalidArgumentError('Expected a number from 0 to 1.');
  return confidence;
}

/** commander's argParser for --fail-on. */
export function parseLabelsOption(value: string): Label[] {
  const { labels, unknown } = parseLabels(value);
  if (unknown !== undefined) throw new InvalidArgumentError(`"${unknown}" is not a label (${didYouMean(unknown, LABELS)}labels: ${LABELS.join(', ')}).`);
  if (labels.length === 0) throw new InvalidArgumentError(`Expected labels separated by commas (${LABELS.join(', ')}).`);
  return labels;
}

/** commander's argParser for --severity: `policy=level` pairs, comma-separated; repeated options add up. */
export function parseSeverityOption(value: string, previous: PolicySeverities | undefined): PolicySeverities {
  const { severities, problem } = parseSeverities(value);
  if (problem !== undefined) throw new InvalidArgumentError(`${problem[0]!.toUpperCase()}${problem.slice(1)}.`);
  if (Object.keys(severities).length === 0) throw new InvalidArgumentError('Expected policy=level pairs, such as require-source=warn.');
  return { ...previous, ...severities };
}

/** commander's argParser for --max-warnings: a whole number from 0. */
export function parseMaxWarningsOption(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('Expected a whole number of warnings from 0 (leave the option out for no limit).');
  return Number.parseInt(value, 10);
}

/** The options of the policy, in the order --help lists them, as they are written on the command line. */
export const POLICY_FLAGS: ReadonlyArray<[keyof PolicyOptions, string]> = [
  ['maxUnverified', '--max-unverified'],
  ['maxDenial', '--max-denial'],
  ['failOn', '--fail-on'],
  ['requireSource', '--require-source'],
  ['minConfidence', '--min-confidence'],
];

/** The policy in force: each option from the command line when given there, else from the config. */
export function mergePolicy(flags: PolicyOptions, config: PolicyOptions = {}): PolicyOptions {
  const merged: PolicyOptions = {};
  for (const [key] of POLICY_FLAGS) {
    const value = flags[key] ?? config[key];
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** The policy options given on the command line, as written (for the warning outside check mode). */
export function givenPolicyFlags(flags: PolicyOptions): string[] {
  return POLICY_FLAGS.filter(([key]) => flags[key] !== undefined).map(([, flag]) => flag);
}

/** `factcheck check …` is `factcheck --check …`; a file called "check" is "./check". */
export function splitCommand(argv: readonly string[]): { check: boolean; rest: string[] } {
  return argv[0] === 'check' ? { check: true, rest: argv.slice(1) } : { check: false, rest: [...argv] };
}

/**
 * An argParser for an option with a fixed list of values (--format, --labeller, --input-format):
 * commander's own check names the choices but suggests none.
 */
export function choiceParser(choices: readonly string[]): (value: string) => string {
  return (value) => {
    if (choices.includes(value)) return value;
    throw new InvalidArgumentError(`${didYouMean(value, choices)}Allowed choices are ${choices.join(', ')}.`);
  };
}

/** "did you mean denial? " for a near miss, else nothing. */
function didYouMean(word: string, known: readonly string[]): string {
  const near = nearestWord(word, known);
  return near === undefined ? '' : `did you mean ${near}? `;
}

/**
 * The repository root that GitHub annotation paths are relative to: GITHUB_WORKSPACE in a
 * workflow, else the nearest directory up from `cwd` with a .git, else none (paths as given).
 */
export function repositoryRoot(env: Readonly<Record<string, string | undefined>>, cwd: string, exists: (path: string) => boolean): string | undefined {
  const workspace = env['GITHUB_WORKSPACE'];
  if (workspace !== undefined && workspace !== '') return resolve(workspace);
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    if (exists(join(directory, '.git'))) return directory;
    if (dirname(directory) === directory) return undefined;
  }
}

/** --max-bytes: bytes (16777216), or with a unit (16M, 512k); 0 for no limit. */
export function parseMaxBytesOption(value: string): number {
  const bytes = parseByteSize(value);
  if (bytes === undefined) throw new InvalidArgumentError('Expected a number of bytes (16777216, 16M, 512k), or 0 for no limit.');
  return bytes;
}

/** commander's argParser for --top: how many claims to list. */
export function parseTopOption(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number.parseInt(value, 10) < 1) throw new InvalidArgumentError('Expected a positive whole number of claims.');
  return Number.parseInt(value, 10);
}

/**
 * The settings that apply, in the config file's own keys (so the output can be saved as one),
 * plus `config`, the file they came from (null when none was found or --no-config was given).
 */
export function printedConfig(config: Config | undefined, policy: PolicyOptions, check: { severities: PolicySeverities; maxWarnings: number | undefined }, format: string, maxBytes: number): string {
  const limit = (value: Limit | undefined): number | string | undefined => (value === undefined ? undefined : value.kind === 'count' ? value.value : `${value.value}%`);
  const settings = {
    config: config?.path ?? null,
    maxUnverified: limit(policy.maxUnverified),
    maxDenial: limit(policy.maxDenial),
    failOn: policy.failOn,
    requireSource: policy.requireSource,
    minConfidence: policy.minConfidence,
    severity: Object.keys(check.severities).length === 0 ? undefined : Object.fromEntries(Object.entries(check.severities).sort().map(([policy, level]) => [policy, level === 'warning' ? 'warn' : level])),
    maxWarnings: check.maxWarnings,
    format,
    maxBytes,
    lexicon: { ...(config?.lexicon ?? {}), ...(config !== undefined && config.furniture.length > 0 ? { furniture: config.furniture } : {}) },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}
