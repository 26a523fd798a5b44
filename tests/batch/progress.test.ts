import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDuration, PROGRESS_DELAY_MS, ProgressBar, progressDelay, renderProgress, shouldShowProgress } from '../../src/batch/progress.js';
import { baseEnv, BIN, ROOT, run, tempDir } from '../cli/run.js';
import { batchTexts, toNdjson } from '../support/batch.js';

describe('renderProgress', () => {
  it('shows done of total, the rate and the time left when the count is known', () => {
    expect(renderProgress({ done: 25, total: 100, elapsedMs: 5000 })).toBe('factcheck: [#####---------------] 25/100 documents, 5.0/s, ETA 0:15');
  });

  it('uses the share read for an NDJSON file whose document count is unknown', () => {
    expect(renderProgress({ done: 300, fraction: 0.75, elapsedMs: 30_000 })).toBe('factcheck: [###############-----] 300 documents (75%), 10/s, ETA 0:10');
  });

  it('shows the count and rate alone when nothing says how much is left (stdin)', () => {
    expect(renderProgress({ done: 42, elapsedMs: 4000 })).toBe('factcheck: 42 documents, 11/s');
  });

  it('starts from nothing without dividing by zero', () => {
    expect(renderProgress({ done: 0, total: 10, elapsedMs: 0 })).toBe('factcheck: [--------------------] 0/10 documents, 0.0/s');
  });

  it('never fills the last column of the terminal', () => {
    const line = renderProgress({ done: 25, total: 100, elapsedMs: 5000 }, 30);
    expect(line).toHaveLength(29);
    expect(line.startsWith('factcheck: [')).toBe(true);
  });

  it('formats durations as m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(61_400)).toBe('1:01');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});

describe('when the bar is shown', () => {
  it('only on a terminal, not with --quiet, and not over a report streaming to the same terminal', () => {
    expect(shouldShowProgress({ stderrIsTTY: true, quiet: false, sharesTerminal: false })).toBe(true);
    expect(shouldShowProgress({ stderrIsTTY: false, quiet: false, sharesTerminal: false })).toBe(false);
    expect(shouldShowProgress({ stderrIsTTY: true, quiet: true, sharesTerminal: false })).toBe(false);
    expect(shouldShowProgress({ stderrIsTTY: true, quiet: false, sharesTerminal: true })).toBe(false);
  });

  it('once the delay is over, an update draws the bar at once, not at the next tick; stop erases it', () => {
    let written = '';
    const stream = { columns: 80, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WriteStream;
    let now = 0;
    const bar = new ProgressBar(stream, 1000, () => now);
    bar.update({ done: 1, fraction: 0.5 });
    expect(written).toBe('');
    now = 1500;
    bar.update({ done: 2, fraction: 0.75 });
    expect(written).toMatch(/^\rfactcheck: \[#{15}-{5}\] 2 documents \(75%\), 1\.3\/s, ETA 0:01\u001b\[K$/);
    bar.stop();
    expect(written.endsWith('\r\u001b[K')).toBe(true);
  });

  it('a bar that shows nothing done yet is drawn again as soon as a document is done', () => {
    let written = '';
    const stream = { columns: 80, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WriteStream;
    let now = 0;
    const bar = new ProgressBar(stream, 0, () => now);
    now = 1000;
    bar.update({ done: 0 });
    bar.update({ done: 1, fraction: 0.5 });
    bar.update({ done: 2, fraction: 0.75 });
    bar.stop();
    expect(written.split('\r').filter(Boolean)).toEqual(['factcheck: 0 documents, 0.0/s\u001b[K', 'factcheck: [##########----------] 1 documents (50%), 1.0/s, ETA 0:01\u001b[K', '\u001b[K']);
  });

  it('after two seconds unless FACTCHECK_PROGRESS_DELAY_MS says otherwise', () => {
    expect(PROGRESS_DELAY_MS).toBe(2000);
    expect(progressDelay({})).toBe(2000);
    expect(progressDelay({ FACTCHECK_PROGRESS_DELAY_MS: '0' })).toBe(0);
    expect(progressDelay({ FACTCHECK_PROGRESS_DELAY_MS: 'soon' })).toBe(2000);
  });
});

// A real terminal: `script` runs the CLI on a pseudo-TTY and records what it wrote there.
const hasScript = spawnSync('script', ['-V']).status === 0;

describe.skipIf(!hasScript)('the bar on a pseudo-terminal (script -qfc)', () => {
  let dir = '';
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'batch.ndjson'), toNdjson(batchTexts(12)));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const onTerminal = (flags: string): string => {
    const command = `'${process.execPath}' '${BIN}' --input-format ndjson --format ndjson batch.ndjson -o out.ndjson ${flags}`;
    const result = spawnSync('script', ['-qfec', command, '/dev/null'], {
      cwd: dir,
      env: baseEnv({ FACTCHECK_PROGRESS_DELAY_MS: '0', FACTCHECK_WORKERS: '1', COLUMNS: '100' }),
      input: '',
    });
    expect(result.status).toBe(0);
    return result.stdout.toString('utf8');
  };

  it('draws documents done, rate and share read on stderr, and clears it at the end', () => {
    const terminal = onTerminal('');
    expect(terminal).toMatch(/factcheck: \[[#-]{20}\] \d+ documents \(\d+%\), [\d.]+\/s/);
    // The last thing written is the erase of the bar's line.
    expect(terminal.endsWith('\r\u001b[K')).toBe(true);
  });

  it('stays silent with --quiet', () => {
    expect(onTerminal('--quiet')).toBe('');
  });

  it('is not drawn when stderr is not a terminal', () => {
    const result = run(['--input-format', 'ndjson', '--format', 'ndjson', join(dir, 'batch.ndjson')], { env: { FACTCHECK_PROGRESS_DELAY_MS: '0' } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(12);
  });
});

void ROOT;
