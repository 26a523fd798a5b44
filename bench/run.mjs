/**
 * `npm run bench`: how fast factcheck is, as ratios against reference runs made in the same
 * invocation (the machine is shared and noisy; absolute times move, ratios much less).
 *
 *   1. cold start: `factcheck <seed> --format json` as a whole process, vs the floor
 *      `node -e "import('compromise')"`.
 *   2. batch throughput: `factcheck --input-format ndjson --format ndjson` over the corpus, vs
 *      bench/reference.mjs (`nlp(text).json()` on each document, one process).
 *   3. memory: peak RSS while a ~200 MB NDJSON stream goes through the same command to /dev/null.
 *   4. scaling: the time to annotate 1x, 2x and 4x a unit of the corpus.
 *   5. growth: the CPU time per MB (and peak RSS) of one paragraph of 1, 2 and 4 MB, as one
 *      document: it grows linearly when the three stay within 1.5x of each other.
 *
 * Each time is the median of several runs, with min and max. Results go to bench/results.json
 * and a table to stdout. Options:
 *   --runs N            runs per throughput and scaling figure (default 3)
 *   --cold-runs N       runs per cold-start figure (default 7)
 *   --memory-seconds S  stop the memory run after S seconds (default 15; 0 = stream the whole file)
 *   --memory-mb M       size of the memory stream (default 200)
 *   --scale-unit F      the scaling unit as a fraction of the corpus (default 1/16)
 *
 * The machine's parallel capacity is measured too (the work two CPU-bound processes get done
 * together against one alone): on a shared machine the second core is not always there, and
 * the throughput ratio depends on it.
 *   --keep              keep the temp dir with the corpus
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, sourceArticles, wordCount, writeCorpus, writeLarge, writeParagraph, writeRepeated } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'factcheck.js');
const NODE = process.execPath;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'cold-runs': { type: 'string', default: '7' },
    'memory-seconds': { type: 'string', default: '15' },
    'memory-mb': { type: 'string', default: '200' },
    'scale-unit': { type: 'string', default: '0.0625' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
const COLD_RUNS = Number(options['cold-runs']);
const MEMORY_SECONDS = Number(options['memory-seconds']);
const MEMORY_BYTES = Number(options['memory-mb']) * 1e6;
const GROWTH_MB = [1, 2, 4];
const SCALE_UNIT = Number(options['scale-unit']);

const log = (message) => process.stderr.write(`bench: ${message}\n`);

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs a command to completion; resolves with its wall time in ms. Fails loudly on a non-zero
 * exit. With `cpu` (an array) and /usr/bin/time, also records the CPU seconds (user + system,
 * all threads) the command used: unlike wall time, that does not depend on what else runs.
 */
function timed(command, args, { stdin = 'ignore', stdout = 'ignore', env = {}, cpu, rss } = {}) {
  return new Promise((resolve, reject) => {
    const input = typeof stdin === 'string' && stdin !== 'ignore' ? openSync(stdin, 'r') : 'ignore';
    const output = stdout === 'ignore' ? 'ignore' : openSync(stdout, 'w');
    const started = process.hrtime.bigint();
    const [file, argv] = cpu !== undefined && TIME !== undefined ? [TIME, ['-f', 'bench-cpu %U %S %M', command, ...args]] : [command, args];
    const child = spawn(file, argv, { cwd: ROOT, stdio: [input, output, 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (typeof input === 'number') closeSync(input);
      if (typeof output === 'number') closeSync(output);
      const usage = /bench-cpu ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
      if (usage !== null) cpu?.push((Number(usage[1]) + Number(usage[2])) * 1000);
      if (usage !== null) rss?.push(Number(usage[3]) / 1024);
      if (code !== 0) reject(new Error(`${[command, ...args].join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
      else resolve(ms);
    });
  });
}

/**
 * Runs `factcheck` on an NDJSON file to completion and returns, for each of `counts`, the time
 * at which that many report lines had come out: the time to annotate the first n documents.
 */
function timedCheckpoints(file, counts) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(NODE, [BIN, '--input-format', 'ndjson', '--format', 'ndjson', file], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const times = new Map();
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
        lines++;
        if (counts.includes(lines)) times.set(lines, Number(process.hrtime.bigint() - started) / 1e6);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || times.size !== counts.length) reject(new Error(`factcheck ${file} exited ${code} after ${lines} lines: ${stderr.slice(0, 500)}`));
      else resolve(counts.map((n) => times.get(n)));
    });
  });
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: samples };
}

/** Runs each of `commands` `runs` times, interleaved (a, b, a, b, …) so that noise hits both alike. */
async function interleaved(runs, commands) {
  const samples = commands.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (const [i, command] of commands.entries()) samples[i].push(await command());
  }
  return samples.map(stats);
}

function readProc(pid, file) {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return '';
  }
}

function procField(text, name) {
  const match = new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * Peak RSS of `factcheck` reading `file` on stdin and writing to /dev/null. With /usr/bin/time
 * the peak is time's "Maximum resident set size"; without it, the VmHWM of /proc polled until
 * the end. Either way RSS is sampled every 200 ms for the trend, and the read position of
 * stdin shows how much of the stream went through. With a time limit the run is stopped there.
 */
async function peakMemory(file, bytes, seconds) {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : NODE;
  const args = [...(useTime ? ['-v', NODE] : []), BIN, '--input-format', 'ndjson', '--format', 'ndjson'];
  const input = openSync(file, 'r');
  const output = openSync('/dev/null', 'w');
  const started = Date.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: [input, output, 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const closed = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const nodePid = async () => {
    if (!useTime) return child.pid;
    for (let i = 0; i < 100; i++) {
      const children = readProc(child.pid, `task/${child.pid}/children`).trim();
      if (children !== '') return Number(children.split(/\s+/)[0]);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return undefined;
  };
  const pid = await nodePid();
  const samples = [];
  let hwm = 0;
  let position = 0;
  let stopped = false;
  let done = false;
  closed.then(() => (done = true));
  while (!done) {
    const status = readProc(pid, 'status');
    const rss = procField(status, 'VmRSS');
    if (rss !== undefined) {
      hwm = Math.max(hwm, procField(status, 'VmHWM') ?? 0);
      position = procField(readProc(pid, 'fdinfo/0'), 'pos') ?? position;
      samples.push({ t: (Date.now() - started) / 1000, rssKB: rss, readBytes: position });
    }
    if (seconds > 0 && Date.now() - started > seconds * 1000 && pid !== undefined && !stopped) {
      stopped = true;
      process.kill(pid, 'SIGTERM');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { code } = await closed;
  closeSync(input);
  closeSync(output);
  const elapsed = (Date.now() - started) / 1000;
  if (!stopped && code !== 0) throw new Error(`memory run exited ${code}: ${stderr.slice(-500)}`);
  const timeMax = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : null;
  const peakKB = timeMax ? Number(timeMax[1]) : hwm;
  const half = samples.filter((s) => s.t <= elapsed / 2);
  const firstHalfKB = Math.max(0, ...half.map((s) => s.rssKB));
  const secondHalfKB = Math.max(0, ...samples.filter((s) => s.t > elapsed / 2).map((s) => s.rssKB));
  return {
    method: useTime ? '/usr/bin/time -v' : '/proc VmHWM',
    peakMB: peakKB / 1024,
    firstHalfPeakMB: firstHalfKB / 1024,
    secondHalfPeakMB: secondHalfKB / 1024,
    streamMB: bytes / 1e6,
    readMB: (stopped ? position : bytes) / 1e6,
    seconds: elapsed,
    complete: !stopped,
    samples: samples.filter((_, i) => i % 5 === 0).map((s) => ({ t: Math.round(s.t * 10) / 10, rssMB: Math.round(s.rssKB / 102.4) / 10, readMB: Math.round(s.readBytes / 1e5) / 10 })),
  };
}

/** Iterations of a busy loop that `count` processes started together get through in `ms`, in all. */
async function spin(count, ms) {
  const script = `const end = Date.now() + ${ms}; let n = 0; while (Date.now() < end) n++; process.stdout.write(String(n));`;
  const runs = Array.from({ length: count }, () =>
    new Promise((resolve, reject) => {
      const child = spawn(NODE, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('close', () => resolve(Number(out)));
    }),
  );
  return (await Promise.all(runs)).reduce((a, b) => a + b, 0);
}

/** How many cores' worth of work `cores` busy processes get done at once, against one alone (2.0: two free cores). */
async function parallelCapacity(cores) {
  const one = await spin(1, 1500);
  const many = await spin(cores, 1500);
  return many / one;
}

function fmt(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function row(cells, widths) {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
}

/** The newest modification time under `path` (a file or a directory), in ms. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds dist/ when it is missing or older than the sources, so the bench never measures stale code. */
function buildIfStale() {
  const bundle = join(ROOT, 'dist', 'factcheck.mjs');
  const sources = Math.max(...['src', 'scripts', 'package.json'].map((p) => newest(join(ROOT, p))));
  if (existsSync(bundle) && existsSync(join(ROOT, 'dist', 'cli.js')) && statSync(bundle).mtimeMs >= sources) return;
  log('dist/ is missing or older than the sources: npm run build');
  const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

async function main() {
  const begun = Date.now();
  buildIfStale();
  const dir = mkdtempSync(join(tmpdir(), 'factcheck-bench-'));
  try {
    const { articles, notes } = sourceArticles(ROOT);
    for (const note of notes) log(`note: ${note}`);
    const documents = buildCorpus(articles);
    const { ndjson } = writeCorpus(dir, documents);
    const corpusBytes = readFileSync(ndjson).length;
    const textBytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    const words = wordCount(documents);
    log(`corpus: ${documents.length} documents, ${(textBytes / 1e6).toFixed(2)} MB of text, ${words} words, from ${articles.length} articles, in ${dir}`);

    // 1. cold start
    const seed = join('seeds', readdirSync(join(ROOT, 'seeds')).filter((n) => n.endsWith('.txt')).sort()[0]);
    log(`cold start: ${COLD_RUNS} runs each`);
    // The label model's own cost is what --labeller rules saves: the same process without it.
    const [floor, cold, coldRules] = await interleaved(COLD_RUNS, [
      () => timed(NODE, ['-e', "import('compromise')"]),
      () => timed(NODE, [BIN, seed, '--format', 'json']),
      () => timed(NODE, [BIN, seed, '--format', 'json', '--labeller', 'rules']),
    ]);

    // 2. batch throughput (the first factcheck run is kept and checked: one line per document)
    const capacityBefore = await parallelCapacity(availableParallelism());
    log(`throughput: ${RUNS} runs each (parallel capacity now ${capacityBefore.toFixed(2)} cores)`);
    const checked = join(dir, 'out.ndjson');
    let first = true;
    const cpu = { reference: [], factcheck: [], rules: [] };
    const [reference, batch, batchRules] = await interleaved(RUNS, [
      () => timed(NODE, [join(ROOT, 'bench', 'reference.mjs'), ndjson], { cpu: cpu.reference }),
      () => {
        const stdout = first ? checked : 'ignore';
        first = false;
        return timed(NODE, [BIN, '--input-format', 'ndjson', '--format', 'ndjson', ndjson], { stdout, cpu: cpu.factcheck });
      },
      () => timed(NODE, [BIN, '--input-format', 'ndjson', '--format', 'ndjson', '--labeller', 'rules', ndjson], { cpu: cpu.rules }),
    ]);
    const capacityAfter = await parallelCapacity(availableParallelism());
    const outLines = readFileSync(checked, 'utf8').split('\n').filter(Boolean).length;
    if (outLines !== documents.length) throw new Error(`factcheck wrote ${outLines} lines for ${documents.length} documents`);

    // 4. scaling: one run over 4x the unit gives the times to annotate the first 1x, 2x and 4x
    // (start-up included, as separate runs would), in the time of the 4x run alone.
    const unit = documents.slice(0, Math.max(1, Math.round(documents.length * SCALE_UNIT)));
    const scaleFile = writeRepeated(join(dir, 'scale-4.ndjson'), unit, 4);
    log(`scaling: 1x, 2x, 4x a unit of ${unit.length} documents, ${RUNS} runs`);
    const checkpoints = [];
    for (let r = 0; r < RUNS; r++) checkpoints.push(await timedCheckpoints(scaleFile, [1, 2, 4].map((k) => k * unit.length)));
    const scaling = [0, 1, 2].map((i) => stats(checkpoints.map((run) => run[i])));

    // 5. growth: CPU per MB of one paragraph of 1, 2 and 4 MB (one run each: the 4 MB run is long)
    log('growth: one paragraph of 1, 2 and 4 MB, CPU per MB');
    const growth = [];
    for (const mb of GROWTH_MB) {
      const file = writeParagraph(join(dir, `paragraph-${mb}.txt`), documents, mb * 1e6);
      const [times, rss] = [[], []];
      const wall = await timed(NODE, [BIN, file, '--format', 'json'], { cpu: times, rss });
      rmSync(file);
      growth.push({ mb, wallMs: wall, cpuMs: times[0], cpuPerMbMs: (times[0] ?? wall) / mb, peakRssMB: rss[0] });
    }
    const perMb = growth.map((g) => g.cpuPerMbMs);

    // 3. memory
    const large = await writeLarge(join(dir, 'large.ndjson'), documents, MEMORY_BYTES);
    log(`memory: ${(large.bytes / 1e6).toFixed(0)} MB stream, ${MEMORY_SECONDS > 0 ? `stopped after ${MEMORY_SECONDS} s` : 'whole'}`);
    const memory = await peakMemory(large.path, large.bytes, MEMORY_SECONDS);
    rmSync(large.path);

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: availableParallelism(),
      corpus: { documents: documents.length, textMB: textBytes / 1e6, ndjsonMB: corpusBytes / 1e6, words, articles: articles.length, notes },
      coldStart: { floor, factcheck: cold, ratio: cold.median / floor.median, target: 1.3, rules: coldRules, modelOverRules: cold.median / coldRules.median },
      throughput: {
        reference,
        factcheck: batch,
        ratio: reference.median / batch.median,
        wordsPerSecond: { factcheck: words / (batch.median / 1000), reference: words / (reference.median / 1000) },
        parallelCapacity: { before: capacityBefore, after: capacityAfter },
        // CPU time of all threads: what the work costs, whatever the machine's load.
        cpu: cpu.factcheck.length > 0 ? { reference: stats(cpu.reference), factcheck: stats(cpu.factcheck), ratio: stats(cpu.factcheck).median / stats(cpu.reference).median, rules: stats(cpu.rules), modelOverRules: stats(cpu.factcheck).median / stats(cpu.rules).median } : undefined,
        // The label model's share of batch time: the same batch with --labeller rules.
        rules: batchRules,
        modelOverRules: batch.median / batchRules.median,
        modelTarget: 1.1,
        target: 2,
      },
      memory: { ...memory, targetMB: 256 },
      scaling: { unitDocuments: unit.length, x1: scaling[0], x2: scaling[1], x4: scaling[2], ratio4to1: scaling[2].median / scaling[0].median, target: 4.4 },
      growth: { runs: growth, spread: Math.max(...perMb) / Math.min(...perMb), target: 1.5 },
      benchSeconds: (Date.now() - begun) / 1000,
    };
    writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    print(results);
  } finally {
    if (options.keep) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function print(r) {
  const widths = [26, 10, 10, 10, 22, 8, 8];
  const range = (s) => [fmt(s.median), fmt(s.min), fmt(s.max)];
  const ok = (good) => (good ? 'ok' : 'MISSED');
  const { corpus, coldStart: c, throughput: t, memory: m, scaling: s, growth: g } = r;
  const lines = [
    `factcheck bench: node ${r.node}, ${r.cpus} CPUs; corpus ${corpus.documents} documents, ${corpus.textMB.toFixed(2)} MB, ${corpus.words} words (${corpus.articles} articles)`,
    '',
    row(['figure', 'median', 'min', 'max', 'reference (median)', 'ratio', 'target'], widths),
    row(['cold start: factcheck', ...range(c.factcheck), '', '', ''], widths),
    row(['cold start: floor', ...range(c.floor), '', `${c.ratio.toFixed(2)}x`, `<= ${c.target} ${ok(c.ratio <= c.target)}`], widths),
    row(['cold start: rules only', ...range(c.rules), '', `${c.modelOverRules.toFixed(2)}x`, 'model / rules'], widths),
    row(['throughput: factcheck', ...range(t.factcheck), `reference ${fmt(t.reference.median)}`, '', ''], widths),
    row(['throughput: reference', ...range(t.reference), '', `${t.ratio.toFixed(2)}x`, `>= ${t.target} ${ok(t.ratio >= t.target)}`], widths),
    row(['throughput: rules only', ...range(t.rules), '', `${t.modelOverRules.toFixed(2)}x`, `<= ${t.modelTarget} ${ok(t.modelOverRules <= t.modelTarget)}`], widths),
    row(['scaling 1x', ...range(s.x1), `${s.unitDocuments} documents`, '', ''], widths),
    row(['scaling 2x', ...range(s.x2), '', `${(s.x2.median / s.x1.median).toFixed(2)}x`, ''], widths),
    row(['scaling 4x', ...range(s.x4), '', `${s.ratio4to1.toFixed(2)}x`, `<= ${s.target} ${ok(s.ratio4to1 <= s.target)}`], widths),
    '',
    `words/second: factcheck ${Math.round(t.wordsPerSecond.factcheck)}, reference ${Math.round(t.wordsPerSecond.reference)}; ` +
      `parallel capacity of the machine: ${t.parallelCapacity.before.toFixed(2)} cores before the throughput runs, ${t.parallelCapacity.after.toFixed(2)} after (of ${r.cpus})`,
    ...(t.cpu === undefined
      ? []
      : [`CPU time (all threads, median): factcheck ${fmt(t.cpu.factcheck.median)}, reference ${fmt(t.cpu.reference.median)}: factcheck costs ${t.cpu.ratio.toFixed(2)}x the reference's CPU per document; the label model adds ${((t.cpu.modelOverRules - 1) * 100).toFixed(1)} % to --labeller rules' ${fmt(t.cpu.rules.median)}`]),
    `memory: peak RSS ${m.peakMB.toFixed(0)} MB (${m.method}; ${m.firstHalfPeakMB.toFixed(0)} MB in the first half of the run, ${m.secondHalfPeakMB.toFixed(0)} MB in the second) ` +
      `streaming a ${m.streamMB.toFixed(0)} MB NDJSON file, ${m.complete ? 'all' : `${m.readMB.toFixed(1)} MB`} read in ${m.seconds.toFixed(0)} s; target <= ${m.targetMB} MB ${ok(m.peakMB <= m.targetMB)}`,
    `growth: CPU per MB of one paragraph: ${g.runs.map((run) => `${run.mb} MB ${(run.cpuPerMbMs / 1000).toFixed(1)} s`).join(', ')}; largest / smallest ${g.spread.toFixed(2)}x, target <= ${g.target} ${ok(g.spread <= g.target)}; ` +
      `peak RSS ${g.runs.map((run) => (run.peakRssMB === undefined ? '?' : `${run.peakRssMB.toFixed(0)} MB`)).join(', ')}`,
    `bench took ${r.benchSeconds.toFixed(0)} s; results in bench/results.json`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
