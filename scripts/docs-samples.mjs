/**
 * The sample outputs of README.md and docs/*.md, produced by the built CLI.
 *
 * A fenced block whose line before it is a marker holds the output of a command:
 *
 *   <!-- sample: factcheck seeds/….txt --top 5 --width 100 -->   the block is the command's stdout
 *   <!-- sample: session -->                                      the block is a terminal session:
 *       `$ command` lines (a line ending in `\` goes on on the next), each followed by what the
 *       command printed, its stdout and then its stderr; `$ echo $?` shows the last status
 *   <!-- sample: shared npm run eval -->                          made from ../shared, minutes long:
 *       neither run by the test nor rewritten here (listed as skipped)
 *
 * Commands run in bash (`set -o pipefail`) in a scratch directory holding links to the
 * repository's seeds/, tests/, scripts/ and schema/ (so the paths of the docs work and a file a
 * command writes lands in the scratch directory; no config file is found above it), with
 * `factcheck` on PATH as the built bin/factcheck.js, no colour and no COLUMNS. A plain sample
 * must write nothing on stderr and exit 0 or 1 (1: a check that found violations).
 *
 * `npm run docs:samples` builds the CLI and rewrites every block in place; with `-- --check` it
 * only reports the blocks that differ (exit 1). tests/docs/samples.test.ts compares
 * every block with its command's output byte for byte.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The Markdown files whose samples are kept: README.md and every docs/*.md. */
export function sampleFiles(root = ROOT) {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(root, 'docs', name));
  return [join(root, 'README.md'), ...docs];
}

const MARKER = /^(\s*)<!-- sample: (.*?) -->\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;

/**
 * The marked blocks of a Markdown text, in order: `{ line, kind, command, indent, body, start, end }`
 * where `line` is the marker's 1-based line, `body` the block's text (its lines without the
 * fence's indentation, each ending in a newline) and `start`/`end` the lines it spans
 * (0-based, end exclusive) between its fences.
 */
export function findSamples(text) {
  const lines = text.split('\n');
  const samples = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = MARKER.exec(lines[i]);
    if (marker === null) continue;
    const where = `line ${i + 1}`;
    const open = FENCE.exec(lines[i + 1] ?? '');
    if (open === null) throw new Error(`${where}: a sample marker must be followed by a fenced block`);
    const [, indent, fence] = open;
    let close = i + 2;
    while (close < lines.length && !(lines[close].startsWith(indent + fence) && lines[close].trim() === fence)) close++;
    if (close >= lines.length) throw new Error(`${where}: the block after the marker is not closed`);
    const body = lines
      .slice(i + 2, close)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()) + '\n')
      .join('');
    const spec = marker[2].trim();
    const kind = spec === 'session' ? 'session' : spec.startsWith('shared ') ? 'shared' : 'command';
    const command = kind === 'command' ? spec : kind === 'shared' ? spec.slice('shared '.length) : undefined;
    samples.push({ line: i + 1, kind, command, indent, fence, body, start: i + 2, end: close });
    i = close;
  }
  return samples;
}

/** The `$ command` lines of a session block, each with the output shown under it. */
export function sessionCommands(body) {
  const lines = body.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const commands = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('$ ')) {
      if (commands.length === 0) throw new Error(`a session block must start with "$ "`);
      continue;
    }
    let command = lines[i].slice(2);
    while (command.endsWith('\\') && i + 1 < lines.length) command += '\n' + lines[++i];
    commands.push(command);
  }
  return commands;
}

/** A scratch directory to run samples in, and how to remove it. */
export function sampleWorkspace(root = ROOT) {
  if (!existsSync(join(root, 'dist', 'factcheck.mjs'))) throw new Error('dist/factcheck.mjs is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-docs-samples-'));
  for (const name of ['seeds', 'tests', 'scripts', 'schema']) symlinkSync(join(root, name), join(dir, name));
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'factcheck'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin', 'factcheck.js')}" "$@"\n`, { mode: 0o755 });
  return { dir, bin, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function sampleEnv(bin) {
  const env = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS', 'CLICOLOR', 'CLICOLOR_FORCE', 'COLUMNS', 'LINES', 'GITHUB_WORKSPACE', 'FACTCHECK_WORKERS']) delete env[name];
  if (env.TERM === 'dumb') delete env.TERM;
  return { ...env, PATH: `${bin}:${env.PATH ?? '/usr/bin:/bin'}`, LC_ALL: 'C.UTF-8' };
}

function bash(script, workspace) {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `set -o pipefail\n${script}`], { cwd: workspace.dir, env: sampleEnv(workspace.bin), stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * What the block of `sample` should hold, made by running its command(s) now; throws with the
 * reason when the command fails.
 */
export async function produce(sample, workspace) {
  if (sample.kind === 'command') {
    const { status, stdout, stderr } = await bash(sample.command, workspace);
    if (stderr !== '' || (status !== 0 && status !== 1)) throw new Error(`\`${sample.command}\` exited ${status}${stderr === '' ? '' : `: ${stderr.trim()}`}`);
    if (!stdout.endsWith('\n')) throw new Error(`\`${sample.command}\` printed no final newline, which a block cannot show`);
    return stdout;
  }
  if (sample.kind === 'session') {
    // Each command's stdout and stderr go to files of their own, shown in that order; the
    // status is kept for the next command's $?.
    // Sessions run side by side: each keeps its files in a directory of its own.
    const commands = sessionCommands(sample.body);
    const dir = mkdtempSync(join(workspace.dir, '.session-'));
    const file = (i, ext) => join(dir, `${i}.${ext}`);
    const script = commands
      .map((command, i) => `(exit $__status); { ${command}\n} > '${file(i, 'out')}' 2> '${file(i, 'err')}'; __status=$?`)
      .join('\n');
    const { status, stderr } = await bash(`__status=0\n${script}`, workspace);
    if (status !== 0 && stderr !== '') throw new Error(`session failed: ${stderr.trim()}`);
    return commands.map((command, i) => `$ ${command}\n${readFileSync(file(i, 'out'), 'utf8')}${readFileSync(file(i, 'err'), 'utf8')}`).join('');
  }
  throw new Error('a shared sample is not run');
}

/** The text with `sample`'s block replaced by `output`. */
export function replaceBlock(text, sample, output) {
  if (/^\s*(`{3,}|~{3,})/m.test(output)) throw new Error(`line ${sample.line}: the output holds a fence and cannot go in a block`);
  const lines = text.split('\n');
  const body = output.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '' : sample.indent + line));
  lines.splice(sample.start, sample.end - sample.start, ...body);
  return lines.join('\n');
}

/** Runs `tasks` (functions returning promises), at most `limit` at a time, results in order. */
export async function pool(tasks, limit = Math.max(1, availableParallelism())) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]().then(
        (value) => ({ ok: true, value }),
        (error) => ({ ok: false, error }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function main(argv) {
  const check = argv.includes('--check');
  const workspace = sampleWorkspace();
  let failed = 0;
  let changed = 0;
  const skipped = [];
  try {
    for (const file of sampleFiles()) {
      const shown = relative(ROOT, file);
      let text = readFileSync(file, 'utf8');
      const samples = findSamples(text);
      const runnable = samples.filter((s) => s.kind !== 'shared');
      for (const s of samples) if (s.kind === 'shared') skipped.push(`${shown}:${s.line}: ${s.command}`);
      const results = await pool(runnable.map((s) => () => produce(s, workspace)));
      // From the last block up, so earlier blocks' line numbers stay right.
      for (let i = runnable.length - 1; i >= 0; i--) {
        const sample = runnable[i];
        const result = results[i];
        if (!result.ok) {
          failed++;
          console.error(`${shown}:${sample.line}: ${result.error.message}`);
          continue;
        }
        if (result.value === sample.body) continue;
        changed++;
        if (check) console.error(`${shown}:${sample.line}: differs from its command's output`);
        else text = replaceBlock(text, sample, result.value);
      }
      if (!check) writeFileSync(file, text);
    }
  } finally {
    workspace.remove();
  }
  for (const line of skipped) console.error(`skipped (needs ../shared): ${line}`);
  console.error(`${changed} sample${changed === 1 ? '' : 's'} ${check ? 'out of date' : 'rewritten'}${failed > 0 ? `, ${failed} failed` : ''}`);
  return failed > 0 || (check && changed > 0) ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
