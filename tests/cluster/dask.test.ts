/**
 * factcheck on a real cluster engine: examples/dask/annotate.py on a Dask distributed scheduler
 * and two workers, each its own process on loopback (Debian's python3-distributed), each
 * partition of the archive piped through a factcheck process started by a worker. The merged
 * output must be one process's output, byte for byte, and a bad record must fail only itself.
 *
 * CI installs python3-distributed (.ci/run) and sets FACTCHECK_CLUSTER_TESTS=require, so there a
 * missing Dask is a failure; elsewhere the test skips and says why.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, BIN, lines, ROOT, run, tempDir } from '../cli/run.js';

const JOB = join(ROOT, 'examples', 'dask', 'annotate.py');
/** The first Python that has Dask distributed: a PATH python3 (pyenv, a venv) may not have Debian's packages. */
const PYTHON = [process.env['FACTCHECK_PYTHON'], 'python3', '/usr/bin/python3']
  .filter((python): python is string => python !== undefined && python !== '')
  .find((python) => spawnSync(python, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);
const SKIP_NOTE = 'Python with Dask distributed not found: cluster test skipped (apt-get install python3-distributed, or run bash .ci/run)';

const SUBJECTS = ['The harbour board', 'The city council', 'The health trust', 'A spokesperson for the mayor', 'The water company', 'Teachers at the school', 'The transport minister', 'Residents of Mill Road'];
const CLAIMS = [
  'will raise ferry fares by a fifth in April',
  'did not approve the new budget',
  'may close the old pier before the summer',
  'has spent twice what it planned on the bridge',
  'denied that the clinic would open late',
  'could cut evening bus services next year',
  'never received the inspection report',
  'opened the new library on Saturday',
];
const SOURCES = ['officials said', 'a report said', 'according to minutes seen by reporters', 'the union claimed', 'she told reporters', ''];

/** Documents written for this test: a few sentences each, some with a title, every 25th without an id. */
function archive(count: number): string {
  const records: string[] = [];
  for (let i = 1; i <= count; i++) {
    const sentences = Array.from({ length: 1 + (i % 4) }, (_, k) => {
      const subject = SUBJECTS[(i + k) % SUBJECTS.length]!;
      const claim = CLAIMS[(i * 3 + k) % CLAIMS.length]!;
      const source = SOURCES[(i + 2 * k) % SOURCES.length]!;
      return source === '' ? `${subject} ${claim}.` : `${subject} ${claim}, ${source}.`;
    });
    const record: Record<string, string> = { text: sentences.join(i % 5 === 0 ? '\n\n' : ' ') };
    if (i % 25 !== 0) record['id'] = `doc-${String(i).padStart(3, '0')}`;
    if (i % 7 === 0) record['title'] = `${SUBJECTS[i % SUBJECTS.length]} under pressure`;
    records.push(JSON.stringify(record));
  }
  return `${records.join('\n')}\n`;
}

const DOCUMENTS = 200;
let dir = '';
const cluster: ChildProcess[] = [];

function byId(ndjson: string): string[] {
  const id = (line: string): string => (JSON.parse(line) as { document: { path: string } }).document.path;
  return ndjson
    .split('\n')
    .filter(Boolean)
    .sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

function quote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Starts a cluster process in its own process group (so that it and the factcheck processes it starts can be ended together), its output to a log file. */
function start(name: string, args: string[]): void {
  const log = openSync(join(dir, `${name}.log`), 'w');
  const child = spawn(PYTHON!, args, { cwd: dir, env: baseEnv(), detached: true, stdio: ['ignore', log, log] });
  cluster.push(child);
}

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
}

/** TERM to each process group, KILL to any still running after three seconds. */
async function stopCluster(): Promise<void> {
  const running = cluster.filter((child) => child.pid !== undefined && alive(child));
  const exits = running.map((child) => new Promise<void>((resolve) => (alive(child) ? child.once('exit', () => resolve()) : resolve())));
  for (const child of running) killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => running.forEach((child) => killGroup(child, 'SIGKILL')), 3000);
  await Promise.all(exits);
  clearTimeout(timer);
}

// A test run that dies between beforeAll and afterAll still takes the cluster with it.
const killOnExit = (): void => cluster.forEach((child) => child.pid !== undefined && alive(child) && killGroup(child, 'SIGKILL'));

async function waitFor(test: () => boolean, what: string, ms = 20_000): Promise<void> {
  for (const deadline = Date.now() + ms; !test(); ) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${ms / 1000} s (logs in ${dir})`);
    if (cluster.some((child) => !alive(child))) throw new Error(`a cluster process exited early: ${readFileSync(join(dir, 'scheduler.log'), 'utf8')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The job, as a user runs it: `python3 examples/dask/annotate.py … ARCHIVE OUTPUT`. */
function runJob(cwd: string, input: string, output: string, factcheck = `${quote(process.execPath)} ${quote(BIN)}`): { status: number | null; stderr: string } {
  const args = [JOB, '--scheduler-file', join(dir, 'scheduler.json'), '--workers', '2', '--lines', '70', '--verbose', '--timeout', '20', '--factcheck', factcheck, input, output];
  const job = spawnSync(PYTHON!, args, { cwd, env: baseEnv(), encoding: 'utf8', timeout: 40_000 });
  if (job.error) throw job.error;
  return { status: job.status, stderr: job.stderr };
}

/**
 * The job's own messages and factcheck's (not its --verbose lines, nor Dask's log lines: on a
 * loaded machine the client may log a connection attempt that timed out and was retried), and
 * the workers that the --verbose lines named.
 */
function jobReport(stderr: string): { errors: string[]; workers: Set<string> } {
  const verbose = /^annotate\.py: \S+: lines \d+-\d+ on (tcp:\/\/127\.0\.0\.1:\d+)$/;
  const all = lines(stderr);
  expect(stderr).not.toContain('Traceback');
  return {
    errors: all.filter((line) => /^(annotate\.py|factcheck): /.test(line) && !verbose.test(line)),
    workers: new Set(all.flatMap((line) => verbose.exec(line)?.[1] ?? [])),
  };
}

describe.skipIf(PYTHON === undefined)('examples/dask: a scheduler and two workers on loopback', () => {
  beforeAll(async () => {
    dir = tempDir();
    process.once('exit', killOnExit);
    writeFileSync(join(dir, 'archive.ndjson'), archive(DOCUMENTS));
    mkdirSync(join(dir, 'work'));
    // Port 0 everywhere: the scheduler takes a free port and writes it to scheduler.json, where the workers and the job read it.
    const quiet = ['--no-dashboard'];
    start('scheduler', ['-m', 'distributed.cli.dask_scheduler', '--host', '127.0.0.1', '--port', '0', ...quiet, '--scheduler-file', 'scheduler.json']);
    await waitFor(() => existsSync(join(dir, 'scheduler.json')), 'the scheduler writing scheduler.json');
    for (const name of ['worker-1', 'worker-2']) {
      const worker = ['--scheduler-file', 'scheduler.json', '--host', '127.0.0.1', '--no-nanny', '--nthreads', '1', '--name', name];
      start(name, ['-m', 'distributed.cli.dask_worker', ...worker, ...quiet, '--local-directory', 'work', '--death-timeout', '30']);
    }
  }, 30_000);

  afterAll(async () => {
    await stopCluster();
    process.removeListener('exit', killOnExit);
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  }, 15_000);

  it('gives the output of one factcheck process, byte for byte, with both workers annotating', () => {
    const single = run(['--input-format', 'ndjson', '--format', 'ndjson', 'archive.ndjson'], { cwd: dir });
    expect(single.stderr).toBe('');
    expect(single.status).toBe(0);
    expect(lines(single.stdout)).toHaveLength(DOCUMENTS);

    const job = runJob(dir, 'archive.ndjson', 'reports.ndjson');
    const { errors, workers } = jobReport(job.stderr);
    expect(errors).toEqual([]);
    expect(job.status).toBe(0);
    expect(workers.size).toBe(2);
    const merged = readFileSync(join(dir, 'reports.ndjson'), 'utf8');
    expect(byId(merged)).toEqual(byId(single.stdout));
    // Partitions are written in archive order, each in its own input order: the very same bytes.
    expect(merged).toBe(single.stdout);
    // A record without an id is named by its line in the archive, not in its partition.
    expect(merged).toContain('"path":"archive.ndjson:175"');
  }, 45_000);

  it('fails only the bad records, naming them by their line in the archive, as one process does', () => {
    // The same archive, under the same name in another folder, with two records broken.
    const good = lines(readFileSync(join(dir, 'archive.ndjson'), 'utf8'));
    const bad = [...good];
    bad[39] = '{"id":"doc-040","text":"The council said';
    bad[159] = '{"id":"doc-160","text":160}';
    mkdirSync(join(dir, 'bad'));
    writeFileSync(join(dir, 'bad', 'archive.ndjson'), `${bad.join('\n')}\n`);

    const job = runJob(join(dir, 'bad'), 'archive.ndjson', 'reports.ndjson');
    // What one factcheck process says about them (tests/cli): the archive's line, not the partition's.
    expect(jobReport(job.stderr).errors).toEqual(['factcheck: archive.ndjson:40: not valid JSON', 'factcheck: archive.ndjson:160: "text" is not a string']);
    expect(job.status).toBe(2);
    // Every other document, in the same partitions as the bad ones too, is annotated as before.
    const expected = lines(readFileSync(join(dir, 'reports.ndjson'), 'utf8')).filter((line) => !/"path":"doc-(040|160)"/.test(line));
    expect(expected).toHaveLength(DOCUMENTS - 2);
    expect(readFileSync(join(dir, 'bad', 'reports.ndjson'), 'utf8')).toBe(`${expected.join('\n')}\n`);
  }, 45_000);

  it('fails the job, writing nothing, when a worker cannot run factcheck', () => {
    const job = runJob(dir, 'archive.ndjson', 'none.ndjson', quote(join(dir, 'no-such-factcheck')));
    const { errors } = jobReport(job.stderr);
    const missing = join(dir, 'no-such-factcheck');
    expect(errors).toEqual(
      [1, 71, 141].map((first) => `annotate.py: archive.ndjson: lines ${first}-${Math.min(first + 69, DOCUMENTS)}: cannot run ${missing}: No such file or directory`),
    );
    expect(job.status).toBe(1);
    expect(existsSync(join(dir, 'none.ndjson'))).toBe(false);
  }, 45_000);
});

// .ci/run sets FACTCHECK_CLUSTER_TESTS=require: there a missing Dask is a failure, not a skip.
if (PYTHON === undefined) describe('examples/dask: a scheduler and two workers on loopback', () => {
  if (process.env['FACTCHECK_CLUSTER_TESTS'] === 'require') {
    it('needs Dask distributed in CI', () => {
      expect.fail('no python3 with Dask distributed, and FACTCHECK_CLUSTER_TESTS=require (.ci/run installs python3-distributed with apt-get)');
    });
  } else {
    console.warn(`factcheck: ${SKIP_NOTE}`);
    it.skip(SKIP_NOTE, () => {});
  }
});
