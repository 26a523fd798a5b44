/**
 * Runs the built `factcheck` binary the way a user would: a fresh Node process, real argv,
 * real stdin and exit code. The tests exercise dist/, so `npm test` builds first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'factcheck.js');
export const SEED = 'seeds/000_fb5342f5c55fbbe0.txt';

export interface RunOptions {
  /** Bytes or text for stdin; without it stdin is an empty pipe. */
  input?: string | Uint8Array;
  /** Variables to set (a string) or remove (undefined) on top of a colour-neutral environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout as bytes, for byte-for-byte comparisons. */
  raw: Buffer;
}

/**
 * The parent's environment minus anything that decides colour or width, so a test runner that
 * sets FORCE_COLOR or COLUMNS (or a developer's NO_COLOR, TERM=dumb) does not change what the tests see.
 */
export function baseEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'CLICOLOR', 'CLICOLOR_FORCE', 'COLUMNS', 'GITHUB_WORKSPACE']) delete env[name];
  if (env['TERM'] === 'dumb') delete env['TERM'];
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export function run(args: readonly string[], options: RunOptions = {}): RunResult {
  if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npx tsc -p tsconfig.json` (npm test builds first)');
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: baseEnv(options.env),
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), raw: result.stdout };
}

/** A shell pipeline, for what only a shell can set up (a reader that closes the pipe early). */
export function runShell(script: string, env: Record<string, string | undefined> = {}): RunResult {
  const result = spawnSync('sh', ['-c', script], { cwd: ROOT, env: baseEnv(env), input: '', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), raw: result.stdout };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'factcheck-cli-'));
}

/** stderr split into its lines, without the empty string after the final newline. */
export function lines(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}
