/**
 * The progress bar of a long batch, on stderr: documents done (of how many, when known), the
 * rate and the time left. Rendering and the decision to show it are pure functions; the
 * ProgressBar class only draws them on a timer.
 */

/** A batch shorter than this finishes without a bar (FACTCHECK_PROGRESS_DELAY_MS overrides it, for tests). */
export const PROGRESS_DELAY_MS = 2000;

export function progressDelay(env: Readonly<Record<string, string | undefined>>): number {
  const given = env['FACTCHECK_PROGRESS_DELAY_MS']?.trim();
  return given !== undefined && /^\d+$/.test(given) ? Number(given) : PROGRESS_DELAY_MS;
}
const REDRAW_MS = 200;
const BAR_WIDTH = 20;

export interface ProgressState {
  /** Documents (and unreadable inputs) finished, in order. */
  done: number;
  /** How many there are in all, when the inputs say (a list of files); NDJSON batches do not. */
  total?: number;
  /** The share of the input done (0..1), by bytes, when its size is known (an NDJSON file). */
  fraction?: number;
  elapsedMs: number;
}

export interface ProgressInputs {
  stderrIsTTY: boolean;
  quiet: boolean;
  /** The report streams to the same terminal, where a bar would tangle with it. */
  sharesTerminal: boolean;
}

export function shouldShowProgress({ stderrIsTTY, quiet, sharesTerminal }: ProgressInputs): boolean {
  return stderrIsTTY && !quiet && !sharesTerminal;
}

/** `m:ss`, or `h:mm:ss` from an hour. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * One line, at most `width - 1` columns (a full line would wrap on some terminals):
 * `factcheck: [#########-----------] 523/1000 documents, 41.2/s, ETA 0:12`.
 */
export function renderProgress(state: ProgressState, width = 80): string {
  const { done, total, elapsedMs } = state;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const share = total !== undefined && total > 0 ? Math.min(1, done / total) : state.fraction !== undefined ? Math.min(1, Math.max(0, state.fraction)) : undefined;
  let eta: number | undefined;
  if (total !== undefined && rate > 0) eta = ((total - done) / rate) * 1000;
  else if (share !== undefined && share > 0) eta = (elapsedMs * (1 - share)) / share;
  const count = total === undefined ? `${done} documents` : `${done}/${total} documents`;
  const read = share !== undefined && total === undefined ? ` (${Math.floor(share * 100)}%)` : '';
  const facts = [`${count}${read}`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`, ...(eta === undefined ? [] : [`ETA ${formatDuration(eta)}`])];
  const bar = share === undefined ? '' : `[${'#'.repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH, '-')}] `;
  const line = `factcheck: ${bar}${facts.join(', ')}`;
  return line.length < width ? line : line.slice(0, Math.max(0, width - 1));
}

/** Draws renderProgress on `stream` every REDRAW_MS once the batch has run `delayMs`. */
export class ProgressBar {
  private state: Omit<ProgressState, 'elapsedMs'> = { done: 0 };
  private readonly started: number;
  private timer: NodeJS.Timeout | undefined;
  private drawn = false;
  private shownDone = 0;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly delayMs = PROGRESS_DELAY_MS,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
  }

  update(state: Omit<ProgressState, 'elapsedMs'>): void {
    this.state = state;
    // Once the delay is over, a bar that is not on screen, or shows nothing done yet, is drawn
    // at once rather than at the next tick: a batch that ends between two ticks has shown it.
    if (this.timer !== undefined && (!this.drawn || this.shownDone === 0)) this.draw();
  }

  /** Removes the bar (before something else is written to the terminal); the timer draws it again. */
  clear(): void {
    if (this.drawn) this.stream.write('\r\u001b[K');
    this.drawn = false;
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.clear();
  }

  private draw(): void {
    const elapsedMs = this.now() - this.started;
    if (elapsedMs < this.delayMs) return;
    this.stream.write(`\r${renderProgress({ ...this.state, elapsedMs }, this.stream.columns || 80)}\u001b[K`);
    this.drawn = true;
    this.shownDone = this.state.done;
  }
}
